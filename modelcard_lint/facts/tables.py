"""Typed tables: training logs and results tables, wherever they are in the card.

``typed_tables(card)`` (built once per card through ``Card.derived``) keeps
every body table whose header names at least one loss, metric, epoch or step
column (see ``names.normalize``); other tables cost one header lookup.  Each
typed column holds one parsed number per row, with its cell and so its exact
position; a missing cell (a ragged row), an empty one, the Trainer's
``No log`` and any text that is not a number are ``None``.

A table with an epoch or step column and at least one loss or metric column
is a training log (``TypedTable.is_log``): the Trainer's "Training results",
a Keras callback's table, or any hand-made log.
"""

from __future__ import annotations

import math
import re
from typing import NamedTuple

from ..card import Card
from ..card.body import Cell, Row, Table
from .lazyre import lazy
from .metricnames import EPOCH, OTHER, STEP, Name, normalize

_PLAIN = lazy(r"-?\d+(?:\.(\d+))?")
_NUMBER = lazy(r"[+-]?(?:\d+(?:\.(\d*))?|\.(\d+))(?:[eE][+-]?\d+)?")
# (a group of thousands never opens with a lone 0: "0,761" is a decimal comma)
_THOUSANDS = lazy(r"[1-9]\d{0,2}(?:,\d{3})+(?:\.\d+)?")
_DECIMAL_COMMA = lazy(r"\d+,\d+")  # "0,761", "12,5": a decimal comma, as many languages write it
_NOTED = lazy(r"([+-]?\d+(?:\.\d+)?[ \t]*%?)[*_`]{0,2}[ \t]*\([^()\n]{1,40}\)")
_SPECIAL = {"nan": math.nan, "-nan": math.nan, "inf": math.inf, "+inf": math.inf, "-inf": -math.inf,
            "infinity": math.inf, "-infinity": -math.inf}
VALUE_KINDS = frozenset({"loss", "bounded", "correlation", "metric"})


class Number(NamedTuple):
    """A number as written: its value, its decimals (None in exponent form) and a % sign."""

    value: float
    decimals: int | None
    percent: bool
    text: str

    @property
    def finite(self) -> bool:
        return math.isfinite(self.value)


def parse_number(text: str) -> Number | None:
    """Read a cell or a bullet value: ``0.7874``, ``**0.91**``, ``85.3 %``, ``30,469``, ``nan``, ``78.7 (Avg:
    75.3)``."""
    m = _PLAIN.fullmatch(text)
    if m is not None:  # the common case: digits, a point, digits
        frac = m.group(1)
        return Number(float(text), len(frac) if frac is not None else 0, False, text)
    t = text.strip().strip("*_`").strip()
    percent = t.endswith("%")
    if percent:
        t = t[:-1].rstrip()
    if "," in t and _THOUSANDS.fullmatch(t):
        t = t.replace(",", "")
    elif "," in t and _DECIMAL_COMMA.fullmatch(t):
        t = t.replace(",", ".")
    m = _NUMBER.fullmatch(t)
    if m is None:
        special = _SPECIAL.get(t.lower())
        if special is None and t.endswith(")") and (note := _NOTED.fullmatch(t)) is not None:
            return parse_number(note.group(1))  # a note after the number: "78.7 (Avg: 75.3)", "0.91 (±0.02)"
        return Number(special, None, percent, t) if special is not None else None
    frac = m.group(1) if m.group(1) is not None else m.group(2)
    decimals = None if "e" in t or "E" in t else len(frac or "")
    return Number(float(t), decimals, percent, t)


class Value:
    """A number in a table cell."""

    __slots__ = ("number", "cell", "row")

    def __init__(self, number: Number, cell: Cell, row: int) -> None:
        self.number = number
        self.cell = cell
        self.row = row  # index into the table's rows

    @property
    def value(self) -> float:
        return self.number.value

    @property
    def span(self):
        return self.cell.span


