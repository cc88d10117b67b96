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
