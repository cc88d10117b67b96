"""The Hub's evaluation results (``.eval_results/*.yaml``) and the benchmark scores the card itself reports.

Each file is a YAML list of results (``dataset.id``, ``dataset.task_id``, ``value``, ``notes``, ...);
``eval_results(card)`` reads them once per card.  ``benchmark_reports(card)`` gathers what the
card says about benchmarks: every model-index result (by its dataset's type and name), the
rows of the body's tables whose first cell names a benchmark (with the score of the one
numeric column, or of the column named after the model), the columns of a one-row table named
after benchmarks, and ``- Benchmark: score`` bullets.  A report names a result's benchmark when
its label, reduced to letters and digits, is the task id, the dataset's name, or both
(``GPQA Diamond`` is ``Idavidrein/gpqa`` with task ``gpqa_diamond``); a parenthesis after the
label (``MMLU (5-shot)``) is left out.  Scores are compared as printed, a percentage and a
fraction alike (63.3 and 0.633).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ..card import Card
from ..card.body import Table
from ..card.repository import RepoFile
from ..card.yamlnode import Node
from ..diagnostics import Span
from ..hub.suggest import squash
from ..hub.vocabulary import metric_items, model_index_results
from .lazyre import lazy
from .metricnames import Name
from .metrics import same_value
from .tables import Number, parse_number

RATE = Name("score", "score", "bounded", "", False)  # a benchmark score: a percentage or a fraction
_BULLET = lazy(
    r"^\s*[-*+]\s+\**(?P<label>[^:*\n|]{1,80}?)\**\s*:\s*\**\s*(?P<value>[-+]?\d+(?:\.\d+)?\s*%?)\**\s*$"
)
_PAREN = lazy(r"\s*[(\[].*$")
# _BULLET backtracks through every split of a run of blanks between its parts (quadratic time); a bullet with a
# run of more than 64 blanks inside it is no result anyone wrote, so such lines are not tried
_LONG_BLANK = lazy(r"\s{65}")


def bullet(line: str) -> re.Match[str] | None:
    """``_BULLET.match(line)``, in linear time: None for a line with more than 64 blanks in a row inside it."""
    if ":" not in line or _LONG_BLANK.search(line.strip()) is not None:
        return None
    return _BULLET.match(line)


class Result(NamedTuple):
    """One result of an ``.eval_results`` file."""

    file: RepoFile
    node: Node  # the result's mapping
    dataset: str | None  # dataset.id, when it is a string
    task: str | None  # dataset.task_id, when it is a string
    value: Node | None  # the value node, when it is a number
    notes: str  # "" without notes

    @property
    def keys(self) -> set[str]:
        """The reduced labels that name this result's benchmark."""
        name = self.dataset.rsplit("/", 1)[-1] if self.dataset else ""
        out = {squash(name), squash(self.dataset or ""), squash(self.task or ""), squash(name + (self.task or ""))}
        return {k for k in out if k}

    @property
    def number(self) -> Number:
        assert self.value is not None
        return parse_number(self.value.raw) or Number(float(self.value.value), None, False, self.value.raw)


class Report(NamedTuple):
    """A benchmark score the card reports."""

    label: str
    number: Number
    span: Span
    where: str  # "model-index", "the table" or "a bullet"


def _results(card: Card) -> list[tuple[RepoFile, list[Result]]]:
    repo = card.repo
    out = []
    for f in repo.eval_results() if repo is not None else []:
        root, _ = f.yaml()
        results = []
        for item in root if root is not None and root.is_seq else []:
            if not item.is_map:
                continue
            dataset = item.get("dataset")
            ident = dataset.get("id") if dataset is not None else None
            task = dataset.get("task_id") if dataset is not None else None
            value = item.get("value")
            notes = item.get("notes")
            results.append(Result(
                f, item,
                ident.value if ident is not None and ident.is_str else None,
                task.value if task is not None and task.is_str else None,
                value if value is not None and value.is_number else None,
                str(notes.value).strip() if notes is not None and notes.is_scalar and notes.value is not None else "",
            ))
        out.append((f, results))
    return out


def eval_results(card: Card) -> list[tuple[RepoFile, list[Result]]]:
    """Each ``.eval_results`` file of the card's repository and its results (once per card)."""
    return card.derived("eval_results", _results)


def _key(label: str) -> str:
    return squash(_PAREN.sub("", label.strip().strip("*_`")))


def _model_names(card: Card) -> set[str]:
    names = set()
    meta = card.meta
    index = meta.get("model-index") if meta is not None else None
    for entry in index if index is not None and index.is_seq else []:
        name = entry.get("name") if entry.is_map else None
        if name is not None and name.is_str:
            names.add(squash(name.value.rsplit("/", 1)[-1]))
    headings = card.body.headings
    if headings:
        names.add(squash(headings[0].title))
    if card.repo is not None:
        names.add(squash(card.repo.folder.rstrip("/").rsplit("/", 1)[-1]))
    return {n for n in names if n}


def _table(table: Table, models: set[str]) -> list[Report]:
    out = []
    header = [_key(c.text) for c in table.header]
    numeric = [i for i in range(1, len(header)) if any(
        i < len(r.cells) and parse_number(r.cells[i].text) is not None for r in table.rows)]
    ours = [i for i in numeric if header[i] in models] or (numeric if len(numeric) == 1 else [])
    for row in table.rows:
        if ours and row.cells and ours[0] < len(row.cells):
            number = parse_number(row.cells[ours[0]].text)
            if number is not None:
                out.append(Report(row.cells[0].text.strip(), number, row.cells[ours[0]].span, "the table"))
    # benchmarks as columns: the one row, or the row named after the model
    rows = table.rows
    if len(rows) != 1:
        rows = [r for r in rows if r.cells and _key(r.cells[0].text) in models]
    for row in rows[:1]:
        for i in range(1, min(len(header), len(row.cells))):
            number = parse_number(row.cells[i].text)
            if number is not None:
                out.append(Report(table.header[i].text.strip(), number, row.cells[i].span, "the table"))
    return out


def _reports(card: Card) -> list[Report]:
    out: list[Report] = []
    meta = card.meta
    for _, result in model_index_results(meta) if meta is not None else []:
        dataset = result.get("dataset")
        labels = [n.value for n in (dataset.get("type"), dataset.get("name")) if n is not None and n.is_str] \
            if dataset is not None and dataset.is_map else []
        for metric in metric_items(result):
            value = metric.get("value")
            number = parse_number(value.raw) if value is not None and value.is_scalar else None
            if number is not None and value is not None:
                out += [Report(label, number, value.span, "model-index") for label in labels]
    models = _model_names(card)
    for table in card.tables:
        out += _table(table, models)
    for n, line in card.prose_lines():
        m = bullet(line)
        number = parse_number(m.group("value")) if m is not None else None
        if m is not None and number is not None:
            span = Span(n, m.start("label") + 1, n, m.end("value") + 1)
            out.append(Report(m.group("label"), number, span, "a bullet"))
    return out


def benchmark_reports(card: Card) -> list[Report]:
    """Every benchmark score the card reports, in model-index, tables and bullets (once per card)."""
    return card.derived("benchmark_reports", _reports)


def reports_of(card: Card, result: Result) -> list[Report]:
    keys = result.keys
    return [r for r in benchmark_reports(card) if _key(r.label) in keys]


def agrees(report: Report, result: Result) -> bool:
    return same_value(report.number, result.number, RATE)