class Column:
    __slots__ = ("index", "header", "name", "values", "percent")

    def __init__(self, index: int, header: Cell, name: Name, values: list[Value | None], percent: bool = False) -> None:
        self.index = index
        self.header = header
        self.name = name
        self.values = values  # one per row
        self.percent = percent  # percentages: the header says so, or a cell carries a % sign

    @property
    def title(self) -> str:
        """The header as a reader sees it."""
        return self.header.text.strip().strip("*_`").strip()

    @property
    def kind(self) -> str:
        return self.name.kind

    def numbers(self) -> list[Value]:
        return [v for v in self.values if v is not None]

    def unmeasured(self, value: float) -> bool:
        """Whether ``value`` is the COCO evaluation's -1 for an object size the evaluation set has none of
        (pycocotools, torchmetrics' MeanAveragePrecision: "Map Medium", "Mar Large"): no score, not a rate below 0."""
        return value == -1 and self.name.key.split(" ", 1)[0] in ("map", "mar")


class TypedTable:
    __slots__ = ("table", "columns", "epoch", "step", "_places", "of_models")

    def __init__(self, table: Table, columns: list[Column], epoch: Column | None, step: Column | None) -> None:
        self.table = table
        self.columns = columns  # the typed columns only, in header order
        self.epoch = epoch
        self.step = step
        self._places: int | None = None
        self.of_models = _of_models(table)  # a row per model, each another: a comparison, not one run's log

    @property
    def rows(self) -> list[Row]:
        return self.table.rows

    def places(self) -> int:
        """The decimals the values are rounded to: the most any number of a loss or metric column shows."""
        if self._places is None:
            self._places = max((v.number.decimals or 0 for c in self.value_columns for v in c.values if v is not None),
                               default=0)
        return self._places

    @property
    def value_columns(self) -> list[Column]:
        """Loss and metric columns."""
        return [c for c in self.columns if c.kind in VALUE_KINDS]

    @property
    def is_log(self) -> bool:
        # (a loss or metric column of numbers: a table of training stages whose "Precision" is bf16 logs nothing)
        return (self.epoch is not None or self.step is not None) and not self.of_models and any(
            v is not None for c in self.value_columns for v in c.values)

    def row_label(self, i: int) -> str:
        """How a message names row ``i``: by its epoch or step when the table has them."""
        for col, word in ((self.epoch, "epoch"), (self.step, "step")):
            v = col.values[i] if col is not None else None
            if v is not None:
                return f"{word} {v.number.text}"
        return f"line {self.rows[i].line}"


# a column that names a model per row ("| Model |"), or a first column of links under an empty header, each another
_MODEL_HEADER = lazy(r"[ \t*_`]*(?:models?|checkpoints?|model[ _]names?|variants?)[ \t*_`]*", re.I)


# (or the data each row was trained or evaluated on: "| task | epochs | ... | dataset | precision |" with a row for
# elNER4 and one for elNER18, two fine-tunes, not two evaluations of one run)
_RUN_HEADER = lazy(r"[ \t*_`]*(?:data-?sets?|data|tasks?|languages?|lang|benchmarks?|corpus|corpora)[ \t*_`]*",
                   re.I)


# a row labelled by its place in one run ("Epoch 1", "step 500", "ckpt-2000"), or by a number alone
_CLOCK_LABEL = lazy(r"\A\W*(?:epoch|step|iter(?:ation)?|checkpoint|ckpt)\b|\A[\d\W]*\Z", re.I)


# (or the stage of a curriculum each row is: "| Stage | Base | Data | Steps | Final Loss |", a row per stage trained
# from the one before, its steps counted afresh; not "Epoch 1", "Step 500")
_STAGE_HEADER = lazy(r"[ \t*_`]*(?:training[ _])?(?:stages?|phases?)[ \t*_`]*", re.I)


