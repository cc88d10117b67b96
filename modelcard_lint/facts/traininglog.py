"""Steps per epoch along a training log: the stretches of rows that share one rate.

In a Trainer log the step and the epoch grow together: ``step = epoch ×
steps_per_epoch``, up to the rounding of the printed epoch (``0.59`` is
anything in [0.585, 0.595]).  Each row with a positive epoch and step so
allows an interval of steps per epoch; consecutive rows whose intervals
intersect (allowing a relative ``tolerance`` between rows) form a stretch.  A new
stretch starts where a row fits no longer: a resumed run with another batch
size, or rows pasted from another run.  One pass, linear in the rows.

Only rows whose steps per epoch is a positive, finite number take part: a
step and an epoch far apart in size (``1e300`` and ``1e-300``) make the ratio
overflow to infinity or underflow to 0, which says nothing about a batch size,
and every rate of a stretch can then be divided by.
"""

from __future__ import annotations

import math

from .tables import TypedTable


class Stretch:
    __slots__ = ("rows", "low", "high", "rate", "epoch")

    def __init__(self, rows: list[int], low: float, high: float, rate: float, epoch: float = 0.0) -> None:
        self.rows = rows  # row indexes
        self.low = low  # the steps per epoch that fit every row of the stretch
        self.high = high
        self.rate = rate  # steps per epoch measured at the row with the largest epoch (the most precise)
        self.epoch = epoch  # that row's epoch


def _interval(step: float, epoch: float, decimals: int | None, tolerance: float) -> tuple[float, float]:
    half = 0.5 * 10 ** -decimals if decimals is not None else abs(epoch) * 1e-9
    # half the tolerance on each side: two rows may differ by ``tolerance`` in all
    low = step / (epoch + half) * (1 - tolerance / 2)
    high = step / (epoch - half) * (1 + tolerance / 2) if epoch > half else math.inf
    return low, high


def stretches(table: TypedTable, tolerance: float) -> list[Stretch]:
    """The table's rows with an epoch and a step, split where steps per epoch change."""
    if table.epoch is None or table.step is None:
        return []
    out: list[Stretch] = []
    for r in range(len(table.rows)):
        e, s = table.epoch.values[r], table.step.values[r]
        if e is None or s is None or not (e.number.finite and s.number.finite) or e.value <= 0 or s.value <= 0:
            continue
        rate = s.value / e.value
        if not 0 < rate < math.inf:
            continue
        low, high = _interval(s.value, e.value, e.number.decimals, tolerance)
        cur = out[-1] if out else None
        previous = table.step.values[cur.rows[-1]] if cur is not None else None
        forward = previous is not None and s.value >= previous.value
        if cur is not None and forward and max(cur.low, low) <= min(cur.high, high):
            cur.rows.append(r)
            cur.low, cur.high = max(cur.low, low), min(cur.high, high)
            if e.value > cur.epoch:
                cur.rate, cur.epoch = rate, e.value
        else:  # a new stretch, also where the step goes back (another run's log follows)
            out.append(Stretch([r], low, high, rate, e.value))
    return out
