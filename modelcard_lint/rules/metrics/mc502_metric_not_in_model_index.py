"""MC502 metric-not-in-model-index: results in the text that the metadata's model-index lacks."""

from __future__ import annotations

from collections.abc import Iterator

from ...card import Card
from ...core.rule import Option, Rule
from ...diagnostics import Finding, Severity, Span
from ...facts.metricnames import LOSS
from ...facts.metrics import Metrics, reported_metrics
from ...facts.tables import VALUE_KINDS

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
        # a Keras list also gives the epoch; a list of losses alone has nothing model-index would show
        results = [m for m in headline.metrics if m.name.kind in VALUE_KINDS]
        if all(m.name.kind == LOSS for m in results):
            return
        shown = ", ".join(f"{m.label} {m.number.text}" for m in results)
        lines = f"line {headline.span.line}" if headline.span.line == headline.span.end_line else (
            f"lines {headline.span.line}-{headline.span.end_line}")
        if metrics.index_node is None:
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
        expected = set(self.opts["indexed-metrics"])
        for m in results:
            tag = m.label.lower().replace(" ", "_")
            if (tag in expected or (tag == "rouge1" and "rouge" in expected)) and m.name.key not in metrics.index_keys:
                yield self.finding(
                    m,
                    f"{m.label} {m.number.text} is in the results list but not in model-index (line "
                    f"{metrics.index_node.span.line}), which has other results: the Hub does not show it.",
                    help=f"add {m.label} to the model-index result of this evaluation",
                    metric=m.name.key,
                )


def _where(metrics: Metrics) -> Span:
    """The first empty ``results:`` (key and value), or the model-index key."""
    for node in metrics.results_nodes:
        if node.key is not None:
            return Span(node.key.span.line, node.key.span.column, node.span.end_line, node.span.end_column)
    index = metrics.index_node
    assert index is not None
    return index.key.span if index.key is not None else index.span
