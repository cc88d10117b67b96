"""Values exchanged between two columns of a table, found once per card.

Two ways a table's columns get exchanged:

- **A run of rows** of a training log: for a pair of loss/metric columns A and
  B whose values live at two separate levels (in every row one value is below
  a threshold and the other above it, with a gap of at least a tenth of
  their size between the levels), the rows where A and B sit on the
  "wrong" side are swapped.  Which side is right comes from the columns'
  ranges when that decides (an accuracy above 1 is impossible, a swap back
  brings it into [0, 1]); otherwise from the majority of rows, and then only
  when the swapped rows are at most a third of the rows and the two levels
  are far apart compared with their own spread, and not for the first rows
  (a model that learns fast crosses its loss and metric there).  Either way
  each end of the run must join its neighbour row smoothly once swapped back
  (the exchange explains the jump), so an honest but noisy log stays quiet.  Pairs of two
  losses are not compared (training and validation loss cross honestly).
- **The header**, for a whole table: every value under a rate column (say
  Accuracy, not marked as a percentage) is above 1 yet small for a
  percentage (at most 10), and every value under a loss column is within
  [0, 1].

Cost: one pass per pair of value columns, linear in the number of rows.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..card import Card
from ..diagnostics import Span
from .metricnames import BOUNDED, CORRELATION, LOSS, METRIC
from .tables import Column, TypedTable, Value, typed_tables

#: metrics whose values are rates, within [0, 1] or [0, 100] as percentages (the rules' default)
BOUNDED_METRICS = ("accuracy", "f1", "precision", "recall", "exact_match", "auc", "ndcg", "map", "mrr")

MAX_PAIRED_COLUMNS = 16  # a wider table is compared on its first value columns only
LOSS_LIKE_MAX = 10.0  # a rate column whose values are all in (1, 10] reads as losses, not percentages
MIN_GAP = 0.1  # the two levels must be apart by this fraction of their size


class Swap:
    __slots__ = ("table", "a", "b", "rows", "whole", "evidence", "impossible")

    def __init__(
        self,
        table: TypedTable,
        a: Column,
        b: Column,
        rows: list[int],
        whole: bool,
        evidence: str,
        impossible: Value | None = None,
    ) -> None:
        self.table = table
        self.a = a
        self.b = b
        self.rows = rows  # row indexes, first to last
        self.whole = whole  # the header is swapped: every row
        self.evidence = evidence  # "range" or "majority"
        self.impossible = impossible  # with range evidence: a value of the run that its column cannot hold

    @property
    def span(self) -> Span:
        first, last = self.rows[0], self.rows[-1]
        rows = self.table.rows
        cells = [c for c in (self.a.values[first], self.b.values[first]) if c is not None]
        ends = [c for c in (self.a.values[last], self.b.values[last]) if c is not None]
        start = min(c.span.column for c in cells)
        end = max(c.span.end_column for c in ends)
        return Span(rows[first].line, start, rows[last].line, end)

    def cells(self) -> Iterable[int]:
        """ids of the cells this swap explains."""
        for r in self.rows:
            for col in (self.a, self.b):
                v = col.values[r]
                if v is not None:
                    yield id(v.cell)


def kind_of(col: Column, bounded: frozenset[str]) -> str:
    """A column's kind with the configured rate metrics: a rate not listed is an unbounded metric."""
    if col.name.metric in bounded:
        return BOUNDED
    return METRIC if col.kind == BOUNDED else col.kind


def fits(kind: str, values: list[float], percent: bool = False) -> bool:
    """Whether ``values`` are possible for a column of ``kind`` (a rate may be fractions or percentages)."""
    if not values:
        return True
    lo, hi = min(values), max(values)
    if kind == BOUNDED:  # percentages all within (1, 10] read as losses, not rates
        return lo >= 0 and (hi <= (100 if percent else 1) or (not percent and lo > 1 and LOSS_LIKE_MAX < hi <= 100))
    if kind == CORRELATION:
        return (lo >= -1 and hi <= 1) or (not percent and lo >= -100 and hi <= 100 and min(map(abs, values)) > 1)
    return lo >= 0


