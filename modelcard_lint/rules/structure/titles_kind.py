"""What ``missing-section`` (MC201) reads in a card's title and headings: whether a title of words says what kind of
thing the model is, which headings are asides (how to run it, its citation), and how many words a text has."""

from __future__ import annotations

import re

from ...card import Card
from ...card.body import Heading
from ...facts.architectures import language_and_architecture, names_architecture, names_kind
from ...facts.lazyre import lazy
from ...facts.linkpath import strip_urls
from ...facts.tasknames import names_a_task
from .headings_form import unspaced

# a subtitle over something other than the model's description
ASIDE = lazy(
    r"\b(?:use|usage|using|how|install\w*|examples?|demo|inference|quick[ -]?start|getting[ \t]+started|code|"
    r"citation|cite|licen[cs]e|requirements|setup|download|warning|disclaimer|todo)\b",
    re.I,
)
# a heading over how to run the model ("How to use", "Usage", "Quick start", "Inference example")
# (not a word of a compound: "Quality-of-Inference (QoI) Certification" names a measure, not how to run it; nor
# examples of what it wrote: "Example Output" over a sample conversation)
HOW_TO_RUN = lazy(r"(?<!-)\b(?:how[ \t]+to[ \t]+use|usage|use[ \t]+it|quick[ -]?start|getting[ \t]+started|"
                  r"inference|examples?(?![ \t]+(?:outputs?|generations?|conversations?|responses?|images?|"
                  r"results?|chats?)\b)|load(?:ing)?)\b(?!-)", re.I)


def names_kind_title(title: str, least: int) -> bool:
    """Whether a title of ``least`` words or more says what kind of thing the model is ("Rick DialoGPT Model",
    "RoBERTa-large language model fine-tuned on SQuAD2.0"; not a repository's name, "bp_400h_xlsr2_300M", the
    template's "Model Card for X", nor a heading on how to run it, "How to build a dummy model"; "Model Trained Using
    AutoTrain" is one)."""
    text = strip_urls(title)
    if ASIDE.match(text):
        return False
    if "model card" in text.lower():
        # the template's "Model Card for X", a title of words whatever their number: an architecture in X says what
        # the model is ("# Unet Model Card", as segmentation-models-pytorch writes it)
        words = [w for w in re.sub(r"(?i)model card", " ", text).split() if not any(c in w for c in "-_/.")]
        # (not in a repository's name: "Model Card for roberta-ner"), or words that name its kind ("Model card —
        # epibarrett BE/EAC methylation classifier")
        named = " ".join(words)
        return names_architecture(named) or (len(words) >= least and names_kind(named))
    # (Chinese and Japanese, written without spaces, counted about one word per two characters: "基于有赞商品图片和
    # 标题语料训练的clip模型", a CLIP model trained on product images and titles)
    many = len(text.split()) >= least or (not text.isascii() and words_in(text) >= least)
    if language_and_architecture(text):  # ("# Indonesian tiny-RoBERTa")
        return True
    # (or a title of words that names the model's task: "# Turkish Question Answering", not "# bert-turkish-qa")
    return (many and (names_kind(text) or names_architecture(text))) or (
        len(text.split()) >= 2 and names_a_task(text[:200]))


_WORD = lazy(r"[^\W\d_]{2,}")
def words_in(text: str) -> int:
    """How many words ``text`` has; Chinese and Japanese, written without spaces, about one per two characters."""
    words = len(_WORD.findall(text))
    return words if text.isascii() else words + sum(map(unspaced, text)) // 2


# a block of code that is one comment ("```python\n# coming soon\n```"): no way to run the model shown
_COMMENT_ONLY = lazy(r"(?:#+|//+|--|;+)[ \t]*[^\n]{0,80}")


def run_heading(card: Card) -> Heading | None:
    """The heading of the first section that shows how to run the model: its heading says so and it holds code (not
    only a link, a gallery, or a comment that the code is coming)."""
    return next((sec.heading for sec in card.sections if sec.level > 1 and sec.heading is not None
                 and HOW_TO_RUN.search(sec.heading.text)
                 and any(b.kind == "code" and not _COMMENT_ONLY.fullmatch(b.text.strip())
                         for sub in sec.walk() for b in sub.blocks)), None)
