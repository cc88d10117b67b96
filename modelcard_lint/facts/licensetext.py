"""The license a card's text gives, read for a card whose metadata gives none (MC114).

A card may say its license in words ("## License" then "Apache 2.0", "released under the MIT License") while
its metadata has none: the Hub reads the license only from the metadata, so the model page shows none. The
words are named by the Hub's id when they hold one of the Hub's licenses ("Apache License, Version 2.0" is
`apache-2.0`, "CC BY-NC 4.0" is `cc-by-nc-4.0`): the first word that opens one, and its longest.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from ..card import Card
from ..hub.lists import load_list
from ..hub.suggest import license_key
from .lazyre import lazy


class TextLicense(NamedTuple):
    line: int
    words: str  # the license as the text names it (its first words when they name none of the Hub's)
    hub_id: str | None  # the Hub's id for them, or None
    heading: bool  # said under a heading of its own ("## License")


LICENSE_WORDS = 8  # words a license's name holds at most (16 are read after "under" or a heading)
# "released under the MIT License", "distributed under the terms of the Apache License 2.0"
# (who released it may come between: "released by Google DeepMind under the Apache 2.0 license")
_UNDER = lazy(r"\b(?:licen[cs]ed|released|distributed|published|available|provided|shared|offered)"
              r"(?:[ \t]+by(?:[ \t]+[\w-]+){1,4}?)?[ \t]+under"
              r"[ \t]+(?:the[ \t]+)?(?:terms[ \t]+of[ \t]+(?:the[ \t]+)?)?(?P<words>(?:[^.\n;:()]|\.(?=\d)){2,120})",
              re.I)
# "License: MIT", "- **License:** CC BY 4.0"
# (a bold label may go without its colon: "**License** A custom commercial license is available at: ...")
# (or a table's row, as spaCy's cards give it: "| **License** | GPL |", the words up to the cell's end)
_LABEL = lazy(r"^[ \t]*(?:[-*+][ \t]+)?(?:[*_]{0,2}licen[cs]e[*_]{0,2}[ \t]*[:：]|[*_]{2}licen[cs]e[*_]{2}(?=[ \t]+\S)"
              r"|\|[ \t]*[*_]{0,2}licen[cs]e[*_]{0,2}[ \t]*\|(?=[^|\n]*\|))"
              r"[*_]{0,2}[ \t]*(?P<words>[^\n|]{2,120})", re.I | re.M)
# (an agreement alone, "## 协议", is the license: not a protocol, "## 通信协议")
_HEADING = lazy(r"\blicen[cs](?:e|es|ing)\b|许可|許可|使用协议|使用協議|ライセンス|라이선스"
                r"|\A\W*(?:开源|開源)?(?:协议|協議)\W*\Z", re.I)
# a section on other things' licenses: "## Dataset license", "## Base model license"
# (or the kinds of data it was trained on: "- Audio licensed under Apache, MIT, etc", an item of its training data)
_OTHERS = lazy(r"\b(?:data(?:sets?)?|corpus|base[ \t]+models?|code|third[ -]party|audio|images?|photos?|pictures?|"
               r"videos?|recordings?|clips|texts)\b|代码|代碼|数据|數據", re.I)
# a template's blank, not a license: "[More Information Needed]", "TBD"
_BLANK = lazy(r"\W*(?:\[[^\]]*\]|more[ \t]+information[ \t]+needed|tbd|tba|todo|n/?a|none|unknown)\W*", re.I)
_LINK = lazy(r"!?\[([^\]\n]*)\]\([^)\n]*\)")
_MARKUP = str.maketrans("", "", "*_`\"'“”")


def text_license(card: Card) -> TextLicense | None:
    """The license the card's text gives: its own section (not a template's blank), else a sentence or a label
    that names one of the Hub's licenses; or None."""
    return card.derived("text-license", _build)


