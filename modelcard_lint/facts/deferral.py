"""The topics a card says are the same as another model's: "The intended uses, limitations, training data and
training procedure for the fully trained model are similar to [BERT-base uncased](...)", "All the training details
on the pre-training, the uses, limitations and potential biases are the same as for [DistilBERT-base-uncased](...)".

Such a sentence answers each topic it names: the reader is told they hold as written in the other model's card, which
``missing-section`` (MC201) then does not ask for. A pointer without that claim ("to know more about usage and
limitations, check GPT2's card") says only where more is written, and answers nothing.
"""

from __future__ import annotations

import re

from ..card import Card
from .lazyre import lazy
from .prose import prose_text

# the claim, after the topics' words in the same sentence
_SAME = lazy(r"\b(?:are|is|remain|stay)[ \t]+(?:\w+[ \t]+)?(?:similar[ \t]+to|the[ \t]+same[ \t]+as|identical[ \t]+to|"
             r"as[ \t]+(?:for|in)[ \t]+(?:the[ \t]+)?(?:original|base|\[))", re.I)
# each topic by the words that name it in such a sentence
_TOPIC_WORDS = {
    "intended-uses": lazy(r"\b(?:intended[ \t]+uses?|uses|usage)\b", re.I),
    "limitations": lazy(r"\b(?:limitations|biases|risks)\b", re.I),
    "training-data": lazy(r"\b(?:training[ \t]+data|training[ \t]+details|pre-?training[ \t]+data|pre-?training)\b",
                          re.I),
    "evaluation": lazy(r"\b(?:evaluation|eval[ \t]+results)\b", re.I),
}
CLAIM_WORDS = ("similar to", "same as", "identical to", " as for ", " as in ")
REACH = 240  # the topics' words stand this many characters before the claim at most


def deferred_topics(card: Card) -> frozenset[str]:
    """The topics (``intended-uses``, ``limitations``, ``training-data``, ``evaluation``) a sentence of the card says
    are the same as another model's."""
    def build(c: Card) -> frozenset[str]:
        text = prose_text(c)
        low = text.lower()
        if not any(word in low for word in CLAIM_WORDS):
            return frozenset()
        found: set[str] = set()
        for m in _SAME.finditer(text):
            floor = max(0, m.start() - REACH)  # (searched back this far only: linear however many claims)
            start = max(text.rfind(".", floor, m.start()), text.rfind("\n\n", floor, m.start()), floor - 1) + 1
            before = text[start : m.start()]
            found.update(topic for topic, words in _TOPIC_WORDS.items() if words.search(before))
        return frozenset(found)
    return card.derived("deferred-topics", build)
