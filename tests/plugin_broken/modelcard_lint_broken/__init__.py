"""A plugin that goes wrong in every way the loader and the engine must survive (a test fixture)."""

from __future__ import annotations

from collections.abc import Iterator

from modelcard_lint.card import Card
from modelcard_lint.core.rule import Rule
from modelcard_lint.diagnostics import Finding, Severity


class CrashingRule(Rule):
    """Raises on cards that contain the word CRASH."""

    code = "BRK001"
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
    return [CrashingRule, StealsBuiltinCode]
