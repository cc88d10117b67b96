"""The datasets a card's metadata lists: under ``datasets``, or a misspelling of the key the author meant."""

from __future__ import annotations

from ..card import Card
from ..hub.suggest import misspelled_key


def metadata_datasets(card: Card) -> list[str]:
    """The dataset ids the metadata's ``datasets`` names (a list of them, or one as a string)."""
    return datasets_under(card, "datasets")


def datasets_key(card: Card) -> str | None:
    """The metadata's key that lists the datasets: ``datasets``, else a misspelling of it (``dataset:``, which the Hub
    does not read but which says what the author meant), else None."""
    meta = card.meta
    if meta is None:
        return None
    if "datasets" in meta.value:
        return "datasets"
    return next((k for k in meta.value if isinstance(k, str) and misspelled_key(k) == "datasets"), None)


def datasets_under(card: Card, key: str | None) -> list[str]:
    """The names the metadata lists under ``key``."""
    meta = card.meta
    node = meta.get(key) if meta is not None and key is not None else None
    return [] if node is None else [item.value.strip() for item in node.scalars() if item.is_str and item.value.strip()]
