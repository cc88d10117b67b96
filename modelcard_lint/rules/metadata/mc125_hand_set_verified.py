"""MC125 hand-set-verified."""

from __future__ import annotations

from collections.abc import Iterator

from ...card import Card
from ...card.yamlnode import Node
from ...core.rule import Rule
from ...diagnostics import Finding, Severity
from ...hub.vocabulary import metric_items, model_index_results

# what huggingface_hub's EvalResult writes for a metric (the Hub's evaluator used it): nothing else
_EVALUATOR_KEYS = frozenset({"type", "value", "name", "config", "args", "verified"})


def _written_by_the_evaluator(result: Node, metric: Node) -> bool:
    """A result in the format the Hub's evaluator wrote before `verifyToken` existed: each metric repeats the
    dataset's configuration under `config`, and holds nothing a hand-written metric adds; or, as its first
    version wrote (dslim/bert-base-NER's card), the dataset names its configuration and split and each metric
    holds its value as computed, a float to many decimals (0.9118041001560013), which nobody types."""
    dataset = result.get("dataset")
    if dataset is None or not dataset.is_map:
        return False
    config = dataset.get("config")
    if config is None or not set(metric.value) <= _EVALUATOR_KEYS:
        return False
    own = metric.get("config")
    if own is not None:
        return own.is_scalar and own.value == config.value
    value = metric.get("value")
    return (dataset.get("split") is not None and value is not None and value.is_scalar
            and isinstance(value.value, float) and len(value.raw.rsplit(".", 1)[-1]) >= COMPUTED_DECIMALS)


COMPUTED_DECIMALS = 10  # decimals of a value as a program printed it, not as a person wrote it


class HandSetVerified(Rule):
    """A model-index metric says `verified: true` without the Hub's `verifyToken`: it was set by hand."""

    code = "MC125"
    name = "hand-set-verified"
    severity = Severity.WARNING

    def check(self, card: Card) -> Iterator[Finding]:
        meta = card.meta
        if meta is None:
            return
        for _, result in model_index_results(meta):
            for metric in metric_items(result):
                verified = metric.get("verified")
                if verified is None or verified.value is not True or metric.get("verifyToken") is not None:
                    continue
                if _written_by_the_evaluator(result, metric):
                    continue
                yield self.finding(
                    verified,
                    "`verified: true` without a `verifyToken`: the Hub sets `verified` itself when it evaluates "
                    "the model (\"do not set\"), so a hand-set value claims a check that never happened",
                    help="delete the `verified` line; the Hub adds it when it verifies the result",
                )
