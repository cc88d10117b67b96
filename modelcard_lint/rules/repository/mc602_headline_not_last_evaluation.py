"""MC602 headline-not-last-evaluation: the headline results are not the last evaluation of the Trainer's log."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ...card import Card
from ...core.rule import Rule
from ...diagnostics import Finding, Severity
from ...facts.metricnames import normalize
from ...facts.metrics import Reported, reported_metrics, same_value
from ...facts.tables import Number
from ...facts.trainerstate import TrainerState, trainer_state, trainer_text


class HeadlineNotLastEvaluation(Rule):
    """The results the card gives for the evaluation set are not the last evaluation in `trainer_state.json`."""

    code = "MC602"
    name = "headline-not-last-evaluation"
    severity = Severity.WARNING

    def check(self, card: Card) -> Iterator[Finding]:
        state = trainer_state(card)
        headline = reported_metrics(card).headline
        if state is None or state.problem is not None or headline is None or headline.split != "eval":
            return
        last = state.last_eval
        if last is None:
            return
        entry, logged = last
        if _agree(headline.metrics, logged):
            return
        if state.summary is None or entry < state.summary:  # no evaluation after the end-of-training summary
            # the state was saved before a final ``trainer.evaluate()`` (the example scripts do so), whose numbers the
            # card holds: all_results.json has them (MC604 compares); with load_best_model_at_end, they are those of
            # the best checkpoint; else those of the last weights, the last evaluation's only when it was at the
            # last step
            repo = card.repo
            if repo is not None and any(repo.file(name) is not None for name in FINAL_FILES):
                return
            best = next((e for e, values in state.evals if state.step_of(e) == state.best_step), None)
            if best is not None and _agree(headline.metrics, dict(state.evals)[best]):
                return
            if state.step_of(entry) != _last_step(state.doc.data["log_history"]) and not any(
                    _agree(headline.metrics, values) for e, values in state.evals if e != entry):
                return
        shown = ", ".join(f"{m.label} {m.number.text}" for m in headline.metrics)
        theirs = ", ".join(f"{m.label} {_logged(m, logged)}" for m in headline.metrics)
        where = f"{state.name}, line {state.entry_line(entry)}, step {trainer_text(state.step_of(entry))}"
        yield self.finding(
            headline.span,
            f"the headline results ({shown}) are not the last evaluation of the Trainer's log ({where}: {theirs}), "
            f"which the Trainer writes them from; {_which(state, headline.metrics, entry)}",
            help="give the results of the last evaluation, or say which evaluation the headline comes from (to "
            "publish an earlier checkpoint, train with load_best_model_at_end, which reloads it and evaluates it last)",
            log_line=state.entry_line(entry),
        )


FINAL_FILES = ("all_results.json", "eval_results.json")


def _last_step(history: list[Any]) -> Any:
    """The step the training ended at: the summary's, else the last entry's."""
    steps = [e.get("step") for e in history if isinstance(e, dict) and "step" in e]
    return steps[-1] if steps else None


def _value(metric: Reported, logged: dict[str, Any]) -> tuple[bool, Any]:
    for name, value in logged.items():
        if normalize(name).key == metric.name.key:
            return True, value
    return False, None


def _logged(metric: Reported, logged: dict[str, Any]) -> str:
    found, value = _value(metric, logged)
    return trainer_text(value) if found else "(not logged)"


def _agree(metrics: list[Reported], logged: dict[str, Any]) -> bool:
    for m in metrics:
        found, value = _value(m, logged)
        if not found or isinstance(value, bool) or not isinstance(value, (int, float)):
            return False
        if not same_value(m.number, Number(float(value), None, False, trainer_text(value)), m.name):
            return False
    return True


def _which(state: TrainerState, metrics: list[Reported], last: int) -> str:
    for entry, logged in state.evals:
        if entry != last and _agree(metrics, logged):
            step = state.step_of(entry)
            best = ", the best checkpoint (`best_model_checkpoint`)" if step == state.best_step is not None else ""
            return f"they are the evaluation at step {trainer_text(step)} (line {state.entry_line(entry)}){best}"
    return "no evaluation of the log has them, so they come from another run or evaluation, or were edited"
