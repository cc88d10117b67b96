"""Which model-index result a value in the card's text belongs to: one evaluation, one dataset and split.

A model-index result is one evaluation: a task, a dataset (its name, type, configuration) and a split.
Its *identity* is the words of all of these.  A row of a benchmark table ("Common Voice 6.1 TR test
split | 8.83 | 2.37", "afr-eng | flores101-devtest | 46.8") names its evaluation in its text cells; the
row belongs to the one result whose identity holds every word of the row's labels (split words and
filler words aside).  A row that names no evaluation, or one that several results share, belongs to
none, and is compared with nothing: MC501 pairs only results of the same evaluation.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Sequence
from typing import NamedTuple, Protocol

from ..card import Card
from ..card.body import Block, Cell, Table
from ..card.yamlnode import Node
from ..diagnostics import Span
from .metricnames import BOUNDED, Name, normalize
from .tables import VALUE_KINDS, Number, parse_number

# metrics printed as a fraction or as a percentage: error rates, and the translation and summary scores
# that `evaluate` gives in [0, 1] and sacrebleu or the example scripts in [0, 100]
_RATES = frozenset({"wer", "cer", "per", "bleu", "sacrebleu", "rouge", "rouge1", "rouge2", "rougel", "rougelsum",
                    "meteor", "chrf"})

_WORD = re.compile(r"[a-z0-9]+")
SPLIT_WORDS = {
    "test": "test", "testing": "test", "validation": "eval", "valid": "eval", "val": "eval", "dev": "eval",
    "eval": "eval", "evaluation": "eval", "train": "train", "training": "train",
}
# words that say nothing about which evaluation a row is
_FILLER = frozenset(
    "the a an of on in for and or to set sets split splits data dataset datasets result results score scores "
    "with by from at is are our this model".split()
)


def words(text: str) -> list[str]:
    """Lower-case words and numbers: `mozilla-foundation/common_voice_8_0` gives mozilla, foundation,
    common, voice, 8, 0."""
    return _WORD.findall(text.lower().replace("_", " "))


class Identity(NamedTuple):
    """The words of one model-index result's evaluation, and the split its dataset names."""

    words: frozenset[str]
    split: str  # "test", "eval", "train" or "" from `dataset.split`
    pairs: frozenset[tuple[str, str]] = frozenset()  # words that follow each other in one value: afr-eng


def _pairs(ws: list[str]) -> list[tuple[str, str]]:
    return list(itertools.pairwise(ws))


def identity(result: Node) -> Identity:
    found: list[str] = []
    pairs: list[tuple[str, str]] = []
    split = ""
    for part in ("task", "dataset"):
        node = result.get(part)
        if node is None or not node.is_map:
            continue
        for key, value in node.items():
            if key in ("type", "name", "config", "args", "split", "revision"):
                items = list(value.value.values()) if value.is_map else value.scalars()
                for item in items:
                    if item.is_scalar and item.value is not None:
                        ws = words(str(item.value))
                        found += ws
                        pairs += _pairs(ws)
        if part == "dataset":
            node_split = node.get("split")
            if node_split is not None and node_split.is_str:
                split = SPLIT_WORDS.get(node_split.value.strip().lower(), "")
    return Identity(frozenset(found), split, frozenset(pairs))


class Labelled(NamedTuple):
    """A number of a benchmark table, the metric it is a value of, and the evaluation it belongs to."""

    label: str  # the metric as written
    name: Name
    number: Number
    cell: Cell
    split: str  # what the row's labels say: "test", "eval", "train" or ""
    table: int  # the table's index among the card's tables
    row: int  # the row's index in its table
    result: int  # the model-index result it belongs to, or -1


