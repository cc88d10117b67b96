"""The lattice of a metric computed on a small evaluation set: its values are shares k/n of n examples.

An accuracy measured on 13 examples can only be 0, 1/13, 2/13, ... 1: 0.5385, 0.8462, 0.9231 as the
Trainer prints them (rounded to four decimals).  Where a column's values all sit on such a lattice, a
value off it does not belong to the column, and a value on it in another column is likely the
column's own: a tie-breaker for an exchange that shows no jump (a few-shot model's log, whose
evaluation set is a handful of examples and whose columns jump honestly).

A lattice counts only when it cannot be a coincidence: all values between 0 and 1, three distinct ones
strictly between (two, rounded to four decimals), on the lattice of the smallest n (at most ``MAX_N``)
that holds them all, with the lattice's step at least ``STEP`` rounding units (values printed to two
decimals only tell lattices up to 10).
The rounding unit is the table's: the Trainer rounds every value to the same decimals and drops
trailing zeros, so an accuracy of 0.75 beside losses of four decimals is 0.7500.

Only a metric that counts a share of a fixed set of examples has a lattice (``SHARES``: an accuracy, a
recall, an exact match), and only a column that is no rate of the same evaluation holds its shares by
exchange: an F1 or a precision divides by counts that move, so it sits off the accuracy's lattice
honestly, and a precision of 1.0 is a share of every lattice.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable
from functools import cache
from math import lcm

from .metricnames import BOUNDED, CORRELATION, LOSS
from .swapevidence import Run
from .tables import Column, TypedTable, Value

MAX_N = 64  # larger evaluation sets make lattices too fine to tell from chance
MIN_DISTINCT = 3  # distinct values strictly between 0 and 1 on the lattice, at least,
PRECISE = 4  # or one fewer when the values are rounded to this many decimals (two 4-decimal values fall on
# the same lattice of at most 64 by chance about once in a thousand columns)
STEP = 20.0  # the lattice's step is at least this many rounding tolerances
# metrics that count a share of a fixed set of examples (an F1 or a precision divides by counts that move)
SHARES = frozenset({"accuracy", "exact_match", "recall"})


def _share(col: Column) -> bool:
    return col.kind != LOSS and col.name.metric in SHARES


def _foreign(col: Column) -> bool:
    """Whether a column's values are no rates of the evaluation's counts: a share of the lattice in it is no
    coincidence of arithmetic (an F1, a precision or a recall of the same few examples are fractions too)."""
    return col.kind not in (BOUNDED, CORRELATION)


def _tolerance(places: int) -> float:
    return 0.5 * 10.0**-places + 1e-12


def _order(places: int) -> int:
    """The largest n whose lattice values rounded to ``places`` decimals tell apart from chance."""
    if places >= 6:  # any lattice up to MAX_N (and 10.0 ** places overflows past 308 decimals)
        return MAX_N
    return min(MAX_N, int(10.0**places / (STEP * 0.5) + 1e-9))


@cache
def _fractions(order: int) -> tuple[list[float], list[int]]:
    """The fractions p/q in [0, 1] with q <= order, reduced, in increasing order, and their denominators."""
    pairs = sorted({(p / q, q) for q in range(1, order + 1) for p in range(q + 1) if _coprime(p, q)})
    return [x for x, _ in pairs], [q for _, q in pairs]


def _coprime(p: int, q: int) -> bool:
    while p:
        p, q = q % p, p
    return q == 1


@cache
def _grid_for(places: int) -> tuple[list[float], list[int], float]:
    values, denominators = _fractions(_order(places))
    return values, denominators, _tolerance(places)


def _denominator(x: float, places: int) -> int | None:
    """The denominator of the reduced share that ``x`` is, rounded to ``places`` decimals, of a lattice no finer
    than ``_order(places)``; None when it is none (two such shares are farther apart than the rounding)."""
    if not 0 <= x <= 1:
        return None
    values, denominators, tol = _grid_for(places)
    k = bisect_left(values, x)
    if k < len(values) and values[k] - x <= tol:
        return denominators[k]
    if k and x - values[k - 1] <= tol:
        return denominators[k - 1]
    return None


def on(x: float, n: int, places: int) -> bool:
    """Whether ``x``, rounded to ``places`` decimals, is a share k/n."""
    return abs(x * n - round(x * n)) <= n * _tolerance(places)


def lattice(values: Iterable[float], places: int) -> int | None:
    """The smallest n whose lattice holds every value (all in [0, 1], enough distinct ones besides 0 and 1
    that no lattice holds them by chance), or None."""
    distinct = sorted(set(values))
    inner = [x for x in distinct if 0 < x < 1]
    if len(inner) < (MIN_DISTINCT - 1 if places >= PRECISE else MIN_DISTINCT):
        return None
    n = 1
    for x in distinct:
        d = _denominator(x, places)
        if d is None:
            return None
        n = lcm(n, d)
        if n > _order(places):
            return None
    return n


def _grid(col: Column, rows: Iterable[int], places: int) -> int | None:
    return lattice((v.value for r in rows if (v := col.values[r]) is not None and v.number.finite), places)


def by_lattice(run: Run) -> int:
    """+2 when a moved column whose other rows sit on a lattice holds values off it in the run as written and
    on it moved back; -2 the other way round, also when only half the other rows sit on it (another run of
    the log may be exchanged: a lattice held that far still tells rows that keep it as written); else 0."""
    places = run.table.places()
    votes = set()
    for written, own in run.moves:
        if written is own or not _share(own) or not _foreign(written):
            continue
        whole = _grid(own, run.clean, places)
        n = whole if whole is not None else _half(own, run.clean, places)
        if n is None:
            continue
        as_written = [v for r in run.rows if (v := own.values[r]) is not None]
        moved = [v for r in run.rows if (v := written.values[r]) is not None]  # own's values, written elsewhere
        fits_written, fits_moved = _all_on(as_written, n, places), _all_on(moved, n, places)
        if fits_moved and not fits_written and whole is not None:
            votes.add(1)
        elif fits_written and not fits_moved:
            votes.add(-1)
    # a share is arithmetic, not a level: it outweighs results that are only near a value (another evaluation)
    return 2 * votes.pop() if len(votes) == 1 else 0


def _half(col: Column, rows: Iterable[int], places: int) -> int | None:
    """The lattice that half the column's values in ``rows`` at least sit on (enough distinct ones), or None."""
    values = [v for r in rows if (v := col.values[r]) is not None and v.number.finite]
    if not values:
        return None
    fit, n = _fullest(Counter(d for v in values if (d := _denominator(v.value, places)) is not None), places)
    if 2 * fit < len(values):
        return None
    return n if lattice([v.value for v in values if on(v.value, n, places)], places) == n else None


