"""MC204 empty-heading."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

from ...card import Card
from ...core.rule import Rule
from ...diagnostics import Finding, Severity, Span
from ...facts.lazyre import lazy
from ...facts.titles import html_title


class EmptyHeading(Rule):
    """A heading has no text, such as the title `# ` the Trainer writes when it has no model name."""

    code = "MC204"
    name = "empty-heading"
    severity = Severity.WARNING

    def check(self, card: Card) -> Iterator[Finding]:
        titled = bool(html_title(card))  # (a title in HTML, "<h1>· Baka-Diffusion ·</h1>", above the headings)
        for heading in card.body.headings:
            text = heading.text
            # letters or digits outside markup make a title; only links, tags and markup need a closer look
            if (text[:1].isalnum() and "<" not in text and "[" not in text) or heading.title or _symbols(text):
                titled = titled or heading.level == 1
                continue
            line = card.lines[heading.line - 1]
            where = Span(heading.line, 1, heading.line, len(line.rstrip()) + 1)
            if heading.level == 1 and not titled:
                yield self.finding(
                    where,
                    "the card's title is empty: the card opens with a blank heading where the model's name belongs "
                    "(the Trainer writes `# ` when it is not given a model name)",
                    help="write the model's name after the `#`",
                    level=1,
                )
            elif not line.lstrip().startswith("#"):  # a line over `---` or `===`: Markdown's other form of heading
                yield self.finding(
                    where,
                    f"this line is a level-{heading.level} heading with no text: the `---` or `===` under it makes "
                    "a heading of it, not a horizontal rule, and the card's outline has a nameless entry",
                    help="leave a blank line between the line and the `---` for a horizontal rule",
                    level=heading.level,
                )
            else:
                yield self.finding(
                    where,
                    f"this level-{heading.level} heading has no text: readers see a gap where a section's name "
                    "belongs, and the card's outline has a nameless entry",
                    help="write the section's name after the `#`, or delete the line",
                    level=heading.level,
                )


_TAGS_AND_TARGETS = lazy(r"<[^>]*>|\]\([^)]*\)")


def _symbols(text: str) -> bool:
    """Whether a heading shows symbols outside its tags and link targets: a row of emoji or signs ("# ❗❗❗") is a
    banner a reader sees, not a blank (the outline's title drops them)."""
    return any(unicodedata.category(c) == "So" for c in _TAGS_AND_TARGETS.sub("", text))