class _Index:
    """Which results hold a word, to find the results whose identity holds all of a row's words."""

    __slots__ = ("identities", "by_word")

    def __init__(self, identities: list[Identity]) -> None:
        self.identities = identities
        self.by_word: dict[str, set[int]] = {}
        for i, ident in enumerate(identities):
            for w in ident.words:
                self.by_word.setdefault(w, set()).add(i)

    def owner(self, label: list[str], pairs: list[tuple[str, str]]) -> tuple[int, str]:
        """The one result the label words name, and the split they state ("" when none): (-1, "") when
        they name no evaluation or more than one.  Between results that hold the same words (`afr-eng`
        and `eng-afr`), the one that holds the label's words in their order wins."""
        named = [w for w in label if w not in _FILLER and w not in SPLIT_WORDS]
        if not named:  # a row named by its split alone ("Test") is the one result on that split
            stated = {SPLIT_WORDS[w] for w in label if w in SPLIT_WORDS}
            own = [i for i, ident in enumerate(self.identities) if stated and ident.split in stated]
            return (own[0], self.identities[own[0]].split) if len(stated) == 1 and len(own) == 1 else (-1, "")
        found: set[int] | None = None
        for w in named:
            found = self.by_word.get(w, set()) if found is None else found & self.by_word.get(w, set())
            if not found:
                return -1, ""
        if found is None:
            return -1, ""
        # words in the other order (`eng-nds` for a result on `nds-eng`) name another evaluation
        found = {i for i in found if not any(p not in self.identities[i].pairs and p[::-1] in self.identities[i].pairs
                                              for p in pairs)}
        if not found:
            return -1, ""
        if len(found) > 1:
            score = {i: sum(p in self.identities[i].pairs for p in pairs) for i in found}
            best = max(score.values())
            found = {i for i, n in score.items() if n == best}
            if len(found) != 1:
                return -1, ""
        i = next(iter(found))
        # a split word that is part of the dataset's own name ("dev data") states no split
        stated = {SPLIT_WORDS[w] for w in label if w in SPLIT_WORDS and w not in self.identities[i].words}
        return i, stated.pop() if len(stated) == 1 else ""


def benchmark_values(tables: list[Table], identities: list[Identity], skip: set[int]) -> list[Labelled]:
    """The values of benchmark tables (no epoch or step), each with the evaluation it belongs to.

    ``skip`` holds the ids of tables read otherwise (training logs, single-row and Metric | Value
    tables).  A table whose header names metrics has one evaluation per row, named by the row's text
    cells; a table whose first column names metrics has one per column, named by the header.
    """
    index = _Index(identities)
    out: list[Labelled] = []
    for t, table in enumerate(tables):
        if id(table) in skip or not table.rows:
            continue
        names = [normalize(c.text) for c in table.header]
        if any(n.kind in VALUE_KINDS for n in names):
            out += _by_row(t, table, names, index)
        else:
            out += _by_column(t, table, index)
    return out


def _by_row(t: int, table: Table, names: list[Name], index: _Index) -> list[Labelled]:
    found: list[Labelled] = []
    for r, row in enumerate(table.rows):
        label: list[str] = []
        pairs: list[tuple[str, str]] = []
        values = []
        for c, cell in enumerate(row.cells):
            number = parse_number(cell.text) if cell.text else None
            if number is None:
                ws = words(cell.text)
                label += ws
                pairs += _pairs(ws)
            elif c < len(names) and names[c].kind in VALUE_KINDS:
                values.append((table.header[c].text.strip().strip("*_`").strip(), names[c], number, cell))
        result, split = index.owner(label, pairs)
        found += [Labelled(text, name, number, cell, name.split or split, t, r, result)
                  for text, name, number, cell in values]
    return _one_row_per_result(found, index)


def _by_column(t: int, table: Table, index: _Index) -> list[Labelled]:
    found: list[Labelled] = []
    owners = [index.owner(ws, _pairs(ws)) for ws in (words(c.text) for c in table.header)]
    for r, row in enumerate(table.rows):
        if not row.cells:
            continue
        name = normalize(row.cells[0].text)
        if name.kind not in VALUE_KINDS:
            continue
        for c, cell in enumerate(row.cells[1:], start=1):
            number = parse_number(cell.text) if cell.text else None
            if number is not None and c < len(owners) and owners[c][0] >= 0:
                found.append(Labelled(row.cells[0].text.strip().strip("*_`").strip(), name, number, cell,
                                      name.split or owners[c][1], t, r, owners[c][0]))
    return found