def _fullest(counts: Counter[int], places: int) -> tuple[int, int]:
    """(how many values, n) for the lattice that holds the most of the values whose reduced denominators are
    counted in ``counts``, the coarsest of those (a lattice of 8 holds two thirds of the shares of 16, the
    one of 16 holds them all); (0, 0) when no lattice is fine enough."""
    fit, n = max(((sum(k for d, k in counts.items() if n % d == 0), -n) for n in range(2, _order(places) + 1)),
                 default=(0, 0))
    return fit, -n


def shares(table: TypedTable, moves: list[tuple[Column, Column]], rows: list[int]) -> tuple[Column, int] | None:
    """The moved column whose values outside ``rows`` sit on the lattice of n, and n, when its values moved
    back sit on it too (for the message of a swap told by its lattice)."""
    places, inside = table.places(), set(rows)
    for written, own in moves:
        if written is own or not _share(own) or not _foreign(written):
            continue
        others = [(r, v) for r, v in enumerate(own.values) if r not in inside and v is not None and v.number.finite]
        n = lattice((v.value for _, v in others), places)
        if n is None:  # other rows off the lattice too (another run): the lattice of two thirds of them
            n = (_off(others, places) or (None, []))[0]
        if n is not None and _all_on([v for r in rows if (v := written.values[r]) is not None], n, places):
            return own, n
    return None


