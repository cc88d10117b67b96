"""Boundaries where the values of two or three columns of a training log trade places, in one pass.

A value written under the wrong header continues its own column, not the one it is under.  So at a
boundary between a row whose values are in place and a row whose values were exchanged (rows ``p``
and ``q``, consecutive among the rows where the columns have values), each column jumps to the level
of another column, and read with the values moved back both join their neighbours smoothly.  For two
columns ``a`` and ``b``::

    straight   S = |a_q - a_p| + |b_q - b_p|
    exchanged  X = |a_q - b_p| + |b_q - a_p|

The boundary is an exchange when ``X`` is at most a third of ``S`` and ``S - X`` is at least six times
the columns' typical change between rows (the median over the chain's transitions of ``min(S, X)``),
so that columns which run close together and cross by noise never qualify.  Three columns are tested
the same way with their two rotations (``a`` holds ``b``'s value, ``b`` holds ``c``'s, ``c`` holds
``a``'s, and the other way round), as when a resumed run printed its metrics in another order.

The boundaries of one set of columns cut its rows into segments; ``swaps`` decides which segments are
exchanged.  Two losses are never paired (a training and a validation loss cross honestly), nor one metric
on two splits or subsets (a training and a validation accuracy, the F1s of two entity types, likewise),
nor two metrics whose order changes more than ``MAX_ORDER_CHANGES`` times (precision and recall), and a triple holds
at most one loss;
triples are taken among the first eight value columns.  Columns that trade places at more than
``MAX_BOUNDARIES`` rows read as noise, not as exchanged runs.

Cost: one pass per pair and per triple of value columns, linear in the rows.
"""

from __future__ import annotations

import math
from itertools import combinations, pairwise

from .metricnames import LOSS
from .tables import Column, TypedTable
from .values import median

MAX_COLUMNS = 16  # a wider table is compared on its first value columns only
MAX_TRIPLE_COLUMNS = 8  # rotations of three columns among the first ones only
# columns that trade places at more rows than this are noise, not exchanged runs (and judging each run
# against the rest of the log would take time quadratic in the rows)
MAX_BOUNDARIES = 24
# two columns whose order changes more often than this along the log cross by noise (precision and recall, which
# an epoch that over-predicts turns round): an exchanged run changes it twice, and one honest crossing once more
MAX_ORDER_CHANGES = 4
RATIO = 1 / 3  # the exchanged reading must join the rows at least three times better than the straight one
WEAK = 1 / 2  # the second edge of a run bounded on both sides may be this weak
MARGIN = 2.0  # and by at least this many typical changes between rows
# a row out of line: as written its values stand apart from their columns' neighbours by this share of the
# distance between them at least (an exchanged value stands at the other column's level, about that far;
# a row that overshoots its neighbours by noise, beside a first row far away, does not)
OUT_OF_LINE = 0.5
# two values this close, as a share of the larger, stand at one level: exchanged, nobody could tell, and where two
# columns cross so close (a precision of 0.9940 and a recall of 0.9977, then 0.9976 and 0.9951) it is noise
SAME_LEVEL = 0.02
# a row with one value in line, the other out of line by this many widths of the interval the first would move
# into: moved back, both in line (a value landing by chance between a column's close neighbours is rare)
LANDING = 2.0

# how the columns of a chain move at a boundary: position i at the later row continues position moves[i]
PAIR = (1, 0)
ROTATIONS = ((1, 2, 0), (2, 0, 1))


class Boundary:
    __slots__ = ("index", "moves", "straight", "moved", "gap", "level")

    def __init__(self, index: int, moves: tuple[int, ...], straight: float, moved: float, gap: float = 0.0,
                 level: float = math.inf) -> None:
        self.index = index  # the chain's rows[index] is the first row after the boundary (len(rows): none)
        self.moves = moves  # the later row's column i continues the earlier row's column moves[i]
        self.straight = straight  # the columns' jumps as written
        self.moved = moved  # and read with the values moved
        self.gap = gap  # the smallest distance, on either side, between two columns whose values trade places
        self.level = level  # the larger of the two values that stand ``gap`` apart

    @property
    def ratio(self) -> float:
        return self.moved / self.straight

    @property
    def strong(self) -> bool:
        return self.moved <= RATIO * self.straight