def _one_row_per_result(found: list[Labelled], index: _Index) -> list[Labelled]:
    """A result that several rows name (one per split, one per decoding) keeps the row whose split is the
    result's own; when that does not single one out, none of them belongs to it."""
    rows: dict[int, set[int]] = {}
    for item in found:
        if item.result >= 0:
            rows.setdefault(item.result, set()).add(item.row)
    drop: set[tuple[int, int]] = set()
    for result, named in rows.items():
        if len(named) < 2:
            continue
        own = index.identities[result].split
        keep = {item.row for item in found if item.result == result and own and item.split == own}
        for row in named:
            if len(keep) != 1 or row not in keep:
                drop.add((result, row))
    if not drop:
        return found
    return [item._replace(result=-1) if (item.result, item.row) in drop else item for item in found]


# -- values written in the text ---------------------------------------------

_LOOSE_FILLER = _FILLER | {"result", "results", "score", "scores", "final", "overall", "obtained", "achieved"}
_STATED = re.compile(r"\b(test|testing|validation|valid|dev|eval|evaluation)\s+(?:set|split|data)\b", re.I)


class Written(NamedTuple):
    """A metric's value written in a line of prose or a list item: `WER (test): 7.65`, `**Test Result
    (wer)**: 15.04 %`, `Accuracy = 0.91`."""

    label: str
    name: Name
    number: Number
    span: Span
    split: str  # stated by the label, the paragraph before its list, or the section's heading
    context: tuple[str, ...]  # words that may name the evaluation: the label's others, the heading's


def written_values(card: Card, keys: set[str], skip: set[int]) -> list[Written]:
    """The `label: value` lines of the card's prose whose label is a metric that model-index has
    (``keys``); ``skip`` holds the lines already read (the Trainer's results list)."""
    out: list[Written] = []
    for section in card.body.sections():
        heading = section.heading.text if section.heading is not None else ""
        before = ""
        for block in section.blocks:
            for n, text in _lines(block):
                if n in skip or n in card.code_lines:
                    continue
                found = _written(card.lines[n - 1], text, n, keys)
                if found is not None:
                    label, name, number, span, rest = found
                    split = name.split or _split_of(before) or _split_of(heading)
                    out.append(Written(label, name, number, span, split, (*rest, *words(heading))))
            if block.kind == "paragraph":
                before = block.text
    return out


def _lines(block: Block) -> list[tuple[int, str]]:
    if block.kind == "paragraph":
        return [(block.line + k, text) for k, text in enumerate(block.text.split("\n"))]
    if block.kind == "list":
        return [(item.line, item.text.split("\n", 1)[0]) for item in block.children if item.text]
    return []


def _split_of(text: str) -> str:
    m = _STATED.search(text) if text else None
    return SPLIT_WORDS[m.group(1).lower()] if m else ""


def _written(line: str, text: str, n: int, keys: set[str]) -> tuple[str, Name, Number, Span, list[str]] | None:
    cut = min((i for i in (text.find(":"), text.find("=")) if i > 0), default=-1)
    if cut < 0 or cut > 80:
        return None
    raw = text[cut + 1 :].strip().strip("*_`").strip()
    if raw.endswith("%"):
        raw = raw[:-1].rstrip().strip("*_`").rstrip() + "%"
    number = parse_number(raw) if raw and " " not in raw else None
    if number is None:
        return None
    label = text[:cut].strip().strip("*_`").strip()
    ws = words(label)
    if not ws or len(ws) > 8:
        return None
    split = {SPLIT_WORDS[w] for w in ws if w in SPLIT_WORDS}
    core = [w for w in ws if w not in SPLIT_WORDS and w not in _LOOSE_FILLER]
    name = normalize(" ".join(core))
    metric = [w for w, prev in zip(name.key.split(), ["", *name.key.split()], strict=False) if w != prev]
    name = name._replace(key=" ".join(metric), split=split.pop() if len(split) == 1 else "")
    if name.kind not in VALUE_KINDS or name.key not in keys:
        return None
    at = line.rfind(raw.rstrip("%"))
    span = Span(n, at + 1, n, at + 1 + len(raw.rstrip("%"))) if at >= 0 else Span.at(n, 1, len(line))
    return label, name, number, span, [w for w in core if w not in name.key.split()]


