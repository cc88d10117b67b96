"""The linear-time replacements of quadratic regular expressions give the same answers as the originals.

Each replacement is checked against the regex it replaced on short random strings over the
characters that matter to it; tests/test_hostile.py checks that the time is linear.
"""

from __future__ import annotations

import re
import string

from hypothesis import given, settings
from hypothesis import strategies as st

from modelcard_lint.card.body import parse_body
from modelcard_lint.card.markdown import trim_closing_hashes

SAME = settings(max_examples=400, deadline=None, derandomize=True)


def texts(alphabet: str, max_size: int = 24) -> st.SearchStrategy[str]:
    return st.text(alphabet=alphabet, max_size=max_size)


@SAME
@given(texts("# ab\t\u00a0\u2028\x85\x1c"))
def test_closing_hashes_as_mistune_trims_them(text: str) -> None:
    text = text.strip(string.whitespace)
    assert trim_closing_hashes(text) == re.sub(r"(\s+|^)#+\s*$", "", text)


def test_heading_with_a_long_run_of_spaces() -> None:
    spaces = " " * 50_000
    body = parse_body(f"## Title{spaces}x\n## Other{spaces}#\n## Closed {spaces}## \n", 0)
    assert [h.text for h in body.headings] == [f"Title{spaces}x", "Other", "Closed"]


@SAME
@given(texts("[]()!<>a \n"))
def test_links_and_tags_removed_as_the_regexes_did(text: str) -> None:
    from modelcard_lint.card.body import _unlink, strip_tags

    assert _unlink(text) == re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", text)
    assert strip_tags(text) == re.sub(r"<[^>]+>", "", text)


def test_heading_title_is_worked_out_once() -> None:
    body = parse_body("# [a](b) <i>c</i> **d** " + "[" * 50_000 + "\n", 0)
    heading = body.headings[0]
    assert heading.title.startswith("a c d [[[")
    assert heading.title is heading.title


@SAME
@given(texts("<!->{}% a\n", max_size=30))
def test_placeholder_scanners_find_what_the_regexes_found(text: str) -> None:
    from modelcard_lint.facts.leftovers import _braces as _template_variables
    from modelcard_lint.facts.leftovers import html_comments as _comments

    assert _comments(text) == [m.span() for m in re.finditer(r"<!--(.*?)-->", text, re.S)]
    assert list(_template_variables(text)) == [m.span() for m in re.finditer(r"\{\{.*?\}\}|\{%.*?%\}", text)]


@SAME
@given(texts("<!->*-+1.) \na_", max_size=30))
def test_scaffold_stripped_as_the_regex_did(text: str) -> None:
    from modelcard_lint.rules.content.mc301_placeholder_text import _strip_scaffold

    scaffold = r"<!--.*?-->|\*\*[^*\n]*\*\*|^\s*(?:[-*+]|\d+[.)])\s|[\s\W_]+"
    assert _strip_scaffold(text) == re.sub(scaffold, "", text, flags=re.S | re.M)


@SAME
@given(st.lists(st.sampled_from(["this model card has been generated automatically", "Remove this comment", " x ", "ſ"])))
def test_trainer_note_found_as_the_regex_found_it(parts: list[str]) -> None:
    from modelcard_lint.facts.leftovers import is_generated_note as _is_trainer_note

    text = "".join(parts)
    note = r"this model card has been generated automatically.*remove this comment"
    assert _is_trainer_note(text) == bool(re.search(note, text, re.I | re.S))


@SAME
@given(st.lists(st.sampled_from(["<!--", "-->", " ", "modelcard-lint-", "disable", "-next-line", "-line", "enable",
                                 "-file", "MC301", "x"])))
def test_suppression_comments_found_as_the_regex_found_them(parts: list[str]) -> None:
    from modelcard_lint.core.suppress import _html_directives

    line = "".join(parts)
    html = r"<!--\s*modelcard-lint-(disable-next-line|disable-line|disable-file|disable|enable)\b(.*?)-->"
    expected = [(m.group(1), m.start(), m.end(), m.group(2)) for m in re.finditer(html, line)]
    assert list(_html_directives(line)) == expected


@SAME
@given(texts("]()htps:/ a", max_size=30))
def test_link_targets_and_urls_removed_as_the_regex_did(text: str) -> None:
    from modelcard_lint.facts.linkpath import strip_urls as _strip_urls

    assert _strip_urls(text) == re.sub(r"\]\([^)]*\)|https?://\S+", "", text)


