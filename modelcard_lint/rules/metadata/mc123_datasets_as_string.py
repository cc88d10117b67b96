"""MC123 datasets-as-string."""

from __future__ import annotations

from collections.abc import Iterator

from ...card import Card
from ...card.yamlhub import scalar_text
from ...card.yamlnode import Node
from ...core.rule import NoFix, Rule, why_not_editable
from ...diagnostics import Finding, Fix, Severity

_FLOW_INDICATORS = frozenset(",[]{}:")  # and `:`, which older readers take for a key inside `[...]`


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


def _as_list(card: Card, node: Node) -> Fix | NoFix:
    """`datasets: glue` -> `datasets: [glue]`: a list of the one string, written as it was when that keeps it.

    A quoted scalar means the same inside `[...]`; a plain one too unless it holds a flow
    indicator (`a,b` would become two items), and then it is quoted.
    """
    why = why_not_editable(node)
    if why is not None:
        return NoFix(why)
    span = node.span
    written = card.lines[span.line - 1][span.column - 1 : span.end_column - 1]
    if node.style is None and _FLOW_INDICATORS.intersection(written):
        written = scalar_text(node.value)
    return Rule.replace(node, f"[{written}]", f"write `datasets: [{written}]`")
