"""MC604 final-results-mismatch: the card's results are not the final numbers of `all_results.json`."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ...card import Card
from ...card.repository import RepoFile
from ...card.yamlhub import scalar_text
from ...card.yamlnode import Node
from ...core.rule import NoFix, Rule, why_not_editable
from ...diagnostics import Edit, Finding, Fix, Severity, Span
from ...facts.metricnames import OTHER, normalize
from ...facts.metrics import Reported, reported_metrics, same_value
from ...facts.tables import Number
from ...facts.trainerstate import trainer_text
from ...hub.vocabulary import metric_items, model_index_results

FILES = ("all_results.json", "eval_results.json")
_PREFIXES = {"eval": ("eval_",), "test": ("test_", "predict_"), "": ("eval_",)}
# the metrics the Trainer puts in model-index (transformers modelcard.py, METRIC_TAGS)
_INDEX_METRICS = ("accuracy", "bleu", "f1", "matthews_correlation", "pearsonr", "precision", "recall", "rouge",
                  "sacrebleu", "spearmanr", "wer")


class FinalResultsMismatch(Rule):
    """The card's headline or model-index gives a value that is not the final one of `all_results.json`."""

    code = "MC604"
    name = "final-results-mismatch"
    severity = Severity.ERROR

    def check(self, card: Card) -> Iterator[Finding]:
        repo = card.repo
        if repo is None:
            return
        finals: list[tuple[RepoFile, dict[str, Any]]] = []
        for name in FILES:
            f = repo.file(name)
            if f is None:
                continue
            doc = f.json()
            if f.text is None:
                yield self.finding(Span.at(1, 1), f"the file cannot be read: {f.error}", path=f.path)
            elif doc.problems:
                p = doc.problems[0]
                yield self.finding(p.span, f"the file is not valid JSON: {p.message}, so the card's results cannot be "
                                   "checked against it", help="restore the file the Trainer wrote", path=f.path)
            elif not isinstance(doc.data, dict):
                yield self.finding(Span.at(1, 1), "the file is not a JSON object of metrics, as `save_metrics` "
                                   "writes it", path=f.path)
            else:
                finals.append((f, doc.data))
        if not finals:
            return
        metrics = reported_metrics(card)
        headline = metrics.headline.metrics if metrics.headline is not None else []
        for m in [*headline, *metrics.index]:
            if m.external:  # the Hub evaluator's or a leaderboard's run, not the Trainer's final evaluation
                continue
            found = _final(finals, m)
            if found is None:
                continue
            f, key, value = found
            number = Number(float(value), None, False, trainer_text(value))
            if same_value(m.number, number, m.name):
                continue
            where = "the headline gives" if m.source == "headline" else "model-index gives"
            yield self.finding(
                m.span,
                f"{where} {m.label} {m.number.text}, but the final evaluation in {f.name} has `{key}: {value}` "
                f"(line {f.json().line(key)})",
                help=f"write the final value, {value}, or say where {m.number.text} comes from",
                fix=_write(card, m, value, f) if m.source == "model-index" else None,
                key=key, final=value,
            )
        yield from self._fill(card, finals)

    def _fill(self, card: Card, finals: list[tuple[RepoFile, dict[str, Any]]]) -> Iterator[Finding]:
        """An empty `results: []` while the final file has the metrics the Trainer puts in model-index."""
        meta = card.meta
        if meta is None or model_index_results(meta):
            return
        index = meta.get("model-index")
        entry = index.value[0] if index is not None and index.is_seq and index.value else None
        results = entry.get("results") if entry is not None and entry.is_map else None
        if results is None or not results.is_seq or results.value:
            return
        f, data = finals[0]
        found = {k[5:]: v for k, v in data.items() if k.startswith("eval_") and k[5:] in _INDEX_METRICS
                 and isinstance(v, (int, float)) and not isinstance(v, bool)}
        fix = _results(card, results, found, f) if found else None
        if fix is None:  # without a task and a dataset, MC502 reports the results the text gives
            return
        shown = ", ".join(f"{k} {v}" for k, v in found.items())
        yield self.finding(
            results,
            f"model-index has no results, while the final evaluation in {f.name} has {shown}: the Hub shows no "
            "evaluation results for this model",
            help="add the results, with the task and the dataset they were measured on",
            fix=fix, metrics=sorted(found),
        )


def _final(finals: list[tuple[RepoFile, dict[str, Any]]], m: Reported) -> tuple[RepoFile, str, float] | None:
    keys = {n.key for n in m.names if n.kind != OTHER}
    for f, data in finals:
        for key, value in data.items():
            for prefix in _PREFIXES.get(m.split, ("eval_",)):
                number = isinstance(value, (int, float)) and not isinstance(value, bool)
                if number and key.startswith(prefix) and normalize(key[len(prefix):]).key in keys:
                    return f, key, value
    return None


def _write(card: Card, m: Reported, value: float, f: RepoFile) -> Fix | NoFix | None:
    node = _node_at(card.meta, m.span)
    if node is None:
        return None
    why = why_not_editable(node)
    if why is not None:
        return NoFix(why)
    return Fix(f"write the final value from {f.name}, {value}", (Edit(node.span, repr(value)),), safe=False)


def _node_at(meta: Node | None, span: Span) -> Node | None:
    for _, result in model_index_results(meta) if meta is not None else []:
        for metric in metric_items(result):
            value = metric.get("value")
            if value is not None and value.span == span:
                return value
    return None


def _results(card: Card, results: Node, found: dict[str, float], f: RepoFile) -> Fix | None:
    meta = card.meta
    assert meta is not None
    task = meta.get("pipeline_tag")
    datasets = meta.get("datasets")
    dataset = datasets if datasets is not None and datasets.is_str else next(iter(datasets or []), None)
    if task is None or not task.is_str or dataset is None or not dataset.is_str:
        return None
    key = results.key
    if key is None or results.span.line != key.span.line or results.lock:
        return None
    pad = " " * (key.span.column - 1)
    lines = [f"{pad}- task:", f"{pad}    type: {scalar_text(task.value)}", f"{pad}  dataset:",
             f"{pad}    name: {scalar_text(dataset.value)}", f"{pad}    type: {scalar_text(dataset.value)}",
             f"{pad}  metrics:"]
    for name, value in found.items():
        lines += [f"{pad}  - name: {name.replace('_', ' ').title()}", f"{pad}    type: {name}",
                  f"{pad}    value: {value!r}"]
    text = ":\n" + "\n".join(lines)
    span = Span(key.span.end_line, key.span.end_column, results.span.end_line, results.span.end_column)
    return Fix(f"fill model-index results from {f.name}", (Edit(span, text),), safe=False)
