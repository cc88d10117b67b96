"""Fixes that cannot damage a card (issue 7): each reproducer of the fuzzing campaign is a test.

A fix edits only the text of the value it was made for, writes YAML that reads back as
the value it means, and leaves a value it cannot edit safely alone, saying why.
"""

from __future__ import annotations

import pytest

from modelcard_lint import fix_text, lint_text
from modelcard_lint.card.yamlhub import load_as_hub, scalar_text

FIXING = ["MC102", "MC110", "MC112", "MC115", "MC118", "MC121", "MC123"]


def fix(text: str, unsafe: bool = False, select: list[str] | None = None):
    return fix_text(text, config={"select": select or FIXING}, unsafe=unsafe)


def front(text: str) -> object:
    return load_as_hub(text.split("---\n")[1])


# -- positions ---------------------------------------------------------------------------------


@pytest.mark.parametrize("brk", ["\u2028", "\u2029", "\x85"])
def test_a_unicode_line_break_before_a_fixable_value(brk: str) -> None:
    text = f'---\ntitle: "a{brk}b"\nlanguage: EN\n---\n# Model\n\nBody text.\n'
    fixed, left = fix(text)
    assert fixed == text.replace("language: EN", "language: en")
    assert not [d for d in left if d.code == "MC115"]
    assert fix(fixed)[0] == fixed


@pytest.mark.parametrize("eol", ["\r", "\r\n"])
def test_carriage_returns_keep_positions_and_bytes(eol: str) -> None:
    text = f'---{eol}title: "a\u2028b"\r\nlanguage: EN{eol}tags: [x]\n---{eol}# Model{eol}{eol}Body\rtext.{eol}'
    fixed, _ = fix(text)
    assert fixed == text.replace("language: EN", "language: en")


# -- aliases, anchors and tags -------------------------------------------------------------------


def test_a_fix_never_edits_an_anchor_through_an_alias() -> None:
    text = "---\nname: &d glue\ndatasets: *d\n---\n# M\n"
    fixed, left = fix(text)
    assert fixed == text
    [d] = [d for d in left if d.code == "MC123"]
    assert d.fix is None
    assert (d.line, d.column) == (3, 11)  # at the alias, not at the anchor
    assert d.message.endswith("not fixed automatically: it is the alias `*d` of the value on line 2")


@pytest.mark.parametrize(
    "text, reason",
    [
        ("---\nlicense: &l MIT\n---\n", "it has the anchor `&l`"),
        ("---\nlicense: !!str MIT\n---\n", "it has the tag `!!str`"),
        ("---\nlicense: &l !!str MIT\n---\n", "it has the anchor `&l` and the tag `!!str`"),
        ("---\nlicense: &l MIT\nlicense_name: *l\n---\n", "it has the anchor `&l`, used again on line 3"),
        ("---\nx: &x [MIT]\nlicense: *x\n---\n", "it is used more than once, through an alias of the value on line 2"),
        ("---\nlanguage: &x [EN]\nother: *x\n---\n", "it is used more than once, through an alias of the value on line 2"),
    ],
)
def test_anchored_tagged_or_shared_values_get_no_fix(text: str, reason: str) -> None:
    fixed, left = fix(text, unsafe=True)
    assert fixed == text
    [d] = [d for d in left if d.code in ("MC112", "MC115")]
    assert d.fix is None and d.message.endswith(f"not fixed automatically: {reason}")


# -- block scalars and values over several lines ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "---\nlicense: >\n  MIT\n# note\nlanguage: en\n---\n# M\n",
        "---\nlicense: |\n  MIT\nlanguage: en\n---\n# M\n",
        "---\nlicense: |-\n  MIT\n\n---\n# M\n",
        "---\nlicense: MIT\n  License\nlanguage: en\n---\n# M\n",
        '---\nlicense: "MIT\n  "\nlanguage: en\n---\n# M\n',
        "---\ndatasets: >\n  glue\n# note\nlanguage: en\n---\n# M\n",
        "---\nlanguage: >-\n  EN\nlicense: mit\n---\n# M\n",
    ],
)
def test_a_value_written_over_several_lines_is_left_as_it_is(text: str) -> None:
    fixed, left = fix(text, unsafe=True)
    assert fixed == text
    assert any("not fixed automatically: it " in d.message for d in left)


