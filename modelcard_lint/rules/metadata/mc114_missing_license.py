"""MC114 missing-license."""

from __future__ import annotations

from collections.abc import Iterator

from ...card import Card
from ...core.rule import Rule
from ...diagnostics import Finding, Severity, Span
from ...hub.suggest import misspelled_key


class MissingLicense(Rule):
    """The metadata has no `license`, so nobody can tell whether the model may be used."""

    code = "MC114"
    name = "missing-license"
    severity = Severity.WARNING

    def check(self, card: Card) -> Iterator[Finding]:
        meta = card.meta
        if meta is None or "license" in meta.value:
            return
        if any(misspelled_key(k) == "license" for k in meta.value):  # MC110 reports the misspelling
            return
        yield self.finding(
            Span.at(meta.span.line, meta.span.column),
            "the metadata has no `license`, so the Hub shows no license and users cannot tell whether "
            "they may use the model",
            help="add `license: <id>` from the Hub's list, or `license: other` with `license_name` and "
            "`license_link`",
        )
