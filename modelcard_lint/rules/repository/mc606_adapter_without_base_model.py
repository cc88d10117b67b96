"""MC606 adapter-without-base-model: an adapter repository whose card has no `base_model`."""

from __future__ import annotations

from collections.abc import Iterator

from ...card import Card
from ...card.yamlhub import scalar_text
from ...core.rule import Rule
from ...diagnostics import Finding, Severity, Span
from ...facts.basemodel import hub_model_id
from ...hub.suggest import misspelled_key


class AdapterWithoutBaseModel(Rule):
    """The repository holds an adapter (`adapter_config.json`), but the card's metadata has no `base_model`."""

    code = "MC606"
    name = "adapter-without-base-model"
    severity = Severity.WARNING

    def check(self, card: Card) -> Iterator[Finding]:
        meta, fm = card.meta, card.frontmatter
        if meta is None or fm is None or "base_model" in meta.value:
            return
        if any(misspelled_key(k) == "base_model" for k in meta.value):
            return
        repo = card.repo
        f = repo.file("adapter_config.json") if repo is not None else None
        if f is None:
            return
        doc = f.json()
        value = doc.data.get("base_model_name_or_path") if isinstance(doc.data, dict) else None
        model = hub_model_id(value) if isinstance(value, str) else None
        if model is None:
            return
        line = f"base_model: {scalar_text(model)}"
        yield self.finding(
            Span.at(fm.open_line, 1, len(card.lines[fm.open_line - 1])),  # the opening fence: the whole metadata
            f"the repository holds an adapter for `{model}` ({f.name}, `base_model_name_or_path`, line "
            f"{doc.line('base_model_name_or_path')}), but the metadata has no `base_model`: the Hub cannot tell "
            "which model to load it on, nor list it among that model's adapters",
            help=f"add `{line}` to the metadata",
            fix=self.add_entry(card, "base_model", model, f"add `{line}` to the metadata, from {f.name}"),
            base_model=model,
        )
