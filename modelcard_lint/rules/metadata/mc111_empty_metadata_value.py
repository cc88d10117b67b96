"""MC111 empty-metadata-value."""

from __future__ import annotations

from collections.abc import Iterator

from ...card import Card
from ...core.rule import Rule
from ...diagnostics import Finding, Severity
from ...hub.vocabulary import KNOWN_KEYS

_WRITTEN_NULL = frozenset({"null", "Null", "NULL"})


class EmptyMetadataValue(Rule):
    """A metadata key the Hub reads has no value, so the Hub drops it without a word."""

    code = "MC111"
    name = "empty-metadata-value"
    severity = Severity.WARNING

    def check(self, card: Card) -> Iterator[Finding]:
        meta = card.meta
        if meta is None:
            return
        for key, value in meta.pairs:
            # (a `null` written out is a choice, not a value forgotten: "base_model: null" for a model trained
            # from scratch)
            if key.is_scalar and key.raw in KNOWN_KEYS and value.is_null and value.raw not in _WRITTEN_NULL:
                yield self.finding(
                    key,
                    f"`{key.raw}` has no value, so it is dropped: huggingface_hub removes empty keys and "
                    f"the Hub shows nothing for it",
                    help=f"fill in `{key.raw}`, or delete the line",
                    key=key.raw,
                )
