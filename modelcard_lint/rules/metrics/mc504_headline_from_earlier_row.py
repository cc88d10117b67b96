"""MC504 headline-from-earlier-row: headline results that are an earlier row of the training log."""

from __future__ import annotations

from collections.abc import Iterator

from ...card import Card
from ...core.rule import Rule
from ...diagnostics import Finding, Severity
from ...facts.logmatch import log_match
from ...facts.metrics import reported_metrics
from ...facts.tables import TypedTable
from ...facts.trainerstate import trainer_state


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
        best = _best_row(card, log, match.rows)
        if best is not None:  # the Trainer's own state says which checkpoint it loaded at the end
            state = trainer_state(card)
            assert state is not None
            yield self.finding(
                headline.span,
                f"the headline results ({shown}) are those of the row at {_at(log, best)}, not of the last row at "
                f"{_at(log, match.last)}: that is the best checkpoint, which {state.name} names "
                f"(`best_model_checkpoint`, line {state.line('best_model_checkpoint')}), so the Trainer loaded it at "
                "the end (load_best_model_at_end) and the published weights are its; the card does not say so.",
                help=f"say in the card that the published weights are the best checkpoint ({_at(log, best)}), "
                "not the last one",
                line=log.rows[best].line, last_line=log.rows[match.last].line, best_step=state.best_step,
            )
            return
        others = f" (and {len(match.rows) - 1} other rows)" if len(match.rows) > 1 else ""
        if match.scaled:  # ("Loss: 7.66" of 0.076688: the row's values times 100)
            others += " times 100"
        yield self.finding(
            headline.span,
            f"the headline results ({shown}) are those of the row at {_at(log, row)}{others}, not of the last "
            f"row at {_at(log, match.last)}: the published model is probably that checkpoint (as with "
            "load_best_model_at_end), and the card does not say so.",
            help="state in the card which checkpoint the published weights and the headline results come from",
            line=log.rows[row].line, last_line=log.rows[match.last].line,
        )


def _best_row(card: Card, log: TypedTable, rows: list[int]) -> int | None:
    """The row the headline repeats whose step is the best checkpoint of the repository's trainer_state.json."""
    if log.step is None or card.repo is None:
        return None
    state = trainer_state(card)
    if state is None or state.problem is not None or state.best_step is None:
        return None
    for r in rows:
        v = log.step.values[r]
        if v is not None and v.value == state.best_step:
            return r
    return None


def _at(log: TypedTable, r: int) -> str:
    parts = []
    for col, word in ((log.step, "step"), (log.epoch, "epoch")):
        v = col.values[r] if col is not None else None
        if v is not None:
            parts.append(f"{word} {v.number.text}")
    return ", ".join(parts) + f" (line {log.rows[r].line})"
