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

SAME = settings(max_examples=2000, deadline=None, derandomize=True)


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
    from modelcard_lint.card.body import _unlink, _untag

    assert _unlink(text) == re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", text)
    assert _untag(text) == re.sub(r"<[^>]+>", "", text)


def test_heading_title_is_worked_out_once() -> None:
    body = parse_body("# [a](b) <i>c</i> **d** " + "[" * 50_000 + "\n", 0)
    heading = body.headings[0]
    assert heading.title.startswith("a c d [[[")
    assert heading.title is heading.title


@SAME
@given(texts("<!->{}% a\n", max_size=30))
def test_placeholder_scanners_find_what_the_regexes_found(text: str) -> None:
    from modelcard_lint.rules.content.mc301_placeholder_text import _comments, _template_variables

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
    from modelcard_lint.rules.content.mc301_placeholder_text import _is_trainer_note

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
    from modelcard_lint.rules.structure.mc201_missing_section import _strip_urls

    assert _strip_urls(text) == re.sub(r"\]\([^)]*\)|https?://\S+", "", text)


@SAME
@given(st.lists(st.sampled_from(["](", ")", "http://", "https://", "x", " ", "]"])))
def test_link_targets_and_urls_removed_as_the_regex_did_in_longer_texts(parts: list[str]) -> None:
    from modelcard_lint.rules.structure.mc201_missing_section import _strip_urls

    text = "".join(parts)
    assert _strip_urls(text) == re.sub(r"\]\([^)]*\)|https?://\S+", "", text)


@SAME
@given(st.lists(st.sampled_from(["achieves the following results", "Achieves the Following Results", "x", " on test",
                                 ":", "\n", " ", "\t", "\u2028"])))
def test_headline_intro_found_as_the_regex_found_it(parts: list[str]) -> None:
    from modelcard_lint.facts.metrics import _intro

    text = "".join(parts)
    m = re.search(r"\bachieves the following results(?P<where>[^:\n]*):\s*$", text, re.I)
    assert _intro(text) == (m.group("where") if m else None)
