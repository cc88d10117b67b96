"""Rows whose exchange shows without any boundary: the evidence itself points at them.

Where an exchange leaves no jump (the columns run close together there, or the model learns
fast across it), the boundaries say nothing, but four things still name the rows:

- **the results**: the log's last row, where the card's headline, model-index or results tables
  equal two of its values only exchanged (the Trainer writes its headline from its last evaluation);
  or, when no row equals them as written, the one row before the last that they equal only with two
  values exchanged (the best checkpoint's, with ``load_best_model_at_end``);
- **a redundant column**: a row where an F1 is not the harmonic mean of its precision and recall
  (while two thirds of the rows, or three rows and half of them, hold it), or a column that repeats
  another one in every other row does not, and exchanging two values of the row makes it so again;
- **a share off its lattice**: a value of a column whose other values (two thirds at least) are shares
  k/n of a small evaluation set (``lattice``), off that lattice, beside exactly one other value of the
  row that is on it;
- **an impossible value**: a value its column cannot hold (an F1 of 1.29), or an error rate above 2
  beside tame fractions (a WER of 3.5 in a column that never passes 0.4), that, exchanged with another
  value of the row, leaves both possible (and the error rate tame) and both closer to their columns'
  neighbours (the nearest rows where the column is not as impossible, nor untamed beside them, so that a
  run of such rows is judged against the rows around it).

Each found row is a run of its own; consecutive rows with the same exchange make one run.
Linear in the rows: a constant number of columns is tried per row.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import combinations

from .crossings import MAX_COLUMNS
from .lattice import lattice_rows
from .metricnames import BOUNDED, CORRELATION, LOSS
from .swapbest import equal as _equal
from .swapevidence import (
    BOUNDS,
    ERROR_CEILING,
    ERROR_RATES,
    ERROR_TAME,
    Run,
    harmonic_groups,
    holds,
    plausible,
)
from .swaplevels import by_levels
from .tables import Column, Number, TypedTable, Value

COARSE = 4  # the decimals the Trainer rounds the training loss to
PRINTED_ROWS = 3  # the other rows that show how each column is printed


class RowRun:
    __slots__ = ("rows", "moves", "evidence", "score", "impossible")

    def __init__(self, rows: list[int], moves: list[tuple[Column, Column]], evidence: str, score: int,
                 impossible: Value | None = None) -> None:
        self.rows = rows
        self.moves = moves
        self.evidence = evidence
        self.score = score
        self.impossible = impossible


def _pair(a: Column, b: Column) -> list[tuple[Column, Column]]:
    return sorted([(a, b), (b, a)], key=lambda m: m[0].index)


def _merge(found: list[tuple[int, Column, Column, str, int, Value | None]]) -> list[RowRun]:
    """Consecutive rows with the same exchange and evidence as one run."""
    out: list[RowRun] = []
    for r, a, b, evidence, score, bad in sorted(found, key=lambda f: (f[1].index, f[2].index, f[3], f[0])):
        prev = out[-1] if out else None
        if (prev is not None and prev.evidence == evidence and prev.rows[-1] == r - 1
                and {c.index for c, _ in prev.moves} == {a.index, b.index}):
            prev.rows.append(r)
            continue
        out.append(RowRun([r], _pair(a, b), evidence, score, bad))
    return out


def row_runs(table: TypedTable, kinds: dict[int, str], levels: dict[int, list[Number]],
             best: Sequence[int] = ()) -> list[RowRun]:
    """The rows the evidence itself names; ``best``: the rows the card's results equal as written."""
    cols = table.value_columns[:MAX_COLUMNS]
    found: list[tuple[int, Column, Column, str, int, Value | None]] = []
    found += _last_row(table, cols, levels)
    if not best:
        found += _best_row(table, cols, levels)
    found += _redundant(table, cols)
    found += _impossible(table, cols, kinds)
    found += [(r, x, y, "lattice", 1, None) for r, x, y, _ in lattice_rows(table, cols)
              if not (x.kind == LOSS and y.kind == LOSS)]
    found += _printed(table, cols)
    return _merge(found)


def _significant(v: Value | None) -> int | None:
    """The decimals of a cell as written, trailing zeros not counted (0.510600: 4); None for no plain decimal."""
    if v is None or not v.number.finite or not v.number.decimals:
        return None
    text = v.number.text.strip().strip("*_`").strip()
    dot = text.find(".")
    return len(text[dot + 1 :].rstrip("0")) if dot >= 0 else None