def _build(card: Card) -> TextLicense | None:
    text = card.text
    if "icen" not in text and "ICEN" not in text and "许可" not in text and "協議" not in text and "协议" not in text \
            and "ライセンス" not in text and "라이선스" not in text and "許可" not in text:
        return None
    for section in card.sections:
        heading = section.heading
        if heading is None or not _HEADING.search(heading.text) or _OTHERS.search(heading.text):
            continue
        # (a heading that is itself the label and the license: a pasted front matter's "license: apache-2.0" over
        # "---", which Markdown shows as a heading)
        if (label := _LABEL.match(heading.text)) is not None and (
                named := _named(heading.line, label.group("words"), heading=True)).hub_id is not None:
            return named
        said = _in_section(section)
        if said is not None:
            return said
    labelled = None  # the first label that names none of the Hub's licenses: said, unless a later line names one
    for n, line in card.prose_lines():
        if "icen" in line:
            line = _LINK.sub(r" \1", line) if "](" in line else line  # ("under the [Apache-2.0](...) License")
            m = label = _LABEL.match(line)
            if label is not None and _BLANK.fullmatch(label.group("words")):
                continue  # (a template's blank that gives examples: "**License:** [Specify License, e.g., Apache-2.0]")
            if m is None and (m := _UNDER.search(line)) is not None and _about_others(line[: m.start()]):
                m = None  # ("The code in this repo is released under the Apache-2.0 License": not the model's)
            if m is not None and (found := _named(n, m.group("words"), heading=False)).hub_id is not None \
                    and (label is None or not _under_others(card, n)):
                if (both := _CODE_THEN_WEIGHTS.search(line)) is not None:
                    # ("**License:** Code is released under MIT, model weights are released under CC-BY-NC 4.0": the
                    # code's license first, then the weights', which is the model's)
                    weights = _UNDER.search(line, both.end())
                    return (_named(n, weights.group("words"), heading=False) if weights is not None else
                            TextLicense(n, " ".join(line.split()[:LICENSE_WORDS]), None, heading=False))
                return found  # (a sentence names a license only by one of the Hub's)
            if label is not None and labelled is None and not _BLANK.fullmatch(label.group("words")) \
                    and not _about_others(line[: label.start("words")]) and not _under_others(card, n):
                labelled = found
            if (m := _NONE_GRANTED.search(line)) is not None:  # ("No open-weights license is granted for this model")
                return TextLicense(n, m.group().translate(_MARKUP), None, heading=False)
    return labelled


def _in_section(section) -> TextLicense | None:
    """The license a license section gives: its first paragraph or list item, in its own text or, when it has none,
    its sub-sections' ("## License", "#### Model License", then a list), passing over one about something else than
    the model ("The code in this repo is released under Apache-2.0"); None when it holds only a template's blank."""
    # (not a sub-section on something else's license: "### Source Images:" over "This work is marked with CC0 1.0",
    # then "### Trained Models:", the model's)
    texts = [b for sub in section.walk() if sub is section or not _on_others(sub.heading) for block in sub.blocks
             for b in block.walk() if b.text.strip()]
    if not texts or _BLANK.fullmatch(texts[0].text):
        return None
    for block in texts[:LICENSE_WORDS]:
        m = _UNDER.search(block.text)
        if m is None or not _about_others(block.text[: m.start()]):
            said = _named(block.line, block.text, heading=True)
            plain = _LINK.sub(r" \1", block.text)
            # (the license after "under" wins over a name before it: "Gemma 4 is released by Google DeepMind under the
            # [Apache 2.0 license](.../gemma_4_license)" is Apache 2.0, the model's name is Gemma)
            if m is not None and (under := _UNDER.search(plain)) is not None and (
                    (named := _named(block.line, under.group("words"), heading=True)).hub_id is not None):
                said = named
            if said.hub_id is not None and _about_others(plain[: max(0, plain.find(said.words.split()[0]))]):
                continue  # ("The code in this repo is released according to Apache-2.0": the code's)
            if said.hub_id is not None and _CODE_THEN_WEIGHTS.search(block.text):
                # ("本仓库的代码依照 Apache-2.0 协议开源，模型的权重的使用则需要遵循 Model License")
                return TextLicense(block.line, " ".join(block.text.split()[:LICENSE_WORDS]), None, heading=True)
            return said
    return TextLicense(texts[0].line, " ".join(texts[0].text.split()[:LICENSE_WORDS]), None, heading=True)


def _on_others(heading) -> bool:
    """Whether a heading is on other things than the model ("Source Images", "Dataset"), not also on the model."""
    return heading is not None and _OTHERS.search(heading.text) is not None and _MODEL.search(heading.text) is None


def _under_others(card: Card, line: int) -> bool:
    """Whether a line sits in a section on other things than the model: "### Base models", then "* [XGen-7B-4K-Base]
    (...)", "  * License: Apache-2.0" (the base model's license, not this model's)."""
    inner = None
    for section in card.sections:
        if section.line <= line <= section.end_line and (inner is None or section.level >= inner.level):
            inner = section
    return inner is not None and inner.heading is not None and _OTHERS.search(inner.heading.text) is not None


def _about_others(before: str) -> bool:
    """Whether a sentence's words before "released under" make it about something else than the model: its code, its
    data (and not the model or its weights as well)."""
    return (_OTHERS.search(before) is not None and _MODEL.search(before) is None) or (
        _STARTED_FROM.search(before) is not None and _OWN.search(before) is None)


