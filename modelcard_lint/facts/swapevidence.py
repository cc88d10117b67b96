"""What tells, besides the boundaries, whether a run of rows has its values exchanged.

A run bounded by exchange boundaries on both sides is a swap by itself.  A run that touches the
first or the last row has one boundary only, and an honest log can show one: a model that learns
fast has its validation loss above its accuracy in the first row and below it from the second on.
Such a run is a swap only when something else says which side of the boundary is exchanged.  Each
test below answers +1 (the exchange explains it), -1 (the values as written do) or 0 (no evidence):

- **range**: a value of the run is impossible for the column it is under (an accuracy of 1.08,
  a negative WER), and every value is possible once moved back;
- **headline**: the run holds the log's last row, and the headline results ("It achieves the
  following results"), which the Trainer copies from its last evaluation, equal that row only with
  the values moved back;
- **redundant**: another column repeats one of the exchanged ones (a weighted recall equals the
  accuracy in every other row) and follows the moved-back value in the run; or an F1 that is the
  harmonic mean of the precision and recall in every other row is so in the run only with the
  values moved back.

Column limits (what a column can hold) are shared with value-out-of-range (MC402).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from .metricnames import BOUNDED, CORRELATION, LOSS, METRIC, OTHER
from .metrics import Reported, same_value
from .tables import Column, TypedTable, Value

_FLOOR = {"perplexity": 1.0}  # lower bounds of unbounded metrics other than 0
# error rates (errors per reference word or character): above 1 only by insertions, so a log whose other
# values stay fractions at or below ERROR_TAME never holds one above ERROR_CEILING (200% errors)
ERROR_RATES = frozenset({"wer", "cer", "per", "ter", "mer"})
ERROR_TAME = 1.5
ERROR_CEILING = 2.0


def limits(kind: str, col: Column, values: Sequence[float]) -> tuple[float, float] | None:
    """The range a column's values must lie in; a rate's scale (fraction or percentage) from ``values``."""
    if kind == LOSS:
        # a loss that is mostly negative is negative by design (a cosine-similarity loss, a density's NLL)
        negative = sum(1 for x in values if x < 0)
        return (0.0 if 2 * negative < len(values) else -math.inf, math.inf)
    if kind == METRIC:
        return (_FLOOR.get(col.name.metric, 0.0), math.inf)
    if kind not in (BOUNDED, CORRELATION):
        return None
    lo = 0.0 if kind == BOUNDED else -1.0
    finite = [abs(x) for x in values if math.isfinite(x)]
    above = sum(1 for x in finite if x > 1)
    scale = 100.0 if col.percent or (above and above >= len(finite) - above) else 1.0
    return (lo * scale, scale)


def plausible(kind: str, col: Column, values: Sequence[float]) -> tuple[float, float] | None:
    """``limits``, narrowed for an error rate whose ``values`` are mostly tame fractions: a swap's tie-breaker,
    not a rule's range (an error rate above 1 is possible, one above 2 beside tame fractions is not plausible)."""
    lims = limits(kind, col, values)
    if lims is None or kind != METRIC or col.name.metric not in ERROR_RATES or col.percent:
        return lims
    # two thirds of the values tame fractions: the rows above the ceiling are not the column's (a run of
    # exchanged rows may hold values between the two, as a training loss falls through 1.8 and 1.6)
    tame = [x for x in values if 0 <= x <= ERROR_TAME]
    if len(tame) >= 2 and 3 * len(tame) >= 2 * len(values):
        return (lims[0], ERROR_CEILING)
    return lims


class Run:
    """A candidate: rows of a table where each written column holds another column's value."""

    __slots__ = ("table", "rows", "moves", "clean")

    def __init__(self, table: TypedTable, rows: list[int], moves: list[tuple[Column, Column]], clean: list[int]):
        self.table = table
        self.rows = rows
        self.moves = moves  # (the column the value is written under, the column it belongs to)
        self.clean = clean  # the chain's rows outside the run

    def back(self, r: int, col: Column) -> Value | None:
        """The cell that belongs under ``col`` in row ``r`` of the run."""
        for written, own in self.moves:
            if own is col:
                return written.values[r]
        return col.values[r]


def _possible(x: float, limit: tuple[float, float] | None) -> bool:
    return limit is None or limit[0] <= x <= limit[1]


def by_range(run: Run, kinds: dict[int, str]) -> tuple[int, Value | None]:
    """+1 and the first impossible value when the run is impossible as written and possible moved back."""
    lims = _limits(run, kinds)
    bad = None
    for r in run.rows:
        for written, _own in run.moves:
            v = written.values[r]
            if bad is None and v is not None and not _possible(v.value, lims[written.index]):
                bad = v
    moved_ok = all(_possible(v.value, lims[own.index]) for r in run.rows for written, own in run.moves
                   if (v := written.values[r]) is not None)
    if bad is not None and moved_ok:
        return 1, bad
    if bad is None and not moved_ok:
        return -1, None
    return 0, None


