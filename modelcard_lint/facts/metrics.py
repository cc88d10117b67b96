"""Every metric a card reports, with its source and position, and how to compare two of them.

Built once per card through ``Card.derived``:

- **model-index** (front matter): every metric of every result, with a value
  that reads as a number, its metric ``type`` and ``name`` (both normalised;
  either may match), the result's dataset, and the value node's span.
- **the headline**: the Trainer's "It achieves the following results on the
  evaluation set:" and the ``- Name: value`` bullets after it.  A headline
  "on the test set" has split ``test``; otherwise ``eval``.
- **results tables** in the body: a two-column ``Metric | Value`` table, or a table with metric
  columns and a single row (so it is about one model); tables with several rows and no epoch or
  step compare models and are left out.  They are gathered only when model-index has metrics to
  compare them with.  Training logs are in ``tables.training_logs``.

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
from ..hub.vocabulary import run_elsewhere
from .evaluations import (
    MANY,
    SPLIT_WORDS,
    Identities,
    anchor_rows,
    benchmark_values,
    dataset_split,
    speaks_of_evaluations,
)
from .headlineintro import intro
from .lazyre import lazy
from .metricnames import OTHER, Name, normalize
from .tables import Number, parse_number, typed_tables
from .titles import title_text
from .values import same_value as same_value
from .written import written_values

# "the above test results come from the original model without LM (language model)", "These results were obtained
# without a language model", "the results above are of the base checkpoint"
_ELSEWHERE = lazy(r"\b(?:above|these)[ \t]+(?:[\w-]+[ \t]+)?results?\b(?:[ \t]+above)?[^.\n]{0,120}?\b"
                  r"(?:without[ \t]+(?:an?[ \t]+|the[ \t]+)?(?:LM|language[ \t]+model)|(?:from|of)[ \t]+the[ \t]+"
                  r"(?:original|base|previous|other)[ \t]+(?:model|checkpoint))\b", re.I)
_TEST_RUN = lazy(r"--split[ \t=]+[\"']?test\b|\bsplit[ \t]*=[ \t]*[\"']test[\"']")
_SPREAD = lazy(r"\s*(?:±|\+/-|\+-)\s*")  # "95.71% ± 0.44%": a value and its spread
_METRIC_WORDS = frozenset({"metric", "metrics", "name", "measure"})
_VALUE_WORDS = frozenset({"value", "score", "result", "results"})
# the same headers in the languages whose section headings are read ("| Métrica | Valor |", "| 指标 | 值 |")
_METRIC_HEADERS = frozenset({"métrica", "métricas", "metrica", "metriche", "métrique", "métriques", "metrik",
                             "metriken", "метрика", "метрики", "指标", "指標", "評価指標", "지표", "평가 지표", "type"})
_VALUE_HEADERS = frozenset({"valor", "valores", "valeur", "valeurs", "wert", "werte", "valore", "valori", "значение",
                            "resultado", "résultat", "ergebnis", "puntuación", "score", "值", "数值", "數值", "値",
                            "スコア", "결과", "값", "점수"})


class Reported(NamedTuple):
    """One reported value of one metric."""

    source: str  # "model-index", "headline" or "table"
    label: str  # as written
    names: tuple[Name, ...]  # normalised; a model-index metric has its type and its name
    number: Number
    span: Span
    split: str  # "train", "eval", "test" or "" (not said)
    context: str = ""  # a model-index result's dataset
    result: int = -1  # the model-index result (by its order) it is, or that the body's value belongs to
    external: bool = False  # another party's run: the Hub evaluator's (`verified: true`) or a leaderboard's
    dataset_split: str = ""  # a model-index result's `dataset.split`: "train", "eval", "test" or ""
    stated: bool = True  # whether the text says which split (the Trainer's "evaluation set" does not)

    @property
    def name(self) -> Name:
        return self.names[0]


class Headline:
    __slots__ = ("metrics", "split", "span", "elsewhere")

    def __init__(self, metrics: list[Reported], split: str, span: Span, elsewhere: bool = False) -> None:
        self.metrics = metrics
        self.split = split
        self.span = span  # from the first bullet to the last
        # the card says, just below, that the list is another model's or setting's: "Note that the above test results
        # come from the original model without LM" (not compared with model-index)
        self.elsewhere = elsewhere


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
        return (self.headline.metrics if self.headline and not self.headline.elsewhere else []) + self.tables

    def count(self, key: str) -> int:
        """How many model-index metrics have this key."""
        return len(self._keys().get(key, ()))

    def _keys(self) -> dict[str, list[int]]:
        if self._by_key is None:
            self._by_key = {}
            for i, r in enumerate(self.index):
                for key in {x.key for x in r.names if x.kind != OTHER}:
                    self._by_key.setdefault(key, []).append(i)
                    self._by_key.setdefault(f"{r.result}\0{key}", []).append(i)
        return self._by_key

    def in_index(self, report: Reported) -> list[Reported]:
        """The model-index metrics that are the same metric as ``report`` (``same_metric``), in order.

        Looked up by name, not compared with every model-index metric: a card with thousands
        of metrics on both sides took quadratic time.
        """
        by_key = self._keys()
        # a value that belongs to one result (a benchmark row) is looked up in that result only
        prefix = f"{report.result}\0" if report.result >= 0 else ""
        found = sorted({i for y in report.names for i in by_key.get(prefix + y.key, ())})
        return [self.index[i] for i in found if same_metric(self.index[i], report)]


def same_metric(a: Reported, b: Reported) -> bool:
    """Whether two reports are of the same metric on compatible splits, in the same evaluation.

    A value of the text is not compared with a result of another evaluation: another party's run (the
    Hub evaluator's, `verified: true`, or a leaderboard's: `hub.vocabulary.run_elsewhere`), another
    model-index result than the one its table row names, or a result whose `dataset.split` is another
    split than the one the text states, nor a training value (the text's training loss) with a model-index
    metric that names no split.  `split: train` on the Trainer's evaluation results is the Trainer's mislabel
    (MC135), not another evaluation.
    """
    if a.split and b.split and a.split != b.split:
        return False
    for x, y in ((a, b), (b, a)):
        if x.source == "model-index" and y.source != "model-index":
            if x.external or (y.result >= 0 and x.result != y.result):
                return False
            if x.dataset_split in ("eval", "test") and y.split and y.stated and y.split != x.dataset_split:
                return False
            # a model-index result is an evaluation: its "loss" is not the text's training loss ("| Test Loss |
            # 0.7859 |" and "| Training Loss | 0.818 |" under a model-index loss of 0.7859)
            if y.split == "train" and not x.split and x.dataset_split != "train":
                return False
    return any(x.key == y.key and x.kind != OTHER for x in a.names for y in b.names)


# -- building -----------------------------------------------------------------


def _model_index(
    meta: Node | None, identities: Identities
) -> tuple[Node | None, list[Node], set[str], list[Reported]]:
    """Every metric of every model-index result; ``identities`` gets each result's identity, in order."""
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
                context = " ".join(dict.fromkeys(str(n.value) for n in (dataset.get("name"), dataset.get("type")) if n))
            ordinal = identities.add(result)
            split = dataset_split(result)
            elsewhere = run_elsewhere(result)
            for metric in result.get("metrics") or []:
                keys.update(normalize(n.raw).key for n in (metric.get("name"), metric.get("type")) if n and n.is_scalar)
                out += _index_metric(metric, context, ordinal, split, elsewhere)
    return node, results_nodes, keys, out


def _index_metric(metric: Node, context: str, result: int, dataset_split: str, elsewhere: bool) -> list[Reported]:
    value = metric.get("value")
    if value is None or not value.is_scalar:
        return []
    number = parse_number(value.raw)
    labels = [n.raw for n in (metric.get("name"), metric.get("type")) if n is not None and n.is_scalar and n.raw]
    if number is None or not labels:
        return []
    names = tuple(normalize(label) for label in labels)
    split = next((n.split for n in names if n.split), "")
    verified = metric.get("verified")
    external = elsewhere or (verified is not None and verified.is_scalar and verified.value is True)
    return [Reported("model-index", labels[0], names, number, value.span, split, context, result, external,
                     dataset_split)]


def _headline(card: Card) -> Headline | None:
    if "following results" not in card.text:
        return None
    blocks = [b for b in card.body.walk() if b.kind in ("paragraph", "list")]
    for i, block in enumerate(blocks):
        if block.kind != "paragraph" or "following results" not in block.text:
            continue
        where = intro(block.text)
        if where is None or i + 1 >= len(blocks) or blocks[i + 1].kind != "list":
            continue
        where = where.lower()
        split = "test" if "test" in where else "eval"
        # the Trainer says "on the evaluation set" of whatever split it evaluated on
        stated = "test" in where or any(w in where for w in ("validation", "dev ", "dev.", "valid "))
        metrics = _bullets(card, blocks[i + 1], split, stated)
        # (the command that gave the list, pasted between them, may say it ran on the test split, "python eval.py ...
        # --split test": the list is then no evaluation the training log holds; its values keep their words' split,
        # for the command's other arguments, a dataset's config, may not be model-index's)
        if not stated and any(block.end_line < c.line < blocks[i + 1].line and _TEST_RUN.search(c.text)
                              for c in card.body.code_blocks):
            split = "test"
        if metrics:
            first, last = metrics[0].span, metrics[-1].span
            end = blocks[i + 1].end_line  # (the paragraph straight after the list, only blank lines between)
            nxt = next((b for b in blocks[i + 2 :] if b.line > end), None)
            after = nxt.text if nxt is not None and not "".join(card.lines[end : nxt.line - 1]).strip() else ""
            return Headline(metrics, split, Span(first.line, 1, last.line, last.end_column),
                            elsewhere=_ELSEWHERE.search(after[:600]) is not None)
    return None


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


def _bullets(card: Card, block: Block, split: str, stated: bool) -> list[Reported]:
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
                            name.split or split, stated=stated or bool(name.split)))
    return out


