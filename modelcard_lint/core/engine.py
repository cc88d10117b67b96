"""Running rules over one card, in explicit stages.

1. **Rules.** Every rule of the rule set reads the card and yields findings; the
   engine stamps each with the rule's code, name and configured severity.  A rule
   that raises becomes an MC901 diagnostic for the card, and the other rules still run.
2. **Suppressions.** The card's suppression comments (``core.suppress``) remove the
   findings they cover; then the rules that read suppressions (MC903) report the
   comments that covered nothing.
3. The diagnostics are sorted by position.

The engine reads no file and knows no configuration: it takes a ``RuleSet``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from ..card import Card
from ..diagnostics import Diagnostic, Finding, Severity
from .internal import RuleError
from .rule import Rule
from .suppress import MARK, apply, parse

Resolver = Callable[[str], "set[str] | None"]


def _no_rule(selector: str) -> set[str] | None:
    return None


class RuleSet:
    """The rules a card is linted with, each with the severity it reports at.

    ``resolve`` maps a rule selector written in a suppression comment (a code, a
    name, a prefix) to the codes it names, or None when it names no rule.
    """

    __slots__ = ("rules", "resolve", "codes", "_subsets")

    def __init__(self, rules: list[tuple[Rule, Severity]], resolve: Resolver = _no_rule) -> None:
        self.rules = rules
        self.resolve = resolve
        self.codes = frozenset(rule.code for rule, _ in rules)
        self._subsets: dict[frozenset[str], RuleSet] = {}

    def without(self, codes: set[str] | frozenset[str]) -> RuleSet:
        """This rule set minus the rules ``codes`` names (per-file ignores); built once per set of codes."""
        key = frozenset(codes) & self.codes
        if not key:
            return self
        subset = self._subsets.get(key)
        if subset is None:
            subset = self._subsets[key] = RuleSet([(r, s) for r, s in self.rules if r.code not in key], self.resolve)
        return subset


def lint_card(card: Card, rules: RuleSet) -> list[Diagnostic]:
    """Run the rule set on ``card``; the diagnostics, sorted by position."""
    out: list[Diagnostic] = []
    later: list[tuple[Rule, Severity]] = []
    for rule, severity in rules.rules:
        if rule.stage == "suppressions":
            later.append((rule, severity))
        else:
            _run(card.path, rule, severity, rule.check, card, out)
    if MARK in card.text:
        directives = parse(card, rules.resolve)
        out = apply(directives, out, rules.codes)
        for rule, severity in later:
            _run(card.path, rule, severity, rule.check_suppressions, directives, out)
    out.sort(key=Diagnostic.sort_key)
    return out


def _run(
    path: str,
    rule: Rule,
    severity: Severity,
    check: Callable[[Any], Iterable[Finding]],
    arg: Any,
    out: list[Diagnostic],
) -> None:
    try:
        for f in check(arg):
            out.append(Diagnostic(path, rule.code, rule.name, severity, f.span, f.message, f.help, f.data, f.fix))
    except Exception as exc:  # one rule's bug must not hide the others' findings
        out.append(RuleError.diagnostic(path, rule, exc))
