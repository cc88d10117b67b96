"""Every metric a card reports, with its source and position, and how to compare two of them.

Built once per card through ``Card.derived``:

- **model-index** (front matter): every metric of every result, with a value
  that reads as a number, its metric ``type`` and ``name`` (both normalised;
  either may match), the result's dataset, and the value node's span.
- **the headline**: the Trainer's "It achieves the following results on the
  evaluation set:" and the ``- Name: value`` bullets after it.  A headline
  "on the test set" has split ``test``; otherwise ``eval``.
- **results tables** in the body: a two-column ``Metric | Value`` table, or a
  table with metric columns and a single row (so it is about one model);
  tables with several rows and no epoch or step compare models and are left
  out.  They are gathered only when model-index has metrics to compare them
  with.  Training logs are in ``tables.training_logs``.

Names are matched by ``names.normalize``.  Values are compared knowing how
they were printed: ``0.9140`` stands for anything that rounds to it, so it
matches 0.9139908256880734; a rate written as a percentage is compared with
a fraction after scaling (91.4 and 0.914).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ..card import Card
from ..card.body import Block, Table
from ..card.yamlnode import Node
from ..diagnostics import Span
from .metricnames import BOUNDED, OTHER, Name, normalize
from .tables import Number, parse_number, typed_tables

_INTRO = re.compile(r"\bachieves the following results", re.I)
_RATES = frozenset({"wer", "cer", "per"})  # error rates, printed as fractions or percentages
_METRIC_WORDS = frozenset({"metric", "metrics", "name", "measure"})
_VALUE_WORDS = frozenset({"value", "score", "result", "results"})


class Reported(NamedTuple):
    """One reported value of one metric."""

    source: str  # "model-index", "headline" or "table"
    label: str  # as written
    names: tuple[Name, ...]  # normalised; a model-index metric has its type and its name
    number: Number
    span: Span
    split: str  # "train", "eval", "test" or "" (not said)
    context: str = ""  # a model-index result's dataset

    @property
    def name(self) -> Name:
        return self.names[0]


class Headline:
    __slots__ = ("metrics", "split", "span")

    def __init__(self, metrics: list[Reported], split: str, span: Span) -> None:
        self.metrics = metrics
        self.split = split
        self.span = span  # from the first bullet to the last


class Metrics:
    __slots__ = ("index", "index_node", "results_nodes", "index_keys", "headline", "tables", "_by_key")

    def __init__(
        self,
        index: list[Reported],
        index_node: Node | None,
        results_nodes: list[Node],
        index_keys: set[str],
        headline: Headline | None,
        tables: list[Reported],
    ) -> None:
        self.index = index
        self.index_node = index_node  # the model-index node
        self.results_nodes = results_nodes  # the ``results`` node of each model-index entry
        self.index_keys = index_keys  # the keys of every model-index metric, with a usable value or not
        self.headline = headline
        self.tables = tables
        self._by_key: dict[str, list[int]] | None = None

    @property
    def body(self) -> list[Reported]:
        """Results the body reports for this model: the headline, then results tables."""
        return (self.headline.metrics if self.headline else []) + self.tables

    def in_index(self, report: Reported) -> list[Reported]:
        """The model-index metrics that are the same metric as ``report`` (``same_metric``), in order.

        Looked up by name, not compared with every model-index metric: a card with thousands
        of metrics on both sides took quadratic time.
        """
        if self._by_key is None:
            self._by_key = {}
            for i, r in enumerate(self.index):
                for key in {x.key for x in r.names if x.kind != OTHER}:
                    self._by_key.setdefault(key, []).append(i)
        found = sorted({i for y in report.names for i in self._by_key.get(y.key, ())})
        return [self.index[i] for i in found if same_metric(self.index[i], report)]


def same_metric(a: Reported, b: Reported) -> bool:
    """Whether two reports are of the same metric on compatible splits."""
    if a.split and b.split and a.split != b.split:
        return False
    return any(x.key == y.key and x.kind != OTHER for x in a.names for y in b.names)


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


def _shift(decimals: int | None) -> int | None:
    return None if decimals is None else max(decimals - 2, 0)


def _close(x: float, dx: int | None, y: float, dy: int | None, tolerance: float) -> bool:
    known = [d for d in (dx, dy) if d is not None]
    unit = 10.0 ** -min(known) if known else 0.0
    return abs(x - y) <= tolerance * unit + 1e-9 * max(abs(x), abs(y), 1.0)


# -- building -----------------------------------------------------------------


def _model_index(meta: Node | None) -> tuple[Node | None, list[Node], set[str], list[Reported]]:
    node = meta.get("model-index") if meta is not None else None
    if node is None:
        return None, [], set(), []
    results_nodes: list[Node] = []
    keys: set[str] = set()
    out: list[Reported] = []
    for entry in node:
        results = entry.get("results")
        if results is None:
            continue
        results_nodes.append(results)
        for result in results:
            dataset = result.get("dataset")
            context = ""
            if dataset is not None:
                context = " ".join(str(n.value) for n in (dataset.get("name"), dataset.get("type")) if n is not None)
            for metric in result.get("metrics") or []:
                keys.update(normalize(n.raw).key for n in (metric.get("name"), metric.get("type")) if n and n.is_scalar)
                out += _index_metric(metric, context)
    return node, results_nodes, keys, out


def _index_metric(metric: Node, context: str) -> list[Reported]:
    value = metric.get("value")
    if value is None or not value.is_scalar:
        return []
    number = parse_number(value.raw)
    labels = [n.raw for n in (metric.get("name"), metric.get("type")) if n is not None and n.is_scalar and n.raw]
    if number is None or not labels:
        return []
    names = tuple(normalize(label) for label in labels)
    split = next((n.split for n in names if n.split), "")
    return [Reported("model-index", labels[0], names, number, value.span, split, context)]


def _headline(card: Card) -> Headline | None:
    if "following results" not in card.text:
        return None
    blocks = [b for b in card.body.walk() if b.kind in ("paragraph", "list")]
    for i, block in enumerate(blocks):
        if block.kind != "paragraph" or "following results" not in block.text:
            continue
        where = _intro(block.text)
        if where is None or i + 1 >= len(blocks) or blocks[i + 1].kind != "list":
            continue
        where = where.lower()
        split = "test" if "test" in where else "eval"
        metrics = _bullets(card, blocks[i + 1], split)
        if metrics:
            first, last = metrics[0].span, metrics[-1].span
            return Headline(metrics, split, Span(first.line, 1, last.line, last.end_column))
    return None


def _intro(text: str) -> str | None:
    """What the Trainer's intro says between "achieves the following results" and its colon
    (" on the evaluation set"), or None when ``text`` is not such an intro.

    The same answer as ``re.search(r"\\bachieves the following results(?P<where>[^:\\n]*):\\s*$",
    text, re.I)``, in linear time: that regex went to the end of the line from every repetition
    of the phrase.  It can only match the phrase after the last line break or colon before the
    final colon, so the phrase is looked for there once.
    """
    colon = len(text.rstrip()) - 1
    if colon < 0 or text[colon] != ":":
        return None
    start = max(text.rfind("\n", 0, colon), text.rfind(":", 0, colon)) + 1
    m = _INTRO.search(text, start, colon)
    return text[m.end() : colon] if m else None


def _bullet(line: str) -> tuple[str, str] | None:
    """The label and the value of a headline bullet ``Accuracy: 0.91``, or None.

    The same answer as ``re.match(r"\\s*(?P<label>[^:\\n]{1,80}?)\\s*:\\s*(?P<value>\\S+)\\s*$", line)``
    (``line`` has no line break), in linear time: that regex tried every split of a run of
    leading spaces between its first ``\\s*`` and the label, each to the end of the run.
    """
    colon = line.find(":")
    if colon < 0:
        return None
    value = line[colon + 1 :].strip()
    if not value or len(value.split()) != 1:
        return None
    head = line[:colon]
    # the label is what is between the spaces; if there is nothing, the regex gives it the last space
    label = head.strip() or head[-1:]
    return (label, value) if 0 < len(label) <= 80 else None


def _bullets(card: Card, block: Block, split: str) -> list[Reported]:
    out = []
    for item in block.children:
        bullet = _bullet(item.text.split("\n", 1)[0])
        number = parse_number(bullet[1]) if bullet else None
        if bullet is None or number is None:
            continue
        label, value = bullet
        name = normalize(label)
        line = card.lines[item.line - 1] if item.line <= len(card.lines) else ""
        col = line.find(label) + 1 or 1
        end = line.rfind(value)
        end = end + len(value) + 1 if end >= 0 else col + len(label)
        out.append(Reported("headline", label, (name,), number, Span(item.line, col, item.line, end),
                            name.split or split))
    return out


def _results_tables(card: Card) -> list[Reported]:
    out: list[Reported] = []
    for typed in typed_tables(card):
        if typed.is_log or len(typed.rows) != 1:
            continue
        for col in typed.value_columns:
            v = col.values[0]
            if v is not None:
                out.append(Reported("table", col.title, (col.name,), v.number, v.span, col.name.split))
    for table in card.tables:
        out += _vertical(table)
    return out


def _vertical(table: Table) -> list[Reported]:
    """A ``Metric | Value`` table: one metric per row."""
    if len(table.header) != 2:
        return []
    first, second = (set(normalize(c.text).key.split()) for c in table.header)
    if not (first & _METRIC_WORDS and second & _VALUE_WORDS):
        return []
    out = []
    for row in table.rows:
        if len(row.cells) < 2:
            continue
        name, number = normalize(row.cells[0].text), parse_number(row.cells[1].text)
        if number is not None and name.kind != OTHER:
            out.append(Reported("table", row.cells[0].text.strip(), (name,), number, row.cells[1].span, name.split))
    return out


def _build(card: Card) -> Metrics:
    node, results_nodes, keys, index = _model_index(card.meta)
    # results tables only matter against model-index values: skip the tables of a card without them
    tables = _results_tables(card) if index else []
    return Metrics(index, node, results_nodes, keys, _headline(card), tables)


def reported_metrics(card: Card) -> Metrics:
    """Every metric the card reports (computed once per card)."""
    return card.derived("metrics", _build)
