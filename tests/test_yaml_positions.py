"""YAML node positions are file positions whatever the front matter holds.

libyaml counts U+0085, U+2028 and U+2029 as line breaks, and skips a leading
byte-order mark without counting it; the card's lines end at ``\\n`` only.
"""

from __future__ import annotations

import pytest
from harness import codes, lint
from hypothesis import given, settings
from hypothesis import strategies as st

from modelcard_lint.card import Card
from modelcard_lint.card.yamlnode import Node

BREAKS = ["\u2028", "\u2029", "\x85"]


def scalars(node: Node):
    """Every scalar node of a tree, keys included."""
    if node.is_scalar:
        yield node
    elif node.is_seq:
        for item in node:
            yield from scalars(item)
    else:
        for key, value in node.pairs:
            yield key
            yield from scalars(value)


def written(card: Card, node: Node) -> str:
    """The file text a span covers."""
    s = node.span
    lines = card.lines
    if s.line == s.end_line:
        return lines[s.line - 1][s.column - 1 : s.end_column - 1]
    parts = [lines[s.line - 1][s.column - 1 :], *lines[s.line : s.end_line - 1], lines[s.end_line - 1][: s.end_column - 1]]
    return "\n".join(parts)


@pytest.mark.parametrize("brk", BREAKS)
@pytest.mark.parametrize(
    "template",
    [
        'title: "a{b}b"\nlanguage: EN\n',
        "title: 'a{b}b'\nlanguage: EN\n",
        "# a comment {b} with a break\nlanguage: EN\n",
        "tags: [\"x{b}y\", z]\nlanguage: EN\n",
    ],
)
def test_unicode_line_breaks_do_not_shift_positions(template: str, brk: str) -> None:
    yaml = template.format(b=brk)
    text = f"---\n{yaml}---\n# Model\n\nBody text.\n"
    card = Card.from_text(text)
    if card.meta is None:  # NEL ends a comment for libyaml: the next text is then not a key
        return
    language = card.meta.get("language")
    assert language is not None
    line = yaml.count("\n", 0, yaml.index("language")) + 2
    assert (language.span.line, language.span.column, language.span.end_column) == (line, 11, 13)
    assert written(card, language) == "EN"
    assert ("MC115", line, 11) in codes(lint(text, select=["MC115"]))


def test_a_byte_order_mark_inside_the_block_is_a_column() -> None:
    card = Card.from_text("---\n\ufefflicense: MIT\nlanguage: EN\n---\n")
    assert card.meta is not None
    key, value = card.meta.pairs[0]
    assert (key.span.line, key.span.column) == (2, 2)
    assert written(card, value) == "MIT"
    assert written(card, card.meta.get("language")) == "EN"


def test_a_reader_error_after_non_ascii_text_is_placed_on_its_character() -> None:
    # libyaml reports the offset of a bad character in bytes of UTF-8
    found = lint("---\nname: éééé\nlicense: x\x07y\n---\n", select=["MC104"])
    assert codes(found) == [("MC104", 3, 11)]


def test_a_syntax_error_after_a_unicode_break_is_on_its_line() -> None:
    found = lint('---\ntitle: "a\u2028b"\nlicense: [mit\n---\n', select=["MC104"])
    assert [d.span.line for d in found] == [4]


_text = st.text(alphabet=st.sampled_from(["a", "é", "😀", " ", "\u2028", "\u2029", "\x85", "\t", "'"]), max_size=12)


@settings(max_examples=300, deadline=None)
@given(st.lists(_text, min_size=1, max_size=5), st.sampled_from(['"', "'"]), st.booleans())
def test_every_scalar_span_covers_what_was_written(values: list[str], quote: str, comments: bool) -> None:
    lines = []
    for i, value in enumerate(values):
        if quote == '"':
            shown = '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
        else:
            shown = "'" + value.replace("'", "''") + "'"
        lines.append(f"k{i}: {shown}")
        if comments:
            lines.append("# " + "".join(" " if c in "\x85\u2028\u2029" else c for c in value))
        lines.append(f"p{i}: plain{i}")
    text = "---\n" + "\n".join(lines) + "\n---\n# T\n"
    card = Card.from_text(text)
    assert card.meta is not None
    for node in scalars(card.meta):
        if node.style is None:
            assert written(card, node) == node.raw
        else:
            assert written(card, node)[0] == node.style == written(card, node)[-1]


def _all_spans(root: Node | None) -> list:
    out: list = []
    todo = [root] if root is not None else []
    seen: set[int] = set()
    while todo:
        node = todo.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        out.append((node.kind, node.span, node.lock))
        if node.is_seq:
            todo.extend(node.value)
        elif node.is_map:
            for key, value in node.pairs:
                todo.extend((key, value))
    return out


def test_positions_from_the_index_equal_libyamls_lines_on_the_corpus(shared, monkeypatch: pytest.MonkeyPatch) -> None:
    from modelcard_lint.card import yamlcompose as yamlnode

    blocks = []
    for path in sorted((shared / "corpus" / "cards").iterdir()):
        fm = Card.from_text(path.read_text(encoding="utf-8", errors="replace")).frontmatter
        if fm is not None and fm.close_line is not None and not yamlnode._ODD.search(fm.yaml_text):
            blocks.append(fm.yaml_text)
    assert len(blocks) > 1000
    fast = [yamlnode.compose(text, 3) for text in blocks]
    monkeypatch.setattr(yamlnode, "_ODD", __import__("re").compile(""))  # every block takes the index path
    slow = [yamlnode.compose(text, 3) for text in blocks]
    for text, (root_a, problems_a), (root_b, problems_b) in zip(blocks, fast, slow, strict=True):
        assert _all_spans(root_a) == _all_spans(root_b), text[:200]
        assert [p.span for p in problems_a] == [p.span for p in problems_b], text[:200]


def test_aliases_are_placed_where_they_are_written() -> None:
    # libyaml gives an alias the marks of its anchor; the linter finds the `*name` itself
    yaml = "n: &d glue\nm: *d\nl: [*d, x]\nk:\n- *d\n- *d\n*d : v\nq: [[&e y], *e]\nr: {*d : *d}\n"
    card = Card.from_text(f"---\n{yaml}---\n")
    assert card.meta is not None
    placed = [(n.span.line, n.span.column, n.span.end_column, n.lock.split(" of ")[0]) for n in scalars(card.meta)]
    alias, anchor = "it is the alias `*d`", "it has the anchor `&d`, used again on line 3"
    assert [p for p in placed if p[3]] == [
        (2, 4, 11, anchor),
        (3, 4, 6, alias),
        (4, 5, 7, alias),
        (6, 3, 5, alias),
        (7, 3, 5, alias),
        (8, 1, 3, alias),
        (9, 6, 10, "it has the anchor `&e`, used again on line 9"),
        (9, 13, 15, "it is the alias `*e`"),
        (10, 5, 7, alias),
        (10, 10, 12, alias),
    ]
