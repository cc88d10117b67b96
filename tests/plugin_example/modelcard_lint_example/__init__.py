"""An example modelcard-lint plugin: an organisation's own rules for its model cards.

Copy this package to start a plugin. Each rule is a class with a code of your own prefix
(``XMP``), a kebab-case name, a default severity, a docstring whose first line is the
summary, options if it needs them, and ``check(card)``, which yields findings and never
prints. ``get_rules`` is the entry point named in ``pyproject.toml``.
"""

from __future__ import annotations

from collections.abc import Iterator

from modelcard_lint.card import Card
from modelcard_lint.core.rule import Option, Rule
from modelcard_lint.diagnostics import Finding, Severity, Span


class AllCapsHeading(Rule):
    """A heading is written in capital letters only."""

    code = "XMP001"
    name = "all-caps-heading"
    severity = Severity.INFO
    docs_url = "https://example.org/rules/XMP001"

    def check(self, card: Card) -> Iterator[Finding]:
        for heading in card.body.headings:
            letters = [c for c in heading.title if c.isalpha()]
            if len(letters) > 3 and all(c.isupper() for c in letters):
                yield self.finding(
                    heading,
                    f'heading "{heading.title}" is in capital letters only, which reads as shouting',
                    help="write the heading in sentence case",
                )


class MissingTeamTag(Rule):
    """The metadata has no tag naming the team that owns the model."""

    code = "XMP002"
    name = "missing-team-tag"
    severity = Severity.WARNING
    docs_url = "https://example.org/rules/XMP002"
    options = {"teams": Option(["team-nlp", "team-vision"], "The tags that name a team")}  # noqa: RUF012

    def check(self, card: Card) -> Iterator[Finding]:
        meta = card.meta
        if meta is None:
            return  # modelcard-lint's MC101 reports a card without metadata
        tags = meta.get("tags")
        values = {n.value for n in tags.scalars()} if tags is not None else set()
        if values & set(self.opts["teams"]):
            return
        # at the `tags:` key when there is one, else at the first line of the metadata
        where = tags.key.span if tags is not None and tags.key is not None else Span.at(meta.span.line, 1)
        yield self.finding(
            where,
            "no tag names the team that owns this model, so nobody is paged when the card is wrong",
            help=f"add one of these tags: {', '.join(self.opts['teams'])}",
        )


def get_rules() -> list[type[Rule]]:
    return [AllCapsHeading, MissingTeamTag]
