"""A run at either end of a log told by its single boundary alone: a jump no honest log makes.

At the boundary of an exchanged run each column jumps to another column's level.  An honest log can
jump too (a resumed run, a changed learning rate), and a validation loss can cross an accuracy as the
model learns; but then the columns either move by their usual steps (a crossing: the values stand close
where they cross) or jump to levels of their own.  The boundary tells the exchange by itself when, with
enough rows on both sides to know how far each column usually moves between two rows (the median of
its steps on that side):

- every column jumps by many times its usual step on both sides, and
- every column lands on the level of the column it continues moved back: its step moved back is no
  larger than a few of that column's usual steps.

A resumed run's jump lands on no other column's level, a crossing is no jump, and a short or noisy log
has too few steps to tell a jump from its noise.  An exchanged run of one or two rows at the log's
first or last row has no steps of its own: the steps of the other side's three rows nearest the
boundary measure both the jump and the landing, and moved back the columns must land within
``LANDING`` of their jump as written, or each among its column's values in those rows (``BAND``).  A longer
run at either end whose columns land that precisely
has steps of its own, but as large as its columns learned (a model's first evaluations): the other
side's rows measure the jump, the landing within ``LANDING`` stands for the landing, and the run's own
trend must tell the side.  A model that learns fast jumps as far in its first evaluation,
but lands both columns that precisely on each other's level only by coincidence (a binary classifier
at chance, a loss of 0.69 and an accuracy of 0.50, that converges near 0.48 and 0.74 comes within 5
to 10%).

Such a boundary says that the columns trade places there, not on which side: the same numbers read
as a run exchanged after the boundary or before it.  The side is the one whose rows, moved back,
make the columns run the way training moves them (a loss down, an accuracy up, from the first third of
a side to its last) better than both the other side moved back and nothing moved; when another reading
does as well (two columns that training moves the same way, a learning step that lands a loss and an
accuracy on each other's level), the boundary does not tell.  Rows of the side at the log's end
known to be in place (``swapruns``) are read as written.

The training loss alone can also tell the side of a boundary (``training_loss``): the optimiser lowers
it, so over a stretch of evaluations it falls or stays, while a validation loss or an error rate may
rise as a model overfits; the side whose rows moved back let it fall on both sides of the boundary,
where the other side moved back makes it rise, is the exchanged one.

A training loss beside the columns can tell that a boundary is no learning step (``untaken``): the
validation loss and the training loss are one loss on two sets of data, so a model whose validation
loss falls by 0.5 in one evaluation lowered its training loss as far, or, where the training loss was
already lower than that, by half of itself at least.  A validation loss that falls at a boundary while
the training loss beside it falls by a small share of that, logged afresh on both sides, was not lowered
by training there: its values came from the other column.  So with a metric that leaps beside the
training loss while the validation loss, which scores the same predictions, rises.
"""

from __future__ import annotations

from itertools import pairwise

from .crossings import Boundary, Chain, inverse
from .metricnames import LOSS
from .swapevidence import direction
from .tables import Column, TypedTable
from .values import median

MIN_ROWS = 3  # rows on each side of the boundary (two steps at least) to know the columns' usual step
JUMP = 10.0  # as written, every column moves by this many usual steps at the boundary
ORDINARY = 4.0  # moved back, every column moves by at most this many usual steps
LONG_ROWS = 3  # an exchanged side shorter than MIN_ROWS is measured by the other side, with this many rows,
NEAR_ROWS = 3  # by its steps between its rows nearest the boundary,
LANDING = 0.03  # and moved back the columns land within this share of their jump as written,
BAND = 0.25  # or, a run of one or two rows, among the other side's nearest values, which spread over this share of
BAND_MARGIN = 0.1  # the jump at most (give or take this share of their spread)


def _sides(chain: Chain, edge: int) -> tuple[list[int], list[int]]:
    """The chain's rows between the previous boundary and ``edge``, and between ``edge`` and the next one."""
    bs = chain.boundaries
    start = bs[edge - 1].index if edge > 0 else 0
    end = bs[edge + 1].index if edge + 1 < len(bs) else len(chain.rows)
    index = bs[edge].index
    return chain.rows[start:index], chain.rows[index:end]


