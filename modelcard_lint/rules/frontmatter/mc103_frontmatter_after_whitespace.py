"""MC103 frontmatter-after-whitespace."""

from __future__ import annotations

from collections.abc import Iterator

from ...card import Card
from ...core.rule import Rule
from ...diagnostics import Finding, Severity


class FrontmatterAfterWhitespace(Rule):
    """The front matter does not start on the first line: the Hub reads it, other tools do not."""

    code = "MC103"
    name = "frontmatter-after-whitespace"
    severity = Severity.INFO

    def check(self, card: Card) -> Iterator[Finding]:
        fm = card.frontmatter
        if fm is None:
            return
        for problem in fm.problems:
            if problem.case == "not-at-start":
                yield self.finding(
                    problem.span,
                    f"the front matter starts on line {problem.span.line}, after blank space; the Hub reads it, "
                    "but GitHub and most Markdown tools only see front matter on line 1",
                    help="delete the blank lines and spaces before the opening `---`",
                )
