"""Values exchanged between columns of a table, found once per card.

Two ways a table's columns get exchanged:

- **A run of rows** of a training log, between two or three loss and metric columns (a rotation of
  three, as when a resumed run printed its metrics in another order).  The evidence is at the edges
  of the run (``crossings``): at a boundary between a row in place and an exchanged one, each column
  jumps to another column's level, and moved back both continue smoothly.  A run bounded by such
  boundaries on both sides is a swap whatever the columns' levels and its length, a single row
  included.  A run that touches the first or the last row has one boundary only, which a model that
  learns fast also shows, so it needs a tie-breaker (``swapevidence``): a value impossible for its
  column, the headline results equal to the last row only moved back, a redundant column, a
  companion column that runs beside one of them (``swapcompanions``), results from the best
  checkpoint that agree with the log only moved back (``swapbest``), or a jump at the boundary onto
  each other's level far beyond the columns' usual steps (``swapjump``); last, when nothing else explains
  either column, the shorter side of a single boundary where the columns trade levels for good and as no
  learning step (``swapshorter``).
- **The header**, for a whole table: every value under a rate column (say Accuracy, not marked as a
  percentage) is above 1 yet small for a percentage (at most 10), and every value under a loss
  column is within [0, 1].

A run found by its values alone is not read just across the edge of a better supported swap of the same columns:
one boundary is not exchanged on both sides (a resumed run whose later rows print two columns in the other order
makes the earlier rows' values look out of place beside them, as written).

A cell is explained by one swap only: the best-supported reading wins (more tie-breakers, then a run
bounded on both sides, then two columns before three, then the cleaner boundaries).  A jump is explained
once too: a run with one boundary is not read where a swap already found holds, in one of its columns,
the row just across that boundary (a row exchanged between the training loss and the WER is also a jump
of the WER beside the validation loss).

Cost: one pass per pair and per triple of value columns, linear in the number of rows.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..card import Card
from ..diagnostics import Span
from .crossings import Chain, chains
from .metricnames import BOUNDED, CORRELATION, LOSS, METRIC
from .metrics import Reported, reported_metrics
from .swapbest import result_rows
from .swapevidence import Run
from .swaplevels import reported_levels
from .swaprows import row_runs
from .swapruns import Candidate, chain_candidates
from .swapshorter import shorter_side
from .tables import Column, TypedTable, Value, typed_tables

#: metrics whose values are rates, within [0, 1] or [0, 100] as percentages (the rules' default)
BOUNDED_METRICS = ("accuracy", "f1", "precision", "recall", "exact_match", "auc", "ndcg", "map", "mrr")

MAX_PAIRED_COLUMNS = 16  # a wider table is compared on its first value columns only
LOSS_LIKE_MAX = 10.0  # a rate column whose values are all in (1, 10] reads as losses, not percentages


class Swap:
    __slots__ = ("table", "moves", "rows", "whole", "evidence", "impossible")

    def __init__(
        self,
        table: TypedTable,
        moves: list[tuple[Column, Column]],
        rows: list[int],
        whole: bool,
        evidence: tuple[str, ...],
        impossible: Value | None = None,
    ) -> None:
        self.table = table
        self.moves = moves  # (the column a value is written under, the column it belongs to), header order
        self.rows = rows  # row indexes, first to last
        self.whole = whole  # the header is swapped: every row
        # why: "bounded" (boundaries on both sides) or "boundary" (one), and the tie-breakers "range",
        # "lattice", "results", "redundant", "companion", "best", "direction", "untaken", "unfallen", "jump",
        # "steady", "training" (and why the rows across the boundary of a jump are known in place: "across",
        # "end"; and "kept" when rows at the log's end, known in place, were taken off the run); or "header"
        self.evidence = evidence
        self.impossible = impossible  # a value of the run that its column cannot hold

    @property
    def columns(self) -> list[Column]:
        return [written for written, _ in self.moves]

    @property
    def a(self) -> Column:
        return self.moves[0][0]

    @property
    def b(self) -> Column:
        return self.moves[0][1]

    @property
    def span(self) -> Span:
        first, last = self.rows[0], self.rows[-1]
        rows = self.table.rows
        cells = [c for col in self.columns if (c := col.values[first]) is not None]
        ends = [c for col in self.columns if (c := col.values[last]) is not None]
        start = min(c.span.column for c in cells)
        end = max(c.span.end_column for c in ends)
        return Span(rows[first].line, start, rows[last].line, end)

    def cells(self) -> Iterable[int]:
        """ids of the cells this swap explains."""
        for r in self.rows:
            for col in self.columns:
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
    moves = sorted([(a, b), (b, a)], key=lambda m: m[0].index)
    return Swap(table, moves, rows, True, ("header",))


def _table_swaps(table: TypedTable, bounded: frozenset[str], sources: list[Reported]) -> list[Swap]:
    cols = table.value_columns[:MAX_PAIRED_COLUMNS]
    kinds = {c.index: kind_of(c, bounded) for c in cols}
    candidates: list[Candidate] = []
    sides: list[tuple[Chain, list[int]]] = []  # runs told by one boundary and the log's length, read last
    if table.is_log:
        levels = reported_levels(sources, table)
        best = result_rows(table, levels)
        for chain in chains(table):
            last = max(r for r in range(len(table.rows)) if any(c.values[r] is not None for c in chain.columns))
            candidates += chain_candidates(table, chain, kinds, levels, last, best)
            if (side := shorter_side(table, chain, kinds)) is not None:
                sides.append((chain, side))
        for rr in row_runs(table, kinds, levels, best):
            run = Run(table, rr.rows, rr.moves, [])
            candidates.append(Candidate(run, rr.score, False, 0.0, (rr.evidence,), rr.impossible, None, ()))
    candidates.sort(key=Candidate.key)
    found: list[Swap] = []
    # the edges of the swaps found from candidates, by their columns and the row just outside: the best support
    edges_of: dict[tuple[frozenset[int], int, bool], int] = {}
    claimed: set[int] = set()
    used: dict[int, list[set[int]]] = {}  # a boundary explained, by its row: the columns of each explanation
    for c in candidates:
        swap = Swap(table, c.run.moves, c.run.rows, False, c.evidence, c.impossible)
        ids = set(swap.cells())
        edges = _edge_rows(c)
        columns = {col.index for col in c.chain.columns} if c.chain is not None else set()
        # a boundary is explained once: by one chain's run, not again by another chain's that shares two of its
        # columns (a pair exchanged after it, a rotation of three before it)
        taken = any(len(columns & other) >= 2 for row in edges for other in used.get(row, ()))
        if (ids & claimed or taken or (not c.bounded and _edge_taken(c, found))
                or (c.chain is None and _across(c, edges_of)) or _crossing(c)):
            continue
        claimed |= ids
        for row in edges:
            used.setdefault(row, []).append(columns)
        found.append(swap)
        indexes = frozenset(col.index for col in swap.columns)
        for key in ((indexes, swap.rows[0] - 1, True), (indexes, swap.rows[-1] + 1, False)):
            edges_of[key] = max(edges_of.get(key, c.score), c.score)
    for chain, side in sides:  # only where no other reading explains either column
        columns = {col.index for col in chain.columns}
        if any(columns & {col.index for col in s.columns} for s in found):
            continue
        a, b = chain.columns
        swap = Swap(table, sorted([(a, b), (b, a)], key=lambda m: m[0].index), side, False, ("boundary", "shorter"))
        if not set(swap.cells()) & claimed:
            claimed |= set(swap.cells())
            found.append(swap)
    wholes = []  # whole tables whose headers are exchanged
    for i, a in enumerate(cols):
        for b in cols[i + 1:]:
            if a.kind == LOSS and b.kind == LOSS:
                continue
            rate, loss = (a, b) if b.kind == LOSS else (b, a)
            whole = _header_swap(table, rate, loss, kinds[rate.index])
            if whole is not None:
                wholes.append((loss.name.split == "train", whole))
    for _, whole in sorted(wholes, key=lambda w: w[0]):  # the evaluation loss before the training loss
        if not set(whole.cells()) & claimed:
            claimed |= set(whole.cells())
            found.append(whole)
    found.sort(key=lambda s: (s.rows[0], s.a.index))
    return found


def _crossing(c: Candidate) -> bool:
    """Whether a run of two columns, told by its two boundaries alone, lies where the columns cross: the rows just
    outside it hold the two in opposite orders (a precision above the recall before it, below it after), so that
    moved back the run only moves the crossing by its length, as an honest log's first evaluations cross."""
    if c.evidence != ("bounded",) or c.chain is None or len(c.chain.columns) != 2:
        return False
    a, b = c.chain.columns
    if LOSS in (a.kind, b.kind):
        return False
    rows = c.chain.rows
    position = {r: k for k, r in enumerate(rows)}
    before, after = position[c.run.rows[0]] - 1, position[c.run.rows[-1]] + 1
    if before < 0 or after >= len(rows):
        return False
    signs = []
    for k in (before, after):
        x, y = a.values[rows[k]], b.values[rows[k]]
        if x is None or y is None:
            return False
        signs.append(x.value > y.value)
    return signs[0] != signs[1]


