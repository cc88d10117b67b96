"""The labels a card sets over its lines and tables, as ``missing-section`` (MC201) reads them besides headings:

- ``plain_labels``: ``Label: value`` lines of prose (a label of at most four words, a value on the same line that
  is not code, a link alone or a version number: ``Datasets: 4.3.0`` among framework versions is no dataset), and
  the rows of tables of two columns, the same lines set out as a table;
- ``table_labels``: the first header cell of each table (the Model Card Toolkit's ``| Intended Use | Description |``);
- ``column_labels``: the other header cells that may name data, over a column whose cells name something
  (``| Training data |`` over "Subsample of CCNet").
"""

from __future__ import annotations

import re

from ..card import Card
from .lazyre import lazy
from .otherlanguages import starts_caseless
from .prose import LABEL, prose_text

LABEL_WORDS = 4  # a label longer than this is the start of a sentence, not a label
# a line about the card, not the model: "Disclaimer: The team releasing BERT did not write a model card for this model"
_ABOUT_THE_CARD = lazy(r"\bmodel[ \t]+card\b", re.I)
_LINK_ONLY = lazy(r"https?://\S+\s*\Z")
# a line that goes on the paragraph of the line above (not a list's item, a quote or a label of its own)
_VALUE_LINE = lazy(r"[ \t]{0,3}(?![-*+][ \t]|\d+[.)][ \t]|>)\S(?:.*[^:：\s])?[ \t]*\Z")
_RESULT_LABEL = lazy(r"\b(?:results?|scores?|performance|accuracy|metrics?|evaluation)\b", re.I)
_NOT_A_VALUE = lazy(r"`|\d+(?:\.\d+){2,}\b|https?://\S+\s*\Z")
# but a repository's id in code names data ("Dataset: `medalpaca/flashcards`"), as a data file does ("데이터셋: x.csv")
_HUB_ID = lazy(r"`[\w.-]+/[\w.-]+`|`[\w./-]+\.(?:csv|tsv|jsonl?|parquet|arrow|xlsx?)`")

# a line of facts set out as bold labels without colons, between separators: "**Task** Supervised regression  ·
# **Data** NYC TLC Yellow Taxi Trip Records  ·  **Metric** MAE" (two at least: one bold word opening a sentence is
# no label)
_BOLD_LABEL = lazy(r"(?:\A|[·•|])[ \t]*\*\*([^*\n:：]{1,40}?)\*\*[ \t]+(?=[^\s·•|])")
_ASIDE = lazy(r"[ \t]*\([^()\n]*\)")
_DATA_HEADER = lazy(r"data|corp|set|train|数据|數據|データ|데이터|语料|語料", re.I)  # a training-data phrase's words
_NAME_WORD = lazy(r"\b[A-Z][A-Za-z0-9]+")  # a capitalised word or an acronym: a name
_UNITS = frozenset({"GB", "MB", "TB", "KB", "GiB", "MiB", "TiB", "B", "M", "K"})


def plain_labels(card: Card) -> list[str]:
    """The labels of the card's ``Label: value`` lines of prose, and of the rows of its tables of two columns, which
    are the same lines set out as a table (``| Intended use | img2img generation via MammoGen |``)."""
    # (a result's row gives a number: "| Result | training loss decreasing steadily |" reports none)
    out = [row.cells[0].text.strip(" *_`") for table in card.body.tables if len(table.header) == 2
           for row in table.rows if len(row.cells) == 2 and len(row.cells[0].text.split()) <= LABEL_WORDS
           and row.cells[1].text.strip(" *_`-–—") and (not _NOT_A_VALUE.match(row.cells[1].text.strip()) or (
               # (a dataset's id in code names the data: "| 训练数据 | `cnc_diagnosis_sft`（~1440 条） |")
               row.cells[1].text.lstrip().startswith("`") and _DATA_HEADER.search(row.cells[0].text)))
           and not (_RESULT_LABEL.search(row.cells[0].text) and not any(c.isdigit() for c in row.cells[1].text))]
    lines = prose_text(card).split("\n")
    for k, line in enumerate(lines):
        if line.startswith("**") and len(bold := _BOLD_LABEL.findall(line)) >= 2:
            out.extend(label for label in bold if len(label.split()) <= LABEL_WORDS)
        if ":" not in line and "：" not in line and "- " not in line:
            continue
        if line.rstrip().endswith((":", "：")) and k + 1 < len(lines) and _VALUE_LINE.match(lines[k + 1]):
            # ("Dataset:" over its value in the same paragraph, a link or a name: one line as Markdown shows it,
            # "Dataset:" / "German Wikipedia Text Corpus - https://...")
            line = f"{line.rstrip()} {lines[k + 1].strip()}"
        m = LABEL.match(line)
        if m is None:
            continue
        label, value = (m.group(1), m.group(2)) if m.group(1) is not None else (m.group(3), m.group(4))
        if (len(label.split()) > LABEL_WORDS or _ABOUT_THE_CARD.search(value)
                # (a link alone is no value, but for data it names the data: "Fine tuning data 1: https://kaggle...";
                # so do words in code, "Training Data Volume: `156 million text-image pairs`")
                or (_NOT_A_VALUE.match(value)
                    and not ((_LINK_ONLY.match(value) or _HUB_ID.match(value) or " " in value.strip(" `"))
                             and _DATA_HEADER.search(label)))):
            continue
        out.append(label)
    # (a label's aside in brackets is not its topic: "Dados (v2):" is "Dados", data)
    return [_ASIDE.sub("", label).strip() or label if "(" in label else label for label in out]


def table_labels(card: Card) -> list[str]:
    """The first header cell of each of the card's tables."""
    return [table.header[0].text for table in card.body.tables if table.header]


def column_labels(card: Card) -> list[str]:
    """The other header cells of the card's tables that may name data (``| Model | #params | Training data |``),
    of columns where a cell names something ("Subsample of CCNet", "OSCAR"), not only an amount ("20GB of
    texts")."""
    return [cell.text for table in card.body.tables for k, cell in enumerate(table.header[1:], 1)
            if _DATA_HEADER.search(cell.text)
            and any(k < len(row.cells) and (any(w not in _UNITS for w in _NAME_WORD.findall(row.cells[k].text))
                                            or starts_caseless(row.cells[k].text.strip())) for row in table.rows)]
