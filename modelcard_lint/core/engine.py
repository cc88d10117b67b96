"""Running rules over one card, in explicit stages.

1. **Rules.** Every rule of the rule set reads the card and yields findings; the
   engine stamps each with the rule's code, name and configured severity.  A rule
   that raises becomes an MC901 diagnostic for the card, and the other rules still run.
   A finding that is not well formed (a plugin's bad span) is a crash of its rule too.
2. **Suppressions.** The card's suppression comments (``core.suppress``), and those of
   the YAML files of its repository that rules read, remove the findings they cover in
   their own file; then the rules that read suppressions (MC903) report the comments
   that covered nothing.
3. A finding inside a metadata block the Hub does not read (MC102) that says the Hub
   refuses or rejects something says when: once the block is where the Hub reads it.
4. The diagnostics are sorted by position.

A ``deadline`` (a ``time.monotonic()`` value) bounds the time spent on the card: a rule
is not started after it, and a rule running when the caller's alarm raises ``Timeout``
is stopped (MC904).  The engine reads no file and knows no configuration: it takes a
``RuleSet``.
"""

from __future__ import annotations

import gc
import re
import time
from collections.abc import Callable, Iterable
from typing import Any

from ..card import Card
from ..diagnostics import Diagnostic, Finding, Severity, Span
from .internal import RuleError, RuleTimeout, Timeout
from .rule import Rule
from .suppress import MARK, Directive, apply, parse, parse_file

Resolver = Callable[[str], "set[str] | None"]
Rules = list[tuple[Rule, Severity]]


def _no_rule(selector: str) -> set[str] | None:
    return None


class RuleSet:
    """The rules a card is linted with, each with the severity it reports at.

    ``resolve`` maps a rule selector written in a suppression comment (a code, a
    name, a prefix) to the codes it names, or None when it names no rule.
    """

    __slots__ = ("rules", "resolve", "codes", "_subsets", "_stages")

    def __init__(self, rules: list[tuple[Rule, Severity]], resolve: Resolver = _no_rule) -> None:
        self.rules = rules
        self.resolve = resolve
        self.codes = frozenset(rule.code for rule, _ in rules)
        self._subsets: dict[frozenset[str], RuleSet] = {}
        self._stages: tuple[list[tuple[Rule, Severity]], Rules, Rules] | None = None

    def stages(self) -> tuple[Rules, Rules]:
        """The rules that read the card, and those that read its suppressions (split once per list of rules)."""
        if self._stages is None or self._stages[0] is not self.rules:
            card_rules: Rules = []
            later: Rules = []
            for rule, severity in self.rules:
                (later if rule.stage == "suppressions" else card_rules).append((rule, severity))
            self._stages = (self.rules, card_rules, later)
        return self._stages[1], self._stages[2]

    def without(self, codes: set[str] | frozenset[str]) -> RuleSet:
        """This rule set minus the rules ``codes`` names (per-file ignores); built once per set of codes."""
        key = frozenset(codes) & self.codes
        if not key:
            return self
        subset = self._subsets.get(key)
        if subset is None:
            subset = self._subsets[key] = RuleSet([(r, s) for r, s in self.rules if r.code not in key], self.resolve)
        return subset


class _Clock:
    __slots__ = ("deadline", "limit", "expired")

    def __init__(self, deadline: float | None, limit: float | None) -> None:
        self.deadline = deadline
        self.limit = limit
        self.expired = False

    def out_of_time(self) -> bool:
        if not self.expired and self.deadline is not None and time.monotonic() >= self.deadline:
            self.expired = True
        return self.expired


def lint_card(
    card: Card, rules: RuleSet, deadline: float | None = None, time_limit: float | None = None
) -> list[Diagnostic]:
    """Run the rule set on ``card``; the diagnostics, sorted by position.

    No cyclic garbage collection while the card is linted: its parse makes many objects that all
    live until the card is done, which the collector would walk again and again for nothing (over
    the corpus, 4% of the time).  What the card leaves is collected after it, as usual.
    """
    if not gc.isenabled():
        return _lint(card, rules, deadline, time_limit)
    gc.disable()
    try:
        return _lint(card, rules, deadline, time_limit)
    finally:
        gc.enable()


