"""Planted-defect recall of modelcard-lint over the shared corpus of real model cards.

    python scripts/plant_defects.py [--corpus DIR] [--draws N] [--per-family N] [--seed S]
                                    [--family NAME] [--jobs N] [--show-misses] [--json] [--keep DIR]

Method. Each family below is one kind of defect that careless editing or a buggy tool really
produces. For every card of the corpus the script finds, by parsing the text itself (regular
expressions over lines, no YAML or Markdown library), the places where the family's defect can be
planted; a card with at least one such place is *eligible*. In each draw (seeded by seed, family and
draw) it samples up to `--per-family` eligible cards per family and plants one defect in each, at a
random place with random wording or values, into a copy in a temporary directory that keeps the
original's file name and line endings (`--seed 10-29` pools the draws of twenty seeds). Every
original and every planted copy is then linted by explicit path with the installed command
(`modelcard-lint --isolated --output-format json`), many files per call.

Counting rule. The planted copy's findings are paired off with the original's as multisets of
(code, message, span). Numbers in messages are masked, so that a finding that only quotes the planted
value or a moved line number is the same finding; spans are compared first with the original's lines
moved by the lines the plant added or removed (a line replaced by exactly one line keeps its number),
then, for the findings left, unmoved (a finding anchored at a fixed place stays there). A finding
of the planted copy left unpaired is *new*. A plant is *found* when the planted copy has a new warning
or error (info does not count) whose span (line..end_line) touches one of the lines the plant
touched; `swap-run` counts only a new MC401. Recall is found / plants, with a 95% Wilson interval.

Families (the lines a plant touches are in brackets):

- `swap-run`: the values of two columns of a training log (a table with an Epoch or Step column and
  two or more loss or metric columns) exchanged in a run of 1 to half the rows, anywhere: a loss and
  a metric, or two metrics; never two losses [the run's rows]; found only as MC401. Recall is also
  given by the run's place: from the first row, to the last row, or in the interior. Visibility rule,
  the same for every pair: a plant is made only where a careful reviewer could see it, that is where
  the two values differ clearly (by more than 10% of the larger) in every exchanged row. Values at
  the same level exchanged leave the log as an honest run could have written it, so nothing can find
  them. (The rule once asked a loss and a metric to differ by more than 2% in one row only.)
- `index-small`, `index-large`: a `model-index` metric value (<= 1, or > 1) that the body also gives
  (a headline bullet on the same split, or a cell of a table that is not a training log), changed by
  0.01-0.2, or by 1-5 units, with the same decimals [the value's line, the body's lines].
- `headline`: a value of the Trainer's headline list ("It achieves the following results") changed
  likewise, when the card also gives it: in `model-index`, or in the log row that the whole headline
  matches (a headline already in no row is left out) [the bullet].
- `placeholder`: a generator's placeholder ("More information needed", "[More Information Needed]",
  "TODO: add ...", "TBD", ...) as the whole body of a prose section, or as a line added to it [it].
- `stub`: the whole text of a prose `##` section without subsections replaced by a non-answer no
  generator writes: fixed ones ("Coming soon.", "TBA", "N/A") and ones made from templates and the
  section's title ("[Describe the training data here]", "Training data will be added later.") [it].
- `none-dataset`: the Trainer's "fine-tuned version of X on the Y dataset" (or "on an unknown
  dataset") naming `None`, or sometimes a loader (`imagefolder`, `json`, ...) [the sentence].
- `index-dataset`: a `model-index` result's dataset `name`/`type` replaced by another card's (of the
  same task, mostly) while `datasets:` and the text, which agreed with it, keep the old one [them].
- `base-model`: a `base_model` that agrees with the text's "fine-tuned version of [X](hub link)" (or
  sentence-transformers' "finetuned from [X](...)") changed to another model, mostly of the same family
  [`base_model`, the sentence]; `base-model-added`: the same sentence in a card without `base_model`,
  and a contradicting `base_model` added to the front matter.
- `log-gap`: an interior row deleted from a run of at least 5 rows of a training log whose Step (or
  else Epoch) advances evenly [the rows before and after the gap].
- `section-removed`: a `##` section (heading and text) on one of the topics every card needs
  (limitations, intended uses, training data, evaluation) deleted, where no other heading of the card
  names that topic; found only as MC201, on the card's title [the first level-1 heading, else the first
  heading, or line 1 without one]. A card that states the topic elsewhere without a heading
  ("fine-tuned on SQuAD" under the title) has not lost it, and the linter says nothing: such plants
  count as misses here, so this recall is a floor.

The linter is a black box here: this script never imports modelcard_lint.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BATCH = 600  # files per call of the command

# ---------------------------------------------------------------------------------------------------------------------
# the card as lines


@dataclass
class Card:
    """A card read as bytes and split on newlines; each line keeps its own line ending."""

    path: Path
    raw: list[str]  # split on "\n"; a line may end with "\r"

    @classmethod
    def read(cls, path: Path) -> Card:
        return cls(path, path.read_bytes().decode("utf-8", "surrogateescape").split("\n"))

    @property
    def name(self) -> str:
        return self.path.name

    @cached_property
    def lines(self) -> list[str]:
        return [line.removesuffix("\r") for line in self.raw]

    @cached_property
    def eol(self) -> str:
        """The ending given to added lines: "\\r" when most lines end with CRLF."""
        crlf = sum(line.endswith("\r") for line in self.raw)
        return "\r" if crlf * 2 > len(self.raw) else ""

    @cached_property
    def front(self) -> tuple[int, int]:
        """Index range of the front matter's own lines (between the fences), or (0, 0)."""
        if not self.lines or self.lines[0].lstrip("\ufeff").rstrip() != "---":
            return 0, 0
        for i in range(1, len(self.lines)):
            if self.lines[i].rstrip() in ("---", "..."):
                return 1, i
        return 0, 0

    @cached_property
    def body_start(self) -> int:
        end = self.front[1]
        return end + 1 if end else 0

    @cached_property
    def in_code(self) -> list[bool]:
        """True for the lines of fenced code blocks (the fences included) and of HTML comments."""
        flags = [False] * len(self.lines)
        fence = ""
        comment = False
        for i in range(self.body_start, len(self.lines)):
            line = self.lines[i].strip()
            if fence:
                flags[i] = True
                if line.startswith(fence) and not line.strip(fence[0]):
                    fence = ""
            elif comment:
                flags[i] = True
                comment = "-->" not in line
            elif match := re.match(r"(`{3,}|~{3,})", line):
                flags[i] = True
                fence = match.group(1)
            elif line.startswith("<!--") and "-->" not in line:
                flags[i] = comment = True
        return flags

    def body_lines(self) -> Iterator[tuple[int, str]]:
        for i in range(self.body_start, len(self.lines)):
            if not self.in_code[i]:
                yield i, self.lines[i]

    @cached_property
    def headings(self) -> list[tuple[int, int, str]]:
        """(index, level, title) of the ATX headings of the body."""
        found = []
        for i, line in self.body_lines():
            if match := re.match(r"^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$", line):
                found.append((i, len(match.group(1)), match.group(2)))
        return found

    @cached_property
    def tables(self) -> list[Table]:
        found = []
        lines = self.lines
        i = self.body_start
        while i + 1 < len(lines):
            if not self.in_code[i] and "|" in lines[i] and SEPARATOR.match(lines[i + 1]):
                rows = []
                j = i + 2
                while j < len(lines) and "|" in lines[j] and lines[j].strip() and not self.in_code[j]:
                    rows.append(j)
                    j += 1
                found.append(Table(self, i, rows))
                i = j
            else:
                i += 1
        return found

    @cached_property
    def logs(self) -> list[Table]:
        return [table for table in self.tables if table.is_log]