# -- comparing values -----------------------------------------------------


def same_value(a: Number, b: Number, name: Name, tolerance: float = 0.5) -> bool:
    """Whether ``a`` and ``b`` agree as printed: within ``tolerance`` units of the coarser last decimal.

    A rate (or an error rate) may be a fraction on one side and a percentage on the other.
    """
    if not (a.finite and b.finite):
        return a.text.lower() == b.text.lower()
    if _close(a.value, a.decimals, b.value, b.decimals, tolerance):
        return True
    if name.kind == BOUNDED or name.metric in _RATES:
        return _close(a.value * 100, _shift(a.decimals), b.value, b.decimals, tolerance) or _close(
            a.value, a.decimals, b.value * 100, _shift(b.decimals), tolerance
        )
    return False


def truncated(a: Number, b: Number, name: Name) -> bool:
    """Whether ``b`` is ``a`` cut, not rounded, to ``b``'s decimals (0.8299999 written 82.99 %), as people
    who copy a number by hand often do."""
    if b.decimals is None or not (a.finite and b.finite) or (a.decimals is not None and a.decimals <= b.decimals):
        return False
    scales = (1.0, 100.0) if name.kind == BOUNDED or name.metric in _RATES else (1.0,)
    unit = 10.0**b.decimals
    for scale in scales:
        x = a.value * scale
        cut = math.copysign(math.floor(abs(x) * unit + 1e-9) / unit, x)
        if abs(cut - b.value) <= 1e-9 * max(abs(b.value), 1.0):
            return True
    return False


def _shift(decimals: int | None) -> int | None:
    return None if decimals is None else max(decimals - 2, 0)


def _close(x: float, dx: int | None, y: float, dy: int | None, tolerance: float) -> bool:
    known = [d for d in (dx, dy) if d is not None]
    unit = 10.0 ** -min(known) if known else 0.0
    return abs(x - y) <= tolerance * unit + 1e-9 * max(abs(x), abs(y), 1.0)


class Indexed(Protocol):
    """A model-index value, as ``anchor_rows`` reads it (``metrics.Reported``)."""

    @property
    def names(self) -> tuple[Name, ...]: ...

    @property
    def number(self) -> Number: ...

    @property
    def result(self) -> int: ...

    @property
    def verified(self) -> bool: ...


def anchor_rows(values: list[Labelled], index: Sequence[Indexed]) -> list[Labelled]:
    """Benchmark rows that name no evaluation (a table of models: "org/model | 41.60% | 8.23%") belong to a
    result when one of their values is that result's, to the last printed digit, and no other row of the
    table and no other result share that: the row is this model's, on that evaluation."""
    rows: dict[tuple[int, int], list[Labelled]] = {}
    for v in values:
        if v.result < 0:
            rows.setdefault((v.table, v.row), []).append(v)
    if not rows:
        return values
    by_key: dict[str, list[Indexed]] = {}
    for m in index:
        if not m.verified and _significant(m.number):
            for key in {y.key for y in m.names}:
                by_key.setdefault(key, []).append(m)
    agreeing: dict[tuple[int, int], set[int]] = {}
    for where, items in rows.items():
        for v in items:
            for m in by_key.get(v.name.key, ()):
                if same_value(m.number, v.number, v.name, 0.5):
                    agreeing.setdefault(where, set()).add(m.result)
    claims: dict[tuple[int, int], int] = {}  # (table, result) -> how many of its rows agree with the result
    for (table, _), found in agreeing.items():
        for result in found:
            claims[(table, result)] = claims.get((table, result), 0) + 1
    owner = {
        where: result
        for where, found in agreeing.items()
        if len(found) == 1 and claims[(where[0], result := next(iter(found)))] == 1
    }
    return [v for v in values if v.result >= 0] + [
        v._replace(result=owner[where]) for where, items in rows.items() if where in owner for v in items
    ]


def _significant(number: Number) -> bool:
    """A value that is unlikely to repeat by chance: three significant digits or more (not 0, 1 or 100)."""
    digits = number.text.replace(".", "").replace("-", "").lstrip("0").rstrip("%")
    return len(digits) >= 3