def _lint(card: Card, rules: RuleSet, deadline: float | None, time_limit: float | None) -> list[Diagnostic]:
    out: list[Diagnostic] = []
    clock = _Clock(deadline, time_limit)
    card_rules, later = rules.stages()
    path = card.path
    for i, (rule, severity) in enumerate(card_rules):
        if not _run(path, rule, severity, rule.check, card, out, clock, card_rules, i + 1):
            break
    fm = card.frontmatter
    if fm is not None and not fm.hub_sees and fm.close_line is not None:
        out = [_unread(d) if fm.open_line < d.span.line < fm.close_line else d for d in out]
    if not clock.expired:
        directives = _directives(card, rules)
        if directives is not None:
            out = apply(directives, out, rules.codes)
            for rule, severity in later:
                _run(path, rule, severity, rule.check_suppressions, directives, out, clock, [], 0)
    out.sort(key=Diagnostic.sort_key)
    return out


_UNREAD = "; this holds once the block is at the top of the card: today the Hub reads none of it (see MC102)"
_REFUSAL = re.compile(r"\b(?:refuses|rejects)\b")


def _unread(d: Diagnostic) -> Diagnostic:
    """``d``, inside a metadata block the Hub does not read, saying when the Hub's refusal it tells of happens."""
    if "MC102" in d.message or not _REFUSAL.search(d.message):
        return d
    return d._replace(message=d.message + _UNREAD)


def _directives(card: Card, rules: RuleSet) -> list[Directive] | None:
    """The suppression comments of the card and of the repository's YAML files rules read (None: no comment)."""
    directives = parse(card, rules.resolve) if MARK in card.text else None
    for f in card.repo_files():
        if f.is_yaml and f.text is not None and MARK in f.text:
            directives = (directives or []) + parse_file(f.lines, f.path, rules.resolve)
    return directives


def _run(
    path: str,
    rule: Rule,
    severity: Severity,
    check: Callable[[Any], Iterable[Finding]],
    arg: Any,
    out: list[Diagnostic],
    clock: _Clock,
    queue: list[tuple[Rule, Severity]],
    next_at: int,
) -> bool:
    """Run one rule; False when the card is out of time and no more rules should run.

    ``queue[next_at:]`` are the rules that would run after this one (named when time runs out).
    """
    if clock.expired or (clock.deadline is not None and clock.out_of_time()):
        out.append(RuleTimeout.diagnostic(path, rule, [r for r, _ in queue[next_at:]], clock.limit, stopped=False))
        return False
    # a finding goes into ``out`` as soon as it is stamped: a rule that crashes or runs out of
    # time keeps the findings it made before
    try:
        for f in check(arg):
            out.append(_stamp(path, rule, severity, f))
    except Timeout:
        clock.expired = True
        out.append(RuleTimeout.diagnostic(path, rule, [r for r, _ in queue[next_at:]], clock.limit, stopped=True))
        return False
    except (Exception, SystemExit) as exc:  # one rule's bug (or a plugin's exit) must not hide the others' findings
        out.append(RuleError.diagnostic(path, rule, exc))
        return True
    return True


def _stamp(path: str, rule: Rule, severity: Severity, f: Any) -> Diagnostic:
    """The diagnostic for a finding, after checking that the finding is well formed."""
    if not isinstance(f, Finding):
        raise TypeError(f"the rule yielded {type(f).__name__}, not a Finding")
    span = f.span
    if not (
        isinstance(span, Span)
        and all(isinstance(v, int) and not isinstance(v, bool) for v in span)
        and span.line >= 1
        and span.column >= 1
        and (span.end_line, span.end_column) >= (span.line, span.column)
    ):
        raise ValueError(f"the rule yielded a finding with a malformed span {span!r}")
    if not isinstance(f.message, str) or not (f.help is None or isinstance(f.help, str)):
        raise TypeError("the rule yielded a finding whose message or help is not text")
    if f.path is not None and not isinstance(f.path, str):
        raise TypeError("the rule yielded a finding whose path is not text")
    return Diagnostic(f.path or path, rule.code, rule.name, severity, span, f.message, f.help, f.data, f.fix)