SEPARATOR = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def split_cells(line: str) -> tuple[list[str], int]:
    """The raw cells of a table line (padding kept) and the index of the first cell in line.split("|")."""
    parts = line.split("|")
    lead = 1 if line.lstrip().startswith("|") else 0
    stop = len(parts) - 1 if line.rstrip().endswith("|") and len(parts) > lead + 1 else len(parts)
    return parts[lead:stop], lead


def set_cells(line: str, values: dict[int, str]) -> str:
    """The table line with some cells' text replaced, keeping each cell's width when the new text fits."""
    parts = line.split("|")
    _, lead = split_cells(line)
    for column, text in values.items():
        old = parts[lead + column]
        pad = old[: len(old) - len(old.lstrip())] or " "
        new = pad + text
        parts[lead + column] = new.ljust(len(old)) if len(new) < len(old) else new + " "
    return "|".join(parts)


def strip_markup(text: str) -> str:
    return text.strip().strip("*_`").strip()


NUMBER = re.compile(r"^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$")


def number(text: str) -> float | None:
    text = strip_markup(text).rstrip("%").strip()
    return float(text) if NUMBER.match(text) else None


def decimals(text: str) -> int:
    text = strip_markup(text).rstrip("%")
    return len(text.split(".")[1]) if "." in text and "e" not in text.lower() else 0


EVAL_WORDS = ("eval", "evaluation", "validation", "val", "valid", "dev")


def norm_metric(name: str) -> str:
    """A metric's name reduced for comparison: case, markup and punctuation ignored, a leading split word dropped."""
    text = re.sub(r"[^a-z0-9@]+", " ", strip_markup(name).lower()).split()
    if len(text) > 1 and text[0] in EVAL_WORDS:
        text = text[1:]
    return "".join(text)


def split_of(name: str) -> str | None:
    """The split a metric's name starts with: "test" for "Test WER", "eval" for "eval_loss", else None."""
    words = re.sub(r"[^a-z0-9@]+", " ", strip_markup(name).lower()).split()
    if len(words) > 1 and words[0] == "test":
        return "test"
    return "eval" if len(words) > 1 and words[0] in EVAL_WORDS else None


LOSS = re.compile(r"loss", re.IGNORECASE)
METRIC = re.compile(
    r"loss|acc|f1|precision|recall|wer|cer|per\b|bleu|rouge|matthews|pearson|spearman|mae|mse|rmse|perplexity|ppl"
    r"|auc|exact|\bem\b|spice|score|ndcg|map|mrr|meteor|chrf|correlation",
    re.IGNORECASE,
)
NOT_VALUE = re.compile(r"epoch|step|gen len|time|\blr\b|learning rate|runtime|samples|size", re.IGNORECASE)


@dataclass
class Table:
    card: Card
    header: int  # line index of the header; the separator follows it
    rows: list[int]  # line indexes of the rows

    @cached_property
    def names(self) -> list[str]:
        return [strip_markup(cell) for cell in split_cells(self.card.lines[self.header])[0]]

    @cached_property
    def raw_cells(self) -> list[list[str]]:
        """The cells' text as written, markup included."""
        return [[cell.strip() for cell in split_cells(self.card.lines[row])[0]] for row in self.rows]

    @cached_property
    def cells(self) -> list[list[str]]:
        return [[strip_markup(cell) for cell in cells] for cells in self.raw_cells]

    @cached_property
    def numbers(self) -> list[list[float | None]]:
        """The numbers of each column, by column (None for a cell that is not a number)."""
        width = max([len(self.names), *map(len, self.cells)])
        return [[number(cells[i]) if i < len(cells) else None for cells in self.cells] for i in range(width)]

    def column(self, index: int) -> list[float | None]:
        return self.numbers[index]

    def find(self, pattern: str) -> int | None:
        for index, name in enumerate(self.names):
            if (
                re.search(pattern, name, re.IGNORECASE)
                and sum(v is not None for v in self.column(index)) >= len(self.rows) / 2
            ):
                return index
        return None

    @cached_property
    def step(self) -> int | None:
        return self.find(r"^steps?$|^(global|training|train) steps?$")

    @cached_property
    def epoch(self) -> int | None:
        return self.find(r"^epochs?$")

    @cached_property
    def value_columns(self) -> list[int]:
        """Loss and metric columns with numbers."""
        return [
            index
            for index, name in enumerate(self.names)
            if METRIC.search(name) and not NOT_VALUE.search(name) and any(v is not None for v in self.column(index))
        ]

    @property
    def is_log(self) -> bool:
        return (self.step is not None or self.epoch is not None) and len(self.value_columns) >= 2


# ---------------------------------------------------------------------------------------------------------------------
# front matter: just enough YAML, by indentation


def indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def top_key(card: Card, key: str) -> int | None:
    start, end = card.front
    for i in range(start, end):
        if re.match(rf"^{re.escape(key)}\s*:", card.lines[i]):
            return i
    return None


def block_end(card: Card, start: int) -> int:
    """End (exclusive) of the value of the top-level key at line `start`."""
    end = card.front[1]
    for i in range(start + 1, end):
        line = card.lines[i]
        if line.strip() and not line.startswith((" ", "-", "#", "\t")):
            return i
    return end


KEY_VALUE = re.compile(r"^(\s*)(- )?([\w@.-]+):\s*(.*?)\s*$")
HUB_ID = re.compile(r"[A-Za-z0-9][\w.-]*(/[A-Za-z0-9][\w.-]*)?")


def set_value(line: str, new: str) -> str:
    """The `key: value` line with another value, in the same quotes, its comment kept."""
    match = KEY_VALUE.match(line)
    value = match.group(4)
    comment = re.search(r"\s+#", value)
    core = value[: comment.start()] if comment else value
    quote = core[0] if core[:1] in ("'", '"') else ""
    return line[: match.start(4)] + quote + new + quote + value[len(core) :] + line[match.end(4) :]


def task_of(card: Card) -> str | None:
    """The first `task.type` of the model-index."""
    start, end = card.front
    for i in range(start, end - 1):
        if re.match(r"^\s*(- )?task:\s*$", card.lines[i]) and indent(card.lines[i + 1]) > indent(card.lines[i]):
            keys = mapping_at(card, i + 1)
            if "type" in keys:
                return scalar(KEY_VALUE.match(card.lines[keys["type"]]).group(4))
    return None


def scalar(text: str) -> str:
    text = re.sub(r"\s+#.*$", "", text).strip()
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "'\"":
        text = text[1:-1]
    return text


def is_item(line: str, column: int) -> bool:
    """A line that opens a list item whose keys are at `column` ("- key: ...")."""
    return indent(line) == column - 2 and line.lstrip().startswith("- ")


