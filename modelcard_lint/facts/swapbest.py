"""The card's results as the best checkpoint of the log: which reading of a run they agree with.

The Trainer's headline copies its last evaluation; with ``load_best_model_at_end`` it copies the
evaluation of the best checkpoint instead, a row of the log before the last one.  That row is the
best of the log by the column training chose it by (the validation loss unless told otherwise, or a
metric such as the accuracy), so:

- when the results equal a row of the run only with its values moved back, and no row as written,
  the run is exchanged (+1); when they equal a row of the run as written, in a column the run
  moves, it is in place (-1);
- when the results equal one row of the log before the last, outside the run, in two columns at
  least, that row must be the best of the log by one of its loss or metric columns, and rows in
  place follow it.  A run whose values, as written, beat that row in every column where it is the
  best, and that leaves it the best by one of them once moved back, is exchanged (+1); the other
  way round, the values as written stand (-1).

Results that equal the last row are the headline's evidence (``swaplevels.by_levels``), and results
that equal no row, either way, say nothing here.  The rows the results equal are found once per table
(``result_rows``); each run then costs a pass over the table only when they stand for a row before the
last.
"""

from __future__ import annotations

from collections.abc import Callable

from .metrics import same_value
from .swapevidence import Run, direction
from .tables import Column, Number, TypedTable, Value


def equal(levels: dict[int, list[Number]], cols: list[Column], cells: list[Value | None]) -> bool:
    """Whether the results equal a row whose cells under ``cols`` are ``cells``: in two columns at least, and in
    every column with a value."""
    seen = 0
    for c, v in zip(cols, cells, strict=True):
        if v is None:
            continue
        if not any(same_value(x, v.number, c.name) for x in levels[c.index]):
            return False
        seen += 1
    return seen >= 2


def result_rows(table: TypedTable, levels: dict[int, list[Number]]) -> list[int]:
    """The rows of ``table`` whose values the card's results equal, as written."""
    cols = [c for c in table.value_columns if c.index in levels]
    if len(cols) < 2:
        return []
    return [r for r in range(len(table.rows)) if equal(levels, cols, [c.values[r] for c in cols])]


def by_best(run: Run, levels: dict[int, list[Number]], rows: list[int], last: int) -> int:
    """+1 when the results as the best checkpoint agree with the run moved back only, -1 as written only, else 0.

    ``rows`` are the rows the results equal as written (``result_rows``); ``last`` is the log's last row.
    """
    cols = [c for c in run.table.value_columns if c.index in levels]
    if len(cols) < 2 or any(r >= last for r in rows):
        return 0
    inside = set(run.rows)
    if {own.index for _, own in run.moves} & {c.index for c in cols}:
        if any(r in inside for r in rows):
            return -1
        if any(r != last and equal(levels, cols, [run.back(r, c) for c in cols]) for r in run.rows):
            return 1 if not rows else 0
    # a best checkpoint is followed by other rows, in place or the run's (the last epoch exchanged after the best
    # one): without any, an early row quoted for another reason is as likely as an exchange that hides the decline
    if len(rows) != 1 or rows[0] in inside or not any(r > rows[0] for r in (*run.clean, *run.rows)):
        return 0
    written = _best_somewhere(run, rows[0], lambda r, c: c.values[r])
    moved = _best_somewhere(run, rows[0], lambda r, c: run.back(r, c) if r in inside else c.values[r])
    return 1 if moved and not written else -1 if written and not moved else 0


def _best_somewhere(run: Run, k: int, read: Callable[[int, Column], Value | None]) -> bool:
    """Whether row ``k`` is the best of the log (or tied) by one of its loss or metric columns, each read by
    ``read``."""
    n = len(run.table.rows)
    for col in run.table.value_columns:
        sign = direction(col)
        here = read(k, col)
        if not sign or here is None:
            continue
        if all(sign * (v.value - here.value) <= 0 for r in range(n) if (v := read(r, col)) is not None):
            return True
    return False