def _limits(run: Run, kinds: dict[int, str]) -> dict[int, tuple[float, float] | None]:
    """Each moved column's plausible range, from its values outside the run."""
    lims = {}
    for _, col in run.moves:
        clean = [v.value for r in run.clean if (v := col.values[r]) is not None]
        lims[col.index] = plausible(kinds[col.index], col, clean or [v.value for v in col.numbers()])
    return lims


def impossible_back(run: Run, kinds: dict[int, str]) -> list[bool]:
    """For each row of the run, whether moving its values back would put a value where its column cannot
    hold it."""
    lims = _limits(run, kinds)
    return [any(not _possible(v.value, lims[own.index]) for written, own in run.moves
                if (v := written.values[r]) is not None) for r in run.rows]


def by_headline(run: Run, pairs: list[tuple[Reported, Column]]) -> int:
    """+1 when the headline equals the log's last row only moved back, -1 when it equals it as written."""
    if not pairs:
        return 0
    last = max((r for r in range(len(run.table.rows)) if any(c.values[r] is not None for _, c in pairs)), default=-1)
    if last not in run.rows:
        return 0
    moved = {own.index for _, own in run.moves}
    if not any(col.index in moved for _, col in pairs):
        return 0

    def matches(read) -> bool:
        cells = [(m, read(col)) for m, col in pairs]
        present = [(m, c) for m, c in cells if c is not None]
        return bool(present) and all(same_value(m.number, c.number, m.name) for m, c in present)

    if matches(lambda col: run.back(last, col)):
        return 1
    if matches(lambda col: col.values[last]):
        return -1
    return 0


def headline_pairs(headline: list[Reported], log: TypedTable) -> list[tuple[Reported, Column]]:
    """Each headline metric with the first column of ``log`` of that metric and split."""
    first: dict[tuple[str, str], Column] = {}
    for col in log.columns:
        if col.kind != OTHER:
            first.setdefault((col.name.key, col.name.split or "eval"), col)
    return [(m, first[key]) for m in headline if (key := (m.name.key, m.split or "eval")) in first]


def _equal(x: Value | None, y: Value | None) -> bool:
    return x is not None and y is not None and x.value == y.value


def by_redundancy(run: Run) -> tuple[int, str]:
    """+1 when a column that repeats, or is computed from, an exchanged one agrees only moved back, and which:
    "repeated", "harmonic" (an F1 from its precision and recall) or "ordered" (a CER below its WER)."""
    votes = {"repeated": _repeated(run), "harmonic": _harmonic(run), "ordered": _ordered(run)}
    if -1 in votes.values():
        return (-1, "") if 1 not in votes.values() else (0, "")
    return next(((1, k) for k, v in votes.items() if v == 1), (0, ""))


BOUNDS = (0.0, 1.0, 100.0)  # the bounds of a rate, as a fraction or a percentage


def _mostly(flags: list[bool]) -> bool:
    """A relation holds in the other rows: in two of them at least, and in two thirds of them (one of the
    rows taken as in place may be exchanged too)."""
    true = sum(flags)
    return true >= 2 and 3 * true >= 2 * len(flags)


def _repeated(run: Run) -> int:
    table, inside = run.table, {written.index for written, _ in run.moves}
    vote = 0
    for written, own in run.moves:
        for c in table.value_columns:
            if c.index in inside or c is own:
                continue
            # a rate's bounds repeat nothing (a precision and a recall that both reach 1.0), nor rows that repeat one
            same = [r for r in run.clean if c.values[r] is not None and (v := own.values[r]) is not None
                    and v.value not in BOUNDS]
            if not _mostly([_equal(c.values[r], own.values[r]) for r in same]) or len(
                    {own.values[r].value for r in same if _equal(c.values[r], own.values[r])}) < 2:  # type: ignore[union-attr]
                continue
            rows = [r for r in run.rows if c.values[r] is not None]
            if not rows:
                continue
            if all(_equal(c.values[r], written.values[r]) for r in rows) and not any(
                    _equal(c.values[r], own.values[r]) for r in rows):
                vote = 1 if vote >= 0 else 0
            elif all(_equal(c.values[r], own.values[r]) for r in rows):
                return -1
    return vote


def harmonic_groups(table: TypedTable) -> list[tuple[Column, Column, Column]]:
    """(precision, recall, F1) columns of one name and split."""
    groups: dict[tuple[str, str], dict[str, Column]] = {}
    for c in table.value_columns:
        if c.name.metric in ("precision", "recall", "f1"):
            prefix = " ".join(w for w in c.name.key.split() if w != c.name.metric)
            groups.setdefault((prefix, c.name.split), {}).setdefault(c.name.metric, c)
    return [(g["precision"], g["recall"], g["f1"]) for g in groups.values() if len(g) == 3]


