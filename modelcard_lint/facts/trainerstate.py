"""The Trainer's own record of the run: ``trainer_state.json``, rebuilt as the Trainer builds the card from it.

The transformers Trainer writes the card's "Training results" table and its headline from
``log_history`` (``modelcard.py``: ``parse_log_history`` and ``make_markdown_table``):

- one row per evaluation log (``eval_loss``) before the end-of-training summary
  (``train_runtime``): ``Training Loss`` (the last ``loss`` logged before it, or ``No log``),
  ``Epoch``, ``Step``, ``Validation Loss`` (``eval_loss``), then every other ``eval_<name>``
  as ``Name`` (words capitalised), in the order of the log entry, runtime and throughput
  keys left out;
- the headline from the *last* evaluation log of the whole history, one logged after the
  summary included (a final ``trainer.evaluate()``; with ``load_best_model_at_end``, the
  best checkpoint's), each key without its ``eval_`` prefix;
- floats with more than 4 decimals written with 4, everything else as ``str`` writes it.

``trainer_state(card)`` (once per card) reads the file from the card's repository; a file
that is not valid JSON, or not a Trainer state, has a ``problem`` (reported by MC601 only).
``best_model_checkpoint`` (``.../checkpoint-2500``) or ``best_global_step`` gives the step
of the best checkpoint.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, NamedTuple

from ..card import Card
from ..diagnostics import Span
from .lazyre import lazy

if TYPE_CHECKING:
    from ..card.jsonfile import JsonDoc
    from ..card.repository import RepoFile

NAME = "trainer_state.json"
_LEFT_OUT = frozenset({"eval_runtime", "eval_samples_per_second", "eval_steps_per_second", "eval_jit_compilation_time",
                       "epoch", "step", "total_flos"})
_HEADLINE_LEFT_OUT = frozenset({"runtime", "samples_per_second", "steps_per_second", "epoch", "step"})
_CHECKPOINT = lazy(r"checkpoint-(\d+)/?\Z")
TRAINING_LOSS, EPOCH, STEP, VALIDATION_LOSS = "Training Loss", "Epoch", "Step", "Validation Loss"


class Problem(NamedTuple):
    """Why the file cannot be used: where, and what."""

    span: Span
    message: str


class LogRow:
    """One row of the table the Trainer writes: its values by title, and the log entry it comes from."""

    __slots__ = ("entry", "values")

    def __init__(self, entry: int, values: dict[str, Any]) -> None:
        self.entry = entry  # the index of the evaluation log in log_history
        self.values = values  # title -> the logged value, in the Trainer's column order

    @property
    def step(self) -> Any:
        return self.values.get(STEP)

    @property
    def epoch(self) -> Any:
        return self.values.get(EPOCH)


class TrainerState:
    __slots__ = ("file", "doc", "rows", "titles", "evals", "best_step", "summary", "problem")

    def __init__(self, file: RepoFile, doc: JsonDoc) -> None:
        self.file = file
        self.doc = doc
        self.rows: list[LogRow] = []
        self.titles: list[str] = []  # the columns, in the Trainer's order (those of its first row, then others)
        self.evals: list[tuple[int, dict[str, Any]]] = []  # every evaluation: (entry, headline name -> value)
        self.best_step: int | None = None
        self.summary: int | None = None  # the entry of the end-of-training summary (``train_runtime``), if any
        self.problem: Problem | None = None

    @property
    def last_eval(self) -> tuple[int, dict[str, Any]] | None:
        """The evaluation the Trainer writes the headline from: the last of the whole log."""
        return self.evals[-1] if self.evals else None

    def step_of(self, entry: int) -> Any:
        history = self.doc.data["log_history"]
        return history[entry].get("step")

    @property
    def path(self) -> str:
        """The file's display path, where findings in it are reported."""
        return self.file.path

    @property
    def name(self) -> str:
        """The file's name in the repository, as messages name it (the same whatever path the run was given)."""
        return self.file.name

    def line(self, *path: str | int) -> int:
        """The line of a key of the file."""
        return self.doc.line(*path)

    def entry_line(self, entry: int) -> int:
        return self.doc.line("log_history", entry)

    def setting(self, key: str) -> Any:
        """A top-level value the state records (``num_train_epochs``, ``max_steps``, ...), or None."""
        data = self.doc.data
        return data.get(key) if isinstance(data, dict) else None