def _results_tables(card: Card, metrics: Metrics, identities: Identities) -> list[Reported]:
    index = metrics.index
    out: list[tuple[Reported, object]] = []  # each value with the section of its table
    read: set[int] = set()  # the tables read here, or training logs: not benchmark tables
    for typed in typed_tables(card):
        if typed.is_log:
            read.add(id(typed.table))
        if typed.is_log or len(typed.rows) != 1 or speaks_of_evaluations(typed.rows[0], identities):
            continue  # a row that names an evaluation ("afr-nld | flores101") is a benchmark table's
        read.add(id(typed.table))
        for col in typed.value_columns:
            v = col.values[0]
            if v is not None:
                out.append((Reported("table", col.title, (col.name,), v.number, v.span, col.name.split),
                            typed.table.section))
    for table in card.tables:
        vertical = _vertical(table)
        if vertical:
            read.add(id(table))
        out += [(r, table.section) for r in vertical]
    values = benchmark_values(card.tables, identities, read, {y.key for m in index for y in m.names})
    return _one_evaluation(out, metrics) + [
        Reported("table", v.label, (v.name,), v.number, v.cell.span, v.split, result=v.result)
        for v in anchor_rows(values, index, card.tables, title_text(card))
        if v.result >= 0
    ]


def _one_evaluation(reports: list[tuple[Reported, object]], metrics: Metrics) -> list[Reported]:
    """The tables' values, but for a metric that model-index gives once and tables of two sections give with two
    values (cross-validated and on the whole data, with and without a language model): those are two
    evaluations, and which of them model-index holds is not known.  Two values in one section are one evaluation,
    and one is mistyped; a metric model-index gives for several evaluations is matched against each of them."""
    first: dict[tuple[str, str], tuple[Reported, object]] = {}
    differ: set[tuple[str, str]] = set()
    for r, section in reports:
        if metrics.count(r.name.key) != 1:
            continue
        key = (r.name.key, r.split)
        seen, where = first.setdefault(key, (r, section))
        if where is not section and not same_value(seen.number, r.number, r.name):
            differ.add(key)
    return [r for r, _ in reports if (r.name.key, r.split) not in differ]