@SAME
@given(st.lists(st.sampled_from(["](", ")", "http://", "https://", "x", " ", "]"])))
def test_link_targets_and_urls_removed_as_the_regex_did_in_longer_texts(parts: list[str]) -> None:
    from modelcard_lint.facts.linkpath import strip_urls as _strip_urls

    text = "".join(parts)
    assert _strip_urls(text) == re.sub(r"\]\([^)]*\)|https?://\S+", "", text)


@SAME
@given(st.lists(st.sampled_from(["achieves the following results", "Achieves the Following Results", "x", " on test",
                                 ":", "\n", " ", "\t", "\u2028"])))
def test_headline_intro_found_as_the_regex_found_it(parts: list[str]) -> None:
    from modelcard_lint.facts.headlineintro import intro as _intro

    text = "".join(parts)
    m = re.search(r"\bachieves the following results(?P<where>[^:\n]*):\s*$", text, re.I)
    assert _intro(text) == (m.group("where") if m else None)


def _sorted_nearest(text: str, strings, limit: int) -> str | None:
    """The search the index replaces: every string scored, the unique best within ``limit``."""
    from modelcard_lint.hub.suggest import edit_distance

    scored = sorted((edit_distance(text, s, limit), s) for s in strings)
    if scored and scored[0][0] <= limit and (len(scored) == 1 or scored[1][0] > scored[0][0]):
        return scored[0][1]
    return None


@st.composite
def near_misses(draw: st.DrawFn, words: tuple[str, ...]) -> str:
    """A word of ``words`` with a few random edits."""
    word = list(draw(st.sampled_from(words)))
    for _ in range(draw(st.integers(0, 4))):
        i = draw(st.integers(0, len(word)))
        op = draw(st.sampled_from(["insert", "delete", "replace", "swap"]))
        c = draw(st.sampled_from("abcdeilnorst_-.0123"))
        if op == "insert":
            word.insert(i, c)
        elif i < len(word):
            if op == "delete":
                del word[i]
            elif op == "replace":
                word[i] = c
            elif i + 1 < len(word):
                word[i], word[i + 1] = word[i + 1], word[i]
    return "".join(word)


@SAME
@given(st.data())
def test_the_index_finds_what_scoring_every_string_found(data: st.DataObject) -> None:
    from modelcard_lint.hub.lists import load_list
    from modelcard_lint.hub.suggest import _KEYS_BY_FORM, SpellIndex, license_key, squash

    words = data.draw(st.sampled_from([tuple(_KEYS_BY_FORM), load_list("licenses"), load_list("library_names")]))
    key = license_key if words == load_list("licenses") else squash
    strings = {key(w) for w in words} if words != tuple(_KEYS_BY_FORM) else set(words)
    text = key(data.draw(near_misses(words))) if words != tuple(_KEYS_BY_FORM) else data.draw(near_misses(words))
    limit = data.draw(st.integers(1, 4))
    assert SpellIndex(strings).closest(text, limit) == _sorted_nearest(text, strings, limit)


def _osa(a: str, b: str) -> int:
    """The optimal-string-alignment distance, every cell computed."""
    d = [[i + j if i * j == 0 else 0 for j in range(len(b) + 1)] for i in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] != b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[-1][-1]


@SAME
@given(texts("abc", 9), texts("abc", 9), st.integers(0, 5))
def test_edit_distance_within_the_band(a: str, b: str, limit: int) -> None:
    from modelcard_lint.hub.suggest import edit_distance

    assert edit_distance(a, b, limit) == min(_osa(a, b), limit + 1)


@SAME
@given(st.lists(st.sampled_from(["fine-tuned version of [", "Fine tuned version of [", "finetuned from [", "a", "]", "](", " ", ")", "[",
                                 "(https://huggingface.co/", "https://hf.co/", "org/model", "/", "\t"])))
def test_fine_tuned_link_found_as_the_regex_found_it(parts: list[str]) -> None:
    from modelcard_lint.facts.finetuned import finetuned

    line = "".join(parts)
    m = re.search(
        r"fine[- ]?tuned (?:version of|from) (?P<link>\[[^\]]*\]\(\s*https?://(?:www\.)?(?:huggingface\.co|hf\.co)/"
        r"(?P<id>[\w.-]+(?:/[\w.-]+)?)/?\s*\))",
        line,
        re.I,
    )
    assert finetuned(line) == ((m.start("link"), m.end("link"), m.group("id")) if m else None)


