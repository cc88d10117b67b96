"""MC105 duplicate-key."""

from __future__ import annotations

from collections.abc import Iterator

from ...card import Card
from ...core.rule import Rule
from ...diagnostics import Finding, Severity


class DuplicateKey(Rule):
    """A key appears twice in the same mapping; the Hub silently keeps only the last value."""

    code = "MC105"
    name = "duplicate-key"
    severity = Severity.ERROR

    def check(self, card: Card) -> Iterator[Finding]:
        fm = card.frontmatter
        if fm is None:
            return
        for problem in fm.yaml_problems:
            if problem.category == "duplicate-key":
                key, first = problem.data["key"], problem.data["first_line"]
                keeps = "the Hub keeps" if fm.hub_sees else "once the block is recognised, the Hub will keep"
                yield self.finding(
                    problem.span,
                    f"key `{key}` is already set on line {first}; {keeps} only this last value "
                    "and drops the earlier one without a warning",
                    help=f"merge the two `{key}` entries into one",
                )
