"""MC502 metric-not-in-model-index: results in the text that the metadata's model-index lacks."""

from __future__ import annotations

import math
from collections.abc import Iterator

from ...card import Card
from ...card.yamlnode import Node
from ...core.rule import Option, Rule
from ...diagnostics import Finding, Severity, Span
from ...facts.metricnames import LOSS
from ...facts.metrics import Metrics, Reported, reported_metrics
from ...facts.swapevidence import ERROR_RATES
from ...facts.tables import VALUE_KINDS, Number
from ...hub.suggest import misspelled_key

# transformers' METRIC_TAGS: the headline metrics the Trainer copies into model-index
TRAINER_METRICS = ("accuracy", "bleu", "f1", "matthews_correlation", "pearsonr", "precision", "recall",
                   "rouge", "sacrebleu", "spearmanr", "wer")


class MetricNotInModelIndex(Rule):
    """The card's results list reports metrics that the metadata's model-index does not have."""

    code = "MC502"
    name = "metric-not-in-model-index"
    severity = Severity.WARNING
    options = {
        "indexed-metrics": Option(
            list(TRAINER_METRICS),
            "Headline metrics expected in a model-index that has results, matched as the Trainer does "
            "(the label in lower case with spaces as underscores; rouge1 counts as rouge)",
        ),
    }

    def check(self, card: Card) -> Iterator[Finding]:
        metrics = reported_metrics(card)
        headline = metrics.headline
        if headline is None:
            return
        # a Keras list also gives the epoch and its training-set metrics ("Train Accuracy"), which are no
        # evaluation results; a list of losses alone (a perplexity that is exp(loss) is one) has nothing
        # model-index would show, and results that say the model learned nothing are no results to publish
        results = [m for m in headline.metrics if m.name.kind in VALUE_KINDS and m.name.split != "train"]
        losses = [m.number for m in results if m.name.kind == LOSS and m.number.finite]
        metrics_ = [m for m in results if m.name.kind != LOSS and not _from_loss(m, losses)]
        # (an entity tagger's precision, recall and F1 all 0 predicted no entity: its accuracy is only the share of
        # tokens outside any, no result either)
        nothing = {"precision", "recall", "f1"} <= {m.name.metric for m in metrics_ if _degenerate(m)}
        if not metrics_ or all(_degenerate(m) or (nothing and m.name.metric == "accuracy") for m in metrics_):
            return
        shown = ", ".join(f"{m.label} {m.number.text}" for m in results)
        lines = f"line {headline.span.line}" if headline.span.line == headline.span.end_line else (
            f"lines {headline.span.line}-{headline.span.end_line}")
        if metrics.index_node is None:
            meta = card.meta
            keys = [k for k, _ in meta.items()] if meta is not None else []
            misspelled = next((k for k in keys if misspelled_key(k) == "model-index"), None)
            value = meta.get(misspelled) if meta is not None and misspelled is not None else None
            if value is not None and not _holds_results(value):  # an old Trainer's `model_index:` with a name only
                yield self.finding(
                    headline.span,
                    f"the text reports results ({shown}) but the metadata's `{misspelled}`, a key the Hub does not "
                    "read, holds no results either: the Hub shows no evaluation results for this model.",
                    help=f"replace `{misspelled}` with a `model-index` whose results have the task, the dataset and "
                    "these metrics",
                )
                return
            if misspelled is not None:  # the results are there, under a key the Hub does not read (MC110)
                yield self.finding(
                    headline.span,
                    f"the text reports results ({shown}) but the metadata's results are under `{misspelled}`, a "
                    "key the Hub does not read: it shows no evaluation results for this model.",
                    help=f"rename `{misspelled}` to `model-index`, and check that its results have the task, the "
                    "dataset and these metrics",
                )
                return
            yield self.finding(
                headline.span,
                f"the text reports results ({shown}) but the metadata has no model-index: the Hub shows no "
                "evaluation results for this model and cannot compare it with others.",
                help="add a model-index with the task, the dataset and these metrics to the front matter",
            )
            return
        if not any(r.is_seq and r.value for r in metrics.results_nodes):
            yield self.finding(
                _where(metrics),
                f"model-index has no results but the text reports {shown} ({lines}): the Hub shows no "
                "evaluation results for this model.",
                help="fill in model-index results (task, dataset, metrics); the Trainer leaves `results: []` "
                "when it is not told the task and the dataset, so pass them to create_model_card / push_to_hub",
            )
            return
        if not any(item.is_map for r in metrics.results_nodes if r.is_seq for item in r):
            return  # results that are no mappings ("results: [WER = 0.094 CER = 0.031]"): invalid-model-index's (MC124)
        expected = set(self.opts["indexed-metrics"])
        # (a result of the task and the dataset without `metrics`: the Hub lists nothing under it)
        has = "which has other results" if metrics.index_keys else "whose results give no metrics"
        for m in results:
            tag = m.label.lower().replace(" ", "_")
            if (tag in expected or (tag == "rouge1" and "rouge" in expected)) and m.name.key not in metrics.index_keys:
                yield self.finding(
                    m,
                    f"{m.label} {m.number.text} is in the results list but not in model-index (line "
                    f"{metrics.index_node.span.line}), {has}: the Hub does not show it.",
                    help=f"add {m.label} to the model-index result of this evaluation",
                    metric=m.name.key,
                )


def _holds_results(node: Node) -> bool:
    """Whether a model-index (or a key misspelled for it) has results: a mapping with `results`, or a list of them."""
    entries = list(node) if node.is_seq else [node]
    return any(e.is_map and (r := e.get("results")) is not None and not r.is_null for e in entries)


def _from_loss(m: Reported, losses: list[Number]) -> bool:
    """Whether ``m`` is a perplexity computed from one of the list's losses (e or 2 to the loss), to the
    precision both are printed with."""
    if m.name.metric != "perplexity" or not m.number.finite:
        return False
    for loss in losses:
        if loss.value > 700:  # e to it overflows; no perplexity is printed that large
            continue
        for base in (math.e, 2.0):
            p = base**loss.value
            # half a unit of the perplexity's last decimal, and what half a unit of the loss's moves it by
            tolerance = _half_unit(m.number) + p * math.log(base) * _half_unit(loss) + 1e-9
            if abs(p - m.number.value) <= tolerance:
                return True
    return False


def _half_unit(n: Number) -> float:
    return 0.5 * 10.0 ** -(n.decimals if n.decimals is not None else 2)


def _degenerate(m: Reported) -> bool:
    """A result that says the model learned nothing: an error rate of 1 or more (every word wrong), a BLEU
    or a ROUGE of 0, an accuracy or another score of 0 (beside a loss of nan: the evaluation broke), a value that
    is not a number."""
    if not m.number.finite:
        return True
    value = m.number.value / 100 if m.number.percent or m.name.percent else m.number.value
    if m.name.metric in ERROR_RATES:
        return value >= 1.0
    if m.name.kind == "bounded" and value == 0:
        return True
    return m.name.metric in ("bleu", "sacrebleu", "rouge", "rouge1", "rouge2", "rougel", "rougelsum") and value == 0


def _where(metrics: Metrics) -> Span:
    """The first empty ``results:`` (key and value), or the model-index key."""
    for node in metrics.results_nodes:
        if node.key is not None:
            return Span(node.key.span.line, node.key.span.column, node.span.end_line, node.span.end_column)
    index = metrics.index_node
    assert index is not None
    return index.key.span if index.key is not None else index.span
