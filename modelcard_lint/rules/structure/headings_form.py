"""How ``missing-section`` (MC201) compares headings with its topics' phrases: each heading normalised
(``normalize``: lower case, no numbering, punctuation, emoji or accents, Chinese and Japanese one word per
character)
and its words reduced to their stems (``form``), so that plurals and near forms of a phrase ("Evaluations",
"Test result", "Training datasets") cover its topic; and a topic's single word anywhere in a section's
heading (``loosely``).
"""

from __future__ import annotations

import unicodedata
from functools import cache, lru_cache

from ...facts.lazyre import lazy

_NUMBERING = lazy(r"^(?:\d+(?:\.\d+)*[.)]?|[ivx]+[.)]|[a-z][.)])\s+")
_NON_WORD = lazy(r"[^\w\-\u0900-\u097f]+")  # (Devanagari's vowel signs are no \w, but part of a word)



def unspaced(ch: str) -> bool:
    """Whether ``ch`` is of a script written without spaces between words (kana, CJK ideographs). Compared as
    characters: a character class of these wide ranges takes milliseconds to compile, in every run."""
    return "\u3040" <= ch <= "\ufaff" and (ch <= "\u30ff" or "\u3400" <= ch <= "\u4dbf" or "\u4e00" <= ch <= "\u9fff"
                                          or ch >= "\uf900")


_HYPHENATED_WORD = lazy(r"[^\s-](?:\S*[^\s-])?")
# Latin letters with accents, read as their base letter: a heading typed without them ("Donnees d'entrainement",
# "Usage prevu") is the same heading (Hangul and kana keep their marks: they are other letters there)
_ACCENTS = {cp: base for cp in range(0xC0, 0x250)
            if len(d := unicodedata.normalize("NFD", chr(cp))) > 1 and (base := d[0]).isascii() and base.isalpha()}


def normalize(title: str) -> str:
    """Lower case, no numbering, emoji, punctuation or "[optional]"; words joined by one space.

    Cached for headings of up to 200 characters: a run over many cards must not hold on to
    their longest headings.
    """
    return _normalize_cached(title) if len(title) <= 200 else _normalize(title)


def _normalize(title: str) -> str:
    # ("Training / evaluation data" is "Training and evaluation data")
    text = title.lower().replace("[optional]", " ").replace("&", " and ").replace(" / ", " and ")
    text = _NUMBERING.sub("", text.strip())
    if not text.isascii():  # Chinese and Japanese, written without spaces: one word per character
        text = "".join(f" {ch} " if unspaced(ch) else ch for ch in text.translate(_ACCENTS))
    text = _NON_WORD.sub(" ", text).replace("_", " ")
    return " ".join(_HYPHENATED_WORD.findall(text))  # the words, without the hyphens at their ends


_normalize_cached = lru_cache(maxsize=4096)(_normalize)

# what a heading is compared in: each word reduced to its stem, so that plurals and near forms of a
# phrase's words ("Evaluations", "Evaluating", "Test result", "Limits", "Training datasets") cover its topic
# ("uses" keeps its s: "Uses" is a topic, "How to use" is not; "-ed" is kept: "Limited warranty")
_SUFFIXES = ("ations", "ation", "ating", "ated", "ates", "ate", "ings", "ing", "es", "s")
# (a short form is its word: "# Intro" is an introduction, "## Evals" an evaluation)
_SYNONYMS = {"eval": "evaluation", "evals": "evaluation", "dataset": "data", "datasets": "data", "corpora": "corpus",
             "intro": "introduction"}

