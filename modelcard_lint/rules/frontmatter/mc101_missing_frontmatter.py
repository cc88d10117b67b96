"""MC101 missing-frontmatter."""

from __future__ import annotations

from collections.abc import Iterator

from ...card import Card
from ...core.rule import Rule
from ...diagnostics import Finding, Severity, Span
from ...facts.linkpath import link_target


class MissingFrontmatter(Rule):
    """The card has no YAML front matter, so the Hub knows nothing about the model."""

    code = "MC101"
    name = "missing-frontmatter"
    severity = Severity.WARNING

    def check(self, card: Card) -> Iterator[Finding]:
        # a file that is only a link's path is no card at all: MC205 says so
        if card.frontmatter is None and link_target(card) is None:
            yield self.finding(
                Span.at(1, 1, len(card.lines[0]) if card.lines else 0),
                "the card has no metadata block, so the Hub cannot show its license, language, "
                "datasets or task, and search filters skip it",
                help="start the file with `---`, metadata such as `license: apache-2.0`, and a closing `---`",
            )
