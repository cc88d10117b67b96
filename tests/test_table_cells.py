"""Table cells are split as the first implementation split them (a scan pipe by pipe), now with
``str.split`` when the line has no backslash."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from modelcard_lint.card.markdown import _cells


def _cells_reference(line: str, pipe_table: bool, shift: int = 0) -> list[tuple[str, int, int]]:
    """The first implementation, kept as the reference."""
    body = line.rstrip("\n")
    bounds = [-1]
    escapes = "\\" in body
    pos = body.find("|")
    while pos >= 0:
        slashes = 0
        while escapes and pos - slashes - 1 >= 0 and body[pos - slashes - 1] == "\\":
            slashes += 1
        if slashes % 2 == 0:
            bounds.append(pos)
        pos = body.find("|", pos + 1)
    bounds.append(len(body))
    segments = [(bounds[i] + 1, bounds[i + 1]) for i in range(len(bounds) - 1)]
    if pipe_table:
        segments = segments[1:]
        if segments and not body[segments[-1][0] : segments[-1][1]].strip():
            segments = segments[:-1]
    cells = []
    for start, end in segments:
        raw = body[start:end]
        stripped = raw.strip()
        lead = len(raw) - len(raw.lstrip())
        s = start + lead + shift
        cells.append((stripped, s, s + len(stripped)))
    return cells


TRICKY = [
    "", "|", "||", "| |", "|a|", "| a | b |", "| a | b | ", "| a | b |  \n", "a | b", " a|b ", "|a|b", "a|b|",
    "| a \\| b | c |", "| a \\\\| b |", "| a \\\\\\| b |", "\\|", "|\\", "| \u00a0x\u2003 | y |", "|\t1\t|\t2\t|",
    "| **0.91** | `x|y` |", "|||", "| a || b |", "no pipe at all", "|   |   |\n",
]


def test_tricky_lines_split_as_before() -> None:
    for line in TRICKY:
        for pipe_table in (True, False):
            for shift in (0, 3):
                assert _cells(line, pipe_table, shift) == _cells_reference(line, pipe_table, shift), (line, pipe_table)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="|\\ \ta-*\u00a0\u2003\n", max_size=40), st.booleans(), st.integers(0, 4))
def test_any_line_splits_as_before(line: str, pipe_table: bool, shift: int) -> None:
    assert _cells(line, pipe_table, shift) == _cells_reference(line, pipe_table, shift)
