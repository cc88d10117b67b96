"""MC121 missing-base-model."""

from __future__ import annotations

from collections.abc import Iterator

from ...card import Card
from ...card.yamlhub import scalar_text
from ...core.rule import Rule
from ...diagnostics import Finding, Severity
from ...facts.finetuned import linked_base
from ...hub.suggest import misspelled_key


class MissingBaseModel(Rule):
    """The body says the model is a fine-tuned version of a Hub model, but the metadata has no `base_model`."""

    code = "MC121"
    name = "missing-base-model"
    severity = Severity.WARNING

    def check(self, card: Card) -> Iterator[Finding]:
        meta = card.meta
        if meta is None or "base_model" in meta.value:
            return
        if any(misspelled_key(k) == "base_model" for k in meta.value):
            return
        base = linked_base(card)
        if base is None or base.id is None:
            return
        yield self.finding(
            base.span,
            f"the card says the model is a fine-tuned version of `{base.id}`, but the metadata has no "
            f"`base_model`, so the Hub does not link the model to `{base.id}` nor list it among its fine-tunes",
            help=f"add `base_model: {base.id}` to the metadata",
            fix=self.add_entry(
                card, "base_model", base.id, f"add `base_model: {scalar_text(base.id)}` to the metadata"
            ),
            base_model=base.id,
        )
