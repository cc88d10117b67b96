"""A run at one end of a log told by its one boundary and the log's length, when nothing else tells it.

Two columns that trade levels in one step at a single boundary, stand in one order in every row before it
and in the other order in every row after it, and where one of them gets worse by the whole gap as written
(no learning step, which improves every column), hold an exchange on one side of that boundary. A model
that learns fast crosses its loss and accuracy once, but by improving both; two columns that run close
cross by noise, but not in one step by many times their usual change and a sixth of their level, nor for
good. Which side is exchanged the log alone cannot always tell (a validation loss and a WER that both fall
read the same either way): the side with fewer rows is taken, since an exchange covers a run of rows, a
pasted or resumed stretch, not most of a log; the longer side must stay longer without its rows that
could not be exchanged (moved back they would hold values impossible for their columns). Sides of equal
length are left alone, as is any chain whose columns another reading already explains (``swaps`` asks for
this reading last).
"""

from __future__ import annotations

from .crossings import Chain
from .swapevidence import Run, impossible_back, worsens
from .tables import TypedTable

GAP = 8.0  # the columns' levels at the boundary at least this many typical changes between rows apart
SHARE = 1 / 6  # and at least this share of the larger of them (two rates a few points apart cross by noise)


def shorter_side(table: TypedTable, chain: Chain, kinds: dict[int, str]) -> list[int] | None:
    """The rows of the shorter side of the chain's one boundary, when the two columns trade levels there for
    good and as no learning step; else None."""
    if len(chain.columns) != 2 or len(chain.boundaries) != 1:
        return None
    boundary = chain.boundaries[0]
    k, rows = boundary.index, chain.rows
    # (columns that do not move at all give no usual step to measure the jump by: a log of constants says nothing)
    if (not boundary.strong or not 0 < k < len(rows) or 2 * k == len(rows) or chain.typical <= 0
            or boundary.gap < GAP * chain.typical or boundary.gap < SHARE * boundary.level):
        return None
    a, b = chain.columns
    signs = set()
    for n, r in enumerate(rows):
        x, y = a.values[r], b.values[r]
        if x is None or y is None or x.value == y.value:
            return None
        signs.add((n < k, x.value > y.value))
    if len(signs) != 2 or len({after for _, after in signs}) != 2:  # one order before, the other after
        return None
    moves = [(a, b), (b, a)]
    if not worsens(moves, rows[k - 1], rows[k]):
        return None
    short, other = (rows[:k], rows[k:]) if 2 * k < len(rows) else (rows[k:], rows[:k])
    # the longer side must stay longer without its rows that could not be exchanged (moved back they would hold
    # values their columns cannot hold, a training loss of 3.5 under a WER): else the sides are alike
    impossible = impossible_back(Run(table, other, moves, short), kinds)
    if sum(not bad for bad in impossible) <= len(short):
        return None
    return short
