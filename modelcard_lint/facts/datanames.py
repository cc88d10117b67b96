"""Whether a card's text names a dataset its metadata lists (``datasets: [openslr/aishell]`` and "5,000
AISHELL-1-derived utterances", "AISHELL-1, MUSAN and OpenSLR RIRS retain their own licenses").

``missing-section`` (MC201) tells a card whose metadata names datasets and whose text says nothing of its training
data that "readers learn nothing of what it holds"; a text that names the dataset among words about data tells the
reader something of it, and the claim would be wrong. The dataset's own name is read (the id's last part, its
hyphens, underscores and spaces alike, letters and digits apart, as a whole word or the start of one: "aishell" in
"AISHELL-1", "cifar10" as "CIFAR-10", a year by its last two digits: "conll2003" as "CoNLL-03"), not the loaders and
words that name no data (``json``, ``custom``, ``imagefolder``), nor a name shorter than four letters; the first
``MOST`` names only, each found by one linear scan. A training script in the card that loads it counts too
(`load_dataset("LDJnr/Capybara")`, `corpus = CONLL_03_GERMAN()` from `flair.datasets`).
"""

from __future__ import annotations

import re

from ..card import Card
from .lazyre import lazy
from .metadatasets import metadata_datasets
from .prose import prose_text
from .titles import title_text

_NO_NAME = frozenset({"none", "unknown", "unkown", "custom", "json", "csv", "text", "parquet", "imagefolder",
                      "audiofolder", "generator", "arrow", "webdataset", "data", "dataset", "datasets", "private",
                      "internal", "own"})
_TEST_LINE = lazy(r"test|eval|valid")
_GENERIC_TAIL = frozenset({"data", "dataset", "datasets", "corpus", "set"})
_SEPARATORS = lazy(r"[-_ .]+")
_RUNS = lazy(r"[^\W\d_]+|\d+")
MOST = 20  # the metadata's datasets read, at most (a card may list thousands)
_FLAIR_CORPUS = lazy(r"^[ \t]*corpus[ \t]*(?::[ \t]*\w+[ \t]*)?=[ \t]*[A-Z][A-Z0-9_]{2,}\(", re.M)


