"""A run beside a single boundary, told by the way training moves the two columns.

Where two columns that training moves steadily (a loss down, a WER down, an accuracy up) trade
places in a run of rows, one edge of the run may show no jump at all: a training loss and a WER
that both fall can meet the other column's level there by chance.  The other edge is a boundary
(``crossings``).  Read near the run, the columns then tell which rows are exchanged: with the
values of the run moved back, both columns move the way training moves them, from ``WINDOW`` rows
before the run to ``WINDOW`` rows after it, by no more than a usual step against that way at any
row (a column's usual step: the median of its steps away from the boundaries); as written, one of
them moves against it by a jump: ``JUMP`` of its usual steps, or ``SHARE`` of its level (a WER
that rises from 0.09 to 0.24 in one evaluation, a training loss that climbs from 0.36 to 0.51).
An honest log that jumps the wrong way (a spike, a resumed run) is not made steady by exchanging
its values with another column's; and a model that learns fast moves both columns the way
training does as written, so there is nothing to mend.  No other boundary may fall near the run:
the rows around it must read as written.

For each boundary, runs of every length on each side are tried, up to the next boundary; the one
whose moved-back columns are the steadiest wins.  A boundary mended from both sides does not say
which side is exchanged: another tie-breaker must (the training loss can: ``swapjump.training_loss``).
Linear in the rows: each run is tried from the previous one in constant time, plus the window's rows.
"""

from __future__ import annotations

from .crossings import Chain
from .swapevidence import direction
from .values import median

WINDOW = 2  # rows on each side of the run where both columns must move the way training does, moved back
JUMP = 3.0  # as written, a column moves against training by this many of its usual steps,
SHARE = 0.3  # or by this share of its level
STEADY = 1.0  # moved back, no column moves against training by more than this many usual steps



class _Columns:
    """The two columns' values along the chain (maybe reversed), their training directions and usual steps."""

    __slots__ = ("values", "signs", "usual")

    def __init__(self, values: tuple[list[float], list[float]], signs: tuple[int, int], usual: tuple[float, float]):
        self.values, self.signs, self.usual = values, signs, usual

    def back(self, c: int, x: float, y: float) -> float:
        """How many usual steps column ``c`` moves against training from x to y."""
        return max(0.0, -self.signs[c] * (y - x)) / self.usual[c]

    def jumps(self, c: int, p: int) -> bool:
        """Whether column ``c``, as written, jumps against training from position p to p + 1."""
        x, y = self.values[c][p], self.values[c][p + 1]
        against = max(0.0, -self.signs[c] * (y - x))
        return against > 0 and (against >= JUMP * self.usual[c] or against >= SHARE * max(abs(x), abs(y)))

    def moved(self, c: int, p: int, start: int, end: int) -> float:
        """Column ``c``'s value at position p with the run [start, end) moved back."""
        return self.values[1 - c][p] if start <= p < end else self.values[c][p]


def _after(cols: _Columns, k: int, stop: int, cuts: set[int]) -> tuple[int, float, float] | None:
    """The steadiest run [k, k + length) with ``length`` up to ``stop - k``: (length, worst, total) in usual
    steps against training, moved back; None when no run is steady moved back and jumps as written.  Another
    boundary than the run's own edges (``cuts``: the positions of the first rows after boundaries) must not
    fall in the window: the rows around the run must read as written."""
    n = len(cols.values[0])
    lo = max(0, k - WINDOW)
    if any(lo < c < k for c in cuts):
        return None
    # moved back, the transitions before the run (the entry included) do not depend on its length
    head_worst = head_total = 0.0
    for p in range(lo, k):
        for c in (0, 1):
            step = cols.back(c, cols.moved(c, p, k, n + 1), cols.moved(c, p + 1, k, n + 1))
            head_worst, head_total = max(head_worst, step), head_total + step
    inner_worst = inner_total = 0.0  # moved back, inside the run: the other column's own steps
    written, seen = False, lo  # as written, a jump among the window's transitions p -> p + 1 for p < seen
    best: tuple[float, float, int] | None = None
    for end in range(k + 1, stop + 1):
        if end - 1 > k:  # the run grew by the transition end - 2 -> end - 1
            for c in (0, 1):
                step = cols.back(c, cols.values[1 - c][end - 2], cols.values[1 - c][end - 1])
                inner_worst, inner_total = max(inner_worst, step), inner_total + step
        hi = min(n, end + WINDOW)
        if any(end < c < hi for c in cuts):
            continue
        while seen < hi - 1:
            written = written or cols.jumps(0, seen) or cols.jumps(1, seen)
            seen += 1
        tail_worst = tail_total = 0.0
        for p in range(end - 1, hi - 1):
            for c in (0, 1):
                step = cols.back(c, cols.moved(c, p, k, end), cols.moved(c, p + 1, k, end))
                tail_worst, tail_total = max(tail_worst, step), tail_total + step
        worst = max(head_worst, inner_worst, tail_worst)
        if written and worst <= STEADY:
            key = (worst, head_total + inner_total + tail_total, end - k)
            if best is None or key < best:
                best = key
    return None if best is None else (best[2], best[0], best[1])


def steady_runs(chain: Chain) -> list[tuple[list[int], int]]:
    """(rows, boundary index) for each run beside a boundary of a two-column chain that only moved back makes
    both columns move the way training does: none, one or both sides of each boundary (when both, the
    boundary says that the columns trade places there, not on which side)."""
    if len(chain.columns) != 2:
        return []
    signs = (direction(chain.columns[0]), direction(chain.columns[1]))
    if not all(signs):
        return []
    a = [v.value for r in chain.rows if (v := chain.columns[0].values[r]) is not None]
    b = [v.value for r in chain.rows if (v := chain.columns[1].values[r]) is not None]
    n = len(chain.rows)
    if len(a) != n or len(b) != n or n < 3:
        return []
    # a column's usual step, from the transitions away from the boundaries (where exchanged values jump)
    cuts = [bd.index for bd in chain.boundaries]
    at_cut = set(cuts)
    calm = [p for p in range(n - 1) if p + 1 not in at_cut]
    if len(calm) < 2:
        return []
    usual = (median([abs(a[p + 1] - a[p]) for p in calm]), median([abs(b[p + 1] - b[p]) for p in calm]))
    if not all(usual):
        return []
    forward = _Columns((a, b), signs, usual)
    # the rows before a boundary, read backwards, are rows after it, with training running the other way
    backward = _Columns((a[::-1], b[::-1]), (-signs[0], -signs[1]), usual)
    out = []
    for e, k in enumerate(cuts):
        if not 0 < k < n:
            continue
        nxt = cuts[e + 1] if e + 1 < len(cuts) else n
        prev = cuts[e - 1] if e > 0 else 0
        after = _after(forward, k, nxt, at_cut)
        before = _after(backward, n - k, n - prev, {n - c for c in at_cut})
        if after is not None:
            out.append((chain.rows[k : k + after[0]], e))
        if before is not None:
            out.append((chain.rows[k - before[0] : k], e))
    return out
