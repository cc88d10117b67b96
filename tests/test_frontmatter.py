"""Front matter found as the Hub finds it, and every silent no-metadata case reported at its line."""

from __future__ import annotations

import pytest
from harness import codes, lint

from modelcard_lint.card import Card
from modelcard_lint.card.frontmatter import HUB_REGEX
from modelcard_lint.card.source import Source

FM = ["MC101", "MC102", "MC103", "MC104", "MC105", "MC106"]


def fm_codes(text: str) -> list[tuple[str, int, int]]:
    return codes(lint(text, select=FM))


# hub-spec §1.1: what the Hub's regular expression matches
@pytest.mark.parametrize(
    "text, hub_sees",
    [
        ("---\nlicense: mit\n---\n# T\n", True),
        ("\n\n---\nlicense: mit\n---\n# T\n", True),
        ("   \n---\nmetadata: 1\n---", True),
        ("something\n---\nlicense: mit\n---\n", False),
        ("---\n---\nbody\n", False),
        ("---\n\n---\n", True),
        ("---\nlicense: mit\n---   \n# T\n", True),
        ("---\nlicense: mit\n...\n# T\n", False),
        ("---\nlicense: mit\n----\n# T\n", False),
        ("---\nlicense: mit\n---", True),
        ("--- \nlicense: mit\n---\n", False),
        ("\ufeff---\nlicense: mit\n---\n", False),
        ("---\r\n---\r\ntrailing content\r\n", True),
        ("---\r\nlicense: mit\r\n---\r\n# T\r\n", True),
    ],
)
def test_hub_regex_table(text: str, hub_sees: bool) -> None:
    assert bool(HUB_REGEX.search(text)) is hub_sees
    card = Card.from_text(text)
    if hub_sees:
        assert card.frontmatter is not None and card.frontmatter.hub_sees
        assert not any(c == "MC102" for c, _, _ in fm_codes(text))
    else:
        assert card.frontmatter is None or not card.frontmatter.hub_sees


@pytest.mark.parametrize(
    "text, expected",
    [
        # byte-order mark: the block is still read, but reported at 1:1
        ("\ufeff---\nlicense: mit\n---\n# T\n", [("MC102", 1, 1)]),
        # a line of text before the block
        ("Hugging Face's logo\n---\nlanguage: yo\n---\n# T\n", [("MC102", 1, 1)]),
        # a setext heading is not mistaken for front matter
        ("deeqBERT5\n---\n\n- model: bert-base\n", [("MC101", 1, 1)]),
        # opening fence with a trailing space, or four dashes
        ("--- \nlicense: mit\n---\n", [("MC102", 1, 1)]),
        ("----\ntags:\n- conversational\n---\n# T\n", [("MC102", 1, 1)]),
        # closing fence with four dashes
        ("---\nlicense: mit\n----\n# T\n", [("MC102", 3, 1)]),
        # never closed
        ("---\nlanguage:\n- vi\n\ntags:\n- t5\n\n# Title\n", [("MC102", 1, 1)]),
        # ... unless it is a horizontal rule at the top of a card without metadata
        ("---\n\n# my-model\n\nText.\n", [("MC101", 1, 1)]),
        ("------------\n## Title\n", [("MC101", 1, 1)]),
        # empty block: LF is not recognised by the Hub ...
        ("---\n---\n# Begin\n", [("MC102", 1, 1)]),
        # ... but CRLF is (the opener takes the CR, the closer the LF)
        ("---\r\n---\r\ntrailing content\r\n", []),
        # metadata without an opening fence
        ("language: en\nlicense: bsd\ndatasets:\n- wikipedia\n---\n# T\n", [("MC102", 1, 1)]),
        # after blank lines: the Hub reads it, other tools do not
        ("\n\n---\nlicense: mit\n---\n", [("MC103", 3, 1)]),
        # no front matter at all
        ("# Just a title\n\nText.\n", [("MC101", 1, 1)]),
        ("", [("MC101", 1, 1)]),
    ],
)
def test_fence_problems(text: str, expected: list[tuple[str, int, int]]) -> None:
    assert fm_codes(text) == expected


def test_yaml_error_at_ruamels_position_in_file_coordinates() -> None:
    text = "\n---\nlicense: mit\ntags: [a, b\nlanguage: en\n---\n# T\n"
    assert fm_codes(text) == [("MC103", 2, 1), ("MC104", 5, 9)]


def test_problems_in_a_block_the_hub_ignores_say_so() -> None:
    (diag,) = lint("----\nlicense: [mit\n---\n", select=["MC104"])
    assert "once the block is recognised (see MC102), the Hub would reject it" in diag.message


@pytest.mark.parametrize("head", ["Hugging Face's logo\n", "\ufeff", "----\n"])
def test_a_refusal_inside_a_block_the_hub_does_not_read_says_when(head: str) -> None:
    # text above the block, a byte-order mark, a fence of four dashes: the Hub reads none of the block, so
    # it refuses nothing today; the refusal comes once the block is where the Hub reads it
    text = head + ("---\n" if head != "----\n" else "") + "license: my-license\ndatasets:\n- JW300 + Menyo\n---\n# T\n"
    diags = [d for d in lint(text) if d.code in ("MC112", "MC122", "MC114")]
    assert sorted(d.code for d in diags) == ["MC112", "MC122"]
    for d in diags:
        assert "refuses a push" in d.message
        assert d.message.endswith("today the Hub reads none of it (see MC102)")


