"""Whether two printed values of a metric are the same number: rounding, a percentage and a fraction."""

from __future__ import annotations

import math

from .metricnames import BOUNDED, Name
from .tables import Number

# metrics printed as a fraction or as a percentage: error rates, and the translation and summary scores
# that `evaluate` gives in [0, 1] and sacrebleu or the example scripts in [0, 100]
_RATES = frozenset({"wer", "cer", "per", "bleu", "sacrebleu", "rouge", "rouge1", "rouge2", "rougel", "rougelsum",
                    "meteor", "chrf"})


def same_value(a: Number, b: Number, name: Name, tolerance: float = 0.5) -> bool:
    """Whether ``a`` and ``b`` agree as printed: within ``tolerance`` units of the coarser last decimal.

    A rate (or an error rate) may be a fraction on one side and a percentage on the other.
    """
    if not (a.finite and b.finite):
        return a.text.lower() == b.text.lower()
    if _close(a.value, a.decimals, b.value, b.decimals, tolerance):
        return True
    if name.kind == BOUNDED or name.metric in _RATES:
        return _close(a.value * 100, _shift(a.decimals), b.value, b.decimals, tolerance) or _close(
            a.value, a.decimals, b.value * 100, _shift(b.decimals), tolerance
        )
    return False


def truncated(a: Number, b: Number, name: Name) -> bool:
    """Whether ``b`` is ``a`` cut, not rounded, to ``b``'s decimals (0.8299999 written 82.99 %), as people
    who copy a number by hand often do."""
    if b.decimals is None or not (a.finite and b.finite) or (a.decimals is not None and a.decimals <= b.decimals):
        return False
    scales = (1.0, 100.0) if name.kind == BOUNDED or name.metric in _RATES else (1.0,)
    unit = 10.0**b.decimals
    for scale in scales:
        x = a.value * scale
        if not math.isfinite(abs(x) * unit):
            return False  # (a value too large to cut to these decimals: 1e300 read to nine places)
        cut = math.copysign(math.floor(abs(x) * unit + 1e-9) / unit, x)
        if abs(cut - b.value) <= 1e-9 * max(abs(b.value), 1.0):
            return True
    return False


def _shift(decimals: int | None) -> int | None:
    return None if decimals is None else max(decimals - 2, 0)


def _close(x: float, dx: int | None, y: float, dy: int | None, tolerance: float) -> bool:
    known = [d for d in (dx, dy) if d is not None]
    unit = 10.0 ** -min(known) if known else 0.0
    return abs(x - y) <= tolerance * unit + 1e-9 * max(abs(x), abs(y), 1.0)


def median(values: list[float]) -> float:
    """The median of a non-empty list (statistics.median would import the statistics module, with fractions,
    decimal and random: 3 ms of start-up)."""
    ordered = sorted(values)
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2
