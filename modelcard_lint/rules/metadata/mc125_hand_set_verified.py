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
    version wrote (dslim/bert-base-NER's card), the dataset names its configuration and split, and the result's
    metrics were computed, not typed: one of them holds its value to many decimals (0.9118041001560013), or is not a
    number (a loss of `.nan`), and this
    one to four at least (the evaluator rounded some metrics, ROUGE to 40.5544, and not the loss; or to two or three
    beside others at four: the zeros the writer dropped, 20.76 for 20.7600), or the
    configuration is the evaluator's name for a dataset that has none, its id with `--` for `/`
    (`bazzhangz--sumdataset`)."""
    dataset = result.get("dataset")
    if dataset is None or not dataset.is_map:
        return False
    config = dataset.get("config")
    if config is None or not set(metric.value) <= _EVALUATOR_KEYS:
        return False
    own = metric.get("config")
    if own is not None:
        return own.is_scalar and own.value == config.value
    if dataset.get("split") is None:
        return False
    kind = dataset.get("type")
    if kind is not None and kind.is_str and "/" in kind.value and config.is_str \
            and config.value == kind.value.replace("/", "--"):
        return True
    # (a metric rounded to a couple of decimals, 0.92, beside them was typed by hand; but one rounded to four whose
    # last zeros the writer dropped, 20.629 for 20.6290 or 20.76 for 20.7600, shows beside others of its type kept at
    # four, on its scale: a ROUGE of 0.51 beside 53.3741 was typed)
    metrics = list(metric_items(result))
    # (or a loss that is not a number, `.nan`, as only a program writes it and no one would mark verified)
    if not any(_decimals(m) >= COMPUTED_DECIMALS or _not_a_number(m) for m in metrics):
        return False
    places = _decimals(metric)
    return places >= ROUNDED_DECIMALS or _not_a_number(metric) or (places >= 2 and any(
        _decimals(m) == ROUNDED_DECIMALS and _type(m) == _type(metric) and _scale(m) == _scale(metric)
        for m in metrics))


def _type(metric: Node) -> object:
    kind = metric.get("type")
    return kind.value if kind is not None and kind.is_scalar else None


def _scale(metric: Node) -> bool:
    """Whether the metric's value is 1 or more (a percentage) rather than a fraction."""
    value = metric.get("value")
    return value is not None and value.is_scalar and isinstance(value.value, float) and abs(value.value) >= 1


def _not_a_number(metric: Node) -> bool:
    value = metric.get("value")
    return value is not None and value.is_scalar and isinstance(value.value, float) and value.value != value.value


def _decimals(metric: Node) -> int:
    """The decimals of a metric's value as written, 0 when it is not a float."""
    value = metric.get("value")
    if value is None or not value.is_scalar or not isinstance(value.value, float):
        return 0
    return len(value.raw.rsplit(".", 1)[-1])


COMPUTED_DECIMALS = 10  # decimals of a value as a program printed it, not as a person wrote it
ROUNDED_DECIMALS = 4  # decimals the evaluator kept of a metric it rounded (ROUGE 40.5544)


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
