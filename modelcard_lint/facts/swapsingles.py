"""Rows out of line with their neighbours that, moved back, fit them: which of them ``swapruns`` reads.

A row whose two values stand outside their columns' neighbours and inside each other's (``crossings``, the
chain's *singles*; for a loss beside a metric, also a row with one value far out of line and the other in
line in both columns, each in line moved back) is an exchanged run of one row bounded on both sides. It is
read when its values stand well apart (``separate`` typical changes of the chain), or, closer together, when
moved back they *fit*: each lies between its new column's neighbours, but for ``FIT`` of how far they stood
out, and one of them stood out by ``FITTING`` of its column's usual steps at least (a WER that moves by 0.01
between evaluations and dips by 0.1 for one row, to where the training loss beside it should be, while the
training loss climbs to the WER's). An honest spike of one column may land in the other column's range by
chance; the other column's value landing in the spike's place as well is no chance.

A row out of line next to an exchanged run is only judged against that run and is left to it, but an end
run that only its boundary's shape tells (no value of it says so) loses to the row just across that
boundary when the row is read: the end run would leave the row's other edge a jump.  A row that only fits
is read alone, never in or beside a run already read.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from .crossings import Boundary, Chain
from .values import median

if TYPE_CHECKING:
    from .swapruns import Candidate

FIT = 0.05  # moved back, a row's values lie this share of their distance out of line at most: they fit
USUAL_STEPS = 3  # the steps of a column, away from the row, that tell its usual step
FITTING = 4.0  # a row whose values fit exactly moved back: one of them this many usual steps out of line
# the tie-breakers that tell a run from its boundary's shape alone, not from what its values are
SHAPE = frozenset({"boundary", "direction", "steady", "untaken", "unfallen", "jump", "training", "across", "end"})


def read_singles(chain: Chain, runs: list[Candidate], steady: list[Candidate], separate: float,
                 judge: Callable[[Boundary], Candidate | None]) -> tuple[list[Candidate], list[Candidate],
                                                                      list[Candidate]]:
    """The chain's rows out of line that are read (each judged by ``judge``), and the runs and steady runs
    left beside them."""
    position = {r: k for k, r in enumerate(chain.rows)}
    singles = []
    for single in chain.singles:
        if single.gap < separate * chain.typical and (
                not fits(chain, single) or any(_touches(position, c, single.index) for c in runs + steady)):
            continue
        beside = [c for c in runs if _beside(position, c, single.index)]
        if any(c.bounded or not set(c.evidence) <= SHAPE for c in beside):
            continue
        c = judge(single)
        if c is not None:
            singles.append(c)
            beside += [s for s in steady if _beside(position, s, single.index) and set(s.evidence) <= SHAPE]
            runs = [r for r in runs if r not in beside]
            steady = [r for r in steady if r not in beside]
    return singles, runs, steady


def fits(chain: Chain, single: Boundary) -> bool:
    """Whether a two-column row out of line fits its columns moved back, one value far out of line as written."""
    if single.moved > FIT * single.straight or len(chain.columns) != 2 or not 0 < single.index < len(chain.rows) - 1:
        return False
    k = single.index
    out = 0.0
    for col in chain.columns:
        values = [v.value for r in chain.rows if (v := col.values[r]) is not None]
        if len(values) != len(chain.rows):
            return False
        steps = [abs(values[i + 1] - values[i]) for i in range(len(values) - 1) if i not in (k - 1, k)]
        usual = median(steps) if len(steps) >= USUAL_STEPS else 0.0
        if not usual:  # too few steps to know a usual one, or a flat column
            return False
        a, x, b = values[k - 1], values[k], values[k + 1]
        out = max(out, max(0.0, min(a, b) - x, x - max(a, b)) / usual)
    return out >= FITTING


def _touches(position: dict[int, int], c: Candidate, index: int) -> bool:
    """Whether the chain's row ``index`` is in run ``c`` or just outside it."""
    return position[c.run.rows[0]] - 1 <= index <= position[c.run.rows[-1]] + 1


def _beside(position: dict[int, int], c: Candidate, index: int) -> bool:
    """Whether the chain's row ``index`` is just outside run ``c``."""
    first, last = position[c.run.rows[0]], position[c.run.rows[-1]]
    return index in (first - 1, last + 1)
