"""The feature table of a spaCy pipeline's card (facts/spacycard.py): its Sources name the training data, its
trained components the tasks; missing-section (MC201) reads both."""

from __future__ import annotations

import pytest

from modelcard_lint.api import lint_text
from modelcard_lint.card import Card
from modelcard_lint.facts import spacycard

TABLE = """---
license: mit
---
| Feature | Description |
| --- | --- |
| **Name** | `nl_core_news_sm` |
| **Version** | `3.2.0` |
| **spaCy** | `>=3.2.0,<3.3.0` |
| **Components** | {components} |
| **Sources** | {sources} |
| **Author** | [Explosion](https://explosion.ai) |

### Accuracy

| Type | Score |
| --- | --- |
| `ENTS_F` | 91.82 |
"""


def card(components: str, sources: str) -> Card:
    return Card.from_text(TABLE.format(components=components, sources=sources))


@pytest.mark.parametrize(
    "sources,named",
    [
        ("[UD Dutch LassySmall v2.8](https://github.com/UniversalDependencies/UD_Dutch-LassySmall) (Bouma)", True),
        ("OntoNotes 5 (Ralph Weischedel)", True),
        ("[conll2003](https://huggingface.co/datasets/conll2003)", True),
        ("n/a", False),
        ("[PlanTL-GOB-ES/roberta-base-bne](https://huggingface.co/PlanTL-GOB-ES/roberta-base-bne) a base model", False),
    ],
)
def test_the_sources_row_names_the_training_data(sources: str, named: bool) -> None:
    assert spacycard.names_sources(card("`ner`", sources)) is named


@pytest.mark.parametrize(
    "components,named",
    [("`tok2vec`, `ner`", True), ("`textcat`", True), ("`tok2vec`, `entity_ruler`", False), ("", False)],
)
def test_a_trained_component_names_a_task(components: str, named: bool) -> None:
    assert spacycard.names_tasks(card(components, "n/a")) is named


def test_a_two_column_table_without_a_spacy_row_is_no_feature_table() -> None:
    text = "---\nlicense: mit\n---\n| Feature | Description |\n| --- | --- |\n| **Components** | `ner` |\n"
    assert spacycard.feature_rows(Card.from_text(text)) == {}


def test_missing_section_reads_the_feature_table() -> None:
    topics = [d.data["topic"] for d in lint_text(TABLE.format(components="`tok2vec`, `ner`", sources="OntoNotes 5"))
              if d.code == "MC201"]
    assert "training-data" not in topics and "intended-uses" not in topics and "description" not in topics
    assert "limitations" in topics
    topics = [d.data["topic"] for d in lint_text(TABLE.format(components="`tok2vec`", sources="n/a"))
              if d.code == "MC201"]
    assert "training-data" in topics and "intended-uses" in topics


@pytest.mark.parametrize(
    ("text", "named"),
    [
        # a list under the label, in a card whose title names spaCy (no tag)
        ("# Latvian SpaCy Model\n\nIt includes the following components:\n\n- **Tok2Vec**\n- **Tagger**\n- **Parser**\n",
         True),
        ("# Latvian SpaCy Model\n\nIt includes the following components:\n\n- **Tok2Vec**\n- **Entity ruler**\n", False),
        # (not a card about spaCy)
        ("# Latvian Model\n\nIt includes the following components:\n\n- **Tagger**\n- **Parser**\n", False),
    ],
)
def test_components_listed_under_the_label_in_a_spacy_titled_card(text: str, named: bool) -> None:
    assert spacycard.names_tasks(Card.from_text(text)) is named
