"""MC137 language-title-mismatch."""

from __future__ import annotations

from collections.abc import Iterator

from ...card import Card
from ...core.rule import Rule
from ...diagnostics import Finding, Severity
from ...facts.languagenames import title_clash


class LanguageTitleMismatch(Rule):
    """The card's one `language` is a language its text never names, while its title names another."""

    code = "MC137"
    name = "language-title-mismatch"
    severity = Severity.WARNING

    def check(self, card: Card) -> Iterator[Finding]:
        clash = title_clash(card)
        if clash is None:
            return
        yield self.finding(
            clash.node,
            f"`language: {clash.code}` is {clash.name}, a language the card never names, but its title names "
            f"{clash.other_name} (`{clash.other}`): the code was mistyped or copied from another card, and the Hub "
            f"lists the model under {clash.name}",
            help=f"write `{clash.other}` if the model is for {clash.other_name}; if it is for {clash.name}, say so "
            "in the card",
            language=clash.code,
            title_language=clash.other,
        )
