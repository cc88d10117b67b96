"""broken-table (MC207): cells are counted between unescaped pipes; the message names a pipe of a cell's text."""

from __future__ import annotations

import pytest

from modelcard_lint.api import lint_text
from modelcard_lint.rules.structure.mc207_broken_table import cell_count


@pytest.mark.parametrize(
    ("row", "cells"),
    [("| a | b |", 2), ("a | b", 2), ("| a \\| b | c |", 2), ("|:---:|---|:--", 3), ("| a | b | c \\|", 3)],
)
def test_cells_are_counted_between_unescaped_pipes(row: str, cells: int) -> None:
    assert cell_count(row) == cells


def test_a_header_with_one_pipe_too_many_is_told_as_a_pipe_of_a_cells_text() -> None:
    text = "---\nlicense: mit\n---\n\n# m\n\n| Data | Soleil | VTuber |\n| --- | --- |\n| Tweets | 1129 |\n"
    (d,) = [d for d in lint_text(text, plugins=False) if d.code == "MC207"]
    assert (d.span.line, d.data["header"], d.data["delimiter"]) == (8, 3, 2)
    assert "must be written `\\|`" in d.message and "escape" in (d.help or "")
    fixed = text.replace("| Soleil | VTuber |", "| Soleil \\| VTuber |")
    assert [d for d in lint_text(fixed, plugins=False) if d.code == "MC207"] == []