def _all_on(values: list[Value], n: int, places: int) -> bool:
    return bool(values) and all(v.number.finite and on(v.value, n, places) for v in values)


def lattice_rows(table: TypedTable, cols: list[Column]) -> list[tuple[int, Column, Column, int]]:
    """(row, column, partner, n) for each row where a column whose other values (two thirds of them at least)
    sit on the lattice of n holds a value off it, and exactly one other value of the row is on it; or, where
    only half the column sits on its coarsest lattice, for every row off it when one and the same column
    holds a share of it in each of them."""
    places = table.places()
    out = []
    for x in cols:
        if not _share(x):  # a loss, an F1 or a precision is no share of a fixed set of examples
            continue
        values = [(r, v) for r, v in enumerate(x.values) if v is not None and v.number.finite]
        off = _off(values, places)
        if off is not None:
            n, bad = off
            for r in bad:
                partners = _partners(cols, x, r, n, places)
                if len(partners) == 1:
                    out.append((r, x, partners[0], n))
        elif (most := _most(values, places)) is not None:
            n, bad = most
            each = [_partners(cols, x, r, n, places) for r in bad]
            if all(len(p) == 1 and p[0] is each[0][0] for p in each):
                out += [(r, x, each[0][0], n) for r in bad]
    return out


def _partners(cols: list[Column], x: Column, r: int, n: int, places: int) -> list[Column]:
    """The columns other than ``x`` whose value in row r sits on the lattice of n, when no rate of the same
    evaluation does (a precision of 1.0 sits on every lattice)."""
    found = [y for y in cols if y is not x and (v := y.values[r]) is not None and v.number.finite
             and on(v.value, n, places)]
    return found if all(_foreign(y) for y in found) else []


def _most(values: list[tuple[int, Value]], places: int) -> tuple[int, list[int]] | None:
    """The lattice that half the values at least sit on (three distinct ones at least), and the rows off it:
    a run exchanged with another column may hold the other half, and then names its rows only when one and the
    same column holds a share of that lattice in every one of them (``lattice_rows``)."""
    if len(values) < 4 or _order(places) < 2:
        return None
    n = _half_of(values, places)
    if n is None:
        return None
    bad = [r for r, v in values if not on(v.value, n, places)]
    return (n, bad) if bad else None


def _half_of(values: list[tuple[int, Value]], places: int) -> int | None:
    """The coarsest lattice that half the values at least sit on (a finer one holds more of them by chance),
    unless one lattice holds them all."""
    counts = Counter(d for _, v in values if (d := _denominator(v.value, places)) is not None)
    if _fullest(counts, places)[0] == len(values):
        return None
    for n in range(2, _order(places) + 1):
        if 2 * sum(k for d, k in counts.items() if n % d == 0) >= len(values):
            return n if lattice([v.value for _, v in values if on(v.value, n, places)], places) == n else None
    return None


def _off(values: list[tuple[int, Value]], places: int) -> tuple[int, list[int]] | None:
    """The lattice that two thirds of the values (three distinct ones at least) sit on, and the rows off it."""
    if len(values) < 4 or _order(places) < 2:
        return None
    found = []  # (row, value, reduced denominator or None)
    allowed = len(values) // 3  # values off every small lattice: most columns have more, and are left at once
    for r, v in values:
        d = _denominator(v.value, places)
        if d is None:
            allowed -= 1
            if allowed < 0:
                return None
        found.append((r, v, d))
    fit, n = _fullest(Counter(d for _, _, d in found if d is not None), places)
    if not 2 * len(values) <= 3 * fit < 3 * len(values):
        return None
    if lattice([v.value for _, v, d in found if d is not None and n % d == 0], places) != n:
        return None
    return n, [r for r, _, d in found if d is None or n % d]
