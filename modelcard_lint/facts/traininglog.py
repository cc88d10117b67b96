"""The clock of a training log: steps per epoch along it, and the cadence of its rows.

**Steps per epoch.** In a Trainer log the step and the epoch grow together: ``step = epoch ×
steps_per_epoch``, up to the rounding of the printed epoch (``0.59`` is anything in [0.585,
0.595]).  Each row with a positive epoch and step so allows an interval of steps per epoch;
consecutive rows whose intervals intersect (allowing a relative ``tolerance`` between rows) form a
stretch.  A new stretch starts where a row fits no longer: a resumed run with another batch size,
or rows pasted from another run.  One pass, linear in the rows.

A streaming (iterable) dataset has no length, so the Trainer counts its epoch as a fraction of
``max_steps`` (``steps_in_epoch = max_steps``) and, when the stream runs out and starts again,
restarts the fraction after the next whole epoch: ``epoch = k + (step - s_k) / max_steps`` where
``s_k`` is the step at which pass ``k`` began.  The pace of the epoch is unchanged, only the counter
restarts, so a row whose epoch reaches the next whole number with a fraction no larger than the
steps since the previous row allow continues its stretch from there (``Stretch.restarts``), when the
stretch's steps per epoch is the card's ``training_steps`` (or the card does not say it).  A run resumed on a
stream counts its epoch again from 0 (``epoch = (step - resumed_at) / max_steps``): when the card gives
``training_steps`` and the stretch keeps that pace, the counter may also restart at a lower whole epoch.  When
the next row does not keep the pace, the row was no restart: a new stretch starts there.

Only rows whose steps per epoch is a positive, finite number take part: a step and an epoch far
apart in size (``1e300`` and ``1e-300``) make the ratio overflow to infinity or underflow to 0, which
says nothing about a batch size, and every rate of a stretch can then be divided by.

**Cadence.** A Trainer evaluates every ``eval_steps`` steps (or every epoch), so the step of its log
advances by one amount from row to row, the last row aside (the end of training).  ``gaps`` finds
the places where it advances by a whole multiple of that amount instead, with the regular amount on
either side: rows are missing there.
"""

from __future__ import annotations

import itertools
import math
from typing import NamedTuple

from .tables import Column, TypedTable, Value


class Stretch:
    __slots__ = ("rows", "low", "high", "steps_per_epoch", "epoch", "restarts")

    def __init__(self, rows: list[int], low: float, high: float, steps_per_epoch: float, epoch: float = 0.0) -> None:
        self.rows = rows  # row indexes
        self.low = low  # the steps per epoch that fit every row of the stretch
        self.high = high
        self.steps_per_epoch = steps_per_epoch  # measured at the row with the largest epoch (the most precise)
        self.epoch = epoch  # that row's epoch
        self.restarts: list[int] = []  # rows where a streaming dataset's epoch counter restarted


def _half(v: Value) -> float:
    return 0.5 * 10 ** -v.number.decimals if v.number.decimals is not None else abs(v.value) * 1e-9


def _interval(steps: float, epochs: float, half: float, tolerance: float) -> tuple[float, float]:
    # half the tolerance on each side: two rows may differ by ``tolerance`` in all
    if epochs + half <= 0:
        return math.inf, 0.0  # the epoch went back past the anchor: no steps per epoch fit the row
    low = steps / (epochs + half) * (1 - tolerance / 2)
    high = steps / (epochs - half) * (1 + tolerance / 2) if epochs > half else math.inf
    return low, high


