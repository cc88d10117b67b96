"""MC901 rule-error: a rule crashed on a card (reported by the engine)."""

from __future__ import annotations

from ...diagnostics import Severity
from ...core.rule import Rule


class RuleError(Rule):
    """A rule or plugin raised an exception on this card; its other findings may be missing."""

    code = "MC901"
    name = "rule-error"
    severity = Severity.ERROR
    internal = True
