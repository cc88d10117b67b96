"""Small cards with one table, built in tests."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

HEAD = "---\nlicense: mit\n---\n\n# model\n\n"
TABLE_LINE = 9  # the first data row of ``card(...)`` without ``before`` text


def table(header: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + ":---:|" * len(header)]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def card(header: Sequence[str], rows: Sequence[Sequence[Any]], before: str = "", after: str = "") -> str:
    """A card whose table header is on line 7 (without ``before``), first data row on line 9."""
    return HEAD + before + table(header, rows) + after


LOG = ["Training Loss", "Epoch", "Step", "Validation Loss", "Accuracy"]


def log_rows(n: int, swapped: set[int] = frozenset(), scale: float = 1.0, start_loss: float = 0.5) -> list[list[Any]]:
    """A clean Trainer log (loss below accuracy), with the rows in ``swapped`` exchanged."""
    rows: list[list[Any]] = []
    for i in range(n):
        loss = round(start_loss - 0.02 * i, 4)
        acc = round((0.80 + 0.01 * i) * scale, 4)
        if i in swapped:
            loss, acc = acc, loss
        rows.append([round(1.2 - 0.05 * i, 4), float(i + 1), 100 * (i + 1), loss, acc])
    return rows
