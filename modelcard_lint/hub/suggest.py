"""Did-you-mean: the Hub's id, task, key or language a wrong value most probably meant.

Searches are bounded (only the choices within reach of the value's length and letters are
compared, with an edit distance that stops at its limit) and their answers cached.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from .cache import cached as _cached
from .lists import load_list
from .vocabulary import KNOWN_KEYS, REMOVED_TASKS

# -- suggestions ------------------------------------------------------------


def edit_distance(a: str, b: str, limit: int) -> int:
    """Optimal-string-alignment distance (a swap of two letters counts 1), capped at ``limit + 1``.

    Only the cells within ``limit`` of the diagonal are computed: a path that leaves that band
    costs more than ``limit`` edits.
    """
    n, m = len(a), len(b)
    cap = limit + 1
    if abs(n - m) > limit:
        return cap
    if a == b:
        return 0
    prev2: list[int] = []
    prev = [min(j, cap) for j in range(m + 1)]
    for i in range(1, n + 1):
        cur = [cap] * (m + 1)
        cur[0] = best = min(i, cap)
        x, x1 = a[i - 1], a[i - 2] if i > 1 else ""
        for j in range(max(1, i - limit), min(m, i + limit) + 1):
            y = b[j - 1]
            d = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x != y))
            if j > 1 and x1 and x == b[j - 2] and x1 == y and prev2[j - 2] + 1 < d:
                d = prev2[j - 2] + 1
            cur[j] = d = min(d, cap)
            if d < best:
                best = d
        if best > limit:
            return cap
        prev2, prev = prev, cur
    return prev[m]


def squash(text: str) -> str:
    """Lower case, letters and digits only: ``Text Classification`` and ``text_classification`` meet."""
    return re.sub(r"[^a-z0-9+]", "", text.lower())


class SpellIndex:
    """Strings grouped by length, each with its set of characters, for ``_closest``."""

    __slots__ = ("by_length",)

    def __init__(self, strings: Iterable[str]) -> None:
        self.by_length: dict[int, list[tuple[str, frozenset[str]]]] = {}
        for s in strings:
            self.by_length.setdefault(len(s), []).append((s, frozenset(s)))

    def closest(self, text: str, limit: int) -> str | None:
        """The one string fewest edits from ``text``, at most ``limit``; None if there is none or a tie.

        Only strings that could be within ``limit`` edits are compared: a length that differs by
        more, or more than ``limit`` characters that the other string lacks, needs more edits
        (an edit brings in or takes away at most one character, a swap none).
        """
        chars = frozenset(text)
        best, found, tie = limit + 1, None, False
        for length in range(len(text) - limit, len(text) + limit + 1):
            for s, s_chars in self.by_length.get(length, ()):
                if len(s_chars - chars) > limit or len(chars - s_chars) > limit:
                    continue
                d = edit_distance(text, s, limit)
                if d < best:
                    best, found, tie = d, s, False
                elif d == best:
                    tie = True
        return None if tie else found


@lru_cache(maxsize=32)
def _choices(choices: tuple[str, ...], key) -> tuple[dict[str, str], SpellIndex]:
    """The choices by their key (the first choice of each key), and an index of the keys."""
    table: dict[str, str] = {}
    for c in choices:
        table.setdefault(key(c), c)
    return table, SpellIndex(table)


def nearest(
    value: str, choices: Iterable[str], key=squash, max_ratio: float = 0.25, prefixes: bool = True
) -> str | None:
    """The choice ``value`` most probably meant, or None.

    Tried in order: same text ignoring case, punctuation and spacing; a unique
    prefix relation (``bsd-3`` -> ``bsd-3-clause``, ``gpl-2.0-or-later`` ->
    ``gpl-2.0``), unless ``prefixes`` is false (names where a longer one is another
    thing: the library `whisper` is not `whisperkit`); the fewest edits, at most a
    quarter of the length.  The choices are reduced and indexed once per list.
    """
    sq = key(value)
    if not sq:
        return None
    table, index = _choices(choices if isinstance(choices, tuple) else tuple(choices), key)
    if sq in table:
        return table[sq]
    if not prefixes:
        best = index.closest(sq, max(1, int(len(sq) * max_ratio)))
        # (nor a known name with more after it, a digit or two letters and more: `fairseq2` is a library of its own,
        # not `fairseq`)
        if best is None or (sq.startswith(best) and (len(sq) - len(best) > 1 or sq[-1].isdigit())):
            return None
        # (nor another version: `depth-anything-3` is not `depth-anything-v2`)
        digits, best_digits = "".join(filter(str.isdigit, sq)), "".join(filter(str.isdigit, best))
        if digits and best_digits and digits != best_digits:
            return None
        return table[best]
    longer = sorted((k for k in table if len(sq) >= 3 and k.startswith(sq)), key=len)
    if longer:  # `bsd-3` -> `bsd-3-clause`, but `cc-by-nc` is ambiguous (2.0, 3.0, 4.0)
        return table[longer[0]] if all(k.startswith(longer[0]) for k in longer) else None
    shorter = [k for k in table if len(k) >= 3 and sq.startswith(k)]
    if shorter:
        return table[max(shorter, key=len)]
    limit = max(1, int(len(sq) * max_ratio))
    best = index.closest(sq, limit)
    return table[best] if best is not None else None


def license_key(text: str) -> str:
    """A license id reduced for matching: ``Apache License, Version 2.0`` and ``apache-2.0`` meet."""
    low = text.lower()
    low = re.sub(r"\b(?:the|licen[cs]e[sd]?|version|only|or[ -]later|public)\b|\+$", " ", low)
    low = re.sub(r"v(?=\d)", "", low)
    low = re.sub(r"(\d)\.0\b", r"\1", low)
    return re.sub(r"[^a-z0-9+.]", "", low).replace(".", "")


# the pages of licenses the Hub has an id for, as cards link them: Meta's Llama licenses ("A custom commercial license
# is available at: https://llama.meta.com/llama3/license", ".../llama-models/blob/main/models/llama3_1/LICENSE") and
# Google's Gemma terms; a pattern's groups are the version's digits
_LICENSE_PAGES = (
    (re.compile(r"\bllama(?:\.meta)?\.com/llama(\d)(?:[._](\d))?/(?:license|use-policy)", re.I), "llama"),
    (re.compile(r"/llama-models/(?:blob|tree)/main/models/llama(\d)(?:_(\d))?/LICENSE", re.I), "llama"),
    (re.compile(r"\bai\.meta\.com/(?:llama/license|resources/models-and-libraries/llama-downloads)", re.I), "llama2"),
    (re.compile(r"\bai\.google\.dev/gemma/terms", re.I), "gemma"),
)


def license_of_page(text: str) -> str | None:
    """The Hub's license id for a license page that ``text`` links, or None."""
    low = text.lower()
    if "llama" not in low and "gemma" not in low:
        return None
    for pattern, name in _LICENSE_PAGES:
        m = pattern.search(text)
        if m is not None:
            hub_id = name + ".".join(d for d in m.groups() if d)
            return hub_id if hub_id in load_list("licenses") else None
    return None


