"""Which model-index result a value in the card's text belongs to: one evaluation, one dataset and split.

A model-index result is one evaluation: a task, a dataset (its name, type, configuration) and a split.
Its *identity* is the words of all of these.  A row of a benchmark table ("Common Voice 6.1 TR test
split | 8.83 | 2.37", "afr-eng | flores101-devtest | 46.8") names its evaluation in its text cells; the
row belongs to the one result whose identity holds every word of the row's labels (split words and
filler words aside).  A row of a table of models ("org/model | 41.60% | 8.23%") belongs to the result it
shares a value with, to the last printed digit, when no other row or result shares it (``anchor_rows``).
A row that names no evaluation, or one that several results share, belongs to none, and is compared with
nothing: MC501 pairs only results of the same evaluation.  (Values written in prose are in ``written``,
how two printed values compare in ``values``.)
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import NamedTuple, Protocol

from ..card.body import Cell, Row, Table
from ..card.yamlnode import Node
from .lazyre import lazy
from .metricnames import Name, normalize
from .tables import VALUE_KINDS, Number, parse_number
from .values import same_value

_WORD = lazy(r"[a-z0-9]+")
SPLIT_WORDS = {
    "test": "test", "testing": "test", "validation": "eval", "valid": "eval", "val": "eval", "dev": "eval",
    "eval": "eval", "evaluation": "eval", "train": "train", "training": "train",
}
MANY = 64  # more results than this that share a label's rarest word: the label names none of them
# words that say nothing about which evaluation a row is
FILLER = frozenset(
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


def dataset_split(result: Node) -> str:
    """The split a result's `dataset.split` names: "test", "eval", "train" or ""."""
    dataset = result.get("dataset") if result.is_map else None
    node = dataset.get("split") if dataset is not None and dataset.is_map else None
    return SPLIT_WORDS.get(node.value.strip().lower(), "") if node is not None and node.is_str else ""


class Identities:
    """The identity of each model-index result, in order, worked out only when a table or a value of the
    text needs one."""

    __slots__ = ("results", "_all")

    def __init__(self) -> None:
        self.results: list[Node] = []
        self._all: list[Identity] | None = None

    def add(self, result: Node) -> int:
        self.results.append(result)
        return len(self.results) - 1

    def all(self) -> list[Identity]:
        if self._all is None:
            self._all = [identity(r) if r.is_map else Identity(frozenset(), "") for r in self.results]
        return self._all

    def __getitem__(self, i: int) -> Identity:
        return self.all()[i]

    def words(self) -> frozenset[str]:
        """The words of every result's identity."""
        return frozenset().union(*(ident.words for ident in self.all()))


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

    __slots__ = ("identities", "by_word", "by_split")

    def __init__(self, identities: list[Identity]) -> None:
        self.identities = identities
        self.by_word: dict[str, set[int]] = {}
        self.by_split: dict[str, list[int]] = {}
        for i, ident in enumerate(identities):
            for w in ident.words:
                self.by_word.setdefault(w, set()).add(i)
            if ident.split:
                self.by_split.setdefault(ident.split, []).append(i)

    def owner(self, label: list[str], pairs: list[tuple[str, str]]) -> tuple[int, str]:
        """The one result the label words name, and the split they state ("" when none): (-1, "") when
        they name no evaluation or more than one.  Between results that hold the same words (`afr-eng`
        and `eng-afr`), the one that holds the label's words in their order wins."""
        named = [w for w in label if w not in FILLER and w not in SPLIT_WORDS]
        if not named:  # a row named by its split alone ("Test") is the one result on that split
            stated = {SPLIT_WORDS[w] for w in label if w in SPLIT_WORDS}
            own = self.by_split.get(next(iter(stated)), []) if len(stated) == 1 else []
            return (own[0], self.identities[own[0]].split) if len(own) == 1 else (-1, "")
        # from the rarest word on, and only while few results are left: a label that many results share
        # names none of them (and a card of thousands of rows and results stays linear)
        postings = sorted((self.by_word.get(w, set()) for w in named), key=len)
        if not postings[0] or len(postings[0]) > MANY:
            return -1, ""
        found = set(postings[0])
        for other in postings[1:]:
            found &= other
            if not found:
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


def speaks_of_evaluations(row: Row, identities: Identities) -> bool:
    """Whether a row's text cells use the words of model-index results (a dataset, a language pair): it
    then names an evaluation, one of model-index's or another one, and is compared only with its own."""
    named = [w for c in row.cells if parse_number(c.text) is None for w in words(c.text)
             if w not in FILLER and w not in SPLIT_WORDS]
    if not named:
        return False
    known = identities.words()
    return any(w in known for w in named)


