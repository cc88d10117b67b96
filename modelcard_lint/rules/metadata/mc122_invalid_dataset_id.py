"""MC122 invalid-dataset-id."""

from __future__ import annotations

from collections.abc import Iterator

from ...card import Card
from ...core.rule import Rule
from ...diagnostics import Finding, Severity
from ...hub.vocabulary import repo_id_problem, shown


class InvalidDatasetId(Rule):
    """An entry of `datasets` is not a Hub dataset id (prose, a path, a link), so the Hub refuses a push of the card."""

    code = "MC122"
    name = "invalid-dataset-id"
    severity = Severity.ERROR

    def check(self, card: Card) -> Iterator[Finding]:
        meta = card.meta
        node = meta.get("datasets") if meta is not None else None
        if node is None or node.is_null:
            return
        if node.is_map:
            yield self.finding(
                node,
                "`datasets` is a mapping; the Hub expects a list of dataset ids and refuses a push of the card",
                help="write `datasets:` followed by `- <org>/<name>` lines",
            )
            return
        for index, item in enumerate([node] if node.is_scalar else list(node)):
            if item.is_str:
                found = repo_id_problem(item.value, "dataset")
                if found is None:
                    continue
                problem, fix = found
            else:
                problem, fix = ("it is empty", None) if item.is_null else ("it is not text", None)
            # an empty entry is said once ("entry 2 is empty"), not as a value that is no id because it is empty;
            # an entry that YAML reads as a mapping by its words ("- FOSD: https://data.mendeley.com/...") is quoted
            # as written
            if item.is_null:
                head = f"`datasets` entry {index + 1} is empty"
            elif item.is_map and item.span.line <= len(card.lines):
                words = card.lines[item.span.line - 1][item.span.column - 1:].strip()
                words = words if len(words) <= 60 else words[:57] + "..."
                head = (f"`datasets` entry {index + 1}, `{words}`, is not a Hub dataset id: its `: ` makes YAML read "
                        "a key and a value" if len(item.value) == 1 and all(
                            (v := item.get(k)) is not None and v.is_scalar for k in item.value) else
                        f"`datasets` entry {index + 1} is a mapping (`{words}` ...), not a Hub dataset id")
            elif not item.is_str:
                head = f"`datasets` entry {index + 1} is {shown(item)}, not a Hub dataset id"
            else:
                head = f"`datasets` entry {shown(item)} is not a Hub dataset id: {problem}"
            message = (
                f"{head}; the Hub refuses a push of the card "
                f'("datasets[{index}]" ... is not valid. If possible, use a dataset id from https://hf.co/datasets)'
            )
            if fix and "URL" in problem:
                message += f"; did you mean `{fix}`?"
            yield self.finding(
                item,
                message,
                help=f"write `{fix}`" if fix and "URL" in problem else
                "list the Hub id of each training dataset (`org/name`); describe other data in the card's body",
                value=item.raw,
            )

