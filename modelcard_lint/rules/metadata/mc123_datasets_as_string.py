"""MC123 datasets-as-string."""

from __future__ import annotations

from collections.abc import Iterator

from ...card import Card
from ...card.yamlnode import Node
from ...core.rule import Rule
from ...diagnostics import Finding, Fix, Severity


class DatasetsAsString(Rule):
    """`datasets` is a single string instead of a list."""

    code = "MC123"
    name = "datasets-as-string"
    severity = Severity.INFO

    def check(self, card: Card) -> Iterator[Finding]:
        meta = card.meta
        node = meta.get("datasets") if meta is not None else None
        if node is None or not node.is_str or not node.value.strip():
            return
        yield self.finding(
            node,
            f"`datasets: {node.raw}` is a single string; the Hub accepts it, but the spec and huggingface_hub's "
            "`ModelCardData` describe a list, and tools that iterate over it read one character at a time",
            help=f"write `datasets: [{node.raw}]` (or one `- {node.raw}` line)",
            fix=_as_list(card, node),
        )


def _as_list(card: Card, node: Node) -> Fix | None:
    """`datasets: glue` -> `datasets: [glue]`, the value kept exactly as written (quotes too)."""
    span = node.span
    if span.line != span.end_line:
        return None
    written = card.lines[span.line - 1][span.column - 1 : span.end_column - 1]
    return Rule.replace(node, f"[{written}]", f"write `datasets: [{written}]`")
