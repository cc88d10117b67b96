"""MC116 missing-language."""

from __future__ import annotations

from collections.abc import Iterator

from ...card import Card
from ...core.rule import Rule
from ...diagnostics import Finding, Severity, Span
from ...hub.lists import load_set
from ...hub.suggest import misspelled_key
from ...hub.vocabulary import NO_LANGUAGE_TASKS


class MissingLanguage(Rule):
    """The metadata has no `language`, so the model is missing from the Hub's language filters."""

    code = "MC116"
    name = "missing-language"
    severity = Severity.INFO

    def check(self, card: Card) -> Iterator[Finding]:
        meta = card.meta
        if meta is None or "language" in meta.value:
            return
        if any(misspelled_key(k) == "language" for k in meta.value):
            return
        if _tasks(meta) & NO_LANGUAGE_TASKS:
            return  # an image or tabular model has no language to declare
        yield self.finding(
            Span.at(meta.span.line, meta.span.column),
            "the metadata has no `language`, so the model does not show up when users filter the Hub by "
            "language",
            help="add the ISO 639-1 code of each language the model handles, e.g. `language: en` "
            "(`code` for programming languages, `multilingual` for many)",
        )


def _tasks(meta) -> set[str]:
    tasks: set[str] = set()
    tag = meta.get("pipeline_tag")
    if tag is not None and tag.is_str:
        tasks.add(tag.value)
    tags = meta.get("tags")
    if tags is not None:
        known = load_set("pipeline_tags")
        tasks.update(t.value for t in tags.scalars() if t.is_str and t.value in known)
    for entry in meta.get("model-index") or ():
        for result in entry.get("results") or ():
            kind = result.find("task", "type")
            if kind is not None and kind.is_str:
                tasks.add(kind.value)
    return tasks
