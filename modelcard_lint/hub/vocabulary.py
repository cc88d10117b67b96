"""What the metadata rules share: the keys the Hub reads, identifiers, language codes, suggestions.

Every table is read from ``data/`` on first use and cached, so a card whose
metadata has no ``language`` never loads the ISO 639 tables, and a valid
value never loads the suggestion tables.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache, lru_cache, wraps
from typing import TypeVar

from ..card.yamlnode import Node
from .lists import DATA_DIR, load_list, load_set

#: top-level keys the Hub or huggingface_hub read (hub-spec §1.3, §2); other keys are kept but unused
KNOWN_KEYS = frozenset(
    """language language_bcp47 language_details license license_name license_link license_details
    tags datasets metrics model-index pipeline_tag library_name base_model base_model_relation
    new_version widget inference thumbnail co2_eq_emissions model_name mask_token instance_prompt
    extra_gated_prompt extra_gated_fields extra_gated_heading extra_gated_description
    extra_gated_button_content finetuned_from buckets""".split()
)

#: tasks removed from the Hub's list, and what the Hub files those models under now
REMOVED_TASKS = {"conversational": "text-generation", "text2text-generation": "text-generation"}

BASE_MODEL_RELATIONS = ("adapter", "merge", "quantized", "finetune")

# a Hub repository id: `name` or `owner/name` (letters, digits, `-`, `_`, `.`; at most 96 characters)
_REPO_ID = re.compile(r"[A-Za-z0-9](?:[\w.-]*[\w])?(?:/[\w](?:[\w.-]*[\w])?)?\Z")
_HUB_URL = re.compile(r"https?://(?:www\.)?(?:huggingface\.co|hf\.co)/(datasets/)?([\w.-]+(?:/[\w.-]+)?)/?\Z")


def same_id(written: str, id_: str) -> bool:
    """Whether ``written`` is ``id_`` in other case or punctuation (`MIT`, `Apache 2.0`)."""
    squash = re.compile(r"[^a-z0-9]+")
    return squash.sub("", written.lower()) == squash.sub("", id_.lower())


def shown(node: Node) -> str:
    """A value as a message quotes it: `` `raw` ``, "empty", "a list" or "a mapping"."""
    if node.kind == "scalar":
        if node.value is None:
            return "empty"
        if not node.raw.strip():
            return '`""`'
        return f"`{node.raw if len(node.raw) <= 60 else node.raw[:57] + '...'}`"
    return "a list" if node.kind == "seq" else "a mapping"


T = TypeVar("T")
_CACHES: list[Callable[[], None]] = []


def clear_caches() -> None:
    """Forget every cached answer of this module (for timing the uncached work, in tests)."""
    for clear in _CACHES:
        clear()


def _cached(maxsize: int, longest: int = 100) -> Callable[[Callable[[str], T]], Callable[[str], T]]:
    """``lru_cache(maxsize)`` for a function of one string, except that strings longer than
    ``longest`` are not kept: a run over many cards must not hold on to their longest values."""

    def wrap(fn: Callable[[str], T]) -> Callable[[str], T]:
        cached = lru_cache(maxsize=maxsize)(fn)
        _CACHES.append(cached.cache_clear)

        @wraps(fn)
        def call(value: str) -> T:
            return cached(value) if len(value) <= longest else fn(value)

        return call

    return wrap


# -- identifiers ------------------------------------------------------------


def repo_id_problem(text: str, kind: str = "model") -> tuple[str, str | None] | None:
    """Why ``text`` is not a Hub repository id, and the id it probably meant; None if it is one.

    ``kind`` is "model" or "dataset" (a dataset URL carries ``/datasets/``).
    """
    value = text.strip()
    if not value:
        return "it is empty", None
    if value.lower() in ("none", "null", "nan", "n/a", "-"):
        return f"`{value}` is a placeholder, not an id", None
    m = _HUB_URL.match(value)
    if m:
        return "it is a URL, not an id", m.group(2)
    if any(c.isspace() for c in value):
        return "it is prose, not an id", None
    if "://" in value or value.startswith("www."):
        return f"it is a link outside the Hub, not a {kind} id", None
    if "\\" in value or re.match(r"[A-Za-z]:[\\/]", value):
        name = re.split(r"[\\/]", value.rstrip("\\/"))[-1]
        return "it is a Windows path on the author's machine", name or None
    if value.startswith(("/", "./", "../", "~")) or value.count("/") > 1 or value.endswith("/"):
        name = value.rstrip("/").split("/")[-1]
        return "it is a local path on the author's machine", name if _REPO_ID.match(name) else None
    if len(value) > 96 or not _REPO_ID.match(value) or "--" in value or ".." in value:
        return f"it is not a valid {kind} id", None
    return None


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


class _Index:
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
def _choices(choices: tuple[str, ...], key) -> tuple[dict[str, str], _Index]:
    """The choices by their key (the first choice of each key), and an index of the keys."""
    table: dict[str, str] = {}
    for c in choices:
        table.setdefault(key(c), c)
    return table, _Index(table)


def nearest(value: str, choices: Iterable[str], key=squash, max_ratio: float = 0.25) -> str | None:
    """The choice ``value`` most probably meant, or None.

    Tried in order: same text ignoring case, punctuation and spacing; a unique
    prefix relation (``bsd-3`` -> ``bsd-3-clause``, ``gpl-2.0-or-later`` ->
    ``gpl-2.0``); the fewest edits, at most a quarter of the length.  The
    choices are reduced and indexed once per list.
    """
    sq = key(value)
    if not sq:
        return None
    table, index = _choices(choices if isinstance(choices, tuple) else tuple(choices), key)
    if sq in table:
        return table[sq]
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


@_cached(maxsize=256)
def suggest_license(value: str) -> str | None:
    return nearest(value, load_list("licenses"), key=license_key)


@_cached(maxsize=256)
def suggest_task(value: str) -> str | None:
    low = value.strip().lower()
    if low in REMOVED_TASKS:
        return REMOVED_TASKS[low]
    alias = TASK_ALIASES.get(squash(low))
    return alias or nearest(value, load_list("pipeline_tags"))


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


# -- languages --------------------------------------------------------------


@cache
def _iso639_lines() -> frozenset[str]:
    """The lines of data/iso639.txt: a bare line is a code whose other columns hold their defaults."""
    return frozenset((DATA_DIR / "iso639.txt").read_text(encoding="utf-8").split("\n"))


@cache
def iso639() -> dict[str, tuple[str, str]]:
    """Every ISO 639 code the Hub accepts: code -> (its language's preferred code, macrolanguage or "")."""
    out: dict[str, tuple[str, str]] = {}
    for line in _iso639_lines():
        if not line or line[0] == "#":
            continue
        cols = line.split("\t")
        out[cols[0]] = (cols[2] if len(cols) > 2 else cols[0], cols[3] if len(cols) > 3 else "")
    return out


def code_info(code: str) -> tuple[str, str] | None:
    """(preferred code, macrolanguage) of an ISO 639 code, or None if ``code`` is not one.

    Most codes, and every common two-letter one, are a bare line of the file, which answers
    without building the full table.
    """
    if not 2 <= len(code) <= 3:
        return None
    if code in _iso639_lines():
        return code, ""
    return iso639().get(code)


def is_collective(code: str) -> bool:
    """Whether ``code`` is an ISO 639-5 collective code (``zle`` East Slavic, ``gem`` Germanic), which stands
    for a group of languages that no table here lists."""
    return f"{code}\t5" in _iso639_lines()


def is_iso639(value: str) -> bool:
    return code_info(value) is not None


@cache
def language_hints() -> dict[tuple[str, str], str]:
    """(kind, value) -> code: language names, retired codes, country codes (for suggestions only)."""
    out: dict[tuple[str, str], str] = {}
    for line in (DATA_DIR / "iso639_hints.txt").read_text(encoding="utf-8").split("\n"):
        if line and line[0] != "#":
            kind, value, code = line.split("\t")
            out[(kind, value)] = code
    return out


def special_languages() -> frozenset[str]:
    return load_set("language_special")


PROGRAMMING_LANGUAGES = frozenset(
    "python java javascript typescript c c++ cpp c# csharp go golang rust ruby php sql bash shell "
    "kotlin scala swift perl lua julia haskell matlab r".split()
)


def is_language(value: str) -> bool:
    return is_iso639(value) or value in special_languages()


@_cached(maxsize=512)
def language_fix(value: str) -> tuple[str, str | None]:
    """Why ``value`` is not accepted in ``language``, and the value to use instead (or None).

    The reason is one of: ``case``, ``region``, ``name``, ``retired``, ``country``,
    ``programming``, ``unknown``.
    """
    low = value.strip().lower()
    if is_iso639(low) or low in special_languages():
        return "case", low
    parts = [p for p in re.split(r"[-_]", low) if p]
    if len(parts) > 1 and is_iso639(parts[0]):
        return "region", parts[0]
    hints = language_hints()
    name = " ".join(low.split())
    if ("name", name) in hints:
        return "name", hints[("name", name)]
    if ("retired", low) in hints:
        return "retired", hints[("retired", low)]
    if low in PROGRAMMING_LANGUAGES:
        return "programming", "code"
    if ("country", low) in hints:
        return "country", hints[("country", low)]
    words = [w for w in re.split(r"[\s,;/()]+", low) if w]
    found = {hints[("name", w)] for w in words if ("name", w) in hints}
    if len(found) == 1 and len(words) > 1:
        return "name", found.pop()
    return "unknown", None


def language_of(value: str) -> tuple[str, str] | None:
    """The (preferred code, macrolanguage) a card's language value stands for, leniently:
    codes, region forms and names all count.  None when it names no language."""
    low = value.strip().lower()
    info = code_info(low)
    if info is not None:
        return info
    reason, fix = language_fix(value)
    if fix and reason != "country":
        return code_info(fix)
    return None


# -- keys -------------------------------------------------------------------

#: keys that are not near misses of the right one but are used for it
_KEY_ALIASES = {"pipeline": "pipeline_tag", "library": "library_name", "library_tag": "library_name",
                "lang": "language", "languages": "language", "licence_name": "license_name",
                "licence_link": "license_link"}
_KEYS_BY_FORM = {k.replace("-", "_"): k for k in KNOWN_KEYS}
_KEY_INDEX = _Index(_KEYS_BY_FORM)


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
    if len(form) < 5:
        return None
    limit = 2 if len(form) >= 10 else 1
    best = _KEY_INDEX.closest(form, limit)
    return _KEYS_BY_FORM[best] if best is not None else None


#: tasks whose models take no human language as input or output
NO_LANGUAGE_TASKS = frozenset(
    """image-classification object-detection image-segmentation depth-estimation image-to-image
    unconditional-image-generation video-classification tabular-classification tabular-regression
    time-series-forecasting reinforcement-learning robotics voice-activity-detection image-feature-extraction
    mask-generation keypoint-detection graph-ml image-to-3d image-to-video video-to-video audio-to-audio
    zero-shot-image-classification""".split()
)


# -- model-index ------------------------------------------------------------


def model_index_results(meta: Node) -> list[tuple[Node, Node]]:
    """(entry, result) for every result mapping under ``model-index`` (malformed parts skipped)."""
    out: list[tuple[Node, Node]] = []
    index = meta.get("model-index")
    if index is None or not index.is_seq:
        return out
    for entry in index:
        results = entry.get("results") if entry.is_map else None
        if results is not None and results.is_seq:
            out.extend((entry, r) for r in results if r.is_map)
    return out


def metric_items(result: Node) -> list[Node]:
    metrics = result.get("metrics")
    return [m for m in metrics if m.is_map] if metrics is not None and metrics.is_seq else []