def names_metadata_dataset(card: Card) -> bool:
    """Whether the card's prose names one of the datasets its metadata's ``datasets`` lists (or its training script
    names the corpus it trains on)."""
    # (any corpus flair's trainer is given, whatever the metadata says: `corpus = WIKINER_FRENCH()` beside
    # `ModelTrainer`)
    if any("ModelTrainer" in b.text and _FLAIR_CORPUS.search(b.text) for b in card.code_blocks):
        return True
    names = metadata_datasets(card)
    if not names:
        return False
    # (an entry of several names joined by slashes, which no id holds: "cnndaily/newyorkdaily/xsum/samsum/dialogsum")
    names = [part for name in names for part in (name.split("/") if name.count("/") > 1 else [name]) if part]
    # (a training script in the card that loads it by its id: `load_dataset("LDJnr/Capybara", split="train")`)
    if any("load_dataset" in b.text and any(f'"{n}"' in b.text or f"'{n}'" in b.text for n in names if "/" in n)
           for b in card.code_blocks):
        return True
    # (or by a loader named after it, in code that loads data: `from flair.datasets import CONLL_03_GERMAN`)
    # (not on a line that loads the test data: `load_dataset("common_voice", "lt", split="test[:2%]")`)
    scripts = ["\n".join(x for x in b.text.lower().splitlines() if not _TEST_LINE.search(x))
               for b in card.code_blocks if "dataset" in b.text.lower()]
    text = prose_text(card)
    # (and a heading that names it, over the paragraph that opens its section: "## What is GoEmotions" over "Dataset
    # labelled 58000 Reddit comments with 28 emotions"; not one on its test, "## Evaluation on Common Voice FR Test";
    # after the prose, whose offsets stay as they are)
    low = text.lower() + "".join(
        f"\n{head}\n{b.text.lower()}" for s in card.body.sections() if s.heading is not None and s.level > 1
        and not _TEST_LINE.search(head := s.heading.text.lower()) for b in s.blocks[:1] if b.kind == "paragraph")
    # (and a row of a two-column table of the model's details, read as a label and its value: "| **Eğitim verisi** |
    # `namruni/meb-ogretmen-soru-cevap` — 450 örnek |")
    low += "".join(f"\n{row.cells[0].text} {row.cells[1].text}".lower() for table in card.body.tables
                   if len(table.header) == 2 for row in table.rows if len(row.cells) >= 2)
    title = "".join(c for c in title_text(card).lower() if c.isalnum())
    for name in names[:MOST]:
        own = name.rsplit("/", 1)[-1].strip().lower()
        parts = [q for p in _SEPARATORS.split(own) for q in _RUNS.findall(p)]
        if (len(parts) > 1 and parts[-1] in _GENERIC_TAIL and sum(map(len, parts[:-1])) >= 4
                and "".join(parts[:-1]) not in title):
            # (its name without a word that calls it data: "Samantha" of `ehartford/samantha-data`; not when that is the
            # model's own name, as the title gives it: "REBEL" of `Babelscape/rebel-dataset`)
            parts = parts[:-1]
        # (too short to tell from other words, unless letters and a digit make a name of it: "xP3", "mC4"; or an acronym
        # in capitals, in parentheses after the name it stands for: "Open Reaction Database (ORD) dataset" for `ORD`)
        if own in _NO_NAME or sum(map(len, parts)) < 3 or (sum(map(len, parts)) == 3 and not (
                any(c.isdigit() for c in own) and any(c.isalpha() for c in own))):
            if len(own) == 3 and own.isalpha() and (f"({own.upper()})" in text) and _about_data(
                    low, (at := text.find(f"({own.upper()})")), at + 5):
                return True
            continue
        joined = r"[-_ \t.]*".join(map(_part, parts))
        # (in the plural or its other spelling: "the daily dialogues" for `daily_dialog`)
        found = re.finditer(rf"(?<![\w-]){joined}(?:e?s|ues?)?(?![a-z])", low)
        if any(_about_data(low, m.start(), m.end()) for m in found):
            return True
        if (len(parts) > 1 or len(own) >= 6) and any(re.search(rf"(?<![a-z0-9]){joined}(?![a-z])", code)
                                                     for code in scripts):
            return True
        # (or its last part, when that looks like a name of its own: "UzUDT" of `UD_Uzbek-UzUDT`)
        last = _SEPARATORS.split(name.rsplit("/", 1)[-1].strip())[-1]
        if len(parts) > 1 and len(last) >= 4 and sum(c.isupper() or c.isdigit() for c in last) >= 2:
            found = re.finditer(r"(?<![\w-])" + re.escape(last) + r"(?!\w)", text)
            if any(_about_data(low, m.start(), m.end()) for m in found):
                return True
    return False


def _part(part: str) -> str:
    """A part of a dataset's name as a pattern: a year may be written by its last two digits ("2003" as "03")."""
    if len(part) == 4 and part.isdigit() and part[:2] in ("19", "20"):
        return f"(?:{part[:2]})?{part[2:]}"
    return re.escape(part)


# words that make a sentence about the data it names: "5,000 AISHELL-1-derived utterances", "la base de données MLSUM",
# "UzUDT and UT, two Uzbek treebanks", "an infusion of curated Samantha and WizardLM DNA" (not "it generates an Eli5
# question", the kind of text it writes; "the task as defined and annotated by the QANom project")
_DATA_WORDS = lazy(r"data|corp(?:us|ora)|split|subset|samples|examples|utterances|sentences|articles|images|"
                   r"documents|recordings|treebanks?|derived|curat|annotat|train|fine-?tun|test|eval|benchmark|"
                   r"accuracy|classes|labels|"
                   r"licen[cs]e|données|datos|dados|daten|verisi|veriseti|veri[ \t]seti|"
                   r"데이터|数据|數據|资料|資料|データ|语料|語料|코퍼스")
REACH = 80  # characters on either side of the name


def _about_data(low: str, start: int, end: int) -> bool:
    """Whether words about data stand within ``REACH`` characters of a name at ``start:end`` of ``low``."""
    return _DATA_WORDS.search(low, max(0, start - REACH), end + REACH) is not None


_NOT_LETTER = lazy(r"[^a-z]+")


def dataset_key(text: str) -> str:
    """A dataset's name reduced to its letters: `mozilla-foundation/common_voice_8_0`, `common_voice` and
    "Common Voice 8.0" all give `commonvoice` (an id loses its owner; versions and configs are digits)."""
    text = text.strip().lower()
    if not any(c.isspace() for c in text):
        text = text.rstrip("/").rsplit("/", 1)[-1]
    return _NOT_LETTER.sub("", text)