def stretches(table: TypedTable, tolerance: float, max_steps: float | None = None) -> list[Stretch]:
    """The table's rows with an epoch and a step, split where steps per epoch change."""
    if table.epoch is None or table.step is None:
        return []
    out: list[Stretch] = []
    anchor: tuple[float, float, float] = (0.0, 0.0, 0.0)  # step, epoch and rounding the epoch counts from
    for r in range(len(table.rows)):
        e, s = table.epoch.values[r], table.step.values[r]
        if e is None or s is None or not (e.number.finite and s.number.finite) or e.value <= 0 or s.value <= 0:
            continue
        per_epoch = s.value / e.value
        if not 0 < per_epoch < math.inf:
            continue
        cur = out[-1] if out else None
        previous = table.step.values[cur.rows[-1]] if cur is not None else None
        forward = previous is not None and s.value >= previous.value
        if cur is not None and forward:
            a_step, a_epoch, a_half = anchor
            low, high = _interval(s.value - a_step, e.value - a_epoch, _half(e) + a_half, tolerance)
            if max(cur.low, low) <= min(cur.high, high):
                cur.rows.append(r)
                cur.low, cur.high = max(cur.low, low), min(cur.high, high)
                if a_step == 0 and e.value > cur.epoch:
                    cur.steps_per_epoch, cur.epoch = per_epoch, e.value
                continue
            after_restart = bool(cur.restarts) and cur.restarts[-1] == cur.rows[-1] and len(cur.rows) > 1
            if after_restart and _restart(table, cur, r, tolerance, max_steps, into=True):
                # the next pass's restart: a stream evaluated once a pass restarts at every row ("0.25", "1.25",
                # "2.25" on a stream of a quarter of max_steps)
                cur.rows.append(r)
                cur.restarts.append(r)
                anchor = (s.value, e.value, _half(e))
                continue
            if after_restart:
                # the pace changed right after a restart: it was no restart but a change of steps per epoch
                back = cur.rows.pop()
                cur.restarts.pop()
                out.append(_fresh(table, back, tolerance))
                cur = out[-1]
                anchor = (0.0, 0.0, 0.0)
                low, high = _interval(s.value, e.value, _half(e), tolerance)
                if max(cur.low, low) <= min(cur.high, high):
                    cur.rows.append(r)
                    cur.low, cur.high = max(cur.low, low), min(cur.high, high)
                    if e.value > cur.epoch:
                        cur.steps_per_epoch, cur.epoch = per_epoch, e.value
                    continue
            elif _restart(table, cur, r, tolerance, max_steps):
                cur.rows.append(r)
                cur.restarts.append(r)
                anchor = (s.value, e.value, _half(e))
                continue
        # a new stretch, also where the step goes back (another run's log follows)
        anchor = (0.0, 0.0, 0.0)
        out.append(_fresh(table, r, tolerance))
    _changes_read_as_restarts(table, out, tolerance)
    return out


def _changes_read_as_restarts(table: TypedTable, out: list[Stretch], tolerance: float) -> None:
    """A stretch's one restart whose rows, read from 0, go on at the next stretch's pace was where the pace changed
    (a run resumed with another epoch count: "0.13" then "0.1" at steps 1000 and 1500, then "0.13" at 2000, the
    change told only two rows on): those rows start the next stretch."""
    for cur, nxt in itertools.pairwise(out):
        if len(cur.restarts) != 1 or nxt.restarts:
            continue
        k = cur.rows.index(cur.restarts[0])
        if k == 0:
            continue
        low, high = nxt.low, nxt.high
        for r in cur.rows[k:]:
            e, s = table.epoch.values[r], table.step.values[r]  # type: ignore[union-attr]
            assert e is not None and s is not None
            a, b = _interval(s.value, e.value, _half(e), tolerance)
            low, high = max(low, a), min(high, b)
        if low > high:
            continue
        tail, cur.rows, cur.restarts = cur.rows[k:], cur.rows[:k], []
        nxt.rows[:0] = tail
        nxt.low, nxt.high = low, high
        head = [_fresh(table, r, tolerance) for r in cur.rows]
        cur.low, cur.high = max(h.low for h in head), min(h.high for h in head)
        top = max(head, key=lambda h: h.epoch)
        cur.steps_per_epoch, cur.epoch = top.steps_per_epoch, top.epoch


def _fresh(table: TypedTable, r: int, tolerance: float) -> Stretch:
    assert table.epoch is not None and table.step is not None
    e, s = table.epoch.values[r], table.step.values[r]
    assert e is not None and s is not None
    low, high = _interval(s.value, e.value, _half(e), tolerance)
    return Stretch([r], low, high, s.value / e.value, e.value)


def _passes(table: TypedTable, cur: Stretch, max_steps: float, tolerance: float) -> bool:
    """Whether every row of the stretch is some steps into a pass of a stream counted at max_steps' pace: its
    epoch's fraction times max_steps is no more than its step (the first row of "2.07" at step 1500 of 6000)."""
    assert table.epoch is not None and table.step is not None
    for r in cur.rows:
        e, s = table.epoch.values[r], table.step.values[r]
        assert e is not None and s is not None
        fraction = e.value - math.floor(e.value + _half(e))
        if fraction < -_half(e) or (fraction - _half(e)) * max_steps > s.value * (1 + tolerance):
            return False
    return True


