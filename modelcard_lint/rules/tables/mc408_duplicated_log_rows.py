"""MC408 duplicated-log-rows: evaluations of a training log that repeat another row's results exactly."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from ...card import Card
from ...core.rule import Rule
from ...diagnostics import Finding, Severity, Span
from ...facts.tables import Column, TypedTable, training_logs

MOVES = 10  # a column that moves: its typical change between evaluations is this many printed units or more


class DuplicatedLogRows(Rule):
    """Two evaluations of a training log hold exactly the same results, or every evaluation does."""

    code = "MC408"
    name = "duplicated-log-rows"
    severity = Severity.WARNING

    def check(self, card: Card) -> Iterator[Finding]:
        for table in training_logs(card):
            cols = [c for c in table.value_columns if c.name.split != "train"]
            rows = [r for r in range(len(table.rows)) if sum(_finite(c, r) for c in cols) >= 2]
            if len(rows) < 2 or len(cols) < 2:
                continue
            keys = [tuple(_text(c, r) for c in cols) for r in rows]
            if len(rows) >= 3 and len(set(keys)) == 1:
                yield self._all(table, rows, cols)
                continue
            moving = [c for c in cols if _moves(c, rows)]
            for i in range(1, len(rows)):
                p, q = rows[i - 1], rows[i]
                if keys[i] != keys[i - 1] or _same_clock(table, p, q):
                    continue  # a repeated step is log-out-of-order's (MC403)
                telling = [c for c in moving if _finite(c, q) and _moves_around(c, rows, i)
                           and not _held_elsewhere(c, rows, i)]
                if len(telling) >= 2:
                    yield self._pair(table, p, q, telling)

    def _pair(self, table: TypedTable, p: int, q: int, telling: list[Column]) -> Finding:
        rows = table.rows
        shown = ", ".join(f"{c.title} {_text(c, q)}" for c in telling[:3])
        return self.finding(
            _span(table, q),
            f"the evaluation at {table.row_label(q)} (line {rows[q].line}) repeats the one at {table.row_label(p)} "
            f"(line {rows[p].line}) exactly ({shown}), though these columns change from row to row elsewhere: the "
            "row was copied, or the model did not change between the two evaluations.",
            help="take the row again from the run's trainer_state.json (log_history), or remove the copy",
            data={"line": rows[q].line, "repeats_line": rows[p].line},
        )

    def _all(self, table: TypedTable, rows: list[int], cols: list[Column]) -> Finding:
        first, last = table.rows[rows[0]].line, table.rows[rows[-1]].line
        shown = ", ".join(f"{c.title} {_text(c, rows[0])}" for c in cols if _finite(c, rows[0]))
        return self.finding(
            Span(first, 1, last, len(table.rows[rows[-1]].cells) and table.rows[rows[-1]].cells[-1].span.end_column),
            f"all {len(rows)} evaluations of the training log (lines {first}-{last}) give the same results ({shown}) "
            "while training goes on: the evaluation never saw the trained weights, or the rows are copies.",
            help="check that the evaluation runs on the model being trained, then publish the real log",
            data={"rows": len(rows), "first_line": first, "last_line": last},
        )


def _finite(col: Column, r: int) -> bool:
    v = col.values[r]
    return v is not None and v.number.finite


def _text(col: Column, r: int) -> str | None:
    v = col.values[r]
    return v.number.text if v is not None and v.number.finite else None


def _unit(col: Column) -> float:
    decimals = [v.number.decimals for v in col.numbers() if v.number.decimals is not None]
    return 10.0 ** -max(decimals) if decimals else 0.0


def _moves(col: Column, rows: list[int]) -> bool:
    """Whether the column's typical change between evaluations is well above its printed precision."""
    values = [v.value for r in rows if (v := col.values[r]) is not None and v.number.finite]
    changes = sorted(abs(b - a) for a, b in itertools.pairwise(values))
    return bool(changes) and changes[len(changes) // 2] >= MOVES * _unit(col) > 0


def _moves_around(col: Column, rows: list[int], i: int) -> bool:
    """Whether the column changes on both sides of the repeated pair (rows[i-1], rows[i]), where it can."""
    around = []
    for a, b in ((i - 2, i - 1), (i, i + 1)):
        if a >= 0 and b < len(rows):
            u, v = col.values[rows[a]], col.values[rows[b]]
            if u is not None and v is not None and u.number.finite and v.number.finite:
                around.append(u.value != v.value)
    return bool(around) and all(around)


def _held_elsewhere(col: Column, rows: list[int], i: int) -> bool:
    """Whether the repeated value stands in another row of the column too, away from the pair: a column that has
    settled (the last evaluations of a long run, "Validation Loss 0.1782" four times among the last rows) repeats
    its values by chance."""
    value = _text(col, rows[i])
    return any(_text(col, r) == value for k, r in enumerate(rows) if k not in (i - 1, i))


def _same_clock(table: TypedTable, p: int, q: int) -> bool:
    clock = table.step if table.step is not None else table.epoch
    if clock is None:
        return False
    u, v = clock.values[p], clock.values[q]
    return u is not None and v is not None and u.value == v.value


def _span(table: TypedTable, r: int) -> Span:
    row = table.rows[r]
    cells = row.cells
    return Span(row.line, cells[0].span.column, row.line, cells[-1].span.end_column) if cells else Span(
        row.line, 1, row.line, 1)