# the model another one started from, named before its license: "As initial checkpoint used [stt_en_contextnet_512]
# (...) by [NVIDIA](...) licensed under CC-BY-4.0" (not the model's own: "This model, from the base checkpoint X, is
# released under MIT")
_STARTED_FROM = lazy(r"\b(?:initial|base|original|parent|starting|source)[ \t]+(?:model|checkpoint|weights)\b", re.I)
_OWN = lazy(r"\b(?:this|our|the)[ \t]+(?:model|checkpoint|weights|adapter)\b(?![ \t]+(?:used|we))", re.I)


_MODEL = lazy(r"\b(?:models?|weights?|checkpoints?|adapters?)\b|模型|权重|權重", re.I)
# a license section's sentence on the code's license, then on the weights' ("The code is Apache-2.0; the weights follow
# the Model License"), in English or Chinese
_CODE_THEN_WEIGHTS = lazy(r"(?:\bcode\b|代码|代碼)[^\n]*?(?:\bweights\b|权重|權重)", re.I)


# a sentence that grants no license: "No standalone open-weights license is granted for this model", "The weights are
# not licensed for redistribution"
_NONE_GRANTED = lazy(r"\bno[ \t]+(?:[\w-]+[ \t]+){0,3}?licen[cs]e[ \t]+(?:is|has[ \t]+been)[ \t]+(?:granted|given|"
                     r"provided|offered)\b|\b(?:is|are)[ \t]+not[ \t]+(?:openly[ \t]+)?licensed[ \t]+(?:for|to)\b",
                     re.I)


def _named(line: int, text: str, heading: bool) -> TextLicense:
    """The license ``text`` opens with, by the Hub's id when it names one."""
    words = _LINK.sub(r" \1", text.split("\n", 1)[0]).translate(_MARKUP).split()[:LICENSE_WORDS * 2]
    # (each name opens and ends with a word of its own, not "the" or "license": "licensed CC BY 4.0, the")
    named = [bool(license_key(w.strip(",.;"))) for w in words]
    found, family = None, ""
    for i in range(len(words)):  # ("This model is under CC BY-SA 4.0", "The weights are licensed CC BY 4.0")
        for k in range(min(len(words), i + LICENSE_WORDS), i, -1):
            if not (named[i] and named[k - 1]):
                continue
            name = " ".join(words[i:k]).strip(",.;()")
            # (the Creative Commons name may be left out: "licensed under Attribution-ShareAlike 3.0 Unported")
            key = license_key(_SPELLED.sub(_short, name))
            hub_id = _ids().get(key) or (_ids().get("cc" + key) if name[:11].lower() == "attribution" else None)
            if hub_id is None or (family and not hub_id.startswith(family + "-")):
                continue
            if k == i + 1 and k < len(words) and _VERSION.fullmatch(words[k]) and not any(c.isdigit() for c in hub_id):
                continue  # (a model family and its version, "Gemma 4 與此 adapter 使用 Apache License 2.0": a name)
            # (a family's name, "Creative Commons license", gives way to the license it goes on to name: "([CC
            # BY-SA-4.0](...))")
            if family or not any(other.startswith(hub_id + "-") for other in _ids().values()):
                return TextLicense(line, name, hub_id, heading)
            found, family = TextLicense(line, name, hub_id, heading), hub_id
            break
    return found or TextLicense(line, " ".join(words[:LICENSE_WORDS]), None, heading)


_VERSION = lazy(r"v?\d+(?:\.\d+)?[,.;:]?")
# Creative Commons' licenses spelled out: "Creative Commons Attribution-NonCommercial 4.0" is `cc-by-nc-4.0`
_SPELLED = lazy(r"creative[ \t]+commons|attribution|non-?commercial|share-?alike|no-?derivatives"
                r"|no[ \t]+derivatives", re.I)
_SHORT = {"creative": "cc", "attribution": "by", "non": "nc", "noncommercial": "nc", "share": "sa", "sharealike": "sa",
          "no": "nd", "noderivatives": "nd"}


def _short(m: re.Match[str]) -> str:
    return " " + _SHORT[re.split(r"[ \t-]", m.group().lower())[0]] + " "


@cache
def _ids() -> dict[str, str]:
    """The Hub's license ids by their reduced form (``license_key``); the reduced forms of a word or two that
    are no license's name alone ("other", "unknown") are left out."""
    return {license_key(i): i for i in load_list("licenses") if i not in ("other", "unknown")}