def _unit(chain: Chain, rows: list[int], i: int) -> float:
    """The rounding step of a column's printed values (a flat column still moves by its last decimal)."""
    decimals = [v.number.decimals for r in rows if (v := chain.columns[i].values[r]) is not None]
    known = [d for d in decimals if d is not None]
    return 10.0 ** -max(known) if known else 0.0


def _usual(chain: Chain, rows: list[int], i: int) -> float:
    """The median step of the column at position ``i`` between consecutive rows of ``rows``, at least its
    rounding step."""
    col = chain.columns[i]
    values = [v.value for r in rows if (v := col.values[r]) is not None]
    steps = [abs(b - a) for a, b in pairwise(values)]
    if not steps:
        return 0.0
    return max(median(steps), _unit(chain, rows, i))



def jumps(chain: Chain, edge: int, after: bool, settled: bool = False,
          exchanged: frozenset[int] | None = None) -> str:
    """Whether boundary ``edge`` of ``chain`` is a jump of every column onto another column's level, far
    larger than the columns' usual steps on both sides, with enough rows on both sides to know them, and
    the rows ``after`` it (else before it) are the exchanged ones by the way the columns run.  An exchanged
    side too short to know its steps, at the log's first or last row, is measured by the other side's.
    Where the way the columns run does not tell the sides apart (two columns that training moves the same
    way), ``settled`` does: the other side is known to be in place.  The answer: "" (no), "trend" (the way
    the columns run tells the side) or "settled" (``settled`` had to).  ``exchanged``: the run's rows, when
    rows of its side at the log's end are known in place."""
    before, later = _sides(chain, edge)
    short, long_ = (later, before) if after else (before, later)
    boundary = chain.boundaries[edge]
    landed = boundary.moved <= LANDING * boundary.straight
    few = len(short) < MIN_ROWS
    brief = (few or landed) and len(long_) >= LONG_ROWS and _end(chain, short)
    if brief and few and not landed:
        landed = _in_bands(chain, edge, long_[-NEAR_ROWS:] if after else long_[:NEAR_ROWS], after)
    if brief:
        # a learning curve slows down: its steps next to the boundary, not the whole side's, measure the jump
        # (the exchanged side's own steps, as fast as its columns learned, would hide it)
        if not landed:
            return ""
        # a side of its own rows (not a few) moves back onto the other side by its own learning steps, which
        # the landing within LANDING of the jump measures; its trend must then tell the side by itself
        if not _jump(chain, edge, long_[-NEAR_ROWS:] if after else long_[:NEAR_ROWS], landing=few):
            return ""
    elif not _jump(chain, edge):
        return ""
    mine = _side(chain, edge, "after" if after else "before", exchanged)
    other = _side(chain, edge, "before" if after else "after")
    none = _side(chain, edge, "none")
    # too short a side has no trend of its own: moved back or not, it cannot run better than as written
    if mine > other and (mine > none or (brief and few and mine == none)):
        return "trend"
    if settled and mine >= other and mine >= none:
        return "settled"
    return ""


def _in_bands(chain: Chain, edge: int, near: list[int], after: bool) -> bool:
    """Whether, moved back, every value of the short side's row at boundary ``edge`` lies among its column's values
    in the other side's ``near`` rows (within ``BAND_MARGIN`` of their spread, or a rounding step), each column's
    spread there being narrow beside its jump (``BAND``): "Validation Loss 0.9646, Accuracy 0.1670" over rows whose
    loss runs 0.23 to 0.11 and accuracy 0.956 to 0.982. A model learning fast jumps as far, but its first values
    land inside both the other column's later ranges only by coincidence."""
    boundary = chain.boundaries[edge]
    before, later = _sides(chain, edge)
    p, q = before[-1], later[0]
    cols = chain.columns
    for i, j in enumerate(boundary.moves):
        vp, vq = cols[i].values[p], cols[i].values[q]
        # the later row's value under i continues the earlier row's column j: moved back, it is j's (the later row
        # exchanged) or the earlier row's value under j is i's (the earlier row exchanged)
        value, own = (vq, j) if after else (cols[j].values[p], i)
        values = [v.value for r in near if (v := cols[own].values[r]) is not None]
        if vp is None or vq is None or value is None or len(values) < len(near):
            return False
        lo, hi = min(values), max(values)
        margin = max(BAND_MARGIN * (hi - lo), _unit(chain, near, own))
        if hi - lo > BAND * abs(vq.value - vp.value) or not lo - margin <= value.value <= hi + margin:
            return False
    return True


