"""A card that only sends its reader to another model: the repository was retired, renamed or moved, and its card
says so and where to go ("## This model is DEPRECATED, please use [DeBERTa-V2-XXLarge-MNLI](...)", "This model has
moved to https://huggingface.co/techiaith/wav2vec2-xlsr-ft-cy", "This model was de-anonymized and now lives at:
https://huggingface.co/dbmdz/german-gpt2 Please use the new model name instead!").

Such a card is a signpost, not a card to complete: its uses, limits, data and results are the new model's. It is
short (``MAX_WORDS`` words at most, links' addresses left out), says the model is deprecated, moved, renamed or lives
elsewhere now, and gives a link or an address. A card that says more is read as any other card.
"""

from __future__ import annotations

import re

from ..card import Card
from .lazyre import lazy
from .linkpath import strip_urls

MAX_WORDS = 40
MAX_CHARS = 2000  # a body longer than this holds more than such a notice and its addresses
_NOTICE = lazy(r"\b(?:is|was|has[ \t]+been|have[ \t]+been)[ \t]+(?:now[ \t]+)?(?:deprecated|moved|renamed|migrated|"
               r"superseded|relocated)\b|\b(?:has|have)[ \t]+moved\b"
               r"|\bnow[ \t]+(?:lives|resides|hosted)[ \t]+(?:at|in|on)\b", re.I)
_LINK = lazy(r"https?://|\]\(")


def points_elsewhere(card: Card) -> bool:
    """Whether the card's body is only a notice that the model is deprecated or moved, with where to go instead."""
    lines = card.lines[card.body.first_line - 1 :]
    if sum(len(line) for line in lines) > MAX_CHARS:
        return False  # (a quick bound first: most cards are far longer)
    body = "\n".join(lines)
    if not _LINK.search(body) or len(strip_urls(body).split()) > MAX_WORDS:
        return False
    return _NOTICE.search(body) is not None
