"""MC121 missing-base-model."""

from __future__ import annotations

from collections.abc import Iterator

from ...card import Card
from ...card.yamlhub import scalar_text
from ...core.rule import Rule
from ...diagnostics import Edit, Finding, Fix, Severity, Span
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
            fix=_add_key(card, base.id),
            base_model=base.id,
        )


def _add_key(card: Card, base: str) -> Fix | None:
    """A `base_model: <id>` line just above the closing `---` of a block mapping written at column 1.

    The id is written as a YAML string (`'123'`, `'True'`), so that it is not read as a number or a boolean.
    """
    fm, meta = card.frontmatter, card.meta
    if fm is None or fm.close_line is None or meta is None or fm.yaml_text.lstrip().startswith("{"):
        return None
    if meta.span.column != 1:  # an indented mapping: a line at column 1 would not be one of its keys
        return None
    line = f"base_model: {scalar_text(base)}"
    at = Span(fm.close_line, 1, fm.close_line, 1)
    return Fix(f"add `{line}` to the metadata", (Edit(at, line + "\n"),))
