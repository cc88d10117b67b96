"""The card's title as missing-section reads it: its first level-1 heading, else its first heading, or the one line
of a card that wrote its title without the heading's space."""

from __future__ import annotations

from ..card import Card


def title_text(card: Card) -> str:
    """The title's text: the first level-1 heading, else the first heading."""
    headings = card.body.headings
    return next((h.text for h in headings if h.level == 1), headings[0].text if headings else "")


def unspaced_title(card: Card) -> str | None:
    """The title of a card whose only line is a heading written without its space ("#Rick DialoGPT model", which
    Markdown reads as a paragraph), or None."""
    blocks = [b for b in card.body.blocks if not (b.kind == "thematic-break" or b.is_comment)]
    if len(blocks) != 1 or blocks[0].kind != "paragraph":
        return None
    text = blocks[0].text.strip()
    if "\n" in text or not text.startswith("#") or text.startswith("#!"):
        return None
    title = text.lstrip("#").strip()
    return title if 0 < len(title.split()) <= 8 else None