def _harmonic(run: Run) -> int:
    """Precision, recall and F1 of one name and split: F1 = 2PR / (P + R) up to the printed decimals."""
    moved = {own.index for _, own in run.moves}
    for p, r_, f in harmonic_groups(run.table):
        if not {p.index, r_.index, f.index} & moved:
            continue
        clean = [r for r in run.clean if all(c.values[r] is not None for c in (p, r_, f))]
        if not _mostly([holds(p.values[r], r_.values[r], f.values[r]) for r in clean]):
            continue
        rows = [r for r in run.rows if all(c.values[r] is not None for c in (p, r_, f))]
        if not rows:
            continue
        written = [holds(p.values[r], r_.values[r], f.values[r]) for r in rows]
        back = [holds(run.back(r, p), run.back(r, r_), run.back(r, f)) for r in rows]
        if all(back) and not all(written):
            return 1
        if all(written) and not all(back):
            return -1
    return 0


def holds(p: Value | None, r: Value | None, f: Value | None) -> bool:
    if p is None or r is None or f is None:
        return False
    if p.value + r.value <= 0:
        return f.value == 0
    unit = sum(10.0 ** -(v.number.decimals if v.number.decimals is not None else 6) for v in (p, r, f))
    return abs(2 * p.value * r.value / (p.value + r.value) - f.value) <= unit


# metrics that never exceed another one of the same name and split: an LCS or a bigram overlap is at most the
# unigram overlap, and a character error rate stays below the word error rate in practice
_ORDERS = (("rouge2", "rouge1"), ("rougel", "rouge1"), ("rougelsum", "rouge1"), ("cer", "wer"))
# a token classifier's accuracy (seqeval's, the O tokens included) stays above the entity F1 printed beside it:
# an order shown by the four columns together, and taken only where every other row keeps it strictly
_TOKEN = ("f1", "accuracy")
SEQEVAL = frozenset({"precision", "recall", "f1", "accuracy"})  # a token classifier's four columns


def _ordered(run: Run) -> int:
    """+1 when a metric that stays below another one in every other row does so in the run only moved back; -1
    when the run keeps that order as written and breaks it moved back (a known order, also where the other
    rows are too few or split to show it)."""
    groups: dict[tuple[str, str], dict[str, Column]] = {}
    for c in run.table.value_columns:
        prefix = " ".join(w for w in c.name.key.split() if w != c.name.metric)
        groups.setdefault((prefix, c.name.split), {}).setdefault(c.name.metric, c)
    moved = {own.index for _, own in run.moves}
    vote = 0
    for group in groups.values():
        for small, big in _ORDERS + ((_TOKEN,) if group.keys() >= SEQEVAL else ()):
            lo, hi = group.get(small), group.get(big)
            if lo is None or hi is None or not {lo.index, hi.index} & moved:
                continue
            clean = [r for r in run.clean if lo.values[r] is not None and hi.values[r] is not None]
            flags = [lo.values[r].value <= hi.values[r].value for r in clean]  # type: ignore[union-attr]
            held = _mostly(flags)
            rows = [r for r in run.rows if lo.values[r] is not None and hi.values[r] is not None]
            # the other rows do not show the order (too few of them, or as many each way): it is still known, and
            # a run of two rows or more that would break it moved back, and keeps it as written, is no exchange
            if (not held and (_mostly([not f for f in flags]) or len(rows) < 2)) or (
                    (small, big) == _TOKEN and not (len(clean) >= 2 and all(
                        lo.values[r].value < hi.values[r].value for r in clean))):  # type: ignore[union-attr]
                continue
            written = all(lo.values[r].value <= hi.values[r].value for r in rows)  # type: ignore[union-attr]
            back = all((a := run.back(r, lo)) is not None and (b := run.back(r, hi)) is not None
                       and a.value <= b.value for r in rows)
            if back and not written and held:
                vote = 1 if vote >= 0 else 0
            elif written and not back:
                return -1
    return vote


GOOD = {"loss": -1, "bounded": 1, "correlation": 1}
_LOWER = frozenset({"wer", "cer", "per", "perplexity", "mae", "mse", "rmse", "ter"})
_HIGHER = frozenset({"bleu", "sacrebleu", "chrf", "rouge", "rouge1", "rouge2", "rougel", "rougelsum", "meteor",
                     "spice"})


def direction(col: Column) -> int:
    """+1 when training raises a column's values (an accuracy), -1 when it lowers them (a loss, a WER), else 0."""
    if col.kind in GOOD:
        return GOOD[col.kind]
    return -1 if col.name.metric in _LOWER else 1 if col.name.metric in _HIGHER else 0


def worsens(moves: list[tuple[Column, Column]], p: int, q: int) -> bool:
    """Whether, as written, a column gets markedly worse from row p to row q: training does not do that in
    one evaluation by a whole gap between two columns, an exchange does."""
    steps = [(col, v.value - u.value) for col, _ in moves
             if (u := col.values[p]) is not None and (v := col.values[q]) is not None]
    if not steps:
        return False
    size = sum(abs(d) for _, d in steps) / len(steps)
    return any(direction(col) * d < 0 and abs(d) >= size / 2 for col, d in steps)