def _of_models(table: Table) -> bool:
    """Whether the table compares models: a column names a different model in each of its rows (a table of the steps,
    batch sizes and scores of several checkpoints is no training log, "| [org/t5-base](...) | ... | 528481 |"), or a
    different dataset or task."""
    for i, cell in enumerate(table.header):
        texts = [row.cells[i].text.strip() for row in table.rows if i < len(row.cells)]
        if len(texts) < 2 or len(set(texts)) != len(texts):
            continue
        unheaded = i < 2 and not cell.text.strip()
        linked = unheaded and all(t.startswith("[") for t in texts)
        # (or names in the first column under an empty header: "| t5-v1.1-base-dutch-cased | ... | 1210000 |" over
        # "| t5-v1.1-large-dutch-cased | ... | 1120000 |", each row another model; not "Epoch 1", "Step 500")
        named = unheaded and i == 0 and all(not parse_number(t) and not _CLOCK_LABEL.search(t) for t in texts)
        headed = _MODEL_HEADER.fullmatch(cell.text) or _STAGE_HEADER.fullmatch(cell.text)
        if (i < 2 and headed) or linked or named or (
                _RUN_HEADER.fullmatch(cell.text) and not any(parse_number(t) for t in texts)):
            return True
    return False


def _typed(table: Table) -> TypedTable | None:
    names = [normalize(c.text) for c in table.header]
    if all(n.kind == OTHER for n in names):
        return None
    columns: list[Column] = []
    epoch = step = None
    for i, name in enumerate(names):
        if name.kind == OTHER:
            continue
        values: list[Value | None] = []
        percent = name.percent
        for r, row in enumerate(table.rows):
            cells = row.cells
            cell = cells[i] if i < len(cells) else None
            number = parse_number(cell.text) if cell is not None and cell.text else None
            if number is None:
                values.append(None)
            else:
                values.append(Value(number, cell, r))  # type: ignore[arg-type]
                percent = percent or number.percent
        col = Column(i, table.header[i], name, values, percent)
        columns.append(col)
        if name.kind == EPOCH and epoch is None:
            epoch = col
        elif name.kind == STEP and step is None:
            step = col
    return TypedTable(table, columns, epoch, step)


def _build(card: Card) -> list[TypedTable]:
    out = []
    for table in card.tables:
        typed = _typed(table)
        if typed is not None:
            out.append(typed)
    return out


def typed_tables(card: Card) -> list[TypedTable]:
    """The card's tables that have loss, metric, epoch or step columns (computed once per card)."""
    return card.derived("tables", _build)


def training_logs(card: Card) -> list[TypedTable]:
    return [t for t in typed_tables(card) if t.is_log]


CELL_WORDS = 2  # words in a table's cell read as a sentence ("val_loss 0.23")


def cell_sentences(card: Card) -> str:
    """The cells of the card's tables that hold two words or more, one a line (a log's cells hold numbers): read as
    sentences by the statements of results and of training data ("| `MODELS/morgan/` | SVM classifiers trained on
    Morgan (ECFP6) fingerprints |", "| Stage 1 | 10 epochs. Final val_loss ≈ 0.23 |")."""
    return card.derived("cell-sentences", lambda c: "\n".join(
        cell.text for table in c.body.tables for row in table.rows for cell in row.cells
        if cell.text.count(" ") >= CELL_WORDS - 1))


INTRO_LINES = 3  # lines of text above a table read as its introduction


def text_above(card: Card, table: Table) -> str:
    """The paragraph just above a table, up to ``INTRO_LINES`` lines and not past a heading."""
    lines = card.lines
    above: list[str] = []
    i = table.line - 2  # the line above the table (lines are 1-based)
    while i >= 0 and len(above) < INTRO_LINES and not lines[i].lstrip().startswith("#"):
        if lines[i].strip():
            above.append(lines[i])
        elif above:
            break
        i -= 1
    return "\n".join(above)