def _edge_rows(c: Candidate) -> list[int]:
    """The rows just after the candidate's boundaries (the table's row count for a boundary after its last row)."""
    chain = c.chain
    if chain is None:
        return []
    rows = []
    for e in c.edges:
        index = chain.boundaries[e].index
        rows.append(chain.rows[index] if index < len(chain.rows) else len(c.run.table.rows))
    return rows


def _edge_taken(c: Candidate, found: list[Swap]) -> bool:
    """Whether a swap already found holds, in one of the candidate's columns, the row just across one of its
    ends: its boundary is then that swap's edge (a rotation of three columns seen from one pair of them, a
    row exchanged with a third column)."""
    chain = c.chain
    if chain is None:
        return False
    position = {r: k for k, r in enumerate(chain.rows)}
    first, last = position[c.run.rows[0]], position[c.run.rows[-1]]
    across = {chain.rows[k] for k in (first - 1, last + 1) if 0 <= k < len(chain.rows)}
    columns = {col.index for col in c.run.table.value_columns if any(col is w for w, _ in c.run.moves)}
    return any(across & set(s.rows) and columns & {col.index for col in s.columns} for s in found)


def _across(c: Candidate, edges_of: dict[tuple[frozenset[int], int, bool], int]) -> bool:
    """Whether a run found by its values alone lies just across the edge of a better supported swap already found
    in the same columns (``edges_of``: by columns, the row just outside, and whether it is before the swap): the
    two sides of one boundary are not both exchanged (the values that made the run look out of place were the
    found swap's, read as written)."""
    cols = frozenset(w.index for w, _ in c.run.moves)
    before = edges_of.get((cols, c.run.rows[-1], True), -1)
    after = edges_of.get((cols, c.run.rows[0], False), -1)
    return max(before, after) > c.score


def find_swaps(card: Card, bounded: Iterable[str] = BOUNDED_METRICS) -> list[Swap]:
    """Every swapped run of rows and every swapped header in the card.

    Computed once per card for each set of rate metrics (the rules share the default one).
    """
    rates = frozenset(bounded)

    def build(card: Card) -> list[Swap]:
        out: list[Swap] = []
        tables = [t for t in typed_tables(card) if len(t.value_columns) >= 2]
        if not tables:
            return out
        metrics = reported_metrics(card)
        headline = metrics.headline
        sources = (headline.metrics if headline is not None and headline.split == "eval" else []) + metrics.index
        sources += metrics.tables
        for table in tables:
            out += _table_swaps(table, rates, sources)
        return out

    return card.derived("swaps:" + ",".join(sorted(rates)), build)