def _restart(table: TypedTable, cur: Stretch, r: int, tolerance: float, max_steps: float | None,
             into: bool = False) -> bool:
    """Whether row r is where a streaming dataset's epoch counter restarted after the stretch's last row (``into``:
    and some steps into the new pass, as a restart right after another must be: a whole epoch at every row is a
    run resumed at another pace)."""
    assert table.epoch is not None and table.step is not None
    passes = max_steps is not None and _passes(table, cur, max_steps, tolerance)
    if (max_steps is not None and not passes
            and not cur.low * (1 - tolerance) <= max_steps <= cur.high * (1 + tolerance)):
        return False  # the stretch's epoch is not a fraction of max_steps
    p = cur.rows[-1]
    e0, e1 = table.epoch.values[p], table.step.values[p]
    e, s = table.epoch.values[r], table.step.values[r]
    assert e0 is not None and e1 is not None and e is not None and s is not None
    top = e0.value + _half(e0)
    if not math.isfinite(top) or not math.isfinite(e.value - top):
        return False
    whole = math.floor(top) + 1  # the next whole epoch
    if passes and e.value > whole + 1 - _half(e):
        # a stream of fewer steps than lie between two evaluations runs out more than once between them ("2.07",
        # "5.05", "8.03" every 1500 of 6000 steps): the counter restarts at a later whole epoch, at max_steps' pace
        assert max_steps is not None
        whole = math.floor(e.value + _half(e))
        fraction = e.value - whole
        reach = (s.value - e1.value) * (1 + tolerance) + _half(e) * max_steps
        return fraction >= -_half(e) and fraction * max_steps <= reach
    if max_steps is not None and e.value < whole - _half(e):
        # a run resumed on a stream counts its epoch again from 0 (the Trainer cannot skip into a stream): with
        # the card's max_steps as the pace, the counter may restart at any whole epoch up to the next
        whole = math.floor(e.value + _half(e))
    fraction = e.value - whole
    slack = _half(e) + _half(e0)
    if not cur.low > 0:
        return False  # steps per epoch underflowed to 0: nothing to measure the pace by
    return (slack if into else -slack) < fraction <= (s.value - e1.value) / cur.low * (1 + tolerance) + slack


class Gap(NamedTuple):
    before: int  # the row before the gap
    after: int  # the row after it
    missing: int  # how many rows the regular cadence puts between them
    every: float  # the regular advance of the clock from row to row


def cadence_clock(table: TypedTable) -> Column | None:
    """The step column when it has values, else the epoch column."""
    for col in (table.step, table.epoch):
        if col is not None and sum(1 for v in col.values if v is not None and v.number.finite) >= 4:
            return col
    return None


def gaps(table: TypedTable) -> list[Gap]:
    """Places where the clock advances by a whole multiple of its regular amount, with the regular amount
    on one side at least, in a stretch of four rows or more whose advances are mostly (two in three, two at
    least) that amount."""
    clock = cadence_clock(table)
    if clock is None:
        return []
    out: list[Gap] = []
    for part in _increasing(clock):
        out += _part_gaps(part)
    return out


def _increasing(clock: Column) -> list[list[Value]]:
    """The clock's values split where they stop increasing (another run follows: MC403's business)."""
    parts: list[list[Value]] = []
    for v in clock.values:
        if v is None or not v.number.finite:
            continue
        if parts and parts[-1] and v.value > parts[-1][-1].value:
            parts[-1].append(v)
        else:
            parts.append([v])
    return [p for p in parts if len(p) >= 4]


def _part_gaps(part: list[Value]) -> list[Gap]:
    diffs = [b.value - a.value for a, b in itertools.pairwise(part)]
    if not all(math.isfinite(d) for d in diffs):
        return []  # values far apart in size (1e308 and -1e308): their difference overflows
    ordered = sorted(diffs)
    every = ordered[len(ordered) // 2]  # the median advance
    # (one unit of the last decimal printed, for rounding; none for whole numbers, which steps and whole epochs are:
    # "1, 5, 10, 20" is no log of every 5 epochs that lost a row)
    unit = max((10.0 ** -v.number.decimals if v.number.decimals else 0.0) for v in part)
    slack = max(unit, every * 1e-6)
    regular = [abs(d - every) <= slack for d in diffs]
    if every <= 0 or sum(regular) < 2 or 3 * sum(regular) < 2 * len(diffs):
        return []
    skips = [_skipped(d, every, slack) for d in diffs]
    out = []
    for i, k in enumerate(skips):
        if not k:
            continue
        # alone beside a regular advance; or inside a run of skips that regular advances close on both sides
        # (20, 22, 24, 26 in a log of steps 1 apart); a run open on one side is the log changing its pace (every
        # 500 steps to 29000, then every 1000 to the end)
        lo, hi = i, i
        while lo > 0 and skips[lo - 1]:
            lo -= 1
        while hi + 1 < len(diffs) and skips[hi + 1]:
            hi += 1
        beside = (i > 0 and regular[i - 1]) or (i + 1 < len(diffs) and regular[i + 1])
        closed = lo > 0 and regular[lo - 1] and hi + 1 < len(diffs) and regular[hi + 1]
        if (beside and lo == hi) or closed:
            out.append(Gap(part[i].row, part[i + 1].row, k - 1, every))
    return out


def _skipped(d: float, every: float, slack: float) -> int:
    """How many regular advances a difference makes when it makes two or more (else 0)."""
    if not math.isfinite(d / every):
        return 0
    k = round(d / every)
    return k if k >= 2 and abs(d - k * every) <= k * slack else 0
