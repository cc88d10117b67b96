"""The results a card gives in the sections an unclosed code block swallowed, read as the Markdown its author meant.

A fence left open runs to the end of the card, so the Hub shows the training log after it as code
(``unclosed-code-fence``, MC203, says so once). ``missing-section`` (MC201) already counts the swallowed headings and
prose as the author's; this reads the swallowed sections' tables too: "### Training results" over a log of
validation losses and WERs reports results, and asking for an evaluation section would misread the card.
"""

from __future__ import annotations

from ..card import Card
from .fences import unclosed_fences
from .results import reports_results


def swallowed_card(card: Card) -> Card | None:
    """The sections that unclosed code blocks swallowed, from each one's first heading to the card's end, parsed as a
    card of their own (computed once per card), or None."""
    def build(c: Card) -> Card | None:
        parts = ["\n".join(c.lines[found.headings[0][0] - 1 : found.end_line])
                 for found in unclosed_fences(c) if found.headings]
        return Card.from_text("\n\n".join(parts), c.path) if parts else None
    return card.derived("swallowed-card", build)


def reports_swallowed_results(card: Card) -> bool:
    """Whether the swallowed sections give results (a table of metrics, a validation loss, a sentence of scores)."""
    swallowed = swallowed_card(card)
    return swallowed is not None and reports_results(swallowed)
