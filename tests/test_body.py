"""The body model: every block, heading, table row and cell at its file position."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from modelcard_lint.card import Card
from modelcard_lint.card.markdown import parse_blocks

CARD = """---
license: mit
---

# Title

Intro paragraph.

## Results

| Epoch | Accuracy |
|:-----:|---------:|
| 1.0   | 0.91     |
| 2.0   | 0.93     |

- item one
- item two
  continued

> quoted
> | a | b |
> |---|---|
> | 1 | 2 |

## Empty

### Child
```
code
```
"""


def test_sections_tree_and_lines() -> None:
    card = Card.from_text(CARD)
    titles = [(s.level, s.title, s.line, s.end_line) for s in card.body.sections()]
    assert titles == [(1, "Title", 5, 30), (2, "Results", 9, 24), (2, "Empty", 25, 30), (3, "Child", 27, 30)]
    results = card.sections[1]
    kinds = [(b.kind, b.line, b.end_line) for b in results.blocks]
    assert kinds == [("table", 11, 14), ("list", 16, 18), ("quote", 20, 23)]
    items = results.blocks[1].children
    assert [(i.line, i.end_line, i.text) for i in items] == [(16, 16, "item one"), (17, 18, "item two\ncontinued")]


def test_table_cells_have_file_columns_also_inside_quotes() -> None:
    card = Card.from_text(CARD)
    top, quoted = card.tables
    assert [c.text for c in top.header] == ["Epoch", "Accuracy"]
    assert [(r.line, [(c.text, c.span.column, c.span.end_column) for c in r.cells]) for r in top.rows] == [
        (13, [("1.0", 3, 6), ("0.91", 11, 15)]),
        (14, [("2.0", 3, 6), ("0.93", 11, 15)]),
    ]
    assert top.section is not None and top.section.title == "Results"
    row = quoted.rows[0]
    assert row.line == 23
    assert [(c.text, c.span.column) for c in row.cells] == [("1", 5), ("2", 9)]


def test_heading_span_and_clean_title() -> None:
    card = Card.from_text("# 🤗 **My** [model](https://x.y) ##\n")
    (h,) = card.body.headings
    assert h.title == "My model"
    assert (h.span.line, h.span.column) == (1, 3)


def _check_positions(text: str) -> None:
    lines = text.split("\n")

    def walk(tokens):
        for tok in tokens:
            assert "_line" in tok, tok
            line = lines[tok["_line"]]
            if tok["type"] in ("paragraph", "block_text", "heading"):
                first = tok["text"].split("\n")[0].strip()
                assert first[:20] in line, (tok, line)
            if tok["type"] == "table":
                for row in tok["rows"]:
                    raw = lines[row["line"]]
                    for cell, a, b in row["cells"]:
                        assert raw[a:b] == cell
            yield from walk(tok.get("children", []))
            yield tok

    for _ in walk(parse_blocks(text if text.endswith("\n") else text + "\n")):
        pass


_line = st.sampled_from(
    [
        "",
        "text",
        "# Heading",
        "## Sub heading ##",
        "Setext",
        "===",
        "---",
        "- item",
        "  - nested item",
        "1. first",
        "   continued",
        "> quote",
        "> > deeper",
        "    indented code",
        "```",
        "~~~python",
        "<!-- comment -->",
        "<div>",
        "</div>",
        "| a | b |",
        "|---|---|",
        "| 1 | 2 |",
        "a | b",
        "--|--",
        "[ref]: https://example.com",
        "\ttab",
        "* star item",
        "+ plus item",
        "-",
        "1.",
        "*",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_line, max_size=30))
def test_every_token_knows_its_line(lines: list[str]) -> None:
    _check_positions("\n".join(lines) + "\n")


def test_quote_ended_by_an_empty_list_marker_knows_its_line() -> None:
    # the quote is inserted before the paragraph that the empty marker extends
    _check_positions("para\n> quote\n-\n")
    tokens = parse_blocks("para\n> quote\n-\n")
    assert [(t["type"], t["_line"]) for t in tokens] == [("block_quote", 1), ("paragraph", 0)]


def test_every_token_of_the_corpus_knows_its_line(shared: Path) -> None:
    files = sorted((shared / "corpus").rglob("*.md")) + sorted((shared / "seeds").glob("*.md"))
    assert len(files) > 1500
    for path in files:
        raw = path.read_bytes().decode("utf-8", "replace")
        _check_positions(raw.replace("\r\n", "\n").replace("\r", "\n"))


def test_a_table_row_without_its_last_pipe_stays_in_the_table() -> None:
    # GitHub's tables, which the Hub renders, take a row that starts with a pipe whatever follows its last cell
    card = Card.from_text("---\nlicense: mit\n---\n\n# m\n\n| a | b |\n|---|---|\n| 1 | 2 | <!-- x -->\n| 3 | 4\n| 5 | 6 |\n")
    [table] = card.body.tables
    assert [[c.text for c in row.cells][:2] for row in table.rows] == [["1", "2"], ["3", "4"], ["5", "6"]]


def test_a_header_row_without_its_last_pipe_opens_a_table() -> None:
    # GitHub's tables make the pipes at either end optional: a results table pasted under a list item with its
    # header "| | MRR@10 | Latency ms" is a table (the Hub shows it as one), not text of the item
    text = "---\nlicense: mit\n---\n\n# m\n\n* code: x\n| | MRR@10 | Latency ms\n| --- | --- | --- |\n| `m` | 38.0 | 0.7\n"
    [table] = Card.from_text(text).body.tables
    assert [c.text for c in table.header] == ["", "MRR@10", "Latency ms"]
    assert [[c.text for c in row.cells] for row in table.rows] == [["`m`", "38.0", "0.7"]]
    # a single column too, as GitHub renders it; a pipe-led line over a line that is no delimiter row is text
    [one] = Card.from_text("---\nlicense: mit\n---\n\n# m\n\n| a\n| --- |\n| 1\n").body.tables
    assert [c.text for c in one.header] == ["a"] and [[c.text for c in r.cells] for r in one.rows] == [["1"]]
    assert Card.from_text("---\nlicense: mit\n---\n\n# m\n\n| a\n| b |\n").body.tables == []


def test_a_table_row_without_its_first_pipe_stays_in_the_table() -> None:
    # GitHub and the Hub take "[x](y) | 1 | 2" under a pipe table as a row; a list item or a heading ends the table
    text = "---\nlicense: mit\n---\n\n# m\n\n| a | b |\n|---|---|\nx | 1\n[y](z) | 2 |\n- item | 3\n"
    [table] = Card.from_text(text).body.tables
    assert [[c.text for c in row.cells] for row in table.rows] == [["x", "1"], ["[y](z)", "2"]]


def test_a_line_that_is_one_html_tag_over_dashes_is_no_heading() -> None:
    # CommonMark: the tag alone on its line opens an HTML block, which the `---` continues (mistune reads a heading)
    kinds = [b["type"] for b in parse_blocks('## A\n<img src=https://x.y/a.png style="width: 100%" />\n---\n\ntext\n')]
    assert kinds.count("heading") == 1
    # (text beside the tag is a paragraph, which the `---` makes a heading)
    assert [b["type"] for b in parse_blocks("<b>Title</b> and more\n---\n")] == ["heading"]
