"""The guard every fix passes before it is applied (issue 7).

A fix is kept only when its edits lie where their positions say, inside the entry
its finding is about, and the front matter then loads (as huggingface_hub loads it)
to the same data except the keys the fix changes; otherwise the finding stays and
says why.  Rules that offer broken fixes stand in for future bugs and plugins.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from modelcard_lint import fix_text
from modelcard_lint.app.fix import apply_fixes, fix_source
from modelcard_lint.card import Card
from modelcard_lint.card.frontmatter import HUB_REGEX
from modelcard_lint.card.source import Source
from modelcard_lint.card.yamlhub import load_as_hub
from modelcard_lint.core.engine import RuleSet
from modelcard_lint.core.rule import Rule
from modelcard_lint.diagnostics import Edit, Finding, Fix, Severity, Span
from modelcard_lint.hub.suggest import misspelled_key

CARD = "---\nlicense: mit\ntags:\n- a\n---\n# Model\n\nBody text.\n"


class OneFix(Rule):
    """A finding on the `license` value whose fix is whatever the test gives it."""

    code = "MC999"
    name = "one-fix"
    edits: tuple[Edit, ...] = ()
    where: Span | None = None

    def check(self, card: Card) -> Iterator[Finding]:
        node = card.meta.get("license") if card.meta is not None else None
        where = self.where or (node.span if node is not None else Span.at(1))
        if self.edits and card.text.count("license: mit") == 1 and "fixed" not in card.text:
            yield self.finding(where, "a finding", fix=Fix("the fix", self.edits))


def fix_with(text: str, *edits: Edit, where: Span | None = None):
    rule = OneFix()
    rule.edits, rule.where = edits, where
    result = fix_source(Source.from_text(text, "README.md"), RuleSet([(rule, Severity.WARNING)]), unsafe=False)
    return result.source.raw, result.diagnostics


@pytest.mark.parametrize(
    "edits, reason",
    [
        # past the end of line 2: it used to be clamped into the lines below
        ((Edit(Span(2, 30, 2, 32), "x"),), "its edit at line 2, column 30 lies past the end of that line"),
        ((Edit(Span(99, 1, 99, 1), "x"),), "its edit at line 99 lies outside the file"),
        # the finding is about `license`; the edit lands in `tags`
        ((Edit(Span(4, 3, 4, 4), "b"),), "its edit at line 4 lies outside the entry `license` it was made for"),
        # one fix, two places
        (
            (Edit(Span(2, 10, 2, 13), "fixed"), Edit(Span(8, 1, 8, 5), "Text")),
            "it edits both the front matter and the text outside it",
        ),
        ((Edit(Span(5, 1, 6, 1), ""),), "its edits cross a fence of the front matter"),
        # a value that brings another key with it, or breaks the YAML
        ((Edit(Span(2, 10, 2, 13), "mit\ntags: [b]"),), "it would make `tags` a duplicate key"),
        ((Edit(Span(2, 10, 2, 13), "[fixed"),), "the front matter would no longer be valid YAML"),
        # new entries, for a finding about `license`
        ((Edit(Span(5, 1, 5, 1), "x: y\n"),), "it adds entries, but it was made for the entry `license`"),
    ],
)
def test_a_misplaced_or_harmful_fix_is_refused_and_says_why(edits: tuple[Edit, ...], reason: str) -> None:
    fixed, left = fix_with(CARD, *edits)
    assert fixed == CARD
    [d] = left
    assert d.fix is None
    assert d.message == f"a finding; not fixed: {reason}"


def test_a_fix_that_would_change_another_key_is_refused() -> None:
    text = "---\nlicense: mit\nother: &o x\ntags: *o\n---\n# Model\n"
    # rewriting the anchor's value would change `tags` too (the rules never offer this: see test_fix_safety)
    fixed, [d] = fix_with(text, Edit(Span(3, 8, 3, 12), "&o y"), where=Span(3, 8, 3, 12))
    assert fixed == text
    assert d.message == "a finding; not fixed: it would change `tags`, which it was not meant to change"


def test_a_fix_that_keeps_to_its_entry_is_applied() -> None:
    fixed, left = fix_with(CARD, Edit(Span(2, 10, 2, 13), "fixed"))
    assert fixed == CARD.replace("license: mit", "license: fixed")
    assert left == []


def test_a_fix_may_add_entries_between_others() -> None:
    fixed, left = fix_with(CARD, Edit(Span(3, 1, 3, 1), "base_model: fixed\n"), where=Span.at(8))
    assert fixed == CARD.replace("tags:", "base_model: fixed\ntags:")
    assert left == []


@pytest.mark.parametrize("inserted", ["- x\n", "x: y", "# a comment\n"])
def test_inserted_text_must_be_whole_entries(inserted: str) -> None:
    fixed, [d] = fix_with(CARD, Edit(Span(5, 1, 5, 1), inserted), where=Span.at(8))
    assert fixed == CARD
    assert d.message == "a finding; not fixed: the text it inserts at line 5 is not whole metadata entries"


def test_a_fix_of_the_text_below_the_front_matter_leaves_the_front_matter_alone() -> None:
    fixed, left = fix_with(CARD, Edit(Span(8, 1, 8, 5), "fixed"), where=Span.at(8))
    assert fixed == CARD.replace("Body", "fixed")
    assert left == []


TABLE_CARD = "---\nlicense: mit\n---\n# Model\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nBody text.\n"


def test_a_fix_of_the_body_edits_only_the_block_its_finding_is_in() -> None:
    table = "| a | b |\n|---|---|\n| 1 | fixed |"
    fixed, left = fix_with(TABLE_CARD, Edit(Span(6, 1, 8, 10), table), where=Span.at(8, 7))
    assert fixed == TABLE_CARD.replace("| 2 |", "| fixed |") and left == []
    fixed, [d] = fix_with(TABLE_CARD, Edit(Span(8, 1, 10, 5), "| 1 | 3 |\n\nText"), where=Span.at(8, 7))
    assert fixed == TABLE_CARD
    assert d.message == "a finding; not fixed: its edit at line 8 lies outside the table (lines 6-8) its finding is in"


class OtherFile(Rule):
    """A finding in another file of the repository, whose fix would land in the card."""

    code = "MC998"
    name = "other-file"

    def check(self, card: Card) -> Iterator[Finding]:
        if "fixed" not in card.text:
            yield self.finding(Span.at(10, 1, 4), "elsewhere", fix=Fix("f", (Edit(Span(10, 1, 10, 5), "fixed"),)),
                               path="config.json")


def test_a_finding_in_another_file_never_fixes_the_card() -> None:
    result = fix_source(Source.from_text(TABLE_CARD, "README.md"), RuleSet([(OtherFile(), Severity.WARNING)]), False)
    assert result.source.raw == TABLE_CARD and [d.path for d in result.diagnostics] == ["config.json"]


def test_apply_fixes_refuses_a_column_past_the_end_of_its_line() -> None:
    source = Source.from_text("---\nlanguage: EN\n---\n# Model\n\nBody text.\n")
    text, applied = apply_fixes(source, [Fix("f", (Edit(Span(5, 8, 5, 10), "en"),))])
    assert (text, applied) == (source.raw, 0)
    text, applied = apply_fixes(source, [Fix("f", (Edit(Span(2, 11, 2, 13), "en"),))])
    assert (text, applied) == (source.raw.replace("EN", "en"), 1)


class Rename(Rule):
    """Two misspellings renamed to one key in the same pass (as MC110 once did)."""

    code = "MC998"
    name = "rename"

    def check(self, card: Card) -> Iterator[Finding]:
        for key, _ in card.meta.pairs if card.meta is not None else []:
            if key.raw.lower() == "licence":
                yield self.finding(key, f"rename {key.raw}", fix=self.replace(key, "license", "rename"))


def test_two_renames_to_one_key_in_one_pass_make_no_duplicate() -> None:
    text = "---\nlicence: mit\nLicence: apache-2.0\n---\n# M\n"
    result = fix_source(Source.from_text(text), RuleSet([(Rename(), Severity.ERROR)]), unsafe=False)
    assert result.source.raw == "---\nlicense: mit\nLicence: apache-2.0\n---\n# M\n"
    [d] = result.diagnostics
    assert d.fix is None and d.message == "rename Licence; not fixed: it would make `license` a duplicate key"


# -- the oracle, over the corpus and generated cards -------------------------------------------


def split(text: str) -> tuple[object, str]:
    m = HUB_REGEX.search(text)
    assert m is not None
    return load_as_hub(m.group(2)), text[m.end() :]


FIXED_KEYS = {"license", "language", "datasets", "pipeline_tag", "base_model"}


def _unspaced(body: str) -> str:
    return re.sub(r"(?m)^( {0,3}#{1,6}) (?=\S)", r"\1", body)


def check_fix(text: str, unsafe: bool) -> None:
    """The --fix oracle: body kept, the front matter loads, meaning kept but for fixed keys, idempotent."""
    fixed, left = fix_text(text, config={}, unsafe=unsafe)
    assert not [d for d in left if d.code == "MC901"]
    again, _ = fix_text(fixed, config={}, unsafe=unsafe)
    assert again == fixed
    if fixed == text or not HUB_REGEX.search(text) or not HUB_REGEX.search(fixed):
        return
    (before, body_before), (after, body_after) = split(text), split(fixed)
    # (the body is kept but for the space heading-without-space writes after a heading's marks)
    assert _unspaced(body_after) == _unspaced(body_before)
    if not isinstance(before, dict):
        assert after == before
        return
    assert isinstance(after, dict)
    removed, added = before.keys() - after.keys(), after.keys() - before.keys()
    # a key disappears only when renamed into its right spelling, which appears
    assert all(isinstance(k, str) and misspelled_key(k) in after for k in removed)
    assert added <= FIXED_KEYS | {misspelled_key(k) for k in removed}
    for key in before.keys() & after.keys():
        if key not in FIXED_KEYS:
            assert _same_but_quoted(before[key], after[key]), key


_YAML11_WORDS = {True: {"y", "yes", "on"}, False: {"n", "no", "off"}}


def _same_but_quoted(before: object, after: object) -> bool:
    """Whether ``after`` is ``before`` but for YAML 1.1 booleans that pyyaml-boolean quoted back into the strings the
    Hub reads (`no` under `tags`: `False` for huggingface_hub before, `'no'` after)."""
    if isinstance(before, bool) and isinstance(after, str):
        return after.lower() in _YAML11_WORDS[before]
    if isinstance(before, list) and isinstance(after, list):
        return len(before) == len(after) and all(_same_but_quoted(b, a) for b, a in zip(before, after, strict=True))
    if isinstance(before, dict) and isinstance(after, dict):
        return before.keys() == after.keys() and all(_same_but_quoted(before[k], after[k]) for k in before)
    return before == after


def test_fixing_the_corpus_keeps_what_the_cards_mean(shared: Path) -> None:
    fixed = 0
    for path in sorted((shared / "corpus" / "cards").iterdir()):
        text = path.read_text(encoding="utf-8", errors="replace")
        if HUB_REGEX.search(text) is None:
            continue
        check_fix(text, unsafe=True)
        fixed += 1
    assert fixed > 1000


_values = st.sampled_from(
    ["MIT", "mit", "EN", "NO", "a,b", "glue", "'MIT'", '"E\\u004e"', "&a MIT", "*a", "!!str MIT", ">\n  MIT", "|\n  EN",
     "[EN, fr]", "[*a, EN]", "'x\u2028y'", '"a\u2029b"', "123", "True", "zh-CN", "conversational", "gpl-2.0-or-later"]
)
_keys = st.sampled_from(["license", "language", "datasets", "pipeline_tag", "licence", "Licence", "tags", "name"])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(_keys, _values), min_size=1, max_size=6), st.booleans(), st.sampled_from(["\n", "\r\n"]))
def test_fixing_generated_cards_keeps_what_they_mean(entries: list[tuple[str, str]], base: bool, eol: str) -> None:
    lines = ["anchor: &a x", 'title: "a\u2028b"'] + [f"{k}: {v}" for k, v in entries]
    body = "# Model\n\nA fine-tuned version of [b](https://huggingface.co/True).\n" if base else "# Model\n"
    text = ("---\n" + "\n".join(lines) + "\n---\n" + body).replace("\n", eol)
    try:
        load_as_hub(text.split("---")[1])
    except Exception:
        return  # not YAML to begin with (about one in seven)
    check_fix(text, unsafe=True)


def test_the_guard_loads_yaml_1_1_forms_quietly() -> None:
    # ruamel.yaml warns (on stderr) about a float without a dot in its mantissa; PyYAML loads it quietly
    import warnings

    with warnings.catch_warnings(record=True) as shown:
        warnings.simplefilter("always")
        assert load_as_hub("x: !!float 1e5\n") == {"x": 100000.0}
        assert fix_text("---\nlicense: MIT\nx: !!float 1e5\n---\n# m\n")[0].startswith("---\nlicense: mit\n")
    assert not shown