@SAME
@given(texts("<>*`a %_", max_size=30))
def test_metric_names_lose_markup_as_the_regex_removed_it(text: str) -> None:
    from modelcard_lint.card.body import strip_tags

    assert re.sub(r"[*`]", "", strip_tags(text)) == re.sub(r"<[^>]+>|[*`]", "", text)


@SAME
@given(texts("a: \u00a0\t`.1-b\x0b", max_size=30))
def test_headline_bullets_and_hyperparameters_read_as_the_regexes_read_them(line: str) -> None:
    from modelcard_lint.facts.hyperparams import _item
    from modelcard_lint.facts.metrics import _bullet

    m = re.match(r"\s*(?P<label>[^:\n]{1,80}?)\s*:\s*(?P<value>\S+)\s*$", line)
    assert _bullet(line) == (m.group("label", "value") if m else None)
    m = re.match(r"\s*`?([A-Za-z_][\w.\-]*)`?\s*:\s*(.+?)\s*$", line)
    assert _item(line) == (m.group(1, 2) if m else None)


@SAME
@given(st.integers(0, 100), st.integers(0, 100), st.sampled_from([" ", "\u00a0", "x"]))
def test_headline_bullet_label_of_up_to_80_characters(before: int, label: int, c: str) -> None:
    from modelcard_lint.facts.metrics import _bullet

    line = " " * before + c * label + ": 0.5"
    m = re.match(r"\s*(?P<label>[^:\n]{1,80}?)\s*:\s*(?P<value>\S+)\s*$", line)
    assert _bullet(line) == (m.group("label", "value") if m else None)


@SAME
@given(texts("a\x00\x08\t\n\x0b\x1f\x7f\x80\x9f\xa0\u2028\u202a\u202e\u2066\u2069\u2070é€\U0001f600", max_size=30))
def test_control_characters_found_as_the_regex_finds_them(text: str) -> None:
    from modelcard_lint.rules.content.mc302_control_character import _CONTROL, has_control

    assert has_control(text) == (_CONTROL.search(text) is not None)


@SAME
@given(st.lists(st.sampled_from(["more information needed", "More Information Needed", "[", "]", " ", "a", "x"])))
def test_placeholders_found_as_the_regex_finds_them(parts: list[str]) -> None:
    from modelcard_lint.rules.content.mc301_placeholder_text import _INLINE, _needed

    text = "".join(parts)
    pattern = next(p for kind, _, p in _INLINE if kind == "needed")
    assert pattern is not None
    expected = [(m.start(), m.end(), "template" if m.lastgroup == "template" else "needed")
                for m in pattern.finditer(text)]
    assert list(_needed(text.lower())) == expected


def test_template_variables_have_a_name_and_stand_outside_inline_code() -> None:
    from modelcard_lint.facts.leftovers import template_variables

    text = "a {{ model_name }} b {{0}} c {{}} d `{{ slot }}` e\n\n`\n{{caption}}, x\n` f {% if x %}"
    assert [text[a:b] for a, b in template_variables(text)] == ["{{ model_name }}", "{% if x %}"]


@SAME
@given(texts("{}a`\n ", max_size=40))
def test_template_variables_outside_inline_code_as_each_paragraph_counted_them(text: str) -> None:
    from modelcard_lint.facts.leftovers import _braces, _unquoted

    expected = [(a, b) for a, b in _braces(text) if text.count("`", text.rfind("\n\n", 0, a) + 1, a) % 2 == 0]
    assert list(_unquoted(text, _braces(text))) == expected


def test_a_turns_marker_that_opens_lines_of_a_transcript_is_no_template_variable() -> None:
    from modelcard_lint.facts.leftovers import template_variables

    text = "{{[INPUT]}} You order black coffee\n\n{{[OUTPUT]}} Black coffee.\n\n{{[INPUT]}}See her\n\n{{[OUTPUT]}} Okay."
    assert list(template_variables(text)) == []
    once = "{{[INPUT]}} You order black coffee\n\nWritten by {{ author }}."
    assert [once[a:b] for a, b in template_variables(once)] == ["{{[INPUT]}}", "{{ author }}"]


def test_a_line_of_other_blanks_before_a_line_of_words_is_joined_or_kept_without_error() -> None:
    from modelcard_lint.facts.softwrap import unwrapped

    # (a line of blanks that are not spaces nor tabs, "\u00a0\x0b", then words: no word to end the line with)
    assert unwrapped([(1, "\u00a0\x0b"), (2, "Grounded text")]) == "\u00a0\x0b\nGrounded text"
    assert unwrapped([(1, "capabilities including"), (2, "Grounded text")]) == "capabilities including Grounded text"