def _pair_swaps(table: TypedTable, a: Column, b: Column, ka: str, kb: str) -> list[Swap]:
    rows = [r for r in range(len(table.rows))
            if a.values[r] is not None and b.values[r] is not None
            and a.values[r].number.finite and b.values[r].number.finite]  # type: ignore[union-attr]
    if len(rows) < 2:
        return []
    av = {r: a.values[r].value for r in rows}  # type: ignore[union-attr]
    bv = {r: b.values[r].value for r in rows}  # type: ignore[union-attr]
    lows = [min(av[r], bv[r]) for r in rows]
    highs = [max(av[r], bv[r]) for r in rows]
    gap = min(highs) - max(lows)
    if gap <= MIN_GAP * max(abs(min(highs)), abs(max(lows))):
        return []  # the columns overlap or touch (an honest crossing): no level tells which value belongs where
    a_low = [av[r] < bv[r] for r in rows]
    n_low = sum(a_low)
    if n_low in (0, len(rows)):
        return []
    # which orientation is right: the one in which both columns are possible values
    fit_low = fits(ka, lows, a.percent) and fits(kb, highs, b.percent)
    fit_high = fits(ka, highs, a.percent) and fits(kb, lows, b.percent)
    if fit_low != fit_high:
        right, evidence = fit_low, "range"
    else:
        n_high = len(rows) - n_low
        if max(n_low, n_high) < 2 * min(n_low, n_high):
            return []
        if gap < max(max(lows) - min(lows), max(highs) - min(highs)):
            return []
        right, evidence = n_low > n_high, "majority"
    runs: list[list[int]] = []  # positions in ``rows``
    for k in range(len(rows)):
        if a_low[k] != right:
            if runs and runs[-1][-1] == k - 1:
                runs[-1].append(k)
            else:
                runs.append([k])
    out = []
    for run in runs:
        i, j = run[0], run[-1]
        if i == 0 and evidence == "majority":
            continue  # a model that learns fast crosses its loss and metric just like this
        ends = [(rows[i - 1], rows[i])] if i > 0 else []
        ends += [(rows[j], rows[j + 1])] if j + 1 < len(rows) else []
        if all(_crossed(av, bv, p, q) for p, q in ends):
            swapped = [rows[k] for k in run]
            bad = _impossible(swapped, ((a, ka), (b, kb))) if evidence == "range" else None
            out.append(Swap(table, a, b, swapped, False, evidence, bad))
    return out


def _impossible(rows: list[int], columns: tuple[tuple[Column, str], ...]) -> Value | None:
    """The first value, as written in ``rows``, that its column cannot hold."""
    for r in rows:
        for col, kind in columns:
            v = col.values[r]
            if v is not None and not fits(kind, [v.value], col.percent):
                return v
    return None


def _crossed(av: dict[int, float], bv: dict[int, float], p: int, q: int) -> bool:
    """Whether rows p and q join much better with one of them swapped than as written."""
    straight = abs(av[q] - av[p]) + abs(bv[q] - bv[p])
    crossed = abs(av[q] - bv[p]) + abs(bv[q] - av[p])
    return 2 * crossed < straight


def _header_swap(table: TypedTable, a: Column, b: Column, ka: str) -> Swap | None:
    """Every value of rate column ``a`` reads as a loss and every value of loss column ``b`` as a rate."""
    if ka != BOUNDED or b.kind != LOSS or a.percent:
        return None
    avals = [v.value for v in a.numbers() if v.number.finite]
    bvals = [v.value for v in b.numbers() if v.number.finite]
    if not avals or not bvals or len(avals) != len(a.numbers()) or len(bvals) != len(b.numbers()):
        return None
    if min(avals) <= 1 or max(avals) > LOSS_LIKE_MAX or min(bvals) < 0 or max(bvals) > 1:
        return None
    rows = [r for r in range(len(table.rows)) if a.values[r] is not None or b.values[r] is not None]
    return Swap(table, a, b, rows, True, "range")


def _table_swaps(table: TypedTable, bounded: frozenset[str]) -> list[Swap]:
    cols = table.value_columns[:MAX_PAIRED_COLUMNS]
    kinds = [kind_of(c, bounded) for c in cols]
    found: list[Swap] = []
    claimed: set[int] = set()
    candidates: list[Swap] = []
    for i, a in enumerate(cols):
        for j in range(i + 1, len(cols)):
            b = cols[j]
            if a.kind == LOSS and b.kind == LOSS:
                continue
            if table.is_log:
                pair = _pair_swaps(table, a, b, kinds[i], kinds[j])
                if pair:
                    candidates += pair
                    continue
            rate, loss, krate = (a, b, kinds[i]) if b.kind == LOSS else (b, a, kinds[j])
            whole = _header_swap(table, rate, loss, krate)
            if whole is not None:
                candidates.append(whole)
    # range evidence before majority, longer runs first, a header swap with the evaluation loss
    # before one with the training loss; a cell is explained by one swap only
    candidates.sort(key=lambda s: (s.evidence != "range", -len(s.rows), s.whole and s.b.name.split == "train"))
    for swap in candidates:
        ids = set(swap.cells())
        if ids & claimed:
            continue
        claimed |= ids
        found.append(swap)
    found.sort(key=lambda s: (s.rows[0], s.a.index))
    return found


def find_swaps(card: Card, bounded: Iterable[str] = BOUNDED_METRICS) -> list[Swap]:
    """Every swapped run of rows and every swapped header in the card.

    Computed once per card for each set of rate metrics (the rules share the default one).
    """
    rates = frozenset(bounded)

    def build(card: Card) -> list[Swap]:
        out: list[Swap] = []
        for table in typed_tables(card):
            if len(table.value_columns) >= 2:
                out += _table_swaps(table, rates)
        return out

    return card.derived("swaps:" + ",".join(sorted(rates)), build)
