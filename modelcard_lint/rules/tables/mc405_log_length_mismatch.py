"""MC405 log-length-mismatch: a training log that ends elsewhere than num_epochs or training_steps say."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from ...card import Card
from ...core.rule import Option, Rule
from ...diagnostics import Finding, Severity
from ...facts.hyperparams import Hyperparameter, all_hyperparameters
from ...facts.tables import Column, TypedTable, Value, training_logs
from ...facts.values import median


class LogLengthMismatch(Rule):
    """A training log goes past the num_epochs or training_steps of the hyperparameters, or stops well before."""

    code = "MC405"
    name = "log-length-mismatch"
    severity = Severity.WARNING
    options = {
        "tolerance": Option(0.01, "Relative difference allowed between the log's end and the planned length"),
        "short-logs": Option(
            True, "Also report a log that stops more than one evaluation interval before the planned end"
        ),
    }

    def check(self, card: Card) -> Iterator[Finding]:
        logs = training_logs(card)
        if not logs:
            return
        params = all_hyperparameters(card)
        for table in logs:
            for col, key, word in ((table.epoch, "num_epochs", "epoch"), (table.step, "training_steps", "step")):
                given = [p for p in params.get(key, ()) if p.number is not None]
                if col is None or not given:
                    continue
                # (the settings of two stages of training, each with its log: a log that agrees with one of them)
                findings = [self._compare(table, col, param, word) for param in given]
                if findings[0] is not None and None not in findings:
                    yield findings[0]

    def _compare(self, table: TypedTable, col: Column, param: Hyperparameter, word: str) -> Finding | None:
        values = [v for v in col.numbers() if v.number.finite]
        if not values or param.number is None:
            return None
        last = max(values, key=lambda v: v.value)
        planned = param.number.value
        # the printed epoch is rounded: 2.67 may be 2.665
        slack = planned * self.opts["tolerance"] + (0.5 * 10 ** -last.number.decimals if last.number.decimals else 0)
        if last.value > planned + slack:
            return self.finding(
                last,
                f"the training log reaches {word} {last.number.text} (line {last.span.line}) but the hyperparameters "
                f"say {param.name} {param.text} (line {param.span.line}): the log and the hyperparameters describe "
                "different runs, or the run was resumed and extended.",
                help=f"correct {param.name}, or give the log of the run the hyperparameters describe",
                data={word: last.number.text, param.name: param.text},
            )
        interval = _interval(values)
        if (self.opts["short-logs"] and interval is not None and last.value + interval < planned - slack
                and not (word == "epoch" and _ends_by_updates(table, col, last, planned))):
            return self.finding(
                last,
                f"the training log stops at {word} {last.number.text} (line {last.span.line}), more than one "
                f"evaluation interval ({interval:g}) before {param.name} {param.text} (line {param.span.line}): "
                "the run stopped early or the table is incomplete, and the card does not say which.",
                help="say in the card when and why training stopped (early stopping, a crash), or complete the log",
                data={word: last.number.text, param.name: param.text},
            )
        return None


def _interval(values: list[Value]) -> float | None:
    """The typical distance between evaluations; the first one's distance from 0 for a single row."""
    steps = [b.value - a.value for a, b in pairwise(values) if b.value > a.value]
    if steps:
        return median(steps)
    return values[0].value if values[0].value > 0 else None




def _ends_by_updates(table: TypedTable, col: Column, last: Value, planned: float) -> bool:
    """Whether the log's last step is the run's planned end counted in updates: with gradient accumulation the Trainer
    plans ``num_epochs`` times the whole updates an epoch holds (27 batches by 4: 6), while it prints the epoch by the
    batches done, so a run of 3 epochs ends at step 18, printed epoch 2.6667 (6.75 steps an epoch)."""
    if table.step is None or not planned.is_integer():
        return False
    r = col.values.index(last)
    step = table.step.values[r]
    if step is None or not step.number.finite or last.value <= 0:
        return False
    per_epoch = step.value / last.value  # (steps an epoch as printed: 6.75)
    whole = round(per_epoch)
    if abs(per_epoch - whole) < 0.05:
        return False  # (a whole number of steps an epoch: the printed epoch counts updates)
    return step.value in (planned * int(per_epoch), planned * (int(per_epoch) + 1))
