"""MC135 train-split-results."""

from __future__ import annotations

from collections.abc import Iterator

from ...card import Card
from ...core.rule import Rule
from ...diagnostics import Finding, Severity
from ...facts.metricnames import normalize
from ...facts.metrics import reported_metrics, same_value
from ...facts.tables import parse_number
from ...hub.vocabulary import metric_items, model_index_results


class TrainSplitResults(Rule):
    """A model-index result says `split: train` while the text gives its values as evaluation-set results."""

    code = "MC135"
    name = "train-split-results"
    severity = Severity.WARNING

    def check(self, card: Card) -> Iterator[Finding]:
        meta = card.meta
        text = card.frontmatter.yaml_text if card.frontmatter is not None else ""
        if meta is None or "split" not in text or "train" not in text:
            return
        headline = reported_metrics(card).headline
        if headline is None or headline.split != "eval":
            return
        for _, result in model_index_results(meta):
            dataset = result.get("dataset")
            split = dataset.get("split") if dataset is not None and dataset.is_map else None
            if split is None or not split.is_str or split.value.strip().lower() not in ("train", "training"):
                continue
            agreeing = []
            for metric in metric_items(result):
                value, kind = metric.get("value"), metric.get("type")
                number = parse_number(value.raw) if value is not None and value.is_scalar else None
                if number is None or kind is None or not kind.is_scalar:
                    continue
                key = normalize(kind.raw).key
                agreeing += [m for m in headline.metrics
                             if m.name.key == key and same_value(number, m.number, m.name)]
            if not agreeing:
                continue
            shown = ", ".join(f"{m.label} {m.number.text}" for m in agreeing[:3])
            yield self.finding(
                split,
                f"`split: {split.value}` files these results under the training split, but the text gives the "
                f"same values ({shown}, line {agreeing[0].span.line}) as results on the evaluation set: the Hub "
                "shows an evaluation as a score on the data the model was trained on",
                help="write the split the evaluation set was taken from (`validation`, `test`); the Trainer writes "
                "the split name of its evaluation dataset, which is `train` when that set was cut from the "
                "training split (`train[90%:]` says so)",
                split=split.value,
            )
