"""Model repositories for the tests, built from cards: the Trainer's files as the Trainer writes them.

``trainer_state(card)`` turns a card's "Training results" table into the ``trainer_state.json``
the Trainer would have written for it: a training log and an evaluation log per row (the
evaluation metrics at full precision, which the card printed with 4 decimals), the
end-of-training summary, and, when the card's headline is not its last row, the final
evaluation the headline was written from (``trainer.evaluate()`` after training; with
``best_step``, the best checkpoint's, as ``load_best_model_at_end`` loads it).  Written as
``Trainer.save_state`` writes it: ``json.dumps(..., indent=2, sort_keys=True)``.

This module reads cards with plain string handling on purpose: it is the independent side
the linter is tested against.
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path
from typing import Any

from harness import SEEDS

BERT = SEEDS / "bert-base-cased-sst2.md"
AK = SEEDS / "ak-pretrain-cls-model.md"

_RUNTIME = {"eval_runtime": 12.8712, "eval_samples_per_second": 67.749, "eval_steps_per_second": 8.469}


def _table(card: str) -> tuple[list[str], list[list[str]]]:
    lines = card.split("\n")
    start = next(i for i, line in enumerate(lines) if line.strip() == "### Training results")
    rows = []
    for line in lines[start + 1 :]:
        if line.startswith("|"):
            rows.append([c.strip() for c in line.strip().strip("|").split("|")])
        elif rows:
            break
    return rows[0], rows[2:]


def _headline(card: str) -> dict[str, str]:
    m = re.search(r"following results on the evaluation set:\n((?:- .*\n)+)", card)
    assert m is not None
    return dict(tuple(part.strip() for part in line[2:].split(":", 1)) for line in m.group(1).splitlines())  # type: ignore[misc]


def hyperparameters(card: str) -> dict[str, str]:
    m = re.search(r"The following hyperparameters were used during training:\n((?:- .*\n)+)", card)
    assert m is not None
    return dict(tuple(part.strip() for part in line[2:].split(":", 1)) for line in m.group(1).splitlines())  # type: ignore[misc]


def logged(text: str, exact: dict[str, float] | None = None) -> float:
    """The full-precision value the Trainer printed as ``text`` (4 decimals: it had more); ``exact`` maps
    printed values to the full ones the card's model-index gives."""
    value = float(text)
    decimals = len(text.split(".")[1]) if "." in text else 0
    if decimals == 4:
        return (exact or {}).get(text, value + 0.0000137)
    return value


def _exact(card: str) -> dict[str, float]:
    """The model-index values, by how the Trainer prints them."""
    values = [float(v) for v in re.findall(r"^\s+value: ([0-9.]+)$", card.split("\n---", 1)[0], re.M)]
    return {f"{v:.4f}": v for v in values}


def _key(title: str) -> str:
    return "eval_loss" if title == "Validation Loss" else "eval_" + title.lower().replace(" ", "_")


def _number(text: str) -> int | float:
    return int(text) if re.fullmatch(r"\d+", text) else float(text)


