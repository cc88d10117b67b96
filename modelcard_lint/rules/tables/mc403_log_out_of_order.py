"""MC403 log-out-of-order: a training log whose step or epoch goes backwards or repeats."""

from __future__ import annotations

from collections.abc import Iterator

from ...card import Card
from ...core.rule import Rule
from ...diagnostics import Finding, Severity, Span
from ...facts.tables import Column, TypedTable, training_logs


class LogOutOfOrder(Rule):
    """A training log's step (or epoch, without a step column) goes backwards or repeats."""

    code = "MC403"
    name = "log-out-of-order"
    severity = Severity.WARNING

    def check(self, card: Card) -> Iterator[Finding]:
        for table in training_logs(card):
            # with a step column the step is the clock: an epoch that goes back while the step
            # advances is a change of steps per epoch (MC404)
            clock = table.step if table.step is not None else table.epoch
            assert clock is not None
            yield from self._check(table, clock)

    def _check(self, table: TypedTable, clock: Column) -> Iterator[Finding]:
        word = "step" if clock is table.step else "epoch"
        prev = None
        rows = [r for r, v in enumerate(clock.values) if v is not None and v.number.finite]
        for i, r in enumerate(rows):
            value = clock.values[r]
            assert value is not None
            if i == 1 and prev is not None and value.value == prev.value and _before_training(table, rows[0], r):
                prev = value  # (an evaluation before training, then the first epoch's: both "epoch 0")
                continue
            if prev is not None and value.value <= prev.value:
                line, before = value.span.line, prev.span.line
                span = Span(line, value.span.column, line, value.span.end_column)
                if value.value < prev.value:
                    message = (
                        f"the {word} goes back from {prev.number.text} (line {before}) to {value.number.text} "
                        f"(line {line}): the log mixes runs or its rows are out of order, so its last row is not "
                        "the end of one training run."
                    )
                    help_text = "keep the log of the run that produced the published model, or one table per run"
                else:
                    message = (
                        f"{word} {value.number.text} appears again on line {line} (first on line {before}): "
                        "the log repeats an evaluation or mixes runs."
                    )
                    help_text = "remove the repeated row, or keep one table per run"
                yield self.finding(span, message, help=help_text, **{word: value.number.text, "previous_line": before})
            prev = value


def _before_training(table: TypedTable, row: int, then: int) -> bool:
    """Whether ``row`` is an evaluation before training, as a callback that evaluates the untrained model logs it: no
    training value in a row whose training columns are filled below ("| 0.5047 | None | 0 |" over "| 0.6084 | 0.7464 |
    0 |")."""
    train = [c for c in table.value_columns if c.name.split == "train"]
    return bool(train) and all(
        (v := c.values[row]) is None or not v.number.finite for c in train
    ) and any((v := c.values[then]) is not None and v.number.finite for c in train)
