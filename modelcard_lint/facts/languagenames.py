"""The language a card's title names against its one `language`: "# wav2vec 2.0 ... trained on CommonVoice Italian"
over `language: en`, a card that never names English.

``title_clash(card)`` gives the declared code and its language's name, and the title's other language and the name
the title gives it, when the card declares one language only, its text never names that language (by any English
name the ISO tables give it), and its title names exactly one other (not its macrolanguage nor one of its own
individual languages): the code was mistyped (`ch` for Chinese is Chamorro) or copied from another card.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from ..card import Card
from ..card.yamlnode import Node
from ..diagnostics import Span
from ..hub.languages import code_info, language_hints
from .lazyre import lazy
from .titles import title_text

NAME_WORDS = 3  # the longest language name read in a title ("swiss sign language")
_WORD = lazy(r"[^\W\d_]+")
# a model id's chain of fine-tunings: only what follows the last one names this model's language
# ("xlm-roberta-base-finetuned-swahili-finetuned-ner-luganda" is Luganda's, its base Swahili's)
_TUNED = lazy(r"fine-?tuned", re.I)


@cache
def _names() -> dict[str, tuple[str, ...]]:
    """code -> the English names the ISO tables give its language ("sg": "sango")."""
    out: dict[str, list[str]] = {}
    for (kind, value), code in language_hints().items():
        if kind == "name":
            out.setdefault(code, []).append(value)
    return {code: tuple(sorted(names, key=len)) for code, names in out.items()}


def _phrases(text: str) -> str:
    """``text`` as its words in lower case, one space between them and one at each end, for whole-name search."""
    return " " + " ".join(_WORD.findall(text.lower())) + " "


def _title_languages(title: str) -> dict[str, str]:
    """The languages the title names by their English names, each with the name it gives: the longest name at each
    word ("Swiss German" is `gsw`, not German); a one-word name only for a language of ISO 639-1 (not "Label", a
    language of Papua, nor "Ami")."""
    words = _WORD.findall(title.lower())
    hints = language_hints()
    found: dict[str, str] = {}
    i = 0
    while i < len(words):
        for n in range(min(NAME_WORDS, len(words) - i), 0, -1):
            name = " ".join(words[i : i + n])
            code = hints.get(("name", name))
            if code is not None and (n > 1 or len(code) == 2):
                found.setdefault(code, name)
                i += n - 1
                break
        i += 1
    return found


def related(a: str, b: str) -> bool:
    """Whether two codes name one language, or one is the other's macrolanguage (`or` Oriya and `ory` Odia)."""
    ia, ib = code_info(a), code_info(b)
    return a == b or (ia is not None and ib is not None and (ia[0] == ib[0] or a in ib or b in ia))


class Clash(NamedTuple):
    node: Node  # the `language` value
    code: str
    name: str  # its language's name ("Sango")
    other: str  # the code of the language the title names
    other_name: str  # as the title names it ("Swiss German")


def title_clash(card: Card) -> Clash | None:
    """The card's one `language` against the language its title names (see the module's docstring)."""
    return card.derived("title-language-clash", _clash)


def _clash(card: Card) -> Clash | None:
    meta = card.meta
    node = meta.get("language") if meta is not None else None
    values = [] if node is None else [node] if node.is_scalar else list(node)
    if len(values) != 1 or not values[0].is_str:
        return None
    value = values[0]
    code = value.value.strip()
    if code_info(code) is None:
        return None  # not a code at all is invalid-language's
    title = title_text(card)
    if "{" in title:
        return None  # a template's title, not filled in ("Wav2Vec2-Large-XLSR-53-{language}")
    parts = _TUNED.split(title) if not any(c.isspace() for c in title) else [title]
    named = {c: name for c, name in _title_languages(parts[-1]).items() if not related(c, code)}
    if len(named) != 1:
        return None
    ((other, other_name),) = named.items()
    own = _names().get(code, ())
    prose = (line for _, line in card.prose_lines())
    text = _phrases("\n".join([title, *(h.text for h in card.body.headings), *prose]))
    if not own or any(_phrases(name) in text for name in own):  # ("Luba-Katanga" as the words it is made of)
        return None  # the card names its language too: the title's other one is a source or a target
    return Clash(value, code, own[0].title(), other, other_name.title())


# the language of a speech set's evaluation data as a sentence names it, the XLSR fine-tuning week's template: "The
# model can be evaluated as follows on the Portuguese test data of Common Voice."
_EVAL_DATA = lazy(r"\bon[ \t]+the[ \t]+(?P<name>(?:[A-Za-z][\w-]*[ \t]+){0,2}[A-Za-z][\w-]*)[ \t]+"
                  r"(?:test|evaluation|validation|dev)[ \t]+(?:data|set|split)s?[ \t]+of[ \t]+(?:the[ \t]+)?"
                  r"(?:Mozilla[ \t]+)?(?:Common[ \t]?Voice|FLEURS|VoxPopuli|Multilingual[ \t]+LibriSpeech)\b",
                  re.I)
_EVAL_SETS = ("common voice", "commonvoice", "fleurs", "voxpopuli", "multilingual librispeech")


def evaluation_data_languages(card: Card) -> list[tuple[Span, str, str]]:
    """(span, name, code) of each language a sentence of prose names as a speech set's evaluation data ("on the
    Portuguese test data of Common Voice"), when the name is one language's English name."""
    low = card.text.lower()
    if not any(s in low for s in _EVAL_SETS):
        return []
    out = []
    for n, line in card.prose_lines():
        for m in _EVAL_DATA.finditer(line) if " of " in line else ():
            named = _title_languages(m.group("name"))
            if len(named) == 1:
                ((code, name),) = named.items()
                out.append((Span(n, m.start("name") + 1, n, m.end("name") + 1), name, code))
    return out