def _trend(chain: Chain, cells: list[tuple[int, int]]) -> int:
    """+1 or -1 when a column, read at ``cells`` (row, position) in order, rises or falls (the median of their
    last third against the median of their first third, so that a stray row at either end does not decide)
    by more than two of its usual steps (at least its rounding step), else 0."""
    values, decimals = [], []
    for r, i in cells:
        v = chain.columns[i].values[r]
        if v is not None:
            values.append(v.value)
            if v.number.decimals is not None:
                decimals.append(v.number.decimals)
    if len(values) < 2:
        return 0
    k = max(1, len(values) // 3)
    change = median(values[-k:]) - median(values[:k])
    usual = max(median([abs(b - a) for a, b in pairwise(values)]), 10.0 ** -max(decimals) if decimals else 0.0)
    if abs(change) <= 2 * usual:
        return 0
    return 1 if change > 0 else -1


def _held(rows: list[int], j: int, own: tuple[int, ...], exchanged: frozenset[int] | None) -> list[tuple[int, int]]:
    """Where column ``j``'s values stand in ``rows``: at the position that holds it by ``own`` in the exchanged
    rows (all of them when ``exchanged`` is None), at its own position in the others."""
    at = own.index(j)
    return [(r, at if exchanged is None or r in exchanged else j) for r in rows]


def _side(chain: Chain, edge: int, reading: str, exchanged: frozenset[int] | None = None) -> int:
    """How many columns run the way training moves them, less how many run the other way, on both sides of
    the boundary with the rows "after" it moved back, or the rows "before" it, or "none"; of the moved side,
    only the rows ``exchanged`` when given (rows at the log's end known in place are not)."""
    moves = chain.boundaries[edge].moves  # the later row's position i continues the earlier row's moves[i]
    before, later = _sides(chain, edge)
    same = tuple(range(len(moves)))
    # the true column of each written position on each side: an exchanged rows' position i holds moves[i]
    # after the boundary, and position moves[i] holds i before it
    sides = {"after": [(before, same), (later, moves)], "before": [(before, inverse(moves)), (later, same)],
             "none": [(before, same), (later, same)]}[reading]
    score = 0
    for rows, own in sides:
        for j in range(len(own)):
            score += direction(chain.columns[j]) * _trend(chain, _held(rows, j, own, exchanged))
    return score


def training_loss(chain: Chain, edge: int, after: bool) -> int:
    """+1 when a training loss among the chain's columns falls (or stays) on both sides of boundary ``edge``
    only with the rows ``after`` it (else before it) moved back, -1 when only with the other side moved
    back, else 0.  The optimiser lowers the training loss: over a stretch of evaluations it does not
    rise, while a validation loss or an error rate may (a model that overfits)."""
    own = [i for i, c in enumerate(chain.columns) if c.kind == LOSS and c.name.split == "train"]
    if len(own) != 1:
        return 0
    i = own[0]
    moves = chain.boundaries[edge].moves
    before, later = _sides(chain, edge)
    same = tuple(range(len(moves)))

    def falls(reading: str) -> bool:
        sides = [(before, inverse(moves) if reading == "before" else same),
                 (later, moves if reading == "after" else same)]
        return all(_trend(chain, _held(rows, i, own, None)) <= 0 for rows, own in sides)

    mine, other = falls("after" if after else "before"), falls("before" if after else "after")
    return 1 if mine and not other else -1 if other and not mine else 0


def _end(chain: Chain, rows: list[int]) -> bool:
    """Whether ``rows`` hold the chain's first or last row."""
    return bool(rows) and (rows[0] == chain.rows[0] or rows[-1] == chain.rows[-1])


def _jump(chain: Chain, edge: int, steps: list[int] | None = None, landing: bool = True) -> bool:
    """Whether every column jumps onto the level of the column it continues moved back; the columns' usual
    steps from both sides, or from the rows ``steps`` only; without ``landing``, the landing is not
    measured by those steps (the caller measured it against the jump)."""
    boundary: Boundary = chain.boundaries[edge]
    before, after = _sides(chain, edge)
    if not before or not after:
        return False
    p, q = before[-1], after[0]
    if steps is not None:
        before = after = steps
    elif len(before) < MIN_ROWS or len(after) < MIN_ROWS:
        return False
    cols = chain.columns
    for i, j in enumerate(boundary.moves):
        vp, vq, wp = cols[i].values[p], cols[i].values[q], cols[j].values[p]
        if vp is None or vq is None or wp is None:
            return False
        usual = max(_usual(chain, before, i), _usual(chain, after, i))
        # moved back, the value continues column j: its usual step is j's before the boundary, i's after it
        own = max(_usual(chain, before, j), _usual(chain, after, i))
        if usual <= 0 or own <= 0:
            return False
        if abs(vq.value - vp.value) < JUMP * usual or (landing and abs(vq.value - wp.value) > ORDINARY * own):
            return False
    return True


UNTAKEN = 1 / 3  # a learning step of the validation loss: the training loss falls by at least this share of it,
HALF = 1 / 2  # or, already lower than that, to this share of itself at least


def untaken(table: TypedTable, chain: Chain, edge: int) -> str:
    """Which loss beside the columns does not take their step at boundary ``edge``, a learning step as written:
    "train", "eval" or "" (none, or nothing to tell).  The validation and the training loss are one loss on
    two sets of data, and the validation loss scores the same predictions as the metrics:

    - the chain's validation loss falls, and a training loss outside the chain falls by less than
      ``UNTAKEN`` of that and to more than ``HALF`` of itself (in honest logs whose first evaluation is
      far behind the second, the training loss falls from as far as the validation loss to six times as
      far);
    - or the chain's metric leaps (by ``JUMP`` times its usual step between the other rows at least)
      beside the training loss, and the validation loss outside the chain does not fall at all.

    A loss logged less often than evaluated carries its value over unchanged: it tells nothing."""
    index = chain.boundaries[edge].index
    if not 0 < index < len(chain.rows):
        return ""
    p, q = chain.rows[index - 1], chain.rows[index]
    own = [c for c in chain.columns if c.kind == LOSS]
    if len(own) != 1:
        return ""
    train = own[0].name.split == "train"
    beside = [c for c in table.value_columns
              if c.kind == LOSS and (c.name.split != "train") == train and c not in chain.columns]
    if len(beside) != 1:
        return ""
    other = _steps(beside[0], p, q)
    if other is None or other[0] == 0.0:
        return ""
    if not train:
        step = _steps(own[0], p, q)
        quiet = step is not None and step[0] > 0 and other[0] < UNTAKEN * step[0] and other[0] < HALF * other[1]
        return "train" if quiet else ""
    if len(chain.columns) != 2:
        return ""
    metric = next(c for c in chain.columns if c is not own[0])
    return "eval" if other[0] < 0 and _leaps(metric, p, q) else ""


def _steps(col: Column, p: int, q: int) -> tuple[float, float] | None:
    """How far the column falls from row p to row q, and its value at p; None without finite values."""
    a, b = col.values[p], col.values[q]
    if a is None or b is None or not a.number.finite or not b.number.finite:
        return None
    return a.value - b.value, a.value


def _leaps(col: Column, p: int, q: int) -> bool:
    """Whether the metric improves from row p to row q by ``JUMP`` times its median step between its other
    consecutive rows (three at least)."""
    moved = _steps(col, p, q)
    values = [(r, v.value) for r, v in enumerate(col.values) if v is not None and v.number.finite]
    others = [abs(b - a) for (r0, a), (r1, b) in pairwise(values) if (r0, r1) != (p, q)]
    if moved is None or len(others) < 2:
        return False
    return -direction(col) * moved[0] >= JUMP * max(median(others), 1e-9)
