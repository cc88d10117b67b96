"""MC603 hyperparameter-mismatch: a training hyperparameter of the card is not the one the Trainer recorded."""

from __future__ import annotations

import math
from collections.abc import Iterator

from ...card import Card
from ...core.rule import Rule
from ...diagnostics import Finding, Severity
from ...facts.hyperparams import Hyperparameter, hyperparameters
from ...facts.trainerstate import trainer_state

# the card's name and the state's key
_CHECKED = (
    ("num_epochs", "num_train_epochs"),
    ("training_steps", "max_steps"),
    ("train_batch_size", "train_batch_size"),
)


class HyperparameterMismatch(Rule):
    """A hyperparameter the card lists (`num_epochs`, `train_batch_size`) is not the one in `trainer_state.json`."""

    code = "MC603"
    name = "hyperparameter-mismatch"
    severity = Severity.WARNING

    def check(self, card: Card) -> Iterator[Finding]:
        state = trainer_state(card)
        if state is None or state.problem is not None:
            return
        params = hyperparameters(card)
        for name, key in _CHECKED:
            param = params.get(name)
            recorded = state.setting(key)
            if param is None or param.number is None or isinstance(recorded, bool):
                continue
            if not isinstance(recorded, (int, float)) or _agrees(name, param, recorded, params):
                continue
            yield self.finding(
                param.span,
                f"the card lists `{name}: {param.text}`, but the Trainer recorded `{key}: {recorded}` in {state.name} "
                f"(line {state.line(key)})",
                help=f"write the {name} of the run the card is about",
                key=key, recorded=recorded,
            )


def _agrees(name: str, param: Hyperparameter, recorded: float, params: dict[str, Hyperparameter]) -> bool:
    assert param.number is not None
    value = param.number.value
    if name == "num_epochs":
        return math.isfinite(value) and math.ceil(value - 1e-9) == recorded
    if name == "train_batch_size":
        devices = params.get("num_devices")
        n = devices.number.value if devices is not None and devices.number is not None else 1
        return recorded in (value, value * n)  # the state's is per device times the GPUs of one process
    return bool(value == recorded)