@_cached(maxsize=256)
def suggest_license(value: str) -> str | None:
    return nearest(value, load_list("licenses"), key=license_key)


@_cached(maxsize=256)
def suggest_task(value: str) -> str | None:
    low = value.strip().lower()
    if low in REMOVED_TASKS:
        return REMOVED_TASKS[low]
    alias = TASK_ALIASES.get(squash(low))
    return (alias or _containing(low, load_list("pipeline_tags")) or _classification(low)
            or nearest(value, load_list("pipeline_tags")))


def _classification(low: str) -> str | None:
    """The Hub's classification of what ``low`` classifies ("document-classification" is text's, not the
    nearest spelling, ``token-classification``; "speech-classification" audio's); None for another task."""
    m = _CLASSIFIES.fullmatch(low)
    if m is None:
        return None
    what = m.group(1)
    return ("audio-classification" if what in _AUDIO else "image-classification" if what in _IMAGES
            else "text-classification" if what in _TEXTS else None)


_CLASSIFIES = re.compile(r"([a-z]+)[-_ ]classification")
_TEXTS = frozenset({"document", "sentence", "sequence", "paragraph", "topic", "news", "review", "tweet", "intent",
                    "emotion", "sentiment", "spam", "toxicity", "article", "email", "query", "question", "claim",
                    "multilabel", "multiclass", "binary", "genre", "language"})