def benchmark_values(tables: list[Table], identities: Identities, skip: set[int], keys: set[str]) -> list[Labelled]:
    """The values of benchmark tables (no epoch or step), each with the evaluation it belongs to.

    ``skip`` holds the ids of tables read otherwise (training logs, single-row and Metric | Value
    tables).  A table whose header names metrics has one evaluation per row, named by the row's text
    cells; a table whose first column names metrics has one per column, named by the header.  Only the
    metrics model-index has (``keys``) are read.
    """
    index: _Index | None = None
    out: list[Labelled] = []
    for t, table in enumerate(tables):
        if id(table) in skip or not table.rows:
            continue
        names = [normalize(c.text) for c in table.header]
        by_row = any(n.kind in VALUE_KINDS for n in names)
        if by_row and not any(n.key in keys for n in names):
            continue
        if not by_row and not any(row.cells and normalize(row.cells[0].text).key in keys for row in table.rows):
            continue
        if index is None:
            index = _Index(identities.all())
        out += _by_row(t, table, names, index, keys) if by_row else _by_column(t, table, index, keys)
    return out


def _by_row(t: int, table: Table, names: list[Name], index: _Index, keys: set[str]) -> list[Labelled]:
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
            elif c < len(names) and names[c].kind in VALUE_KINDS and names[c].key in keys:
                values.append((table.header[c].text.strip().strip("*_`").strip(), names[c], number, cell))
        result, split = index.owner(label, pairs) if values else (-1, "")
        found += [Labelled(text, name, number, cell, name.split or split, t, r, result)
                  for text, name, number, cell in values]
    return _one_row_per_result(found, index)


# the first header cell of a table that breaks one evaluation down by groups of speakers or subjects ("| Gender |
# Male | Female | N/A | Other |", "| Age Group | (18-30) | ..."): its columns are groups, not evaluations, whatever
# words they share with model-index's results ("Other" is no LibriSpeech test-other)
_GROUPS = frozenset({"gender", "sex", "age", "race", "ethnicity", "accent", "dialect", "skin", "region", "group",
                     "groups", "demographic", "demographics", "nationality"})


def _by_column(t: int, table: Table, index: _Index, keys: set[str]) -> list[Labelled]:
    found: list[Labelled] = []
    if table.header and _GROUPS & set(words(table.header[0].text)):
        return found
    owners: list[tuple[int, str]] | None = None
    for r, row in enumerate(table.rows):
        if not row.cells:
            continue
        name = normalize(row.cells[0].text)
        if name.kind not in VALUE_KINDS or name.key not in keys:
            continue
        if owners is None:
            owners = [index.owner(ws, _pairs(ws)) for ws in (words(c.text) for c in table.header)]
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


# -- a table of models ------------------------------------------------------


class Indexed(Protocol):
    """A model-index value, as ``anchor_rows`` reads it (``metrics.Reported``)."""

    @property
    def names(self) -> tuple[Name, ...]: ...

    @property
    def number(self) -> Number: ...

    @property
    def result(self) -> int: ...

    @property
    def external(self) -> bool: ...


def anchor_rows(values: list[Labelled], index: Sequence[Indexed], tables: Sequence[Table] = (),
                title: str = "") -> list[Labelled]:
    """Benchmark rows that name no evaluation (a table of models: "org/model | 41.60% | 8.23%") belong to a
    result when one of their values is that result's, to the last printed digit, and no other row of the
    table and no other result share that: the row is this model's, on that evaluation (not a row whose model
    shares fewer words with the card's ``title`` than another row's: "wav2vec2-large-xlsr-53-hindi" beside
    "wav2vec2-large-xlsr-53-english" in "Wav2vec2-Large-English", whatever value it shares)."""
    rows: dict[tuple[int, int], list[Labelled]] = {}
    for v in values:
        if v.result < 0:
            rows.setdefault((v.table, v.row), []).append(v)
    for where in _other_models(rows, tables, title):
        del rows[where]
    if not rows:
        return values
    by_key: dict[str, list[Indexed]] = {}
    for m in index:
        if not m.external and _significant(m.number):
            for key in {y.key for y in m.names}:
                by_key.setdefault(key, []).append(m)
    # a table of models is compared with a few results; with many, a shared value proves nothing
    by_key = {key: found for key, found in by_key.items() if len(found) <= MANY}
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


def _other_models(rows: dict[tuple[int, int], list[Labelled]], tables: Sequence[Table], title: str) -> list[
        tuple[int, int]]:
    """The rows whose first cell shares fewer of the title's words than another row of their table does."""
    words = set(_WORDS.findall(title.lower()))
    if not words or not tables:
        return []
    shared = {}
    for t, r in rows:
        cells = tables[t].rows[r].cells if t < len(tables) and r < len(tables[t].rows) else []
        shared[(t, r)] = len(words & set(_WORDS.findall(cells[0].text.lower()))) if cells else 0
    best: dict[int, int] = {}
    for (t, _), n in shared.items():
        best[t] = max(best.get(t, 0), n)
    return [where for where, n in shared.items() if n < best[where[0]]]


_WORDS = lazy(r"[^\W_]+")


def _significant(number: Number) -> bool:
    """A value that is unlikely to repeat by chance: three significant digits or more (not 0, 1 or 100)."""
    digits = number.text.replace(".", "").replace("-", "").lstrip("0").rstrip("%")
    return len(digits) >= 3
