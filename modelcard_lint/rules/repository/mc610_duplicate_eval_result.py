"""MC610 duplicate-eval-result: two scores of one benchmark that `notes` does not tell apart."""

from __future__ import annotations

from collections.abc import Iterator

from ...card import Card
from ...core.rule import Rule
from ...diagnostics import Finding, Severity
from ...facts.evalresults import Result, eval_results


class DuplicateEvalResult(Rule):
    """Two `.eval_results` scores of the same benchmark and task have the same `notes`, so nothing tells them apart."""

    code = "MC610"
    name = "duplicate-eval-result"
    severity = Severity.WARNING

    def check(self, card: Card) -> Iterator[Finding]:
        seen: dict[tuple[str, str, str], Result] = {}
        for _, results in eval_results(card):
            for result in results:
                if result.dataset is None:
                    continue
                key = (result.dataset.lower(), (result.task or "").lower(), " ".join(result.notes.lower().split()))
                first = seen.get(key)
                if first is None:
                    seen[key] = result
                    continue
                dataset = result.node.find("dataset", "id")
                where = first.file.name if first.file is not result.file else "this file"
                notes = f"the same `notes` ({result.notes})" if result.notes else "no `notes`"
                yield self.finding(
                    dataset if dataset is not None else result.node,
                    f"`{result.dataset}`" + (f", task `{result.task}`," if result.task else "")
                    + f" already has a score in {where} (line {first.node.span.line}), with {notes}: the Hub "
                    "cannot tell the two apart",
                    help="say in `notes` what differs between the two evaluations (`tools`, `no-tools`, "
                    "`chain-of-thought`), or delete one",
                    path=result.file.path, first_line=first.node.span.line,
                )