class Chain:
    """A set of columns, the rows where all of them have a value, and the boundaries found along them."""

    __slots__ = ("columns", "rows", "boundaries", "singles", "typical")

    def __init__(self, columns: tuple[Column, ...], rows: list[int], boundaries: list[Boundary],
                 singles: list[Boundary], typical: float) -> None:
        self.typical = typical  # a column's typical change between rows
        self.columns = columns
        self.rows = rows
        self.boundaries = boundaries
        # rows out of line with their neighbours that a reading puts back in line (index: the row's position)
        self.singles = singles


def inverse(moves: tuple[int, ...]) -> tuple[int, ...]:
    out = [0] * len(moves)
    for i, j in enumerate(moves):
        out[j] = i
    return tuple(out)


class _Series:
    """One column's finite values by row, and for each row its own last value before and next value after."""

    __slots__ = ("values", "prev", "next", "typical", "count", "_loud")

    def __init__(self, col: Column) -> None:
        values = [v.value if v is not None and v.number.finite else None for v in col.values]
        prev: list[float | None] = []
        last = None
        changes = []
        for x in values:
            prev.append(last)
            if x is not None:
                if last is not None:
                    changes.append(abs(x - last))
                last = x
        nxt: list[float | None] = [None] * len(values)
        last = None
        for r in range(len(values) - 1, -1, -1):
            nxt[r] = last
            if values[r] is not None:
                last = values[r]
        self.values, self.prev, self.next = values, prev, nxt
        self.count = sum(1 for x in values if x is not None)
        self.typical = median(changes) if changes else 0.0  # its typical change between its rows
        self._loud: list[bool] | None = None


    @property
    def loud(self) -> list[bool]:
        """The rows where the column jumps: by well above its typical change, and not a rounding step of a
        flat column (computed when a triple of columns needs it)."""
        if self._loud is None:
            finite = [x for x in self.values if x is not None]
            step = max(2 * self.typical, 0.01 * (max(finite) - min(finite))) if finite else 0.0
            self._loud = [x is not None and ((p is not None and abs(x - p) > step)
                                             or (q is not None and abs(x - q) > step))
                          for x, p, q in zip(self.values, self.prev, self.next, strict=True)]
        return self._loud



def _outside(x: float, a: float, b: float) -> float:
    """How far ``x`` is from the interval between ``a`` and ``b``."""
    return max(0.0, min(a, b) - x, x - max(a, b))


def _gap(side: list, m: tuple[int, ...]) -> float:
    return min((abs(side[i] - side[j]) for i, j in enumerate(m)
                if i != j and side[i] is not None and side[j] is not None), default=0.0)


def _readable(chain: Chain) -> Chain | None:
    """The chain, unless its columns trade places at so many rows that it reads as noise, not as runs."""
    if len(chain.boundaries) > MAX_BOUNDARIES or len(chain.singles) > MAX_BOUNDARIES:
        return None
    return chain if chain.boundaries or chain.singles else None


