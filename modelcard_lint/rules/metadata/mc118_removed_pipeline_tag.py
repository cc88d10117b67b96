"""MC118 removed-pipeline-tag."""

from __future__ import annotations

from collections.abc import Iterator

from ...card import Card
from ...core.rule import Rule
from ...diagnostics import Finding, Severity
from ...hub.vocabulary import REMOVED_TASKS

_WHEN = {"conversational": "in 2024-02", "text2text-generation": "in 2025-07"}


class RemovedPipelineTag(Rule):
    """The `pipeline_tag` is a task the Hub has removed (`conversational`, `text2text-generation`)."""

    code = "MC118"
    name = "removed-pipeline-tag"
    severity = Severity.WARNING

    def check(self, card: Card) -> Iterator[Finding]:
        meta = card.meta
        node = meta.get("pipeline_tag") if meta is not None else None
        if node is None or not node.is_str or node.value not in REMOVED_TASKS:
            return
        new = REMOVED_TASKS[node.value]
        yield self.finding(
            node,
            f"`pipeline_tag: {node.value}` was removed from the Hub's tasks {_WHEN[node.value]} and merged into "
            f"`{new}`: the card names a task the Hub no longer has, which its task filters and widgets do not know",
            help=f"write `pipeline_tag: {new}` (keep `{node.value}` under `tags` if you want the old label)",
            fix=self.replace_value(node, new, f"write `pipeline_tag: {new}`", safe=False),
            value=node.value,
            replacement=new,
        )
