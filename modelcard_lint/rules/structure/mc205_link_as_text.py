"""MC205 link-as-text."""

from __future__ import annotations

from collections.abc import Iterator

from ...card import Card
from ...core.rule import Rule
from ...diagnostics import Finding, Severity, Span
from ...facts.linkpath import link_target


class LinkAsText(Rule):
    """The file holds only a path to another file: a symbolic link saved as a plain file, not a card."""

    code = "MC205"
    name = "link-as-text"
    severity = Severity.WARNING

    def check(self, card: Card) -> Iterator[Finding]:
        target = link_target(card)
        if target is None:
            return
        line = next(n for n, text in enumerate(card.lines, start=1) if text.strip())
        text = card.lines[line - 1]
        start = len(text) - len(text.lstrip()) + 1
        yield self.finding(
            Span(line, start, line, start + len(target)),
            f'the file holds only the path "{target}": a symbolic link saved as a plain file (as Git writes links '
            "where they are turned off), so the Hub and every reader see that path as the whole card",
            help="put the card's text in this file, or restore the link (`git config core.symlinks true`, then "
            "check the file out again) and lint the file it points to",
            target=target,
        )