def _pair_chain(columns: tuple[Column, Column], a: _Series, b: _Series) -> Chain | None:
    """A pair's boundaries and out-of-line rows, computed inline (most chains are pairs)."""
    av, bv = a.values, b.values
    rows = [r for r in range(len(av)) if av[r] is not None and bv[r] is not None]
    if not rows:
        return None
    if len(rows) == a.count == b.count and len({av[r] < bv[r] for r in rows}) == 1:  # type: ignore[operator]
        # the two columns have values in the same rows and never change order: matching each value to its
        # own column is then the cheapest reading of every transition, so no row can be exchanged
        return None
    if columns[0].kind != LOSS and columns[1].kind != LOSS:  # two metrics that change places again and again
        order = [av[r] < bv[r] for r in rows if av[r] != bv[r]]  # type: ignore[operator]
        if sum(x != y for x, y in pairwise(order)) > MAX_ORDER_CHANGES:
            return None  # cross by noise, as precision and recall do
    costs: list[tuple[float, float]] = []  # per transition: straight, exchanged
    for r in rows:
        x, y, px, py = av[r], bv[r], a.prev[r], b.prev[r]
        costs.append(_pair_cost(x, y, px, py))
    last = rows[-1]
    nx, ny = a.next[last], b.next[last]
    if nx is not None or ny is not None:  # out of the last row, into each column's next value
        costs.append(_pair_cost(nx, ny, av[last], bv[last]))
    else:
        costs.append((0.0, 0.0))
    typical = median([min(c) for c in costs])
    boundaries = []
    for k, (straight, moved) in enumerate(costs):
        if straight > 0 and moved <= WEAK * straight and straight - moved >= MARGIN * typical:
            r = rows[min(k, len(rows) - 1)]
            other = (a.prev[r], b.prev[r]) if k < len(rows) else (a.next[r], b.next[r])
            x, y = av[r], bv[r]
            if other[0] is not None and other[1] is not None and abs(other[0] - other[1]) < abs(x - y):  # type: ignore[operator]
                x, y = other
            if abs(x - y) < SAME_LEVEL * max(abs(x), abs(y)):  # type: ignore[operator,arg-type]
                continue
            boundaries.append(Boundary(k, PAIR, straight, moved, abs(x - y), max(abs(x), abs(y))))  # type: ignore[operator,arg-type]
    singles = []
    mixed = (columns[0].kind == LOSS) != (columns[1].kind == LOSS)  # a loss and a metric
    for k, r in enumerate(rows):
        x, y, px, py, nx_, ny_ = av[r], bv[r], a.prev[r], b.prev[r], a.next[r], b.next[r]
        if px is None or py is None or nx_ is None or ny_ is None:
            continue
        wx, wy = _outside(x, px, nx_), _outside(y, py, ny_)  # type: ignore[arg-type]
        if not (wx or wy):
            continue
        mx, my = _outside(x, py, ny_), _outside(y, px, nx_)  # type: ignore[arg-type]
        written, moved = wx + wy, mx + my
        gap = abs(x - y)  # type: ignore[operator]
        if gap < SAME_LEVEL * max(abs(x), abs(y)):  # type: ignore[arg-type]
            continue
        if wx and wy:
            better = mx < wx and my < wy
        else:  # one value in line as written: in line in both columns, the other one far out of line
            width = abs(py - ny_) if wy else abs(px - nx_)
            better = mixed and not moved and written >= LANDING * width
        if (better and moved <= RATIO * written and written - moved >= MARGIN * typical
                and written >= OUT_OF_LINE * gap):
            singles.append(Boundary(k, PAIR, written, moved, gap))
    return _readable(Chain(columns, rows, boundaries, singles, typical / 2))


def _pair_cost(x: float | None, y: float | None, px: float | None, py: float | None) -> tuple[float, float]:
    """Straight and exchanged cost from (px, py) to (x, y); a column without a value on one side takes part
    where it can (a first row after "No log")."""
    straight = moved = 0.0
    ns = nm = 0
    if x is not None:
        if px is not None:
            straight += abs(x - px)
            ns += 1
        if py is not None:
            moved += abs(x - py)
            nm += 1
    if y is not None:
        if py is not None:
            straight += abs(y - py)
            ns += 1
        if px is not None:
            moved += abs(y - px)
            nm += 1
    return (straight, moved) if ns and nm else (0.0, 0.0)


def _cost(after: list, before: list, readings: tuple[tuple[int, ...], ...]) -> tuple[float, list[float]]:
    """How far each column moves from ``before`` to ``after`` as written, and with each reading."""
    straight, n_straight = 0.0, 0
    moved = [0.0] * len(readings)
    n_moved = [0] * len(readings)
    for i, x in enumerate(after):
        if x is None:
            continue
        if before[i] is not None:
            straight += abs(x - before[i])
            n_straight += 1
        for j, m in enumerate(readings):
            if before[m[i]] is not None:
                moved[j] += abs(x - before[m[i]])
                n_moved[j] += 1
    return (straight, moved) if n_straight and all(n_moved) else (0.0, [0.0] * len(readings))