def _printed(table: TypedTable, cols: list[Column]):
    """Rows where two columns printed with different precision hold each other's values: in every other row
    (three at least) one column never shows more than ``COARSE`` decimals and the other always more, and in
    these rows the other way round (the early Trainer's table rounds the training loss to 4 decimals and pads
    it to 6 with zeros, and prints its evaluation values with all 6)."""
    sig = {c.index: [_significant(v) for v in c.values] for c in cols}
    out = []
    for x in cols:
        xs = sig[x.index]
        if sum(1 for d in xs if d is not None and d > COARSE) * 2 > len(xs):
            continue  # x is no coarse column
        for y in cols:
            ys = sig[y.index]
            if y is x:
                continue
            rows = [r for r in range(len(table.rows)) if xs[r] is not None and ys[r] is not None]
            swapped = [r for r in rows if xs[r] > COARSE >= ys[r]]  # type: ignore[operator]
            others = [r for r in rows if r not in set(swapped)]
            if (swapped and len(others) >= PRINTED_ROWS and 2 * len(swapped) <= len(rows)
                    and all(xs[r] <= COARSE < ys[r] for r in others)):  # type: ignore[operator]
                out += [(r, x, y, "decimals", 1, None) for r in swapped]
    return out


def _last_row(table: TypedTable, cols: list[Column], levels: dict[int, list[Number]]):
    """The last row, when the card's results equal two of its values only exchanged."""
    last = max((r for r in range(len(table.rows)) if any(c.values[r] is not None for c in cols)), default=-1)
    if last < 0:
        return []
    # a quick look first: a column's last value that is near a report of another column
    near = {c.index for c in cols if (u := c.values[last]) is not None
            and any(_near_any(levels.get(o.index), u) for o in cols if o is not c)}
    if not near:
        return []
    out = []
    for a, b in combinations(cols, 2):
        if a.index not in near and b.index not in near:
            continue
        u, v = a.values[last], b.values[last]
        if (a.kind == LOSS and b.kind == LOSS) or u is None or v is None:
            continue
        # a quick look first: a report of one column near the other column's value
        if not (_near_any(levels.get(a.index), v) or _near_any(levels.get(b.index), u)):
            continue
        run = Run(table, [last], _pair(a, b), [])
        score = by_levels(run, levels, last, exact=True)
        if score > 0:
            out.append((last, a, b, "results", score, None))
    return out


def _best_row(table: TypedTable, cols: list[Column], levels: dict[int, list[Number]]):
    """The one row before the last that the card's results equal only with two of its values exchanged, when
    no row equals them as written: the best checkpoint's row (``load_best_model_at_end``).  One of the two
    columns may be one the results do not report (a WER written under the training loss)."""
    reported = [c for c in cols if c.index in levels]
    last = max((r for r in range(len(table.rows)) if any(c.values[r] is not None for c in cols)), default=-1)
    if len(reported) < 2 or last < 0:
        return []
    pairs = [(a, b) for a, b in combinations(cols, 2)
             if (a.index in levels or b.index in levels) and not (a.kind == LOSS and b.kind == LOSS)]
    out = []
    for r in range(last):
        for a, b in pairs:
            u, v = a.values[r], b.values[r]
            if u is None or v is None:
                continue
            # a quick look first: each report near the other column's value
            if not ((a.index not in levels or _near_any(levels[a.index], v))
                    and (b.index not in levels or _near_any(levels[b.index], u))):
                continue
            cells = [v if c is a else u if c is b else c.values[r] for c in reported]
            if _equal(levels, reported, cells):
                out.append((r, a, b, "best", 1, None))
    return out if len(out) == 1 else []


def _near_any(values: list[Number] | None, cell: Value) -> bool:
    return any(abs(x.value - cell.value) <= 0.01 * max(abs(cell.value), 1.0) for x in values or ())


