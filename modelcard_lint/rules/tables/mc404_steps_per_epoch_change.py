"""MC404 steps-per-epoch-change: a training log whose steps per epoch change mid-table."""

from __future__ import annotations

import math
from collections.abc import Iterator
from itertools import pairwise

from ...card import Card
from ...core.rule import Option, Rule
from ...diagnostics import Finding, Severity, Span
from ...facts.hyperparams import effective_batch_size, hyperparameters
from ...facts.metricnames import LOSS
from ...facts.tables import TypedTable, training_logs
from ...facts.traininglog import Stretch, stretches


class StepsPerEpochChange(Rule):
    """The steps per epoch of a training log change mid-table, as when a run is resumed with another batch size."""

    code = "MC404"
    name = "steps-per-epoch-change"
    severity = Severity.WARNING
    options = {
        "tolerance": Option(
            0.02, "Relative change of steps per epoch allowed, on top of the rounding of the printed epoch"
        ),
    }

    def check(self, card: Card) -> Iterator[Finding]:
        logs = training_logs(card)
        if not logs:
            return
        steps = hyperparameters(card).get("training_steps")
        max_steps = steps.number.value if steps is not None and steps.number is not None else None
        for table in logs:
            # a streaming dataset's epoch counter restarts with each pass: no change of steps per epoch
            parts = stretches(table, self.opts["tolerance"], max_steps)
            for before, after in pairwise(parts):
                step = table.step
                assert step is not None
                last, first = before.rows[-1], after.rows[0]
                if step.values[first].value <= step.values[last].value:  # type: ignore[union-attr]
                    continue
                # two rates far apart in size (1e-300 and 1e300) have no ratio a float can hold
                if _ratio(after.steps_per_epoch, before.steps_per_epoch) is not None:
                    yield self._finding(card, table, parts, before, after)

    def _finding(self, card: Card, table: TypedTable, parts: list[Stretch], before: Stretch, after: Stretch) -> Finding:
        epoch, step = table.epoch, table.step
        assert epoch is not None and step is not None
        p, r = before.rows[-1], after.rows[0]
        e0, e1, s0, s1 = epoch.values[p], epoch.values[r], step.values[p], step.values[r]
        assert e0 is not None and e1 is not None and s0 is not None and s1 is not None
        factor = _ratio(after.steps_per_epoch, before.steps_per_epoch)
        assert factor is not None
        line = table.rows[r].line
        old, new = before.steps_per_epoch, after.steps_per_epoch
        where = f"{table.row_label(r)} (line {line})"
        head = f"steps per epoch change from {old:.0f} to {new:.0f} (×{factor:.2g}) at {where}"
        what = []
        if e1.value < e0.value:
            what.append(f"the epoch goes back from {e0.number.text} to {e1.number.text} while the step advances")
        elif (e1.value - e0.value) * min(before.steps_per_epoch, after.steps_per_epoch) > 10 * (s1.value - s0.value):
            what.append(f"the epoch jumps from {e0.number.text} to {e1.number.text} while the step moves by only "
                        f"{s1.value - s0.value:g}")
        loss = next((c for c in table.columns if c.kind == LOSS and c.name.split == "train"), None)
        t0, t1 = (loss.values[p], loss.values[r]) if loss is not None else (None, None)
        if t0 is not None and t1 is not None and t0.number.text == t1.number.text:
            what.append(f"the training loss {t1.number.text} repeats the previous row's, as the first evaluation "
                        "of a resumed run does")
        if what:
            head += ", where " + " and ".join(what)
        message = f"{head}: {_why(card, factor)}."
        cells = [e1, s1]
        span = Span(line, min(c.span.column for c in cells), line, max(c.span.end_column for c in cells))
        return self.finding(
            span,
            message,
            help=f"{_epochs(card, table, parts, before)}say in the card where the run was resumed and with which "
            "settings, correct the hyperparameters, and give the epochs on one scale (or publish the log of one "
            "uninterrupted run)",
            line=line, before=round(old, 3), after=round(new, 3), factor=round(factor, 4),
        )


def _ratio(a: float, b: float) -> float | None:
    """``a / b`` when it is a positive, finite number (the rates of ``stretches`` are)."""
    ratio = a / b if b > 0 else math.inf
    return ratio if 0 < ratio < math.inf else None


def _why(card: Card, factor: float) -> str:
    """What a change of steps per epoch by ``factor`` implies, with the card's batch size."""
    batch = effective_batch_size(hyperparameters(card))
    simple = next((k for k in range(2, 9) if abs(factor * k - 1) < 0.02 or abs(factor / k - 1) < 0.02), None)
    if simple is None:
        return "the training set or the effective batch size changed"
    grew = factor < 1  # fewer steps per epoch: more examples per step
    change = {2: "doubled" if grew else "halved"}.get(simple, f"{'grew' if grew else 'shrank'} {simple}-fold")
    if batch is None:
        return f"the effective batch size {change} (or the training set changed)"
    size, said = batch
    new = size * simple if grew else size / simple
    return (f"the effective batch size {change}, {size:g} → {new:g}, while the hyperparameters say {said} "
            "(or the training set changed)")


def _epochs(card: Card, table: TypedTable, parts: list[Stretch], before: Stretch) -> str:
    """Whether the log's last epoch can be read against num_epochs after the change."""
    if before is not parts[0]:
        return ""
    step, epoch = table.step, table.epoch
    assert step is not None and epoch is not None
    last = parts[-1].rows[-1]
    s, e = step.values[last], epoch.values[last]
    assert s is not None and e is not None
    rescaled = _ratio(s.value, parts[0].steps_per_epoch)
    if rescaled is None:
        return ""
    said = hyperparameters(card).get("num_epochs")
    claim = f", so num_epochs {said.text} is doubtful" if said is not None else ""
    return (f"the epochs after it are on another scale (at the first rate the final epoch {e.number.text} "
            f"would be {rescaled:.1f}{claim}); ")
