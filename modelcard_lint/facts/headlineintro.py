"""The Trainer's intro to its results list ("It achieves the following results on the evaluation set:"), read by
``metrics`` for the card's headline results."""

from __future__ import annotations

import re

from .lazyre import lazy

_INTRO = lazy(r"\bachieves the following results", re.I)
# the subject of the intro when it is another model than the card's: "The original model achieves ...", "The previous
# version achieved ..."
_OTHER_MODEL = lazy(r"\b(?:original|previous|prior|older|earlier|base|baseline|teacher|parent|v\d+)[ \t]+"
                    r"(?:[\w-]+[ \t]+)?(?:model|version|checkpoint)[ \t]+(?:\w+[ \t]+)?achieve[ds]?\Z",
                    re.I)


def intro(text: str) -> str | None:
    """What the Trainer's intro says between "achieves the following results" and its colon
    (" on the evaluation set"), or None when ``text`` is not such an intro, or one of another model ("The original
    model achieves the following results on our post-training dataset:").

    The same answer as ``re.search(r"\\bachieves the following results(?P<where>[^:\\n]*):\\s*$",
    text, re.I)``, in linear time: that regex went to the end of the line from every repetition
    of the phrase.  It can only match the phrase after the last line break or colon before the
    final colon, so the phrase is looked for there once.
    """
    colon = len(text.rstrip()) - 1
    if colon < 0 or text[colon] != ":":
        return None
    start = max(text.rfind("\n", 0, colon), text.rfind(":", 0, colon)) + 1
    m = _INTRO.search(text, start, colon)
    if m is None or _OTHER_MODEL.search(text[max(0, m.start() - 80) : m.start() + 8]):
        return None
    return text[m.end() : colon]