def mapping_at(card: Card, i: int) -> dict[str, int]:
    """Keys (to line index) of the YAML mapping that line `i` belongs to, found by indentation."""
    lines = card.lines
    match = KEY_VALUE.match(lines[i])
    if not match:
        return {}
    column = len(match.group(1)) + (2 if match.group(2) else 0)
    start = i
    while start > card.front[0] and not is_item(lines[start], column):
        previous = lines[start - 1]
        if previous.strip() and indent(previous) < column and not is_item(previous, column):
            break
        start -= 1
    end = i + 1
    while end < card.front[1] and (not lines[end].strip() or indent(lines[end]) >= column):
        end += 1
    keys = {}
    for j in range(start, end):
        found = KEY_VALUE.match(lines[j])
        if found and len(found.group(1)) + (2 if found.group(2) else 0) == column:
            keys.setdefault(found.group(3), j)
    return keys


@dataclass
class IndexMetric:
    line: int
    column: int  # 0-based start of the value in its line
    text: str  # the value as written
    names: set[str]  # normalised name and type
    split: str | None  # "test" for "Test WER", "eval" for "Validation Loss", None for "WER"

    @property
    def rate(self) -> bool:
        """Not a loss: a value that may be printed as a fraction or a percentage."""
        return not any("loss" in name for name in self.names)


@dataclass
class IndexDataset:
    lines: dict[str, int]  # "name"/"type" -> line index
    values: dict[str, str]


def model_index(card: Card) -> tuple[list[IndexMetric], list[IndexDataset]]:
    start = top_key(card, "model-index")
    if start is None:
        return [], []
    metrics, datasets = [], []
    for i in range(start + 1, block_end(card, start)):
        match = KEY_VALUE.match(card.lines[i])
        if not match:
            continue
        if match.group(3) == "value" and number(scalar(match.group(4))) is not None and match.group(4)[0] not in "'\"":
            keys = mapping_at(card, i)
            labels = [scalar(KEY_VALUE.match(card.lines[keys[k]]).group(4)) for k in ("name", "type") if k in keys]
            names = {norm_metric(label) for label in labels} - {""}
            split = next((split_of(label) for label in labels if split_of(label)), None)
            metrics.append(IndexMetric(i, match.start(4), scalar(match.group(4)), names, split))
        elif match.group(3) == "dataset" and not match.group(4) and i + 1 < len(card.lines):
            child = KEY_VALUE.match(card.lines[i + 1])
            if child and indent(card.lines[i + 1]) > indent(card.lines[i]):
                keys = mapping_at(card, i + 1)
                found = {k: keys[k] for k in ("name", "type") if k in keys}
                values = {k: scalar(KEY_VALUE.match(card.lines[j]).group(4)) for k, j in found.items()}
                if found:
                    datasets.append(IndexDataset(found, values))
    return metrics, datasets


def datasets_list(card: Card) -> list[str]:
    start = top_key(card, "datasets")
    if start is None:
        return []
    value = KEY_VALUE.match(card.lines[start]).group(4)
    if value.startswith("["):
        return [scalar(item) for item in value.strip("[]").split(",") if item.strip()]
    if value:
        return [scalar(value)]
    return [
        scalar(line.strip()[2:])
        for line in card.lines[start + 1 : block_end(card, start)]
        if line.strip().startswith("- ")
    ]


def dataset_key(text: str) -> str:
    """A dataset's family: `mozilla-foundation/common_voice_8_0`, `common_voice` and "Common Voice 8" are one."""
    return re.sub(r"[^a-z]", "", text.lower().rsplit("/", 1)[-1])


def same_dataset(a: str, b: str) -> bool:
    return bool(dataset_key(a)) and dataset_key(a) == dataset_key(b)


# ---------------------------------------------------------------------------------------------------------------------
# the body's Trainer sentences and results


FINE_TUNED = re.compile(
    r"fine-tuned version of (\[`?([^\]`]+)`?\]\((https?://huggingface\.co/)?([^)\s]+)\)|`?([\w./-]+)`?)"
    r" on (the (.+?) dataset|an unknown dataset)",
    re.IGNORECASE,
)
HEADLINE = re.compile(r"achieves the following results", re.IGNORECASE)
BULLET = re.compile(r"^(\s*[-*]\s+)([^:]+?)(:\s*)(\S+)\s*$")


def fine_tuned(card: Card) -> tuple[int, re.Match] | None:
    for i, line in card.body_lines():
        if match := FINE_TUNED.search(line):
            return i, match
    return None


def headline(card: Card) -> list[tuple[int, re.Match]]:
    """The bullets with a number under "It achieves the following results", as (index, match)."""
    for i, line in card.body_lines():
        if HEADLINE.search(line):
            bullets = []
            for j in range(i + 1, len(card.lines)):
                match = BULLET.match(card.lines[j])
                if not match:
                    if card.lines[j].strip() or bullets:
                        break
                    continue
                if number(match.group(4)) is not None:
                    bullets.append((j, match))
            return bullets
    return []


def headline_split(card: Card) -> str:
    """The split the headline results are on: "test" when its sentence says so, else "eval"."""
    for _, line in card.body_lines():
        if HEADLINE.search(line):
            return "test" if re.search(r"\btest\b", line, re.IGNORECASE) else "eval"
    return "eval"


def agree(a: str, b: str, percent: bool = True) -> bool:
    """Two printed values that round to each other, also as a fraction and a percentage when `percent` (a rate)."""
    x, y = number(a), number(b)
    if x is None or y is None:
        return False
    tolerance = 0.5 * 10 ** -min(decimals(a), decimals(b)) * 1.0001 + 1e-12
    if abs(x - y) <= tolerance:
        return True
    scaled = 0.5 * 10 ** -min(decimals(a) - 2, decimals(b)) * 1.0001 + 1e-12
    back = 0.5 * 10 ** -min(decimals(a), decimals(b) - 2) * 1.0001 + 1e-12
    return percent and (abs(x * 100 - y) <= scaled or abs(x - y * 100) <= back)


def body_reports(card: Card, metric: IndexMetric) -> list[tuple[int, str]]:
    """(line, value) of the body's reports of this model-index value: headline bullets, cells of tables that are
    not training logs, under the metric's column or in the metric's row."""
    found = []
    split = headline_split(card)
    for j, match in headline(card):
        same = norm_metric(match.group(2)) in metric.names and metric.split in (None, split)
        if same and agree(metric.text, match.group(4), metric.rate):
            found.append((j, match.group(4)))
    for table in card.tables:
        if table.is_log:
            continue
        for row, cells in zip(table.rows, table.cells, strict=True):
            for index, cell in enumerate(cells):
                labels = {norm_metric(table.names[index]) if index < len(table.names) else "", norm_metric(cells[0])}
                if index and labels & metric.names and agree(metric.text, cell, metric.rate):
                    found.append((row, cell))
    return found


# ---------------------------------------------------------------------------------------------------------------------
# plants


@dataclass
class Plant:
    """Edits to the original's lines, and what they planted.

    `edits` replace the original's lines [start, end) (0-based) with new lines; `touched` are the 1-based
    lines of the planted file that the defect is on.
    """

    edits: list[tuple[int, int, list[str]]]
    touched: list[int]
    what: str
    code: str | None = None
    kind: str | None = None  # a family's sub-kind, reported apart (a swap's place in the log)


def moved(edits: list[tuple[int, int, list[str]]], index: int) -> int | None:
    """The 0-based index in the planted file of the original's line `index`, or None if an edit removed it.

    A line replaced one-for-one by an edit of equal length keeps its index.
    """
    shift = 0
    for start, end, new in sorted(edits):
        if index >= end:
            shift += len(new) - (end - start)
        elif index >= start:
            return index + shift if len(new) == end - start else None
    return index + shift


