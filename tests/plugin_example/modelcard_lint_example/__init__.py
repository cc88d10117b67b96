"""An example plugin: one useful rule, one rule that crashes on purpose, one invalid rule."""

from __future__ import annotations

from collections.abc import Iterator

from modelcard_lint.card import Card
from modelcard_lint.core.rule import Rule
from modelcard_lint.diagnostics import Finding, Severity


class AllCapsHeading(Rule):
    """A heading is written in capital letters only."""

    code = "XMP001"
    name = "all-caps-heading"
    severity = Severity.INFO
    docs_url = "https://example.org/rules/XMP001"

    def check(self, card: Card) -> Iterator[Finding]:
        for heading in card.body.headings:
            letters = [c for c in heading.title if c.isalpha()]
            if len(letters) > 3 and all(c.isupper() for c in letters):
                yield self.finding(heading, f'heading "{heading.title}" is in capital letters only')


class CrashingRule(Rule):
    """Raises on cards that contain the word CRASH (to test crash handling)."""

    code = "XMP002"
    name = "crashing-rule"
    severity = Severity.WARNING

    def check(self, card: Card) -> Iterator[Finding]:
        if "CRASH" in card.text:
            raise RuntimeError("the example rule failed")
        return iter(())


class StealsBuiltinCode(Rule):
    """Claims a code of modelcard-lint's own family, which a plugin may not."""

    code = "MC999"
    name = "steals-builtin-code"

    def check(self, card: Card) -> Iterator[Finding]:
        return iter(())


def get_rules() -> list[type[Rule]]:
    return [AllCapsHeading, CrashingRule, StealsBuiltinCode]