_AUDIO = frozenset({"speech", "sound", "voice", "speaker", "music", "accent"})
_IMAGES = frozenset({"photo", "picture", "scene", "face", "pixel", "visual"})


def _containing(value: str, tasks: Iterable[str]) -> str | None:
    """The one task id whose words hold all of ``value``'s words in a row (``image-generation`` is
    ``unconditional-image-generation``, not ``mask-generation`` by its letters); None when none or several do."""
    words = [w for w in re.split(r"[\W_]+", value) if w]
    if len(words) < 2:
        return None
    found = [t for t in tasks if f"-{'-'.join(words)}-" in f"-{t}-" and t != value]
    return found[0] if len(found) == 1 else None


#: names used by transformers pipelines and older cards for the Hub's task ids
TASK_ALIASES = {
    "sentimentanalysis": "text-classification",
    "ner": "token-classification",
    "namedentityrecognition": "token-classification",
    "vqa": "visual-question-answering",
    "asr": "automatic-speech-recognition",
    "speechrecognition": "automatic-speech-recognition",
    "speechtotext": "automatic-speech-recognition",
    "imagecaptioning": "image-to-text",
    "semanticsimilarity": "sentence-similarity",
    "extractiveqa": "question-answering",
    "qa": "question-answering",
    "tts": "text-to-speech",
}


# -- keys -------------------------------------------------------------------

#: keys that are not near misses of the right one but are used for it
_KEY_ALIASES = {"pipeline": "pipeline_tag", "library": "library_name", "library_tag": "library_name",
                "lang": "language", "languages": "language", "licence_name": "license_name",
                "licence_link": "license_link"}
_KEYS_BY_FORM = {k.replace("-", "_"): k for k in KNOWN_KEYS}
_KEY_INDEX = SpellIndex(_KEYS_BY_FORM)
# the known keys of two words or more by their words, in any order: `model-base` is `base_model` (by its letters it
# is nearer `model_name`)
_KEYS_BY_WORDS = {tuple(sorted(f.split("_"))): k for f, k in _KEYS_BY_FORM.items() if "_" in f}


@_cached(maxsize=16384)
def misspelled_key(key: str) -> str | None:
    """The known key ``key`` is a misspelling of, or None (known keys and other keys are fine).

    Four rules ask about every key of a card: the answers are cached for as many keys as a
    card of a few MB can hold, so that each key is worked out once.
    """
    if key in KNOWN_KEYS:
        return None
    form = re.sub(r"[\s-]+", "_", key.strip().lower())
    if form in _KEYS_BY_FORM:
        return _KEYS_BY_FORM[form]
    if form in _KEY_ALIASES:
        return _KEY_ALIASES[form]
    if form + "s" in _KEYS_BY_FORM:  # `dataset`, `tag`, `metric`
        return _KEYS_BY_FORM[form + "s"]
    if (words := tuple(sorted(form.split("_")))) in _KEYS_BY_WORDS:
        return _KEYS_BY_WORDS[words]
    if len(form) < 5:
        return None
    limit = 2 if len(form) >= 7 else 1  # ("liscence": two letters off license)
    best = _KEY_INDEX.closest(form, limit)
    return _KEYS_BY_FORM[best] if best is not None else None
