"""MC102 unrecognized-frontmatter."""

from __future__ import annotations

from typing import Iterator

from ...card import Card
from ...diagnostics import Finding, Severity, Span
from ...core.rule import Rule

# "not-at-start" is accepted by the Hub and has its own rule (MC103)
_HUB_IGNORES = ("bom", "leading-text", "no-opening-fence", "unclosed", "empty-block",
                "opening-fence", "closing-fence", "unreadable")


class UnrecognizedFrontmatter(Rule):
    """A metadata block is present but the Hub does not recognise it, so the card silently has no metadata."""

    code = "MC102"
    name = "unrecognized-frontmatter"
    severity = Severity.ERROR

    def check(self, card: Card) -> Iterator[Finding]:
        fm = card.frontmatter
        if fm is None:
            return
        for problem in fm.problems:
            if problem.kind in _HUB_IGNORES:
                fix = None
                if problem.kind in ("opening-fence", "closing-fence"):
                    line = problem.span.line
                    whole = Span(line, 1, line, len(card.lines[line - 1]) + 1)
                    fix = self.replace(whole, "---", "make the fence exactly `---`")
                yield self.finding(problem.span, problem.message, help=problem.help, fix=fix, cause=problem.kind)
