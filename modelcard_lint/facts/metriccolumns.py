"""A table's column headed by a metric over measured values, as ``missing-section`` (MC201) reads it beside
``results``: "| Horizon | T MAE | Wind-speed MAE |" over "| +6 h | 1.02 °C | 12.1 km/h |", the model's results per
condition, in the units the measure is taken in (a log of epochs or steps is read as one, not here)."""

from __future__ import annotations

from ..card import Card
from .lazyre import lazy
from .metricnames import BOUNDED, CORRELATION, EPOCH, METRIC, STEP, normalize

# a number and its unit, if any: "1.02 °C", "12.1 km/h", "32 m", "91.3%", "0.87"
_MEASURED = lazy(r"[ \t*_~≈]*[-+]?\d+(?:[.,]\d+)?[ \t]*(?:%|[^\s\d|*_]{1,4}(?:/[^\s\d|*_]{1,3})?)?[ \t*_]*")
_MEASURES = (BOUNDED, CORRELATION, METRIC)
_EMPTY = frozenset({"", "-", "–", "—", "n/a", "N/A"})


def measured_columns(card: Card) -> bool:
    """Whether a table has a column headed by a metric's name (``normalize``) whose cells are numbers, with or
    without a unit: two of them at least, and two thirds of the cells that are filled in."""
    for table in card.body.tables:
        if len(table.rows) < 2:
            continue
        kinds = [normalize(cell.text[:80]).kind for cell in table.header]
        if EPOCH in kinds or STEP in kinds:
            continue
        for i, kind in enumerate(kinds):
            if kind not in _MEASURES:
                continue
            cells = [row.cells[i].text.strip() for row in table.rows if i < len(row.cells)]
            filled = [c for c in cells if c not in _EMPTY]
            measured = sum(1 for c in filled if _MEASURED.fullmatch(c))
            if measured >= 2 and 3 * measured >= 2 * len(filled):
                return True
    return False
