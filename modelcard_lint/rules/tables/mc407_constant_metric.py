"""MC407 constant-metric: a metric column of a training log that never moves while the loss does."""

from __future__ import annotations

from collections.abc import Iterator

from ...card import Card
from ...core.rule import Rule
from ...diagnostics import Finding, Severity, Span
from ...facts.metricnames import BOUNDED, CORRELATION, LOSS
from ...facts.swapevidence import direction
from ...facts.tables import Column, TypedTable, training_logs

MIN_ROWS = 4  # a metric that repeats in three evaluations may be a small evaluation set
MOVING = 0.1  # the loss moves: its range is at least a tenth of its largest value


class ConstantMetric(Rule):
    """A metric column of a training log holds one value in every row while the loss changes."""

    code = "MC407"
    name = "constant-metric"
    severity = Severity.WARNING

    def check(self, card: Card) -> Iterator[Finding]:
        for table in training_logs(card):
            loss = _moving_loss(table)
            if loss is None:
                continue
            for col in table.value_columns:
                if col.kind == LOSS or col.name.metric == "gen_len":
                    continue
                values = [v for v in col.values if v is not None and v.number.finite]
                if len(values) < 3 or len({v.value for v in values}) != 1:
                    continue
                value = values[0].value
                if col.unmeasured(value):
                    continue  # an object size the evaluation set has none of: no score to move
                if _best(col, value) or _near_best(col, value, loss):
                    continue  # a metric at its best from the start: an easy evaluation set
                if len(values) < MIN_ROWS and not _worst(col, value):
                    continue
                if _few_to_score(table, col):
                    continue  # (one entity of its kind in the evaluation set: missed every time, no broken metric)
                yield self._finding(table, col, loss, values[0].number.text, len(values))

    def _finding(self, table: TypedTable, col: Column, loss: Column, text: str, n: int) -> Finding:
        cells = [v for v in col.values if v is not None]
        first, last = cells[0], cells[-1]
        values = [v.value for v in loss.numbers() if v.number.finite]
        # (at its worst: a speech model that writes nothing has a WER of 1.0, every word missed, in every evaluation)
        worst = _worst(col, first.value)
        why = ("the worst score in every evaluation means that the model learned nothing it could be judged on (it "
               "predicts one class, or writes nothing) or that compute_metrics is broken" if worst else
               "the metric is not measuring the model, as when compute_metrics is broken or the model predicts one "
               "thing for every input")
        return self.finding(
            Span(first.span.line, first.span.column, last.span.line, last.span.end_column),
            f"{col.title} is {text} in all {n} rows of the training log (lines {first.span.line}-{last.span.line}) "
            f"while {loss.title} ranges from {min(values):g} to {max(values):g}: {why}.",
            help="check the predictions and compute_metrics (labels, argmax, decoding), then retrain, or say in the "
            "card that the model does not work yet" if worst else "check compute_metrics (labels, argmax, decoding) "
            "and the predictions, then retrain or remove the column",
            data={"column": col.title, "value": text, "rows": n, "loss": loss.title},
        )


FEW = 10  # an entity seqeval counts fewer times than this in the evaluation set may be missed every time by chance


def _few_to_score(table: TypedTable, col: Column) -> bool:
    """Whether the column scores one kind of entity (seqeval's "Other Precision") whose count, in the column of the same
    name that seqeval writes beside it ("Other Number"), is below ``FEW`` in every row."""
    kind, _, _ = col.title.rpartition(" ")
    if not kind:
        return False
    heads = [cell.text.strip().strip("*_`").strip().lower() for cell in table.table.header]
    if f"{kind.lower()} number" not in heads:
        return False
    k = heads.index(f"{kind.lower()} number")
    counts = [row.cells[k].text.strip() for row in table.rows if k < len(row.cells)]
    return bool(counts) and all(c.isdigit() and int(c) < FEW for c in counts)


def _moving_loss(table: TypedTable) -> Column | None:
    """The validation loss, or else the training loss, when it changes along the log."""
    losses = sorted((c for c in table.value_columns if c.kind == LOSS), key=lambda c: c.name.split == "train")
    for col in losses:
        values = [v.value for v in col.numbers() if v.number.finite]
        if len(values) >= 3 and max(values) - min(values) >= MOVING * max(abs(x) for x in values) > 0:
            return col
    return None


def _best(col: Column, value: float) -> bool:
    """Whether ``value`` is the best a rate, a correlation or an error rate can be (1.0 or 100 %; an error rate of
    0): a Matthews correlation of 1.0 in every row is a model that gets every example right, as its loss near 0 says."""
    d = direction(col)
    if col.kind in (BOUNDED, CORRELATION):
        return value in (1.0, 100.0)
    return d < 0 and value == 0.0


NEAR = 0.95  # a rate this close to its best, beside a loss that stays below LOW: a small, easy evaluation set
LOW = 0.1


def _near_best(col: Column, value: float, loss: Column) -> bool:
    """Whether a rate stays just below its best while the loss stays near 0: the model gets all but one or two
    examples of a small evaluation set right at every evaluation (an accuracy of 0.9851 is 66 of 67 images), and
    the loss moves with its confidence, not its answers."""
    losses = [v.value for v in loss.numbers() if v.number.finite]
    top = 100.0 if value > 1.0 else 1.0
    return col.kind in (BOUNDED, CORRELATION) and NEAR * top <= value < top and bool(losses) and max(losses) < LOW


def _worst(col: Column, value: float) -> bool:
    """Whether ``value`` is the worst a rate or an error rate usually is (0; an error rate of 1 or 100 %)."""
    if col.kind == BOUNDED:
        return value == 0.0
    return direction(col) < 0 and col.name.metric in ("wer", "cer", "per") and value in (1.0, 100.0)