# a topic's word anywhere in a heading covers it too, unless the heading also names another topic's word:
# "Details of the dataset" and "Pre-training corpora" are on training data, "Evaluation data" is not;
# "Test set results" and "Results comparison" are on evaluation, the Trainer's "Training results" is not
_LOOSE: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "training-data": (frozenset({"data", "corpus"}),
                      frozenset({"evaluation", "test", "testing", "validation", "benchmark", "result", "score",
                                 "sample", "collator", "loader"})),
    # a metric's name over its scores (spaCy's "### Accuracy") is evaluation too
    # (and a leaderboard's name over its scores: "## Open-Ko-LLM-Leaderboard"; not the dataset card template's
    # "### Supported Tasks and Leaderboards", pasted with the data's description)
    "evaluation": (frozenset({"result", "score", "accuracy", "f1", "precision", "recall", "bleu", "rouge", "wer",
                              "perplexity", "leaderboard"}), frozenset({"training", "train", "supported"})),
}


# the topics' long words, for a heading that misspells one by a letter left out, added or swapped with the next
# ("## Evalution Output", "## Trainig data", "## Limitatoins"): not by a letter replaced ("Trailing" is no "Training")
# nor at the word's start ("Imitation" is no "Limitation")
_SPELT = ("evaluation", "limitation", "limitations", "description", "intended", "training", "dataset", "datasets",
          "performance", "benchmark", "benchmarks", "introduction", "overview", "considerations", "architecture",
          "information", "applications", "validation", "verification", "results", "comparison")


@lru_cache(maxsize=4096)
def _respelt(word: str) -> str:
    """``word``, or the topic's word it misspells by one letter left out, added or swapped (seven letters or more)."""
    if len(word) < 7 or word in _SPELT:
        return word
    for right in _SPELT:
        if right[:2] == word[:2] and _one_slip(word, right):
            return right
    return word


def _one_slip(word: str, right: str) -> bool:
    """Whether ``word`` is ``right`` with one letter left out or added, or two neighbours swapped."""
    if len(word) == len(right):
        diff = [i for i, (a, b) in enumerate(zip(word, right, strict=True)) if a != b]
        return len(diff) == 2 and diff[1] == diff[0] + 1 and word[diff[0]] == right[diff[1]] \
            and word[diff[1]] == right[diff[0]]
    short, long_ = (word, right) if len(word) < len(right) else (right, word)
    if len(long_) - len(short) != 1:
        return False
    i = next((k for k, (a, b) in enumerate(zip(short, long_, strict=False)) if a != b), len(short))
    return short[i:] == long_[i + 1 :]


def _stem(word: str) -> str:
    word = _SYNONYMS.get(word, _respelt(word))
    if len(word) <= 3 or word == "uses":
        return word
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            if suffix == "s" and word.endswith(("ss", "us", "is", "as")):
                continue
            word = word[: -len(suffix)]
            break
    return word[:-1] if word.endswith("e") and len(word) > 4 else word


_PREFIX = lazy(r"\b(fine|pre|post)-(?=\w)")


@lru_cache(maxsize=4096)
def form(title: str) -> str:
    """A heading as it is matched: normalised, its words stemmed, between spaces.

    Callers pass at most 200 characters, so that the cache does not hold on to long headings.
    """
    text = normalize(title.replace("(s)", "s")).replace("data set", "dataset")
    if "-" in text:  # "Fine tuning data" is "Fine-tuning data", "Pre training" is "Pre-training"
        text = _PREFIX.sub(r"\1 ", text)
    return " " + " ".join(_stem(w) for w in text.split()) + " "


@cache
def _stems(words: frozenset[str]) -> frozenset[str]:
    return frozenset(form(w).strip() for w in words)


def loosely(topic: str, titles: frozenset[str]) -> bool:
    """Whether a heading has one of ``topic``'s words anywhere and none of the words that make it another's."""
    if topic not in _LOOSE:
        return False
    words, others = (_stems(w) for w in _LOOSE[topic])
    return any(not words.isdisjoint(ws) and others.isdisjoint(ws) for ws in (_words(t) for t in titles))


def _words(title: str) -> set[str]:
    """A formed heading's words, a hyphenated one's parts too ("Rights and training-data boundary" has "data")."""
    words = set(title.split())
    if "-" in title:
        words.update(_stem(part) for word in list(words) if "-" in word for part in word.split("-") if part)
    return words