def apply(card: Card, edits: list[tuple[int, int, list[str]]]) -> bytes:
    """The planted file: lines replaced one for one keep their endings, other new lines get the card's; the file's
    last line keeps what it had after it (nothing, or a newline)."""
    raw = list(card.raw)
    for start, end, new in sorted(edits, reverse=True):
        endings = [card.raw[i][len(card.lines[i]) :] for i in range(start, end)]
        fill = endings if len(new) == len(endings) else [card.eol] * len(new)
        if end == len(card.raw) and new:
            if endings:
                fill[-1] = endings[-1]
            else:  # added after the last line, which had no newline: it gets one, the new last line none
                fill[-1] = ""
                raw[start - 1] += card.eol
        raw[start:end] = [text + ending for text, ending in zip(new, fill, strict=True)]
    return "\n".join(raw).encode("utf-8", "surrogateescape")


def replace_line(card: Card, index: int, text: str) -> tuple[int, int, list[str]]:
    return index, index + 1, [text]


def perturb(text: str, rng: random.Random, small: bool, avoid: list[str] = ()) -> str | None:
    """A value that differs from `text`: by 0.01-0.2 for a value <= 1 (kept within [0, 1]), by 5-40% for one below
    10 (a loss, a perplexity), else by 1-5 units (kept within [0, 100] for a value that fits, as a percentage);
    with the same number of decimals and markup, and agreeing with none of `avoid`."""
    value = number(text)
    places = decimals(text)
    if value is None or (small and places == 0):
        return None
    for _ in range(20):
        if small:
            delta = rng.uniform(0.01, 0.2)
        else:
            delta = value * rng.uniform(0.05, 0.4) if value < 10 else rng.uniform(1, 5)
        sign = rng.choice((-1, 1))
        high = 1 if small else (100 if value <= 100 else math.inf)
        if not 0 <= value + sign * delta <= high:
            sign = -sign
        new = round(value + sign * delta, places)
        if not 0 <= new <= high:
            continue
        printed = f"{new:.{places}f}"
        core = strip_markup(text).rstrip("%")
        if printed != core and not any(agree(printed, other) for other in [core, *avoid]):
            return text.replace(core, printed, 1)
    return None


# --- swap-run ---------------------------------------------------------------------------------------------------------


def differ(a: float, b: float, share: float) -> bool:
    return abs(a - b) > share * max(abs(a), abs(b))


CLEAR = 0.1  # two exchanged values show when they differ by more than this share of the larger, in every row


def swap_sites(card: Card) -> list[tuple[Table, int, int]]:
    """(table, column, column) for each pair of value columns of a training log, except two losses."""
    sites = []
    for table in card.logs:
        if len(table.rows) < 2:
            continue
        columns = table.value_columns
        for a, b in itertools.combinations(columns, 2):
            if LOSS.search(table.names[a]) and LOSS.search(table.names[b]):
                continue
            pairs = zip(table.column(a), table.column(b), strict=True)
            if any(x is not None and y is not None and differ(x, y, CLEAR) for x, y in pairs):
                sites.append((table, a, b))
    return sites


