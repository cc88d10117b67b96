"""Inputs that made a rule crash (MC901), and their neighbours."""

from __future__ import annotations

import pytest
from harness import lint

NOTE = "This model card has been generated automatically according to the information the Trainer had access to."


def crashes(text: str) -> list[str]:
    return [d.message for d in lint(text) if d.code == "MC901"]


@pytest.mark.parametrize(
    "text",
    [
        f"## Model\nText <!-- {NOTE}\n## Next\nremove this comment -->\n",
        f"## Model\n\nText <!-- {NOTE}\n\n## Next\n\nMore text\n\n### Deeper\n\nremove this comment -->\n",
        "## Model\n\nMore information needed <!--\n## Next\n-->\n",
        f"## Model\n\n- item <!-- {NOTE}\n\n## Next\n\n> quote remove this comment -->\n",
        f"## Model\nText <!-- {NOTE}\n## Next\nremove this comment -->",
    ],
)
def test_a_comment_that_closes_in_a_later_section(text: str) -> None:
    assert crashes(text) == []
    assert "MC301" in {d.code for d in lint(text)}


def test_a_comment_that_closes_in_a_later_section_is_still_reported_where_it_opens() -> None:
    text = f"## Model\nText <!-- {NOTE}\n## Next\nremove this comment -->\n"
    (found,) = lint(text, select=["MC301"])
    assert (found.span.line, found.span.column, found.span.end_line) == (2, 6, 4)
