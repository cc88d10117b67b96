"""What the feature table of a spaCy pipeline's card says (``spacy-huggingface-hub`` writes it)::

    | Feature | Description |
    | --- | --- |
    | **Name** | `nl_core_news_sm` |
    | **spaCy** | `>=3.2.0,<3.3.0` |
    | **Components** | `tok2vec`, `tagger`, `parser`, `ner` |
    | **Sources** | [UD Dutch LassySmall v2.8](https://...) (Bouma, Gosse) |

The *Sources* are the data the pipeline was trained on (spaCy's ``meta.json`` ``sources``), and its trained
components name the tasks it does (``ner`` recognises named entities, ``textcat`` classifies texts).
"""

from __future__ import annotations

import re

from ..card import Card
from .lazyre import lazy
from .titles import title_text

# the components that are trained for a task, as spaCy names them (not tok2vec, transformer or a rule-based one)
TASK_COMPONENTS = frozenset({"ner", "tagger", "parser", "morphologizer", "senter", "textcat", "textcat_multilabel",
                             "spancat", "span_finder", "entity_linker", "trainable_lemmatizer", "coref"})
_LABEL = lazy(r"[*_`\s]+")
_NAME = lazy(r"`([^`]+)`")
_LINK = lazy(r"\]\(\s*([^)\s]+)")
_HUB_MODEL = lazy(r"https?://huggingface\.co/(?!datasets/)")
_NOTHING = frozenset({"", "n/a", "-", "none"})


def feature_rows(card: Card) -> dict[str, str]:
    """The rows of the card's spaCy feature table (a two-column table with a ``spaCy`` row), by their lower-case
    label; none when the card has no such table (read once per card)."""
    return card.derived("spacy-features", _feature_rows)


def _feature_rows(card: Card) -> dict[str, str]:
    for table in card.body.tables:
        if len(table.header) != 2 or not table.rows:
            continue
        rows = {_LABEL.sub(" ", r.cells[0].text).strip().lower(): r.cells[1].text.strip()
                for r in table.rows if len(r.cells) >= 2}
        if "spacy" in rows:
            return rows
    return {}


def names_sources(card: Card) -> bool:
    """Whether the card's spaCy feature table names the data the pipeline was trained on: not only models and
    apps of the Hub (a base model's repository is no data)."""
    sources = feature_rows(card).get("sources", "")
    if sources.lower() in _NOTHING:
        return False
    links = _LINK.findall(sources)
    return not links or any(not _HUB_MODEL.match(target) for target in links)


def names_tasks(card: Card) -> bool:
    """Whether the card's spaCy feature table lists a component trained for a task (``ner``, ``textcat``), or a line
    of its text does, after a label, in a card tagged ``spacy`` ("Components: transformer, ner, morphologizer,
    parser.")."""
    rows = feature_rows(card)
    if not TASK_COMPONENTS.isdisjoint(_NAME.findall(rows.get("components") or rows.get("default pipeline", ""))):
        return True
    if "omponents" not in card.text or not (_tagged_spacy(card) or "spacy" in title_text(card).lower()):
        return False
    # (or a list under the label: "It includes the following components:" over "- **Tagger**", "- **Parser**")
    return any(not TASK_COMPONENTS.isdisjoint(w.lower() for w in _WORD.findall(m.group(1) or m.group(2)))
               for m in _COMPONENTS_LINE.finditer(card.text))


_COMPONENTS_LINE = lazy(r"\bcomponents[*_]{0,2}[ \t]*[:：][*_]{0,2}[ \t]*(?:([^\s][^\n]{0,299})"
                        r"|\n(?:[ \t]*\n)?((?:[ \t]*[-*+][ \t][^\n]{1,100}\n?){1,12}))", re.I)
_WORD = lazy(r"[\w-]+")


def _tagged_spacy(card: Card) -> bool:
    """Whether the metadata names spaCy as the library or among the tags."""
    meta = card.meta
    if meta is None or not meta.is_map:
        return False
    tags = meta.get("tags")
    values = [meta.get("library_name"), *(tags if tags is not None and tags.is_seq else [])]
    return any(v is not None and v.is_str and v.value.lower() == "spacy" for v in values)
