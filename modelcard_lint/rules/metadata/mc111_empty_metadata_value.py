"""MC111 empty-metadata-value."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...card import Card
from ...core.rule import Rule
from ...diagnostics import Finding, Severity
from ...facts.lazyre import lazy
from ...hub.vocabulary import KNOWN_KEYS

_WRITTEN_NULL = frozenset({"null", "Null", "NULL"})
# a LoRA that needs no trigger word, said in its text: its `instance_prompt` is left empty on purpose, as the Hub's
# LoRA template leaves it ("No trigger word needed")
_NO_TRIGGER = lazy(r"\bno[ \t]+trigger[ \t]+(?:words?|tokens?|prompts?)\b|\bwithout[ \t]+(?:a[ \t]+|any[ \t]+)?"
                   r"trigger[ \t]+(?:words?|tokens?)\b|\btrigger[ \t]+words?[*_]{0,2}[ \t]*[:：][*_]{0,2}[ \t]*"
                   r"(?:none|not[ \t]+(?:needed|required))\b", re.I)


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
                if key.raw == "instance_prompt" and _NO_TRIGGER.search(card.text):
                    continue
                yield self.finding(
                    key,
                    f"`{key.raw}` has no value, so it is dropped: huggingface_hub removes empty keys and "
                    f"the Hub shows nothing for it",
                    help=f"fill in `{key.raw}`, or delete the line",
                    key=key.raw,
                )