def plant_swap(card: Card, sites: list, rng: random.Random) -> Plant | None:
    for _ in range(30):
        table, a, b = rng.choice(sites)
        count = len(table.rows)
        length = rng.randint(1, max(1, count // 2))
        start = rng.choice((0, count - length)) if rng.random() < 0.25 else rng.randint(0, count - length)
        run = range(start, start + length)
        pairs = [(table.column(a)[r], table.column(b)[r]) for r in run]
        if any(x is None or y is None for x, y in pairs):
            continue
        # the visibility rule: every exchanged row must visibly change, whatever the pair
        if not all(differ(x, y, CLEAR) for x, y in pairs):
            continue
        edits = []
        for r in run:
            row = table.rows[r]
            edits.append(
                replace_line(
                    card, row, set_cells(card.lines[row], {a: table.raw_cells[r][b], b: table.raw_cells[r][a]})
                )
            )
        first, last = table.rows[start] + 1, table.rows[start + length - 1] + 1
        what = f"swapped {table.names[a]!r} and {table.names[b]!r} in {length} of {count} rows (lines {first}-{last})"
        place = "first row" if start == 0 else "last row" if start + length == count else "interior"
        return Plant(edits, list(range(first, last + 1)), what, "MC401", place)
    return None


# --- index-small, index-large ---------------------------------------------------------------------------------------


def index_sites(card: Card, small: bool) -> list[tuple[IndexMetric, list[tuple[int, str]], list[IndexMetric]]]:
    metrics, _ = model_index(card)
    sites = []
    for metric in metrics:
        value = number(metric.text)
        if (value <= 1) != small or not metric.names:
            continue
        reports = body_reports(card, metric)
        # the body's value must stand for this model-index value, not for another one of the same metric
        others = [m for m in metrics if m is not metric and m.names & metric.names]
        if reports and not any(agree(o.text, metric.text) for o in others):
            sites.append((metric, reports, others))
    return sites


def plant_index(card: Card, sites: list, rng: random.Random, small: bool) -> Plant | None:
    metric, reports, others = rng.choice(sites)
    new = perturb(metric.text, rng, small, avoid=[o.text for o in others] + [text for _, text in reports])
    if new is None:
        return None
    line = card.lines[metric.line]
    position = line.index(metric.text, metric.column)
    edit = replace_line(card, metric.line, line[:position] + new + line[position + len(metric.text) :])
    rows = sorted({row + 1 for row, _ in reports})
    what = f"model-index {'/'.join(sorted(metric.names))}: {metric.text} -> {new} (body lines {rows})"
    return Plant([edit], [metric.line + 1, *rows], what)


# --- headline ---------------------------------------------------------------------------------------------------------


def in_log(card: Card, bullets: list[tuple[int, re.Match]]) -> set[int]:
    """The headline bullets that a row of a training log gives, when a row gives every bullet it has a column for."""
    found = set()
    for table in card.logs:
        columns = {norm_metric(table.names[index]): index for index in table.value_columns}
        paired = [
            (j, match.group(4), columns[norm_metric(match.group(2))], not LOSS.search(match.group(2)))
            for j, match in bullets
            if norm_metric(match.group(2)) in columns
        ]
        for cells in table.cells:
            if paired and all(i < len(cells) and agree(value, cells[i], rate) for _, value, i, rate in paired):
                found.update(j for j, *_ in paired)
    return found


def headline_sites(card: Card) -> list[tuple[int, re.Match]]:
    """Headline bullets whose value the card also gives elsewhere: in model-index, or in the row of the training log
    the whole headline comes from (a headline that is in no row is already wrong, and reported as such)."""
    metrics, _ = model_index(card)
    split = headline_split(card)
    bullets = headline(card)
    logged = in_log(card, bullets) if split == "eval" else set()
    sites = []
    for j, match in bullets:
        name, value = norm_metric(match.group(2)), match.group(4)
        in_index = any(name in m.names and m.split in (None, split) and agree(m.text, value, m.rate) for m in metrics)
        if in_index or j in logged:
            sites.append((j, match))
    return sites


def plant_headline(card: Card, sites: list, rng: random.Random) -> Plant | None:
    j, match = rng.choice(sites)
    value = match.group(4)
    new = perturb(value, rng, small=number(value) <= 1)
    if new is None:
        return None
    text = match.group(1) + match.group(2) + match.group(3) + new
    return Plant([replace_line(card, j, text)], [j + 1], f"headline {match.group(2)}: {value} -> {new}")


# --- sections: placeholder and stub ----------------------------------------------------------------------------------

GENERATOR_PLACEHOLDER = re.compile(
    r"more information needed|\bTODO\b|\bTBD\b|\bFIXME\b|lorem ipsum|\{\{", re.IGNORECASE
)


def sections(card: Card) -> list[tuple[int, int, int, str]]:
    """(heading index, body start, body end, title) of each heading's own text, up to the next heading."""
    heads = card.headings
    found = []
    for k, (i, _level, title) in enumerate(heads):
        end = heads[k + 1][0] if k + 1 < len(heads) else len(card.lines)
        found.append((i, i + 1, end, title))
    return found


def is_prose(card: Card, start: int, end: int) -> bool:
    """Text a person wrote: words in paragraphs or list items, no code, no table, no placeholder."""
    words = 0
    for i in range(start, end):
        line = card.lines[i].strip()
        if card.in_code[i] or line.startswith(("|", "<", "![", "[!")) or GENERATOR_PLACEHOLDER.search(line):
            return False
        words += len(re.findall(r"[^\W\d_]{2,}", re.sub(r"\]\([^)]*\)|https?://\S+", "", line)))
    return words >= 8


def prose_sections(card: Card, level: int | None = None) -> list[tuple[int, int, int, str]]:
    levels = {i: lv for i, lv, _ in card.headings}
    found = []
    for head, start, end, title in sections(card):
        if level is not None and levels[head] != level:
            continue
        if end < len(card.lines) and levels.get(end, 0) > levels[head]:
            continue  # the section has subsections: its whole content is more than this text
        if is_prose(card, start, end):
            found.append((head, start, end, title))
    return found


def thing(title: str) -> str | None:
    """A section's title as the object of an instruction ("Training data" -> "the training data"), or None when
    the title names no topic (a model's name, a sentence)."""
    title = re.sub(r"\[optional\]|[*_`#\[\]()]|^\d+(\.\d+)*\.?\s*|:$", "", title, flags=re.IGNORECASE).strip()
    words = title.split()
    if not re.fullmatch(r"[A-Za-z][A-Za-z &-]*", title) or len(words) > 5 or max(map(len, words)) > 15:
        return None
    return "the " + " ".join(w if any(c.isupper() for c in w[1:]) else w.lower() for w in words)


def placeholder_text(title: str, rng: random.Random) -> str:
    topic = thing(title) or rng.choice(["this section", "the details", "a description", "more details"])
    verb = rng.choice(["add", "fill in", "write", "describe", "document", "update"])
    return rng.choice(
        [
            "More information needed",
            "More information needed.",
            "[More Information Needed]",
            "TODO",
            "TODO.",
            "TBD",
            "TBD.",
            "FIXME",
            "**TODO**",
            "[TODO]",
            f"TODO: {verb} {topic}",
            f"TODO: {verb} {topic}.",
            f"TODO - {verb} {topic}",
            f"TBD: {topic}",
            f"FIXME: {verb} {topic}",
            f"TODO: {verb} this section",
            "TODO: fill in",
        ]
    )


def plant_placeholder(card: Card, sites: list, rng: random.Random) -> Plant | None:
    _, start, end, title = rng.choice(sites)
    text = placeholder_text(title, rng)
    if rng.random() < 0.5:
        new = ["", text, ""] if end < len(card.lines) or not card.lines[end - 1].strip() else ["", text]
        return Plant(
            [(start, end, new)], [start + 2], f"section {title!r} (lines {start + 1}-{end}) replaced by {text!r}"
        )
    last = max(i for i in range(start, end) if card.lines[i].strip())
    edit = (last + 1, last + 1, ["", text])
    return Plant([edit], [last + 3], f"line {text!r} added to section {title!r} after line {last + 1}")


STUBS = [
    "Coming soon",
    "Coming soon.",
    "Coming soon!",
    "coming soon...",
    "TBA",
    "TBA.",
    "To be added.",
    "To be added",
    "Will be updated later.",
    "Will be updated soon.",
    "N/A",
    "n/a",
    "WIP",
    "Work in progress",
    "Work in progress...",
    "[Add a description here]",
    "(fill in later)",
    "Details to follow.",
    "Stay tuned!",
    "Stay tuned.",
    "Under construction.",
    "To be announced.",
    "Not available yet.",
    "Will add later.",
    "Update soon.",
    "More details soon.",
    "Nothing here yet.",
    "...",
    "(to do)",
    "Pending.",
    "To come.",
]
VERBS = ["Add", "Describe", "Insert", "Write", "Fill in", "Provide", "Put", "Enter", "Explain", "Summarize", "List"]
DONE = ["added", "written", "completed", "updated", "filled in", "documented", "provided", "described", "released"]


def stub_text(title: str, rng: random.Random) -> str:
    topic = thing(title)
    if topic is None or rng.random() < 0.35:
        return rng.choice(STUBS)
    subject = topic.removeprefix("the ")
    subject = subject[0].upper() + subject[1:]
    verb = rng.choice([v for v in VERBS if not (v == "Describe" and "descri" in topic)])
    done = rng.choice(DONE)
    when = rng.choice(["later", "soon", "in a future version", "once the paper is out", "after the evaluation"])
    text = rng.choice(
        [
            f"[{verb} {topic} here]",
            f"[{verb} {topic}]",
            f"<{verb.lower()} {topic}>",
            f"({verb.lower()} {topic} later)",
            f"{{{verb.lower()} {topic} here}}",
            f"{subject} coming soon",
            f"{subject}: coming soon",
            f"{subject} will be {done} {when}",
            f"{subject} to follow",
            f"{subject}: TBA",
            f"To be {done} {when}",
            f"Will be {done} {when}",
            f"Will {verb.lower()} {topic} {when}",
            f"{done.capitalize()} {when}",
            f"We will {verb.lower()} {topic} {when}",
        ]
    )
    if text[0].isalpha():
        text += rng.choice(["", ".", ".", "!", "..."])
    return text


def plant_stub(card: Card, sites: list, rng: random.Random) -> Plant | None:
    _, start, end, title = rng.choice(sites)
    text = stub_text(title, rng)
    new = ["", text, ""] if end < len(card.lines) or not card.lines[end - 1].strip() else ["", text]
    return Plant([(start, end, new)], [start + 2], f"section {title!r} (lines {start + 1}-{end}) replaced by {text!r}")


# --- none-dataset -----------------------------------------------------------------------------------------------------

LOADERS = {"audio": ["audiofolder"], "image": ["imagefolder"], "text": ["json", "csv", "parquet", "text", "generator"]}


def none_dataset_sites(card: Card) -> list[tuple[int, re.Match]]:
    found = fine_tuned(card)
    if not found:
        return []
    named = found[1].group(7)
    if named and (named.strip("`") == "None" or any(named.strip("`") in names for names in LOADERS.values())):
        return []
    return [found]


def plant_none_dataset(card: Card, sites: list, rng: random.Random) -> Plant | None:
    """`None` mostly, else the name of the loader (`load_dataset("json", ...)`) a script for this kind of data uses."""
    i, match = sites[0]
    task = (task_of(card) or "") + " " + card.name.lower()
    kind = "audio" if re.search(r"speech|audio|wav2vec|whisper", task) else "image" if "image" in task else "text"
    name = "None" if rng.random() < 0.7 else rng.choice(LOADERS[kind])
    line = card.lines[i]
    text = line[: match.start(6)] + f"the {name} dataset" + line[match.end(6) :]
    return Plant([replace_line(card, i, text)], [i + 1], f"{match.group(6)!r} -> 'the {name} dataset'")


# --- index-dataset ----------------------------------------------------------------------------------------------------


def index_dataset_sites(card: Card) -> list[IndexDataset]:
    _, datasets = model_index(card)
    named = datasets_list(card)
    found = fine_tuned(card)
    if found and found[1].group(7):
        named.append(found[1].group(7))
    return [d for d in datasets if any(same_dataset(v, n) for v in d.values.values() for n in named)]


def dataset_pool(cards: list[Card]) -> list[tuple[str, str | None, dict[str, str]]]:
    """(card, task, dataset name and type) of every model-index result of the corpus with a plausible dataset id."""
    pool = []
    for card in cards:
        for dataset in model_index(card)[1]:
            values = dataset.values
            plausible = HUB_ID.fullmatch(values.get("type", "x")) and "None" not in values.values()
            plausible = plausible and all(re.fullmatch(r"[\w .,'()/+-]+", v) for v in values.values())
            if plausible and all(v and len(v) < 60 for v in values.values()):
                pool.append((card.name, task_of(card), values))
    return pool


EVENT_SETS = {"speech-recognition-community-v2/dev_data", "robust speech event - dev data"}


def plant_index_dataset(card: Card, sites: list, rng: random.Random, pool: list) -> Plant | None:
    """Another card's dataset, preferably from a card of the same task (a model-index copied from it)."""
    dataset = rng.choice(sites)
    own = datasets_list(card) + list(dataset.values.values())
    # (not, in a card of the Robust Speech Event, the event's own dev set, on which the event had every model it tagged
    # evaluated: a result there contradicts nothing, and the linter rightly leaves it)
    start, end = card.front
    event = "robust-speech-event" in "\n".join(card.lines[start:end])
    choices = [
        (task, values)
        for name, task, values in pool
        if name != card.name and not any(same_dataset(v, o) for v in values.values() for o in own)
        and not (event and any(v.strip().lower() in EVENT_SETS for v in values.values()))
    ]
    same_task = [values for task, values in choices if task and task == task_of(card)]
    if not choices:
        return None
    other = rng.choice(same_task) if same_task and rng.random() < 0.8 else rng.choice(choices)[1]
    edits, touched, changes = [], [], []
    for key, index in sorted(dataset.lines.items(), key=lambda item: item[1]):
        new = other.get(key) or other.get("type" if key == "name" else "name")
        edits.append(replace_line(card, index, set_value(card.lines[index], new)))
        touched.append(index + 1)
        changes.append(f"{key}: {dataset.values[key]} -> {new}")
    return Plant(edits, touched, "model-index dataset " + ", ".join(changes))


# --- base-model -------------------------------------------------------------------------------------------------------


BASE_SENTENCE = re.compile(
    r"fine-?tuned (?:version of|from) \[`?[^\]]+`?\]\(https?://huggingface\.co/([^)\s]+?)/?\)", re.IGNORECASE
)


OTHER_SUBJECT = re.compile(r"\b(?:base|original|parent|underlying|teacher|backbone)[ \t]+(?:\w+[ \t]+)?model\b", re.I)
# the Hub's first models, the only ones whose ids have no owner ("gpt2", "t5-small"): another id with no owner is a
# local folder or a library's own name ("[resnet18](https://huggingface.co/resnet18)", timm's), no model of the Hub
FIRST_MODELS = re.compile(r"(?:albert|bert|camembert|ctrl|distil(?:bert|gpt2|roberta)|gpt2|openai-gpt|roberta|t5"
                          r"|transfo-xl|xlm|xlnet)(?:[-_.]|\Z)", re.I)


def base_sentence(card: Card) -> tuple[int, str] | None:
    """The line and the model of the sentence "fine-tuned version of [X](https://huggingface.co/X)" (the Trainer's,
    TRL's) or "finetuned from [X](...)" (sentence-transformers')."""
    for i, line in card.body_lines():
        if (match := BASE_SENTENCE.search(line)) and HUB_ID.fullmatch(match.group(1)) and (
                "/" in match.group(1) or FIRST_MODELS.match(match.group(1))):
            # not a sentence about another model ("The base language model [X](...) is a fine-tuned version of
            # [Y](...)"): Y is the base model's own base, and a `base_model` other than Y contradicts nothing
            if OTHER_SUBJECT.search(line, line.rfind(". ", 0, match.start()) + 1, match.start()):
                continue
            return i, match.group(1)
    return None


def base_model_sites(card: Card, added: bool) -> list[tuple[int | None, int, str]]:
    """Where `base_model` agrees with the sentence (to change it), or where it is absent (`added`: to add one)."""
    found = base_sentence(card)
    if not found or not card.front[1]:
        return []
    sentence, linked = found
    key = top_key(card, "base_model")
    if key is None:
        return [(None, sentence, linked)] if added else []
    value = scalar(KEY_VALUE.match(card.lines[key]).group(4))
    return [(key, sentence, linked)] if not added and value.lower() == linked.lower() else []


def model_pool(cards: list[Card]) -> list[tuple[str, str]]:
    """(card, model id) of every base model the corpus names, in `base_model` or in a link to the Hub."""
    pool = []
    for card in cards:
        if found := base_sentence(card):
            pool.append((card.name, found[1]))
        key = top_key(card, "base_model")
        if key is not None:
            pool.append((card.name, scalar(KEY_VALUE.match(card.lines[key]).group(4))))
    return [(name, model) for name, model in pool if HUB_ID.fullmatch(model) and model != "None"]


GENERIC = {"base", "large", "small", "tiny", "mini", "medium", "cased", "uncased", "finetuned", "model", "multilingual"}


def family_words(model: str) -> set[str]:
    """The words that tell a model's family: `distilbert-base-uncased` -> {"distilbert"}."""
    words = re.findall(r"[a-z][a-z0-9]{2,}", model.lower().rsplit("/", 1)[-1])
    return {w for w in words if w not in GENERIC and not re.fullmatch(r"v\d+", w)}


def plant_base_model(card: Card, sites: list, rng: random.Random, pool: list) -> Plant | None:
    """Another model as `base_model`, preferably of the same family (a size or variant mixed up)."""
    key, sentence, linked = sites[0]
    choices = sorted({model for name, model in pool if name != card.name and model.lower() != linked.lower()})
    related = [model for model in choices if family_words(model) & family_words(linked)]
    if not choices:
        return None
    model = rng.choice(related) if related and rng.random() < 0.8 else rng.choice(choices)
    if key is not None:
        edit = replace_line(card, key, set_value(card.lines[key], model))
        return Plant([edit], [key + 1, sentence + 1], f"base_model: {linked} -> {model}")
    # a new top-level key: before a top-level key other than the first, or at the end of the front matter
    start, end = card.front
    places = [i for i in range(start + 1, end) if re.match(r"^[\w-]+\s*:", card.lines[i])] + [end]
    at = rng.choice(places)
    new = [f"base_model: {model}"]
    return Plant([(at, at, new)], [at + 1, sentence + 2], f"added base_model: {model} (text: {linked})")


# --- log-gap ----------------------------------------------------------------------------------------------------------


def even_runs(values: list[float | None], tolerance: float) -> Iterator[tuple[int, int]]:
    """(first, last) rows of the maximal runs whose value increases by the same amount from row to row."""
    diffs = [None] + [
        b - a if a is not None and b is not None and b > a else None for a, b in itertools.pairwise(values)
    ]
    first = None  # row index of the first diff of the current group
    for r in range(1, len(values) + 1):
        d = diffs[r] if r < len(values) else None
        if first is not None and (d is None or abs(d - diffs[first]) > tolerance):
            yield first - 1, r - 1
            first = None
        if first is None and d is not None:
            first = r


def gap_sites(card: Card) -> list[tuple[Table, int, str]]:
    """(table, row, column name) for each interior row of a run of >= 5 rows whose step (or epoch) advances evenly."""
    sites = []
    for table in card.logs:
        for index, tolerance in ((table.step, 1e-9), (table.epoch, 0.011)):
            if index is None:
                continue
            rows = [
                (table, row, table.names[index])
                for first, last in even_runs(table.column(index), tolerance)
                if last - first + 1 >= 5
                for row in range(first + 1, last)
            ]
            if rows:
                sites.extend(rows)
                break
    return sites


def plant_gap(card: Card, sites: list, rng: random.Random) -> Plant | None:
    table, row, name = rng.choice(sites)
    index = table.rows[row]
    deleted = card.lines[index].strip()
    return Plant(
        [(index, index + 1, [])],
        [index, index + 1],
        f"deleted row {row + 1} of {len(table.rows)} ({name} column even): {deleted}",
    )


# ---------------------------------------------------------------------------------------------------------------------
# families


@dataclass
class Family:
    name: str
    sites: Callable[[Card], list]
    plant: Callable[[Card, list, random.Random], Plant | None]


# --- section-removed --------------------------------------------------------------------------------------------------

# the topics a card needs, and the words of a heading that names one (a heading naming two, "Intended uses &
# limitations", is never deleted: the plant must take one topic away)
TOPIC_WORDS = {
    "limitations": re.compile(r"\blimitations?\b|\bbias(?:es)?\b|\brisks?\b|ethical", re.I),
    "intended-uses": re.compile(r"\bintended\b|\buses\b|\buse cases?\b|\bapplications?\b", re.I),
    "training-data": re.compile(
        r"\btraining (?:and evaluation )?(?:data|dataset|corpus)\b|\bpre-?training (?:data|corpus)\b", re.I
    ),
    "evaluation": re.compile(r"\bevaluation\b|\bresults\b|\bbenchmarks?\b|\bperformance\b", re.I),
}


def section_sites(card: Card) -> list[tuple[int, int, str, str]]:
    """(heading index, end, topic, title) of each `##` section without subsections whose heading names
    exactly one topic that no other heading names."""
    heads = card.headings
    named = {i: [t for t, words in TOPIC_WORDS.items() if words.search(title)] for i, _, title in heads}
    found = []
    for k, (i, level, title) in enumerate(heads):
        if level != 2 or len(named[i]) != 1 or "training results" in title.lower():
            continue
        end = heads[k + 1][0] if k + 1 < len(heads) else len(card.lines)
        if end < len(card.lines) and heads[k + 1][1] > level:
            continue
        topic = named[i][0]
        if any(topic in named[j] for j, _, _ in heads if j != i):
            continue
        found.append((i, end, topic, title))
    return found


def plant_section_removed(card: Card, sites: list, rng: random.Random) -> Plant | None:
    head, end, topic, title = rng.choice(sites)
    # MC201's place: the title (the first level-1 heading, else the first heading), else line 1
    heads = card.headings
    title_line = next((i for i, level, _ in heads if level == 1), heads[0][0] if heads else None)
    if title_line is not None and title_line >= head:
        return None  # the title would move or go: keep plants simple
    touched = [title_line + 1 if title_line is not None else 1]
    return Plant([(head, end, [])], touched, f"section {title!r} ({topic}, lines {head + 1}-{end}) deleted",
                 code="MC201")


def families(cards: list[Card]) -> list[Family]:
    datasets = dataset_pool(cards)
    models = model_pool(cards)
    return [
        Family("swap-run", swap_sites, plant_swap),
        Family("index-small", lambda c: index_sites(c, True), lambda c, s, r: plant_index(c, s, r, True)),
        Family("index-large", lambda c: index_sites(c, False), lambda c, s, r: plant_index(c, s, r, False)),
        Family("headline", headline_sites, plant_headline),
        Family("placeholder", prose_sections, plant_placeholder),
        Family("stub", lambda c: prose_sections(c, level=2), plant_stub),
        Family("none-dataset", none_dataset_sites, plant_none_dataset),
        Family("index-dataset", index_dataset_sites, lambda c, s, r: plant_index_dataset(c, s, r, datasets)),
        Family("base-model", lambda c: base_model_sites(c, False), lambda c, s, r: plant_base_model(c, s, r, models)),
        Family(
            "base-model-added", lambda c: base_model_sites(c, True), lambda c, s, r: plant_base_model(c, s, r, models)
        ),
        Family("log-gap", gap_sites, plant_gap),
        Family("section-removed", section_sites, plant_section_removed),
    ]


# ---------------------------------------------------------------------------------------------------------------------
# linting and counting


def lint(paths: list[Path], jobs: int) -> dict[str, list[dict]]:
    """Findings of each file, by path, from the installed command, many files per call."""
    exe = shutil.which("modelcard-lint", path=str(Path(sys.executable).parent)) or shutil.which("modelcard-lint")
    command = [exe] if exe else [sys.executable, "-m", "modelcard_lint"]
    findings: dict[str, list[dict]] = {str(path): [] for path in paths}
    for k in range(0, len(paths), BATCH):
        batch = [str(path) for path in paths[k : k + BATCH]]
        args = [*command, "--isolated", "--output-format", "json", "--exit-zero", "--jobs", str(jobs), *batch]
        done = subprocess.run(args, capture_output=True, text=True, check=False)
        try:
            items = json.loads(done.stdout)
        except json.JSONDecodeError:
            sys.exit(f"modelcard-lint failed (exit {done.returncode}): {done.stderr.strip()[:2000]}")
        for item in items:
            if item["path"] not in findings:
                sys.exit(f"modelcard-lint reported a path it was not given: {item['path']}")
            findings[item["path"]].append(item)
    return findings


def position(item: dict, line: int | None, end_line: int | None) -> tuple:
    """What identifies a finding: its code, its message with the numbers masked, its span."""
    message = re.sub(r"\d+(\.\d+)?", "#", item["message"])
    return item["code"], message, line, item["column"], end_line, item["end_column"]


def new_findings(original: list[dict], planted: list[dict], edits: list) -> list[dict]:
    """The planted copy's warnings and errors that the original does not have.

    Findings are compared as multisets of (code, message with numbers masked, span): each of the original's
    findings pairs off with at most one of the planted copy's, first at its line moved by the plant's edits,
    then, for those left, at its line unmoved (a finding anchored at a fixed place, such as the first line of the
    front matter, stays there when a line is added below it).
    """
    unpaired = set(range(len(original)))
    left = list(planted)
    for moving in (True, False):
        where: dict[tuple, list[int]] = {}
        for k in sorted(unpaired):
            item = original[k]
            line, end = item["line"], item["end_line"]
            if moving:
                line, end = moved(edits, line - 1), moved(edits, end - 1)
                if line is None or end is None:
                    continue
                line, end = line + 1, end + 1
            where.setdefault(position(item, line, end), []).append(k)
        rest = []
        for item in left:
            match = where.get(position(item, item["line"], item["end_line"]))
            if match:
                unpaired.discard(match.pop())
            else:
                rest.append(item)
        left = rest
    return [item for item in left if item["severity"] in ("warning", "error")]


def is_found(plant: Plant, new: list[dict]) -> bool:
    return any(
        (plant.code is None or item["code"] == plant.code)
        and any(item["line"] <= line <= item["end_line"] for line in plant.touched)
        for item in new
    )


def wilson(found: int, total: int, z: float = 1.96) -> tuple[float, float]:
    if not total:
        return 0.0, 1.0
    p = found / total
    centre = (p + z * z / (2 * total)) / (1 + z * z / total)
    half = z * math.sqrt(p * (1 - p) / total + z * z / (4 * total * total)) / (1 + z * z / total)
    return max(0.0, centre - half), min(1.0, centre + half)


@dataclass
class Planted:
    family: str
    draw: int
    card: Card
    plant: Plant
    path: Path
    new: list[dict] = field(default_factory=list)
    found: bool = False


def seed_list(text: str) -> list[str]:
    """``--seed``: one seed, or a range ``A-B`` of whole numbers whose draws are pooled."""
    first, dash, last = text.partition("-")
    if dash and first.isdigit() and last.isdigit() and int(first) <= int(last):
        return [str(n) for n in range(int(first), int(last) + 1)]
    return [text]


def run(args: argparse.Namespace, out: Path) -> tuple[list[dict], list[Planted]]:
    cards = [Card.read(path) for path in sorted(args.corpus.resolve().glob("*.md"))]
    chosen = [f for f in families(cards) if not args.family or f.name in args.family]
    unknown = set(args.family or []) - {f.name for f in chosen}
    if unknown:
        sys.exit(f"unknown family: {', '.join(sorted(unknown))}")
    eligible: dict[str, list[tuple[Card, list]]] = {}
    planted: list[Planted] = []
    seeds = seed_list(args.seed)
    for family in chosen:
        eligible[family.name] = [(card, sites) for card in cards if (sites := family.sites(card))]
        for seed, draw in itertools.product(seeds, range(args.draws)):
            rng = random.Random(f"{seed}:{family.name}:{draw}")
            pool = eligible[family.name]
            for card, sites in rng.sample(pool, min(args.per_family, len(pool))):
                plant = next((p for _ in range(5) if (p := family.plant(card, sites, rng))), None)
                if plant is None:
                    continue  # no place of this card took the defect visibly
                folder = out / f"draw{draw}" if len(seeds) == 1 else out / f"seed{seed}" / f"draw{draw}"
                path = folder / family.name / card.name
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(apply(card, plant.edits))
                planted.append(Planted(family.name, draw, card, plant, path))
    originals = sorted({p.card.path for p in planted})
    findings = lint(originals + [p.path for p in planted], args.jobs)
    for p in planted:
        p.new = new_findings(findings[str(p.card.path)], findings[str(p.path)], p.plant.edits)
        p.found = is_found(p.plant, p.new)
    rows = []
    for family in chosen:
        mine = [p for p in planted if p.family == family.name]
        found = sum(p.found for p in mine)
        low, high = wilson(found, len(mine))
        rows.append(
            {
                "family": family.name,
                "eligible": len(eligible[family.name]),
                "plants": len(mine),
                "found": found,
                "recall": round(found / len(mine), 4) if mine else None,
                "low": round(low, 4),
                "high": round(high, 4),
                "by_kind": {kind: [sum(p.found for p in mine if p.plant.kind == kind),
                                   sum(1 for p in mine if p.plant.kind == kind)]
                            for kind in sorted({p.plant.kind for p in mine if p.plant.kind})},
            }
        )
    return rows, planted


def miss(p: Planted) -> dict:
    return {"family": p.family, "draw": p.draw, "card": p.card.name, "lines": p.plant.touched, "planted": p.plant.what}


def manifest(p: Planted) -> dict:
    new = [f"{i['line']}-{i['end_line']} {i['code']} {i['message']}" for i in p.new]
    return {**miss(p), "file": str(p.path), "found": p.found, "new_findings": new}


def print_table(rows: list[dict]) -> None:
    print(f"{'family':<16} {'eligible':>8} {'plants':>6} {'found':>5} {'recall':>7}  95% interval")
    for row in rows:
        recall = "-" if row["recall"] is None else f"{row['recall']:.1%}"
        print(
            f"{row['family']:<16} {row['eligible']:>8} {row['plants']:>6} {row['found']:>5} {recall:>7}"
            f"  [{row['low']:.1%}, {row['high']:.1%}]"
        )
        for kind, (found, plants) in row["by_kind"].items():
            print(f"  {kind:<14} {'':>8} {plants:>6} {found:>5} {found / plants:>7.1%}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "cards")
    parser.add_argument("--draws", type=int, default=3, help="independent draws per family (default 3)")
    parser.add_argument("--per-family", type=int, default=60, help="cards per family per draw (default 60)")
    parser.add_argument("--seed", default="0",
                        help="seed of the draws (default 0), or a range such as 10-29 whose draws are pooled")
    parser.add_argument("--family", action="append", help="run this family only (repeatable)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="worker processes of modelcard-lint")
    parser.add_argument("--show-misses", action="store_true", help="list the plants the linter missed")
    parser.add_argument("--json", action="store_true", help="print the table (and misses) as JSON")
    parser.add_argument("--keep", type=Path, help="write the planted copies and a manifest.json here")
    args = parser.parse_args()
    if not args.corpus.is_dir():
        sys.exit(f"no corpus at {args.corpus}")
    started = time.perf_counter()
    if args.keep:
        if args.keep.exists() and any(args.keep.iterdir()) and not (args.keep / "manifest.json").exists():
            sys.exit(f"{args.keep} is not empty and holds no manifest.json of an earlier run: not overwriting it")
        shutil.rmtree(args.keep, ignore_errors=True)
        args.keep.mkdir(parents=True)
        rows, planted = run(args, args.keep.resolve())
        (args.keep / "manifest.json").write_text(json.dumps([manifest(p) for p in planted], indent=1) + "\n")
    else:
        with tempfile.TemporaryDirectory(prefix="plant-") as tmp:
            rows, planted = run(args, Path(tmp))
    seconds = time.perf_counter() - started
    misses = [miss(p) for p in planted if not p.found]
    if args.json:
        result: dict = {"families": rows, "seconds": round(seconds, 1)}
        if args.show_misses:
            result["misses"] = misses
        print(json.dumps(result, indent=2))
        return
    print_table(rows)
    print(f"{len(planted)} plants, {seconds:.1f} s")
    if args.show_misses:
        for m in misses:
            print(f"{m['family']}  {m['card']}  lines {m['lines']}: {m['planted']}")


if __name__ == "__main__":
    main()
