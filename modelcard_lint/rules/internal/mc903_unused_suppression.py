"""MC903 unused-suppression: a suppression comment that turns nothing off."""

from __future__ import annotations

from collections.abc import Iterator

from ...core.rule import Rule
from ...core.suppress import Directive
from ...diagnostics import Finding, Severity


class UnusedSuppression(Rule):
    """A `modelcard-lint-disable` comment suppresses no finding, or names a rule that does not exist."""

    code = "MC903"
    name = "unused-suppression"
    severity = Severity.WARNING
    stage = "suppressions"

    def check_suppressions(self, directives: list[Directive]) -> Iterator[Finding]:
        for d in directives:
            if d.unknown:
                names = ", ".join(f"`{s}`" for s in d.unknown)
                yield self.finding(
                    d.span,
                    f"this suppression names {names}, which is no rule of this run (or an engine code that "
                    "cannot be suppressed), so it turns nothing off for it",
                    help="write a rule's code, name or code prefix (`modelcard-lint rules` lists them)",
                    path=d.path,
                    unknown=d.unknown,
                )
            elif not d.used and d.active:
                what = ", ".join(d.selectors) if d.selectors else "every rule"
                yield self.finding(
                    d.span,
                    f"this `modelcard-lint-{d.action}` comment ({what}) suppresses nothing: the finding it was "
                    "written for is gone, and a stale suppression would hide the next one",
                    help="delete the comment",
                    path=d.path,
                )