def test_a_refusal_in_a_block_the_hub_reads_is_told_as_it_is() -> None:
    text = "---\nlicense: my-license\n---\n# T\n"
    (diag,) = lint(text, select=["MC112"])
    assert "refuses a push" in diag.message and "MC102" not in diag.message


def test_a_missing_key_of_a_block_the_hub_does_not_read_gets_no_note() -> None:
    # "the metadata has no license" holds whether or not the Hub reads the block
    (diag,) = lint("Title\n---\nlanguage: en\n---\n# T\n", select=["MC114"])
    assert "MC102" not in diag.message


def test_duplicate_key_points_at_second_occurrence() -> None:
    text = "---\nlicense: mit\ntags:\n- a\nlicense: apache-2.0\n---\n"
    diags = lint(text, select=["MC105"])
    assert codes(diags) == [("MC105", 5, 1)]
    assert "line 2" in diags[0].message


def test_duplicate_keys_in_nested_mappings() -> None:
    text = "---\nmodel-index:\n- name: a\n  name: b\n---\n"
    assert codes(lint(text, select=["MC105"])) == [("MC105", 4, 3)]


@pytest.mark.parametrize("text, line", [("---\n- a\n- b\n---\n", 2), ("---\njust text\n---\n", 2)])
def test_root_must_be_a_mapping(text: str, line: int) -> None:
    assert codes(lint(text, select=["MC106"])) == [("MC106", line, 1)]


def test_positions_are_file_positions_for_keys_and_values() -> None:
    card = Card.from_text("\n---\nlicense: mit\nmodel-index:\n- name: x\n  results: []\n---\n")
    meta = card.meta
    assert meta is not None
    lic = meta.get("license")
    assert (lic.span.line, lic.span.column) == (3, 10)
    assert (lic.key.span.line, lic.key.span.column) == (3, 1)
    results = meta.find("model-index", 0, "results")
    assert (results.span.line, results.span.column, results.key.span.column) == (6, 12, 3)


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
@pytest.mark.parametrize("final", [True, False])
def test_line_endings_and_missing_final_newline_give_same_positions(newline: str, final: bool) -> None:
    lines = ["---", "license: mit", "tags: [a, b", "---", "# T", "", "More information needed"]
    text = newline.join(lines) + (newline if final else "")
    diags = lint(text, select=["MC104", "MC301"])
    assert codes(diags) == [("MC104", 4, 1), ("MC301", 7, 1)]


def test_yaml_12_scalars_keep_norwegian() -> None:
    card = Card.from_text("---\nlanguage: no\nx: yes\nv: 5e-05\n---\n")
    assert card.meta.plain() == {"language": "no", "x": "yes", "v": 5e-05}
    assert card.meta.get("language").style is None  # plain: a YAML 1.1 reader would see False


def test_source_keeps_raw_and_normalises_text() -> None:
    src = Source.from_text("\ufeff---\r\na: 1\r\n---\r\n")
    assert src.bom and src.raw.startswith("\ufeff")
    assert src.text == "---\na: 1\n---\n"


def test_a_colon_inside_a_flow_scalar_is_yaml_1_2() -> None:
    # libyaml stops at "https:" in a flow sequence; YAML 1.2, the Hub and PyYAML 6 read it (Atom-7B's card)
    text = "---\ndevelopers: [https://huggingface.co/FlagAlphaAI]\nlicense: apache-3\n---\n\n# m\n"
    found = codes(lint(text))
    assert not any(code == "MC104" for code, _, _ in found)
    assert ("MC112", 3, 10) in found  # the rest of the front matter is read, at its positions (an unknown license)
    card = Card.from_text(text)
    assert card.meta is not None and card.meta.get("developers") is not None


def test_lines_ending_in_a_doubled_carriage_return_are_named_as_the_cause() -> None:
    raw = "---\r\r\nlicense: mit\r\r\n---\r\r\n\r\r\n# m\r\r\n\r\r\nA model.\r\r\n"
    assert HUB_REGEX.match(raw) is None  # the Hub finds no metadata
    [found] = [d for d in lint(raw) if d.code == "MC102"]
    assert "`\\r\\r\\n`" in found.message and (found.line, found.column) == (1, 1)
    # Windows line endings are read by the Hub: nothing to report
    assert "MC102" not in codes(lint(raw.replace("\r\r\n", "\r\n")))


def test_a_block_set_in_a_code_block_near_the_top_leaves_the_whole_file_the_body() -> None:
    # ("## YAML metadata section" over a fenced block holding the metadata: the Hub reads none; the text after the
    # block's closing code fence is the card's, not a code block to the end of the file)
    text = ("## YAML metadata section\n\n```\n---\nlanguage:\n- el\nlicense: apache-2.0\n---\n```\n\n"
            "This model predicts punctuation.\n\n# Training data\n\nGreek Europarl.\n")
    card = Card.from_text(text)
    assert [p.case for p in card.frontmatter.problems] == ["leading-text"]
    assert "Training data" in [h.title for h in card.body.headings]
