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
                if value.is_map and len(value.value) == 1 and all(v.is_null for _, v in value.items()):
                    (name,) = value.value
                    what = (f"`{{{name}}}` is a template's variable never filled in (YAML reads the braces as a "
                            "mapping), not a number")
                elif not value.is_scalar:
                    what = f"is {shown(value)}, not a number"
                else:
                    what = f"{shown(value)} is not a number"
                yield self.finding(
                    value,
                    f"metric value {what}: the Hub accepts and shows it, but leaderboards and "
                    "tools that read numbers from `model-index` skip it",
                    help="put the number alone in `value` and describe the spread or unit in the card's text",
                    value=value.raw if value.is_scalar else None,
                )
