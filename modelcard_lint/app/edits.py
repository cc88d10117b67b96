"""Edits on a card's own text: where each edit lands, refused when it does not land where it says.

An edit's line and column must lie in the file and on its line: an edit past the end of its
line is refused (``Refused``), never moved into the next lines.  Inserted text takes the
file's own line endings.
"""

from __future__ import annotations

import contextlib
import re

from ..card.source import Source
from ..diagnostics import Fix

_BREAK = re.compile(r"\r\n|\r|\n")


class Refused(Exception):
    """Why a fix is not applied; said in its finding's message."""


def _line_starts(raw: str, bom: bool) -> tuple[list[int], list[str]]:
    """Offsets in ``raw`` where each line starts, and each line's own line break."""
    starts, breaks = [1 if bom else 0], []
    for m in _BREAK.finditer(raw):
        breaks.append(m.group(0))
        starts.append(m.end())
    breaks.append(breaks[-1] if breaks else "\n")
    return starts, breaks


class _Lines:
    """Where the lines of a text are, to turn (line, column) positions into offsets, strictly."""

    __slots__ = ("raw", "starts", "breaks", "lengths")

    def __init__(self, source: Source) -> None:
        self.raw = source.raw
        self.starts, self.breaks = _line_starts(source.raw, source.bom)
        self.lengths = [len(line) for line in source.text.split("\n")]

    def offset(self, line: int, column: int) -> int:
        if not 1 <= line <= len(self.lengths):
            raise Refused(f"its edit at line {line} lies outside the file")
        if not 1 <= column <= self.lengths[line - 1] + 1:
            raise Refused(f"its edit at line {line}, column {column} lies past the end of that line")
        return self.starts[line - 1] + column - 1

    def place(self, fix: Fix) -> list[tuple[int, int, str]]:
        """The edits of a fix as (start, end, text) offsets in the raw text; Refused if one is misplaced."""
        out = []
        for e in fix.edits:
            a = self.offset(e.span.line, e.span.column)
            b = self.offset(e.span.end_line, e.span.end_column)
            if b < a:
                raise Refused(f"its edit at line {e.span.line} ends before it starts")
            out.append((a, b, e.text.replace("\n", self.breaks[e.span.line - 1])))
        return out


def _splice(raw: str, edits: list[tuple[int, int, str]]) -> str:
    out, pos = [], 0
    for a, b, text in sorted(edits, key=lambda p: (p[0], p[1])):
        out.append(raw[pos:a])
        out.append(text)
        pos = b
    out.append(raw[pos:])
    return "".join(out)


def _overlap(edits: list[tuple[int, int, str]], taken: list[tuple[int, int, str]]) -> bool:
    return any((a < tb and ta < b) or (a == b == ta == tb) for a, b, _ in edits for ta, tb, _ in taken)


def apply_fixes(source: Source, fixes: list[Fix]) -> tuple[str, int]:
    """The raw text with the fixes applied, and how many were (no checks beyond positions).

    A fix is applied whole or not at all: one with an edit past the end of its line
    is refused, one whose edits overlap those of a fix already taken waits.
    """
    lines = _Lines(source)
    placed = []
    for fix in fixes:
        with contextlib.suppress(Refused):
            placed.append(lines.place(fix))
    taken: list[tuple[int, int, str]] = []
    applied = 0
    for edits in sorted(placed, key=lambda es: min((a for a, _, _ in es), default=0)):
        if edits and not _overlap(edits, taken):
            taken.extend(edits)
            applied += 1
    return _splice(source.raw, taken), applied
