"""MC121 missing-base-model."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...card import Card
from ...card.yamlhub import scalar_text
from ...core.rule import Rule
from ...diagnostics import Finding, Severity, Span
from ...hub.vocabulary import misspelled_key, repo_id_problem

_FINETUNED = re.compile(
    r"fine[- ]?tuned version of (?P<link>\[[^\]]*\]\(\s*https?://(?:www\.)?(?:huggingface\.co|hf\.co)/"
    r"(?P<id>[\w.-]+(?:/[\w.-]+)?)/?\s*\))",
    re.I,
)


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
        if "uned version of" not in card.text.lower():
            return
        for n, line in card.prose_lines():
            if "uned version of" not in line.lower():
                continue
            m = _FINETUNED.search(line)
            if m is None or m.group("id").startswith(("datasets/", "spaces/")):
                continue
            if repo_id_problem(m.group("id")) is not None:
                continue  # a link to a local checkpoint (`./checkpoint-1000`) names no Hub model
            base = m.group("id")
            yield self.finding(
                Span(n, m.start("link") + 1, n, m.end("link") + 1),
                f"the card says the model is a fine-tuned version of `{base}`, but the metadata has no "
                f"`base_model`, so the Hub does not link the model to `{base}` nor list it among its fine-tunes",
                help=f"add `base_model: {base}` to the metadata",
                fix=self.add_entry(card, "base_model", base, f"add `base_model: {scalar_text(base)}` to the metadata"),
                base_model=base,
            )
            return
