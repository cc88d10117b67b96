"""MC104 yaml-syntax-error."""

from __future__ import annotations

from collections.abc import Iterator

from ...card import Card
from ...core.rule import Rule
from ...diagnostics import Finding, Severity


class YamlSyntaxError(Rule):
    """The front matter is not valid YAML; the Hub rejects the push with "Invalid YAML"."""

    code = "MC104"
    name = "yaml-syntax-error"
    severity = Severity.ERROR

    def check(self, card: Card) -> Iterator[Finding]:
        fm = card.frontmatter
        if fm is None:
            return
        for problem in fm.yaml_problems:
            if problem.category != "syntax":
                continue
            context = ""
            if "context" in problem.data:
                context = f" ({problem.data['context']}, from line {problem.data['context_line']})"
            consequence = (
                "the Hub rejects a card whose metadata it cannot parse"
                if fm.hub_sees
                else "once the block is recognised (see MC102), the Hub would reject it"
            )
            yield self.finding(
                problem.span,
                f"YAML syntax error in the front matter: {problem.message}{context}; {consequence}",
                help="fix the YAML at this position; quote values that contain `: ` or start with a special character",
            )
