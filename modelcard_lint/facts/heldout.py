"""Scores on held-out data given as rows of a two-column table of the model's details, as ``missing-section`` (MC201)
reads them beside ``results``: "| Validation Mel Loss | 0.286 |", "| Test accuracy | 0.91 |" under "| Property | Value
|", a header that names no metric."""

from __future__ import annotations

from ..card import Card
from .lazyre import lazy
from .metricnames import OTHER, normalize

_NUMBER = lazy(r"[ \t*_~≈]*[-+]?\d+(?:[.,]\d+)?[ \t]*%?[ \t*_]*")


def held_out_rows(card: Card) -> bool:
    """Whether a row of a two-column table names a metric (or a loss) on validation or test data and gives a number."""
    for table in card.body.tables:
        if len(table.header) != 2:
            continue
        for row in table.rows:
            if len(row.cells) < 2 or not _NUMBER.fullmatch(row.cells[1].text):
                continue
            name = normalize(row.cells[0].text[:80])
            if name.split in ("eval", "test") and name.kind != OTHER:
                return True
    return False
