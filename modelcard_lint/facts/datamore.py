"""More ways a card says what its model was trained on, read by ``coverage.states_training_data``:

- a set's Hub id after a word for data, in a sentence of training ("trained on a mix of open summarisation data
  RussianNLP/Mixed-Summarization-Dataset"; not a base model's id, "fine-tuned from meta-llama/Llama-2-7b");
- texts scraped or gathered from a site ("I scraped a m.tibb.az website using Python where 27k questions ... have
  been asked", "crawled from Reddit forums");
- hours of speech or audio counted, in English and the other languages whose headings missing-section reads ("on ~43
  hours of Lithuanian speech data", "примерно 7000 часов аудио на русском языке");
- in Turkish, what was used in the model's training ("Modelin eğitiminde 3388 tweet kullanıldı");
- the data named as what the model trains on ("the price data it trains on"), a data file after a verb of training
  ("Trained on `seed_bh` labels from `data/adt5111_s1_to_s7.xlsx`").
"""

from __future__ import annotations

import re

from .anchors import found_near
from .lazyre import lazy

REACH = 160  # characters around an anchor word that a statement may span

_HUB_ID_AFTER_DATA = lazy(r"\b(?:trained|fine-?tuned|finetuned|pre-?trained)\b[^.\n]{0,100}?\b(?:data|dataset|datasets|"
                          r"corpus|corpora)[ \t]+[\[`*]{0,2}(?-i:[A-Za-z0-9][\w.-]*/[A-Za-z0-9][\w.-]*)", re.I)
_SCRAPED = lazy(r"\b(?:scraped|scrapped|crawled|(?:collected|gathered)[ \t]+from)\b(?:[^.\n]|\.(?=\S)){0,60}?"
                r"\b(?:websites?|sites?|forums?|portals?|web[ \t]*pages?)\b", re.I)
_HOURS = lazy(r"(?<![\w.])\d[\d.,]*[`*_]{0,2}[ \t]*(?:hours|hrs|h|часов|часа|heures|horas|Stunden|ore|uur|timmar|"
              r"saat|jam|giờ)[ \t]+(?:of[ \t]+)?(?:[\w-]+[ \t]+){0,2}?(?:speech|audio|recordings?|аудио|речи|записей|"
              r"d'audio|de[ \t]+áudio|de[ \t]+audio|Audio|Sprache|di[ \t]+audio|ses|konuşma)\b", re.I)
# the data named as what it trains on, in a relative clause ("the price data it trains on is not redistributed"), or
# a data file in code after a verb of training ("Trained on `seed_bh` labels from `data/adt5111_s1_to_s7.xlsx`")
_DATA_IT_TRAINS_ON = lazy(r"\b(?:data|dataset|corpus|examples|images|texts|recordings)[ \t]+(?:that[ \t]+|which[ \t]+)?"
                          r"(?:it|the[ \t]+model|this[ \t]+model|we)[ \t]+(?:trains?|was[ \t]+trained|is[ \t]+trained|"
                          r"learns?|learned|learnt|trained)[ \t]+(?:on|from)\b", re.I)
_DATA_FILE = lazy(r"\b(?:trained|fine-?tuned|finetuned)\b[^.\n]{0,60}?\b(?:on|from)\b[^.\n]{0,60}?[`'\"][\w./-]+"
                  r"\.(?:csv|tsv|jsonl|parquet|xlsx?|arrow|feather)[`'\"]", re.I)  # (not a config's `.json`)
# (the two read after a verb of training, as one pattern: each window around the verb searched once)
_AFTER_TRAINED = lazy(rf"{_HUB_ID_AFTER_DATA.pattern}|{_DATA_FILE.pattern}", re.I)
_TURKISH_USED = lazy(r"\beğitim(?:inde|de|i[ \t]+için)\b[^.\n]{0,80}?\bkullanıl(?:dı|mıştır|mıştir)", re.I)


def states_more_data(text: str) -> bool:
    """Whether ``text`` says what the model was trained on in one of the ways above."""
    return (found_near(_AFTER_TRAINED, text, ("trained", "tuned"), REACH)
            or found_near(_SCRAPED, text, ("scraped", "scrapped", "crawled", "collected from", "gathered from"), REACH)
            or (found_near(_HOURS, text, _HOUR_WORDS, REACH) and _trains(text))
            or found_near(_TURKISH_USED, text, ("eğitim",), REACH)
            or found_near(_DATA_IT_TRAINS_ON, text, _TRAINS_ON_WORDS, REACH))


_TRAINS_ON_WORDS = ("trains on", "trained on", "trains from", "trained from", "learns from", "learned from",
                    "learnt from")
# (words only: "h " and "ore " stand inside many words, "with ", "more ")
_HOUR_WORDS = ("hours", "hrs", "часов", "часа", "heures", "horas", "stunden", "uur", "timmar", "saat", "giờ")
_TRAIN_WORDS = lazy(r"train|tun|обуч|видел|entra[iî]n|trein|addestr|eğit|latih|huấn", re.I)


def _trains(text: str) -> bool:
    """Whether the text speaks of training at all (hours of audio counted elsewhere are a test set's, or a demo's)."""
    return _TRAIN_WORDS.search(text) is not None