def _redundant(table: TypedTable, cols: list[Column]):
    """Rows where a precision-recall-F1 triple or a repeated column agrees only with two values exchanged."""
    out = []
    n = len(table.rows)
    for p, r_, f in harmonic_groups(table):
        rows = [r for r in range(n) if all(c.values[r] is not None for c in (p, r_, f))]
        bad = [r for r in rows if not holds(p.values[r], r_.values[r], f.values[r])]
        if not _mostly(len(rows) - len(bad), len(bad)):
            continue
        for r in bad:
            # the exchanges that make the row hold: a value of the triple with a column outside it, or the F1
            # with the precision or the recall (exchanging those two changes nothing)
            exchanges = [(own, c) for own in (p, r_, f) for c in cols
                         if c not in (p, r_, f) and c.values[r] is not None and _fixed(p, r_, f, own, c, r)]
            exchanges += [(f, c) for c in (p, r_) if _within(p, r_, f, c, r)]
            if len(exchanges) > 1:  # the exchange whose F1 is nearest the harmonic mean, clearly ahead of the others
                errors = sorted((_miss(p, r_, f, x, y, r), k) for k, (x, y) in enumerate(exchanges))
                exchanges = [exchanges[errors[0][1]]] if errors[0][0] <= 0.5 * errors[1][0] else []
            if len(exchanges) == 1:
                out.append((r, *exchanges[0], "harmonic", 2, None))
    for c, t in _equal_pairs(cols, n):  # a column that repeats another one
        rows = [r for r in range(n) if c.values[r] is not None and t.values[r] is not None]
        bad = [r for r in rows if c.values[r].value != t.values[r].value]  # type: ignore[union-attr]
        if len(rows) - len(bad) < 3 or len(bad) * 3 > len(rows):
            continue
        for r in bad:
            for own, mirror in ((t, c), (c, t)):
                fixes = [w for w in cols if w not in (c, t) and w.values[r] is not None
                         and w.values[r].value == mirror.values[r].value]  # type: ignore[union-attr]
                if len(fixes) == 1:
                    out.append((r, own, fixes[0], "repeated", 2, None))
    return out


def _mostly(good: int, bad: int) -> bool:
    """Whether a relation that ``good`` rows hold and ``bad`` rows do not is the table's own: it holds in two
    rows and two thirds of them at least, or in three rows and half of them (an F1 that is the harmonic mean
    of its precision and recall in three rows of five is no coincidence)."""
    return (good >= 2 and bad * 3 <= good + bad) or (good >= 3 and bad <= good)


def _equal_pairs(cols: list[Column], n: int) -> list[tuple[Column, Column]]:
    """The pairs of columns equal at three distinct values at least, found by grouping each row's values (a
    rate's bounds, 0 and 1, do not count: a precision and a recall that both reach 1.0 repeat nothing, nor do
    rows that repeat one row)."""
    counts: dict[tuple[int, int], set[float]] = {}
    for r in range(n):
        by_value: dict[float, list[int]] = {}
        for i, c in enumerate(cols):
            v = c.values[r]
            if v is not None and v.number.finite and v.value not in BOUNDS:
                by_value.setdefault(v.value, []).append(i)
        for value, same in by_value.items():
            for key in combinations(same, 2):
                counts.setdefault(key, set()).add(value)
    return [(cols[i], cols[j]) for (i, j), k in sorted(counts.items()) if len(k) >= 3]


def _miss(p: Column, r_: Column, f: Column, x: Column, y: Column, r: int) -> float:
    """How far row r's F1 is from the harmonic mean of its precision and recall with x's and y's values exchanged."""
    cells = {col.index: col.values[r] for col in (p, r_, f, x, y)}
    cells[x.index], cells[y.index] = cells[y.index], cells[x.index]
    pv, rv, fv = (cells[c.index] for c in (p, r_, f))
    assert pv is not None and rv is not None and fv is not None
    total = pv.value + rv.value
    return abs((2 * pv.value * rv.value / total if total > 0 else 0.0) - fv.value)


def _within(p: Column, r_: Column, f: Column, c: Column, r: int) -> bool:
    """Whether row r's F1 and its value under ``c`` (the precision or the recall), exchanged, make the row hold."""
    cells = {col.index: col.values[r] for col in (p, r_, f)}
    cells[f.index], cells[c.index] = cells[c.index], cells[f.index]
    return holds(cells[p.index], cells[r_.index], cells[f.index])