def test_quoted_values_with_escapes_are_written_over_whole() -> None:
    fixed, _ = fix('---\nlicense: "M\\x49T"\nlanguage: "E\\u004e"\n---\n# M\n')
    assert fixed == "---\nlicense: mit\nlanguage: en\n---\n# M\n"


# -- renames -----------------------------------------------------------------------------------


def test_two_misspellings_of_one_key_are_not_both_renamed() -> None:
    text = "---\nlicence: mit\nLicence: apache-2.0\n---\n# M\n"
    fixed, left = fix(text)
    assert fixed == text
    messages = [d.message for d in left if d.code == "MC110"]
    assert len(messages) == 2
    assert "`Licence` (line 3) is `license` misspelled too, so keep one of them" in messages[0]
    assert "`licence` (line 2) is `license` misspelled too" in messages[1]


def test_a_rename_to_a_key_that_exists_is_not_offered() -> None:
    text = "---\nlicence: mit\nlicense: mit\n---\n# M\n"
    assert fix(text)[0] == text


def test_a_misspelled_key_with_an_anchor_is_not_renamed() -> None:
    text = "---\n&k licence: mit\n---\n"
    assert fix(text)[0] == text


# -- the value a fix writes --------------------------------------------------------------------


def test_a_language_fix_that_would_read_as_a_boolean_is_quoted() -> None:
    # `language: no` is False for huggingface_hub
    fixed, _ = fix("---\nlicense: mit\nlanguage: [NO, EN]\n---\n# M\n")
    assert fixed == "---\nlicense: mit\nlanguage: ['no', en]\n---\n# M\n"
    assert front(fixed) == {"license": "mit", "language": ["no", "en"]}


@pytest.mark.parametrize(
    "value, written",
    [("a,b", "['a,b']"), ("a:b", "['a:b']"), ("a]b", "['a]b']"), ("glue", "[glue]"), ("imdb data", "[imdb data]")],
)
def test_datasets_as_a_list_keep_the_one_string(value: str, written: str) -> None:
    fixed, _ = fix(f"---\ndatasets: {value}\n---\n# M\n")
    assert fixed == f"---\ndatasets: {written}\n---\n# M\n"
    assert front(fixed) == {"datasets": [value]}


def test_the_json_fix_shows_the_text_written() -> None:
    [d] = [
        d
        for d in lint_text("---\ndatasets: a,b\n---\n# M\n", config={"select": ["MC123"]})
        if d.fix is not None
    ]
    assert d.fix.edits[0].text == "['a,b']"


@pytest.mark.parametrize(
    "repo, line",
    [
        ("123", "'123'"),
        ("True", "'True'"),
        ("no", "'no'"),
        ("1e5", "'1e5'"),
        ("0x10", "'0x10'"),
        ("org/model", "org/model"),
    ],
)
def test_an_inserted_base_model_is_a_string(repo: str, line: str) -> None:
    # (an id with no owner is a Hub model only in the first models' families, none of which YAML reads as another
    # type: the value is written as the text it is, quoted where YAML would read a number, a boolean or a null)
    assert scalar_text(repo) == line
    text = f"---\nlicense: mit\n---\n# m\n\nA fine-tuned version of [b](https://huggingface.co/{repo}).\n"
    fixed, left = fix(text)
    if "/" in repo:
        assert fixed == text.replace("license: mit\n", f"license: mit\nbase_model: {line}\n")
        assert front(fixed) == {"license": "mit", "base_model": repo}
    else:
        assert fixed == text
    assert not [d for d in left if d.code == "MC121"]


