"""The abstract a BibTeX entry in a code block carries: the paper's own summary of the model, which a card cites
("abstract = {... achieves 97.9 F1 score on radiology reports ...}"), read as prose by ``coverage.prose_text``."""

from __future__ import annotations

import re

from ..card import Card
from .lazyre import lazy

# an entry's abstract field, braced or quoted, up to the brace or quote that closes it at the end of a line
_ABSTRACT = lazy(r"^[ \t]*abstract[ \t]*=[ \t]*[{\"]+(?P<text>[^\n]{40,}?)[}\"]+[ \t]*,?[ \t]*$", re.I | re.M)
_ENTRY = lazy(r"@[a-z]+[ \t]*\{", re.I)


def cited_abstracts(card: Card) -> list[str]:
    """The abstracts of the BibTeX entries the card's code blocks hold, on one line each."""
    found = []
    for block in card.body.code_blocks:
        text = block.text
        if "bstract" in text and _ENTRY.search(text) is not None:
            found += [m.group("text").strip("{} \t") for m in _ABSTRACT.finditer(text)]
    return found
