"""Language codes: which values of `language` are ISO 639 codes, what a wrong one probably meant,
and which language a configuration name stands for. The tables are read from ``data/`` on first use."""

from __future__ import annotations

import re
from functools import cache

from .cache import cached as _cached
from .lists import DATA_DIR, load_set
from .suggest import SpellIndex

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
    if len(code) == 3 and "qaa" <= code <= "qtz" and code.isalpha():
        # ISO 639-2 reserves qaa-qtz for local use (Stanza's `qtd`, Turkish-German): codes of the standard, which
        # its tables list as one range, not one by one
        return code, ""
    return iso639().get(code)


def is_collective(code: str) -> bool:
    """Whether ``code`` is an ISO 639-5 collective code (``zle`` East Slavic, ``gem`` Germanic), which stands
    for a group of languages that no table here lists."""
    return f"{code}\t5" in _iso639_lines()


def is_iso639(value: str) -> bool:
    return code_info(value) is not None


def is_region(code: str) -> bool:
    """Whether ``code`` is an ISO 3166-1 alpha-2 region (``de``, ``us``; not ``en``), as a BCP-47 tag gives one."""
    return code.lower() in load_set("iso3166_regions")


@cache
def language_hints() -> dict[tuple[str, str], str]:
    """(kind, value) -> code: language names, retired codes, country codes (for suggestions only)."""
    out: dict[tuple[str, str], str] = {}
    for line in (DATA_DIR / "iso639_hints.txt").read_text(encoding="utf-8").split("\n"):
        if line and line[0] != "#":
            kind, value, code = line.split("\t")
            out[(kind, value)] = code
    return out


@cache
def name_tails() -> dict[str, frozenset[str]]:
    """A word that names no language alone but ends the name of one with a two-letter code -> those codes
    ("frisian": `fy`, of Western Frisian; "nynorsk": `nn`), for a title's "Frisian" on the model of `fy`; not a word
    as wide as "language" (of the sign languages), "creole" or "slavic" (a family)."""
    hints = language_hints()
    tails: dict[str, set[str]] = {}
    for (kind, value), code in hints.items():
        if kind == "name" and " " in value and len(code) == 2:
            word = value.rsplit(" ", 1)[1]
            if word.isalpha() and len(word) >= 5 and ("name", word) not in hints and word not in _WIDE:
                tails.setdefault(word, set()).add(code)
    return {word: frozenset(codes) for word, codes in tails.items()}


_WIDE = frozenset({"language", "languages", "creole", "pidgin", "dialect", "dialects", "slavic", "slavonic"})


def special_languages() -> frozenset[str]:
    return load_set("language_special")


PROGRAMMING_LANGUAGES = frozenset(
    "python java javascript typescript c c++ cpp c# csharp go golang rust ruby php sql bash shell "
    "kotlin scala swift perl lua julia haskell matlab r "
    # (and the file extensions that are no ISO 639 code, which a card of Python code may write: `py` is not Paraguay's)
    "py js".split()
)


def is_language(value: str) -> bool:
    return is_iso639(value) or value in special_languages()


MOST_WORDS = 6  # the words of a value read as languages' names ("English and Standard Arabic"), at most
_JOINING = frozenset({"and", "or", "und", "et", "y", "e", "i", "og", "en"})


@_cached(maxsize=512)
def language_fix(value: str) -> tuple[str, str | None]:
    """Why ``value`` is not accepted in ``language``, and the value to use instead (or None).

    The reason is one of: ``case``, ``region``, ``name``, ``retired``, ``split`` (the value: the codes it was split
    into, comma-separated), ``country``, ``programming``, ``unknown``.
    """
    low = value.strip().lower()
    if is_iso639(low) or low in special_languages():
        return "case", low
    parts = [p for p in re.split(r"[-_]", low) if p]
    if len(parts) > 1 and is_iso639(parts[0]):
        return "region", parts[0]
    hints = language_hints()
    name = " ".join(low.split())
    # (a value of one or two letters is a code mistyped, not a name: `ge` is no Ge (hmj) but Georgia's code or German's
    # mistyped; names of two letters that are codes too, `ak`, `ga`, were read as codes above)
    if ("name", name) in hints and len(low) > 2:
        return "name", hints[("name", name)]
    if ("retired", low) in hints:
        return "retired", hints[("retired", low)]
    if ("split", low) in hints:  # (retired and split into several: the codes, for the author to choose among)
        return "split", hints[("split", low)]
    if low in PROGRAMMING_LANGUAGES:
        return "programming", "code"
    if ("country", low) in hints:
        return "country", hints[("country", low)]
    words = [w for w in re.split(r"[\s,;/()&+]+", low) if w]
    codes = [hints.get(("name", w)) for w in words]
    found = list(dict.fromkeys(c for c in codes if c is not None))
    if len(words) > MOST_WORDS:  # (prose, not languages named: each word's misspellings looked for cost a card 0.1 s;
        # unless every word is a name or joins two: "English and Spanish and French and German and Italian")
        if len(found) > 1 and all(c is not None or w in _JOINING for w, c in zip(words, codes, strict=True)):
            return "names", ", ".join(found)
        return "unknown", None
    # (not when another word is a language's name misspelt, "English Cszech": its code is not `en` alone; the other
    # words may say something of the language, "scientific english")
    if not found or any(c is None and len(w) >= 4 and _names_index().closest(w, 2) for w, c in zip(words, codes,
                                                                                                    strict=True)):
        return "unknown", None
    if len(found) == 1 and len(words) > 1:
        return "name", found[0]
    if len(found) > 1:  # "Spanish English": two languages in one value
        return "names", ", ".join(found)
    return "unknown", None


@cache
def _names_index() -> SpellIndex:
    """The languages' names of one word, for a misspelt one."""
    return SpellIndex(value for kind, value in language_hints() if kind == "name" and " " not in value)


def language_of(value: str) -> tuple[str, str] | None:
    """The (preferred code, macrolanguage) a card's language value stands for, leniently:
    codes, region forms and names all count.  None when it names no language."""
    low = value.strip().lower()
    info = code_info(low)
    if info is not None:
        return info
    reason, fix = language_fix(value)
    if fix and reason not in ("country", "names"):
        return code_info(fix)
    return None