def test_a_base_model_is_not_added_to_an_indented_mapping() -> None:
    text = "---\n  license: mit\n---\n# m\n\nA fine-tuned version of [b](https://huggingface.co/org/b).\n"
    fixed, left = fix(text)
    assert fixed == text
    assert [d.fix for d in left if d.code == "MC121"] == [None]


def test_the_diff_of_a_card_with_unicode_line_breaks_keeps_its_lines(tmp_path) -> None:
    from click.testing import CliRunner

    from modelcard_lint.app.cli import main

    path = tmp_path / "README.md"
    path.write_text('---\ntitle: "a\u2029b"\nlanguage: EN\n---\n# Model\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["--isolated", "--select", "MC115", "--diff", str(path)])
    assert ' title: "a\u2029b"\n-language: EN\n+language: en\n' in result.output


def test_a_fix_refused_in_one_pass_is_tried_again_once_the_card_changed() -> None:
    # alone, fixing the opening fence would make the Hub read `----` as the metadata; once the closing
    # fence is fixed too, it fits: one --fix must do both, so that a second one changes nothing
    from modelcard_lint import fix_text

    once, _ = fix_text("----\n\n----\n---", config={})
    assert once == "---\n\n---\n---"
    assert fix_text(once, config={})[0] == once


def test_a_misspelled_key_that_ends_in_a_quote_is_renamed_with_its_value() -> None:
    # a plain key may end in a quote character; the rename covers the whole key, the value stays
    fixed, _ = fix("---\nipeline_ta': text-generation\n---\n# Model\n")
    assert front(fixed) == {"pipeline_tag": "text-generation"}


def test_a_fix_is_refused_when_the_front_matter_is_too_deep_to_compare() -> None:
    # the check after a fix compares what huggingface_hub reads before and after; when it cannot, the
    # card is left as it was and the finding says why
    text = "---\nlanguage: EN\ns:\n" + "- " * 600 + "-\n---\n# Model\n\nBody.\n"
    fixed, diagnostics = fix(text, unsafe=True)
    assert fixed == text
    (finding,) = [d for d in diagnostics if d.code == "MC115"]
    assert finding.fix is None and "not fixed: the front matter is nested too deeply to compare" in finding.message


def test_a_base_model_link_whose_text_needs_stripping_is_not_written_as_is() -> None:
    # fuzz seed 68: the link's text is an id only once its line separator is stripped; the link's own id is written
    text = "---\nl:\n---\nfinetuned version of [e/f\u2028](http://huggingface.co/o/t)"
    fixed, _ = fix(text)
    assert front(fixed) == {"l": None, "base_model": "o/t"}


def test_two_codes_whose_replacement_the_list_holds_are_both_removed(monkeypatch) -> None:
    # (fuzz seed 80: the oracle had allowed one deleted line per list, not one per fix)
    fixed, _ = fix("---\nlanguage:\n- ajp\n- ajp\n- apc\n---\n\n# m\n", unsafe=True)
    assert fixed.startswith("---\nlanguage:\n- apc\n---\n")
    from pathlib import Path

    monkeypatch.syspath_prepend(str(Path(__file__).resolve().parents[1] / "scripts"))
    from fuzzing.oracles import _as_written

    before = {"language": ["ajp", "ajp", "apc"]}
    assert _as_written("", "language", False, before, {"language": ["apc"]}, deleted=2)
    assert not _as_written("", "language", False, before, {"language": ["apc"]}, deleted=1)


def test_a_license_held_by_a_merge_key_is_not_written_again() -> None:
    # fuzz seed 87: `<<: *b` merges `license:` into the metadata; the license fix is declined and says why, and the
    # fuzzer's oracle no longer takes the declined fix's line for one written
    text = '---\ne: &b\n license:\nt: ["",2:]\n<<: *b\n---\nlicense:mit\x1b'
    fixed, left = fix(text, unsafe=True, select=["MC114", "MC302"])
    assert fixed == text[:-1]  # (only the control character removed)
    [d] = [d for d in left if d.code == "MC114"]
    assert d.fix is None and "not fixed" in d.message