def _plain(text: str) -> str:
    return text.strip(" *_`").lower()


def _vertical(table: Table) -> list[Reported]:
    """A ``Metric | Value`` table: one metric per row."""
    if len(table.header) != 2:
        return []
    first, second = (set(normalize(c.text).key.split()) for c in table.header)
    if not (first & _METRIC_WORDS and second & _VALUE_WORDS) and not (
            _plain(table.header[0].text) in _METRIC_HEADERS and _plain(table.header[1].text) in _VALUE_HEADERS):
        return []
    out = []
    for row in table.rows:
        if len(row.cells) < 2:
            continue
        # a value with its spread ("95.71% ± 0.44%") is read as the value
        name, number = normalize(row.cells[0].text), parse_number(_SPREAD.split(row.cells[1].text, 1)[0])
        if number is not None and name.kind != OTHER:
            out.append(Reported("table", row.cells[0].text.strip(), (name,), number, row.cells[1].span, name.split))
    return out


def _written(card: Card, metrics: Metrics, identities: Identities) -> list[Reported]:
    """The values the text writes as `label: value` outside the results list, each with the one
    model-index result of its evaluation; a value that could be another evaluation's is left out."""
    headline = metrics.headline
    skip = {r.span.line for r in headline.metrics} if headline else set()
    keys = {y.key for m in metrics.index for y in m.names}
    said = {m.result for m in metrics.index if m.split or m.dataset_split}  # results that say their split
    found: dict[tuple[int, str], list[Reported]] = {}
    for w in written_values(card, keys, skip):
        report = Reported("text", w.label, (w.name,), w.number, w.span, w.split, stated=bool(w.split))
        if metrics.count(w.name.key) > MANY:
            continue  # a metric of so many evaluations: the text's value names none of them
        same = metrics.in_index(report)
        if headline is not None and w.split and w.split != headline.split:
            # the results list is the evaluation of the results that do not say their split
            same = [m for m in same if m.result in said]
        results = {m.result for m in same}
        if len(results) > 1:  # the label or the heading may name the evaluation
            named = [x for x in w.context if x not in SPLIT_WORDS]
            results = {r for r in results if named and all(x in identities[r].words for x in named)}
        if len(results) == 1:
            result = results.pop()
            found.setdefault((result, w.name.key), []).append(report._replace(result=result))
    # one evaluation written twice with two values (with and without a language model, say): which of
    # them model-index holds is not known
    return [r for group in found.values() if all(same_value(g.number, group[0].number, g.name) for g in group)
            for r in group]


def _build(card: Card) -> Metrics:
    identities = Identities()
    node, results_nodes, keys, index = _model_index(card.meta, identities)
    # results tables only matter against model-index values: skip the tables of a card without them
    metrics = Metrics(index, node, results_nodes, keys, _headline(card), [])
    if index:
        metrics.tables = _results_tables(card, metrics, identities)
        metrics.tables += _written(card, metrics, identities)
    return metrics


def reported_metrics(card: Card) -> Metrics:
    """Every metric the card reports (computed once per card)."""
    return card.derived("metrics", _build)
