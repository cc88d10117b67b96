"""MC401 swapped-columns: values of two table columns exchanged in some rows, or the headers exchanged."""

from __future__ import annotations

from collections.abc import Iterator

from ...card import Card
from ...core.rule import Rule
from ...diagnostics import Finding, Severity
from ...facts.swaps import Swap, find_swaps
from .options import BOUNDED_OPTION


class SwappedColumns(Rule):
    """Two columns of a table have their values exchanged in a run of rows, or their headers exchanged."""

    code = "MC401"
    name = "swapped-columns"
    severity = Severity.ERROR
    options = {"bounded-metrics": BOUNDED_OPTION}

    def check(self, card: Card) -> Iterator[Finding]:
        for swap in find_swaps(card, self.opts["bounded-metrics"]):
            yield self._finding(swap)

    def _finding(self, swap: Swap) -> Finding:
        a, b, table = swap.a, swap.b, swap.table
        first, last = swap.rows[0], swap.rows[-1]
        data = {
            "columns": [a.title, b.title],
            "first_line": table.rows[first].line,
            "last_line": table.rows[last].line,
            "rows": len(swap.rows),
        }
        if swap.whole:
            av = [v.value for v in a.numbers()]
            bv = [v.value for v in b.numbers()]
            return self.finding(
                swap.span,
                f"the headers {a.title} and {b.title} look exchanged: every {a.title} value is above 1 "
                f"({_range(av)}), as a loss would be, and every {b.title} value is within [0, 1] "
                f"({_range(bv)}), as a rate would be. Readers take one for the other.",
                help=f"swap the headers {a.title} and {b.title} (check the table against the training log)",
                data=data,
            )
        fa, fb = a.values[first], b.values[first]
        assert fa is not None and fb is not None
        if len(swap.rows) == 1:
            where = f"the row of {table.row_label(first)} (line {table.rows[first].line})"
        else:
            where = (
                f"{len(swap.rows)} rows from {table.row_label(first)} to {table.row_label(last)} "
                f"(lines {table.rows[first].line}-{table.rows[last].line})"
            )
        if swap.impossible is not None:
            bad = swap.impossible
            col = a if bad is a.values[bad.row] else b
            why = f"{col.title} cannot be {bad.number.text}"
        else:
            why = f"as written they sit at the other column's level, unlike the other {len(_rows(swap))} rows"
        back = f"{a.title} {fb.number.text}, {b.title} {fa.number.text}"
        first_words = "the row would read" if len(swap.rows) == 1 else "the first row would read"
        return self.finding(
            swap.span,
            f"{a.title} and {b.title} are exchanged in {where}: {why}, and the values continue the neighbouring "
            f"rows only when swapped back ({first_words} {back}).",
            help=f"exchange the {a.title} and {b.title} values in these rows, or regenerate the table from the "
            "training log",
            data=data,
        )


def _rows(swap: Swap) -> list[int]:
    a, b, inside = swap.a, swap.b, set(swap.rows)
    return [r for r in range(len(swap.table.rows))
            if a.values[r] is not None and b.values[r] is not None and r not in inside]


def _range(values: list[float]) -> str:
    lo, hi = min(values), max(values)
    return f"{lo:g}" if lo == hi else f"{lo:g} to {hi:g}"