def _fixed(p: Column, r_: Column, f: Column, own: Column, other: Column, r: int) -> bool:
    cells = {c.index: c.values[r] for c in (p, r_, f)}
    cells[own.index] = other.values[r]
    return holds(cells[p.index], cells[r_.index], cells[f.index])


def _impossible(table: TypedTable, cols: list[Column], kinds: dict[int, str]):
    """Rows where an impossible value, exchanged with another value of the row, leaves both possible and in line."""
    finite = {c.index: [v.value for v in c.values if v is not None and v.number.finite] for c in cols}
    if all(not xs or (min(xs) >= 0 and (max(xs) <= 1 or kinds[c.index] not in (BOUNDED, CORRELATION))
                      and (c.name.metric != "perplexity" or min(xs) >= 1)
                      and (c.name.metric not in ERROR_RATES or max(xs) <= ERROR_CEILING))
           for c in cols if (xs := finite[c.index])):
        # no value below 0, none above 1 in a rate or a correlation, none above 2 in an error rate: nothing can
        # be impossible
        return []
    lims = {c.index: plausible(kinds[c.index], c, finite[c.index]) for c in cols}
    out = []
    for x in cols:
        lim = lims[x.index]
        if lim is None:
            continue
        # the rows where x holds an impossible value: an exchange there is judged against the rows around them
        bad = {r for r, v in enumerate(x.values)
               if v is not None and v.number.finite and not lim[0] <= v.value <= lim[1]}
        skip = _untamed_beside(x, bad, _tame(lim)) if bad else bad
        for r in sorted(bad):
            fits = [(cost, y) for y in cols if y is not x and not (x.kind == LOSS and y.kind == LOSS)
                    and _fits_both(x, y, r, lims) and (cost := _in_line(x, y, r, skip)) is not None]
            fits.sort(key=lambda f: f[0])
            # the partner that keeps both columns most in line, clearly ahead of any other
            if fits and (len(fits) == 1 or fits[0][0] <= 0.5 * fits[1][0]):
                out.append((r, x, fits[0][1], "range", 1, x.values[r]))
    return out


def _untamed_beside(x: Column, bad: set[int], tame: tuple[float, float] | None) -> set[int]:
    """``bad`` and the rows next to them, in a run, whose value under ``x`` is possible but not tame (a WER of 1.69
    after 5.2 and 3.4, beside tame values below 1.1): the same exchange goes on there, so they are no neighbours to
    judge the impossible rows by."""
    if tame is None:
        return bad
    out = set(bad)
    for r in sorted(bad):
        for step in (-1, 1):
            k = r + step
            while 0 <= k < len(x.values) and k not in out and (v := x.values[k]) is not None and v.number.finite \
                    and not tame[0] <= v.value <= tame[1]:
                out.add(k)
                k += step
    return out


def _fits_both(x: Column, y: Column, r: int, lims: dict) -> bool:
    u, v = x.values[r], y.values[r]
    if u is None or v is None or not v.number.finite:
        return False
    lx, ly = _tame(lims[x.index]), _tame(lims[y.index])
    return (lx is None or lx[0] <= v.value <= lx[1]) and (ly is None or ly[0] <= u.value <= ly[1])


def _tame(lim: tuple[float, float] | None) -> tuple[float, float] | None:
    """An error rate's plausible range for a value moved into it: as tame as the column's other values."""
    return (lim[0], ERROR_TAME) if lim is not None and lim[1] == ERROR_CEILING else lim


def _near(col: Column, r: int, step: int, skip: set[int]) -> float | None:
    k = r + step
    while 0 <= k < len(col.values):
        v = col.values[k]
        if v is not None and v.number.finite and k not in skip:
            return v.value
        k += step
    return None


def _in_line(x: Column, y: Column, r: int, skip: set[int]) -> float | None:
    """How far the two values of row r, exchanged, are from their columns' neighbours (outside the rows
    ``skip``, where x is as impossible and the same exchange may hold), when that is not markedly farther
    than as written (a quarter more at most); None otherwise."""
    written = moved = 0.0
    seen = False
    for col, other in ((x, y), (y, x)):
        here, there = col.values[r], other.values[r]
        assert here is not None and there is not None
        for step in (-1, 1):
            near = _near(col, r, step, skip)
            if near is not None:
                seen = True
                written += abs(here.value - near)
                moved += abs(there.value - near)
    return moved if seen and moved <= 1.25 * written else None
