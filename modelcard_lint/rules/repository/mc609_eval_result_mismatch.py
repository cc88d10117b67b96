"""MC609 eval-result-mismatch: a score in `.eval_results/` that the card reports with another value."""

from __future__ import annotations

from collections.abc import Iterator

from ...card import Card
from ...core.rule import Rule
from ...diagnostics import Finding, Severity
from ...facts.evalresults import agrees, eval_results, reports_of


class EvalResultMismatch(Rule):
    """A benchmark score in `.eval_results/` differs from the one the card's table, bullets or model-index give."""

    code = "MC609"
    name = "eval-result-mismatch"
    severity = Severity.ERROR

    def check(self, card: Card) -> Iterator[Finding]:
        for _, results in eval_results(card):
            for result in results:
                if result.value is None or result.dataset is None:
                    continue
                reports = reports_of(card, result)
                if not reports or any(agrees(r, result) for r in reports):
                    continue
                shown = list({r.span: r for r in reports}.values())[:3]  # one per value: model-index names it twice
                said = "; ".join(f"{r.where} gives {r.label} {r.number.text} (line {r.span.line})" for r in shown)
                bench = f"`{result.dataset}`" + (f", task `{result.task}`," if result.task else "")
                yield self.finding(
                    result.value,
                    f"the score of {bench} is {result.value.raw} here, but the card says otherwise: "
                    f"{said}; the model page and the leaderboards would show both",
                    help="make the two agree (63.3 and 0.633 agree), or say in `notes` how this evaluation differs",
                    path=result.file.path, card_lines=[r.span.line for r in reports],
                )