def trainer_state(card: str, *, best_step: int | None = None, final: bool | None = None) -> dict[str, Any]:
    """The trainer_state.json data behind ``card`` (see the module documentation)."""
    header, rows = _table(card)
    params = hyperparameters(card)
    exact = _exact(card)
    history: list[dict[str, Any]] = []
    evals: dict[int, dict[str, Any]] = {}
    for row in rows:
        values = dict(zip(header, row, strict=True))
        epoch, step = float(values["Epoch"]), int(values["Step"])
        if values["Training Loss"] != "No log":
            history.append({"epoch": epoch, "learning_rate": 2e-05 * (1 - step / 50000), "loss": float(values["Training Loss"]),
                            "step": step})
        entry: dict[str, Any] = {"epoch": epoch, "step": step, **_RUNTIME}
        for title in header[3:]:
            entry[_key(title)] = logged(values[title], exact)
        history.append(entry)
        evals[step] = entry
    last_epoch, last_step = float(rows[-1][header.index("Epoch")]), int(rows[-1][header.index("Step")])
    history.append({"epoch": last_epoch, "step": last_step, "total_flos": 2.21e16, "train_loss": 0.1234,
                    "train_runtime": 9000.1, "train_samples_per_second": 74.8, "train_steps_per_second": 4.675})
    headline = {("eval_loss" if k == "Loss" else _key(k)): v for k, v in _headline(card).items()}
    last = evals[last_step]
    if final is None:
        final = any(not math.isclose(logged(v, exact), last.get(k, math.nan)) for k, v in headline.items())
    if final:
        source = evals.get(best_step) if best_step is not None else None
        values = {k: source[k] for k in headline} if source else {k: logged(v, exact) for k, v in headline.items()}
        history.append({"epoch": last_epoch, "step": last_step, **values, **_RUNTIME})
    state: dict[str, Any] = {
        "best_metric": None, "best_model_checkpoint": None, "epoch": last_epoch, "eval_steps": 500,
        "global_step": last_step, "is_hyper_param_search": False, "is_local_process_zero": True,
        "is_world_process_zero": True, "log_history": history, "logging_steps": 500, "max_steps": last_step,
        "num_input_tokens_seen": 0, "num_train_epochs": math.ceil(float(params["num_epochs"])), "save_steps": 500,
        "total_flos": 2.21e16, "train_batch_size": int(params["train_batch_size"]), "trial_name": None,
        "trial_params": None,
    }
    if best_step is not None:
        state["best_metric"] = evals[best_step]["eval_loss"]
        state["best_model_checkpoint"] = f"outputs/checkpoint-{best_step}"
    return state


def dump(data: Any) -> str:
    """JSON as the Trainer and ``save_metrics`` write it."""
    return json.dumps(data, indent=2, sort_keys=True) + "\n"


def all_results(state: dict[str, Any]) -> dict[str, Any]:
    """all_results.json as ``trainer.save_metrics("all", ...)`` writes it after the final evaluation."""
    final = next(e for e in reversed(state["log_history"]) if "eval_loss" in e)
    out = {k: v for k, v in final.items() if k.startswith("eval_")}
    out.update({"epoch": final["epoch"], "eval_samples": 872, "train_loss": 0.1234, "train_runtime": 9000.1,
                "train_samples": 67349, "train_samples_per_second": 74.8, "train_steps_per_second": 4.675})
    return out


def write(folder: Path, files: dict[str, str | dict[str, Any] | list[Any]]) -> Path:
    """Write a repository: text as it is, data as JSON; returns the card's path."""
    for name, content in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content if isinstance(content, str) else dump(content), encoding="utf-8")
    return folder / "README.md"


def bert_repo(folder: Path, **edits: str | dict[str, Any] | list[Any]) -> Path:
    """The bert seed as a consistent repository: its card, its Trainer state (best checkpoint 2500),
    all_results.json, config.json; ``edits`` replace or add files."""
    card = BERT.read_text(encoding="utf-8")
    state = trainer_state(card, best_step=2500)
    files: dict[str, str | dict[str, Any] | list[Any]] = {
        "README.md": card,
        "trainer_state.json": state,
        "all_results.json": all_results(state),
        "config.json": {"_name_or_path": "bert-base-cased", "architectures": ["BertForSequenceClassification"],
                        "model_type": "bert", "transformers_version": "4.21.3"},
    }
    files.update(edits)
    return write(folder, files)


def ak_repo(folder: Path, **edits: str | dict[str, Any] | list[Any]) -> Path:
    """The ak seed as a repository whose log is its table as printed; ``edits`` replace or add files."""
    card = AK.read_text(encoding="utf-8")
    state = trainer_state(card)
    files: dict[str, str | dict[str, Any] | list[Any]] = {
        "README.md": card,
        "trainer_state.json": state,
        "config.json": {"_name_or_path": "hfl/chinese-roberta-wwm-ext", "model_type": "bert"},
    }
    files.update(edits)
    return write(folder, files)
