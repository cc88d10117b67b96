"""MC127 string-metric-value."""

from __future__ import annotations

from collections.abc import Iterator

from ...card import Card
from ...core.rule import Rule
from ...diagnostics import Finding, Severity
from ...hub.vocabulary import metric_items, model_index_results, shown


class StringMetricValue(Rule):
    """A model-index metric `value` is text (such as `"262.40 +/- 24.94"`) or a list, not a number."""

    code = "MC127"
    name = "string-metric-value"
    severity = Severity.INFO

    def check(self, card: Card) -> Iterator[Finding]:
        meta = card.meta
        if meta is None:
            return
        for _, result in model_index_results(meta):
            for metric in metric_items(result):
                value = metric.get("value")
                if value is None or value.is_null or value.is_number:
                    continue
                yield self.finding(
                    value,
                    f"metric value {shown(value)} is not a number: the Hub accepts and shows it, but leaderboards and "
                    "tools that read numbers from `model-index` skip it",
                    help="put the number alone in `value` and describe the spread or unit in the card's text",
                    value=value.raw if value.is_scalar else None,
                )