def _single(cur: list, before: list, after: list,
            readings: tuple[tuple[int, ...], ...]) -> tuple[float, list[float]]:
    """How far each value of one row is out of line with its column's neighbours, as written and per reading.

    A value is in line when it lies between its column's values just before and just after it; read with
    reading ``m``, the value written under column i is held against column ``m[i]``'s neighbours.  Every
    column must be out of line as written, and each better in line with the reading.
    """
    if any(x is None for x in before) or any(x is None for x in after):
        return 0.0, [0.0] * len(readings)
    written = [_outside(x, before[i], after[i]) for i, x in enumerate(cur)]
    if not all(written):
        return 0.0, [0.0] * len(readings)
    moved = []
    for m in readings:
        each = [_outside(x, before[m[i]], after[m[i]]) for i, x in enumerate(cur)]
        moved.append(sum(each) if all(y < w for y, w in zip(each, written, strict=True)) else sum(written))
    return sum(written), moved


def _triple_chain(columns: tuple[Column, ...], series: list[_Series]) -> Chain | None:
    """A triple's rotations, tested only at rows where at least two of its columns jump or stand out:
    elsewhere no rotation can join better than the columns as written."""
    n = len(series[0].values)
    rows = [r for r in range(n) if all(s.values[r] is not None for s in series)]
    if not rows:
        return None
    typical = sum(s.typical for s in series)  # bounds the triple's typical change from above

    boundaries, singles = [], []
    marks = [k for k, r in enumerate(rows) if sum(s.loud[r] for s in series) >= 2]
    for k in marks + ([len(rows)] if rows else []):
        r = rows[min(k, len(rows) - 1)]
        cur = [s.values[r] for s in series]
        before, after = ([s.prev[r] for s in series], cur) if k < len(rows) else (cur, [s.next[r] for s in series])
        straight, moved = _cost(after, before, ROTATIONS)
        cost = min(moved)
        if straight > 0 and cost <= WEAK * straight and straight - cost >= MARGIN * typical:
            m = ROTATIONS[moved.index(cost)]
            gap = min(_gap(before, m) or math.inf, _gap(after, m) or math.inf)
            boundaries.append(Boundary(k, m, straight, cost, 0.0 if gap == math.inf else gap))
        if k < len(rows):
            written, moved = _single(cur, [s.prev[r] for s in series], [s.next[r] for s in series], ROTATIONS)
            cost = min(moved)
            if written > 0 and cost <= RATIO * written and written - cost >= MARGIN * typical:
                m = ROTATIONS[moved.index(cost)]
                gap = _gap(cur, m)
                if written >= OUT_OF_LINE * gap:
                    singles.append(Boundary(k, m, written, cost, gap))
    return _readable(Chain(columns, rows, boundaries, singles, typical / 3))


def _splits(a: Column, b: Column) -> bool:
    """Whether two columns are one metric on two sets of data: two splits (a training and a validation
    accuracy, which cross as the model overfits) or two subsets (the F1 of each entity type, the WER of each
    language, which run close and cross by noise). Like two losses, they cross honestly."""
    return a.name.metric != "" and a.name.metric == b.name.metric


def chains(table: TypedTable) -> list[Chain]:
    """The chains of pairs and triples of ``table``'s value columns that have at least one boundary."""
    cols = table.value_columns[:MAX_COLUMNS]
    if len(cols) < 2:
        return []
    series = [_Series(c) for c in cols]
    losses = [c.kind == LOSS for c in cols]
    out = []
    paired: set[tuple[int, int]] = set()  # pairs whose columns trade places somewhere
    for i, j in combinations(range(len(cols)), 2):
        if (losses[i] and losses[j]) or _splits(cols[i], cols[j]):
            continue
        chain = _pair_chain((cols[i], cols[j]), series[i], series[j])
        if chain is not None:
            out.append(chain)
            paired.add((i, j))
    for trio in combinations(range(min(len(cols), MAX_TRIPLE_COLUMNS)), 3):
        # a rotation makes at least one of its pairs look exchanged (at least weakly): none, no rotation
        if (sum(losses[i] for i in trio) > 1 or not any(pair in paired for pair in combinations(trio, 2))
                or any(_splits(cols[i], cols[j]) for i, j in combinations(trio, 2))):
            continue
        chain = _triple_chain(tuple(cols[i] for i in trio), [series[i] for i in trio])
        if chain is not None:
            out.append(chain)
    return out