def trainer_text(value: Any) -> str:
    """A value as the Trainer writes it in the card (``_maybe_round``): floats with more than 4 decimals get 4."""
    if isinstance(value, float):
        text = str(value)
        if "." in text and len(text.split(".")[1]) > 4:
            return f"{value:.4f}"
        return text
    return str(value)


def column_title(key: str) -> str:
    """The table's title of an evaluation key: ``eval_loss`` is Validation Loss, ``eval_exact_match`` Exact Match."""
    if key == "eval_loss":
        return VALIDATION_LOSS
    return " ".join(part.capitalize() for part in key.split("_")[1:])


def headline_name(key: str) -> str:
    """The headline's name of a key of the last evaluation: ``eval_loss`` is Loss."""
    if key.startswith("eval_"):
        key = key[5:]
    return " ".join(part.capitalize() for part in key.split("_"))


def _build(card: Card) -> TrainerState | None:
    repo = card.repo
    file = repo.file(NAME) if repo is not None else None
    if file is None:
        return None
    doc = file.json()
    state = TrainerState(file, doc)
    if file.text is None:
        state.problem = Problem(Span.at(1, 1), f"the file cannot be read: {file.error}")
        return state
    if doc.problems:
        p = doc.problems[0]
        state.problem = Problem(p.span, f"the file is not valid JSON: {p.message}")
        return state
    data = doc.data
    history = data.get("log_history") if isinstance(data, dict) else None
    if not isinstance(history, list):
        where = doc.span("log_history") if isinstance(data, dict) and "log_history" in data else Span.at(1, 1)
        state.problem = Problem(where, "the file is not the Trainer's state: it has no `log_history` list")
        return state
    _rows(state, history)
    best = data.get("best_global_step")
    if isinstance(best, int) and not isinstance(best, bool):
        state.best_step = best
    else:
        checkpoint = data.get("best_model_checkpoint")
        m = _CHECKPOINT.search(checkpoint) if isinstance(checkpoint, str) else None
        state.best_step = int(m.group(1)) if m else None
    return state


def _rows(state: TrainerState, history: list[Any]) -> None:
    state.summary = next((i for i, e in enumerate(history) if isinstance(e, dict) and "train_runtime" in e), None)
    summary = len(history) if state.summary is None else state.summary
    training_loss: Any = "No log"
    titles: dict[str, None] = {}
    for i, entry in enumerate(history[:summary]):
        if not isinstance(entry, dict):
            continue
        if "loss" in entry:
            training_loss = entry["loss"]
        if "eval_loss" not in entry:
            continue
        values: dict[str, Any] = {TRAINING_LOSS: training_loss, EPOCH: entry.get("epoch"), STEP: entry.get("step")}
        for key, value in entry.items():
            if key not in _LEFT_OUT:
                values[column_title(key)] = value
        state.rows.append(LogRow(i, values))
        titles.update(dict.fromkeys(values))
    state.titles = list(titles)
    for i, entry in enumerate(history):
        if isinstance(entry, dict) and "eval_loss" in entry:
            named = {headline_name(k): v for k, v in entry.items() if k.removeprefix("eval_") not in _HEADLINE_LEFT_OUT}
            state.evals.append((i, named))


def trainer_state(card: Card) -> TrainerState | None:
    """The repository's ``trainer_state.json`` rebuilt into the Trainer's table and headline (once per card)."""
    return card.derived("trainer_state", _build)


def markdown_table(rows: list[LogRow], titles: list[str]) -> str:
    """The rows as the Trainer writes them (``make_markdown_table``), with these columns, without a final newline."""
    cells = [[trainer_text(row.values.get(t, "")) for t in titles] for row in rows]
    widths = [max([len(t), *(len(r[i]) for r in cells)]) for i, t in enumerate(titles)]

    def line(values: list[str]) -> str:
        return "".join(f"| {v}" + " " * (w - len(v) + 1) for v, w in zip(values, widths, strict=True)) + "|"

    out = [line(titles), "".join("|:" + "-" * w + ":" for w in widths) + "|"]
    out += [line(r) for r in cells]
    return "\n".join(out)
