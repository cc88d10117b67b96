"""MC504 headline-from-earlier-row: headline results that are an earlier row of the training log."""

from __future__ import annotations

from collections.abc import Iterator

from ...card import Card
from ...core.rule import Rule
from ...diagnostics import Finding, Severity
from ...facts.logmatch import log_match
from ...facts.metrics import reported_metrics
from ...facts.tables import TypedTable


class HeadlineFromEarlierRow(Rule):
    """The results the card gives for the evaluation set are an earlier row of its training log, not the last."""

    code = "MC504"
    name = "headline-from-earlier-row"
    severity = Severity.INFO

    def check(self, card: Card) -> Iterator[Finding]:
        match = log_match(card)
        headline = reported_metrics(card).headline
        if match is None or not match.rows or match.last in match.rows or headline is None:
            return
        log, row = match.log, match.rows[-1]
        shown = ", ".join(f"{m.label} {m.number.text}" for m, _ in match.pairs)
        others = f" (and {len(match.rows) - 1} other rows)" if len(match.rows) > 1 else ""
        yield self.finding(
            headline.span,
            f"the headline results ({shown}) are those of the row at {_at(log, row)}{others}, not of the last "
            f"row at {_at(log, match.last)}: the published model is probably that checkpoint (as with "
            "load_best_model_at_end), and the card does not say so.",
            help="state in the card which checkpoint the published weights and the headline results come from",
            line=log.rows[row].line, last_line=log.rows[match.last].line,
        )


def _at(log: TypedTable, r: int) -> str:
    parts = []
    for col, word in ((log.step, "step"), (log.epoch, "epoch")):
        v = col.values[r] if col is not None else None
        if v is not None:
            parts.append(f"{word} {v.number.text}")
    return ", ".join(parts) + f" (line {log.rows[r].line})"
