"""MC402 value-out-of-range: a table value its column cannot hold."""

from __future__ import annotations

import math
from collections.abc import Iterator

from ...card import Card
from ...core.rule import Rule
from ...diagnostics import Finding, Severity, Span
from ...facts.metricnames import BOUNDED, LOSS, METRIC
from ...facts.swapevidence import limits
from ...facts.swaps import find_swaps, kind_of
from ...facts.tables import Column, TypedTable, Value, typed_tables
from .options import BOUNDED_OPTION


class ValueOutOfRange(Rule):
    """A table holds a value its column cannot hold: a rate above 1 (or 100%), a negative loss, NaN."""

    code = "MC402"
    name = "value-out-of-range"
    severity = Severity.ERROR
    options = {"bounded-metrics": BOUNDED_OPTION}

    def check(self, card: Card) -> Iterator[Finding]:
        tables = typed_tables(card)
        if not tables:
            return
        bounded = frozenset(self.opts["bounded-metrics"])
        explained = {cell for swap in find_swaps(card, bounded) for cell in swap.cells()}
        for table in tables:
            rows = _rows_of_differences(table)
            for col in table.value_columns:
                kind = kind_of(col, bounded)
                differences = _differences(table, col)
                values = [v for v in col.numbers() if id(v.cell) not in explained and not col.unmeasured(v.value)
                          # (a signed value in a row or a column of differences from a baseline: "-0.5%", "+1.3")
                          and not ((differences or v.row in rows) and v.number.text.startswith(("+", "-")))
                          # (a NaN outside a training log is a value not reported: "| GPT-3 (text-davinci-003) | 85 |
                          # NaN |" in a table comparing models)
                          and (table.is_log or not math.isnan(v.value))]
                if values and not (kind == BOUNDED and _counts(values)):
                    yield from self._column(table, col, kind, values)

    def _column(self, table: TypedTable, col: Column, kind: str, values: list[Value]) -> Iterator[Finding]:
        limit = _limit(kind, col, values, table)
        run: list[Value] = []
        for v in values:
            reason = _reason(v.value, limit)
            if run and (reason is None or v.row != run[-1].row + 1 or reason != _reason(run[0].value, limit)):
                yield self._finding(table, col, kind, run, limit)
                run = []
            if reason is not None:
                run.append(v)
        if run:
            yield self._finding(table, col, kind, run, limit)

    def _finding(
        self, table: TypedTable, col: Column, kind: str, run: list[Value], limit: tuple[float, float] | None
    ) -> Finding:
        first, last = run[0], run[-1]
        span = Span(first.span.line, first.span.column, last.span.line, last.span.end_column)
        where = f"at {table.row_label(first.row)} (line {first.span.line})"
        if len(run) > 1:
            where = (f"in {len(run)} rows from {table.row_label(first.row)} to {table.row_label(last.row)} "
                     f"(lines {first.span.line}-{last.span.line})")
        shown = ", ".join(v.number.text for v in run[:5]) + (", ..." if len(run) > 5 else "")
        x = first.value
        if math.isnan(x):
            what, why = "is NaN", "the value was not computed or training diverged"
        elif math.isinf(x):
            what, why = "is infinite", "training diverged or the value was not computed"
        else:
            assert limit is not None
            what = f"is {shown}"
            why = _why(kind, col, limit)
        return self.finding(
            span,
            f"{col.title} {what} {where}: {why}.",
            help="correct the value from the training log or the evaluation output, or remove the row",
            column=col.title, lines=[v.span.line for v in run], values=[v.number.text for v in run],
        )


# a cell that names the row every other one is compared with: "| OPT-350M (FP16) | 0.6 | Baseline | 100% |"
_BASELINE = frozenset({"baseline", "base", "reference", "ref", "ref."})
# a row's label that says it holds differences between the rows above it
_DIFFERENCE_ROWS = frozenset({"delta", "δ", "∆", "diff", "diff.", "difference", "change", "gain", "improvement",
                              "relative change", "absolute change"})


def _signed(v: Value) -> bool:
    return v.number.text.startswith("+")


def _rows_of_differences(table: TypedTable) -> set[int]:
    """The rows that hold a value written with a plus sign: a row of differences ("| ours vs. base | +1.3 | -0.4 |"),
    for no result is written so; and the rows a difference's word labels ("| Delta | 0.000 | -0.050 |")."""
    labelled = {i for i, row in enumerate(table.rows)
                if row.cells and row.cells[0].text.strip(" *_`").lower() in _DIFFERENCE_ROWS}
    return labelled | {v.row for c in table.value_columns for v in c.numbers() if _signed(v)}


def _differences(table: TypedTable, col: Column) -> bool:
    """Whether a column holds differences: a value written with a plus sign, or a cell that names the baseline the
    others are measured against."""
    return any(_signed(v) for v in col.numbers()) or any(
        col.index < len(row.cells) and row.cells[col.index].text.strip(" *_`").lower() in _BASELINE
        for row in table.rows)


def _reason(x: float, limit: tuple[float, float] | None) -> str | None:
    if math.isnan(x):
        return "nan"
    if math.isinf(x):
        return "inf"
    if limit is not None and not limit[0] <= x <= limit[1]:
        return "range"
    return None


# the words of a spread's header: "Std AUC", "F1 stdev", "Accuracy SD"
_SPREAD = frozenset({"std", "stdev", "stddev", "sd", "deviation", "variance", "stderr", "sem"})


def _counts(values: list[Value]) -> bool:
    """Whether every value is a whole number above 100, written without a decimal point: counts under a header that
    only reads as a rate ("| Data | reinforced stan acc (gfm pinned) |" over the tweets downloaded and kept), for
    no rate, as a fraction or a percentage, is written so."""
    return all(v.value > 100 and v.value.is_integer() and "." not in v.number.text and "," not in v.number.text
               for v in values)


def _limit(kind: str, col: Column, values: list[Value], table: TypedTable) -> tuple[float, float] | None:
    """The range a column's values must lie in; a rate's scale (fraction or percentage) from its values, or, for a
    spread of a rate, from the rate's column beside it ("Std AUC" 5.43 beside "Mean AUC" 76.53: points of a
    percentage)."""
    if _SPREAD.intersection(col.name.key.split()):
        rate = [v.value for c in table.value_columns if c is not col and c.name.metric == col.name.metric
                and not _SPREAD.intersection(c.name.key.split()) for v in c.numbers()]
        if rate:
            return limits(kind, col, rate)
    return limits(kind, col, [v.value for v in values])


def _why(kind: str, col: Column, limit: tuple[float, float]) -> str:
    if kind == LOSS:
        return "a loss cannot be negative"
    if kind == METRIC:
        return f"{col.name.metric.replace('_', ' ')} cannot be below {limit[0]:g}"
    lo, hi = limit
    scale = "a percentage" if hi == 100 else "a fraction"
    name = "a rate" if kind == BOUNDED else "a correlation"
    return f"{name} written as {scale} lies within [{lo:g}, {hi:g}]"
