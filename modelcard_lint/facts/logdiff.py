"""The card's training-results table held against the table the Trainer builds from its log.

Columns are paired by title (as the Trainer writes them, or by ``metricnames.normalize``
for a hand-made header: ``Val Loss`` is Validation Loss); the order of the columns does not
matter, since the Trainer's own order follows the keys of the log entry.  Rows are paired by
step (by epoch without a step column, by position without either), in order, so that a
missing row, an added row and a changed one are told apart.  In a pair of rows, a value
agrees when it is the logged value as printed (``0.9140`` for 0.9139908, a percentage
for a fraction); two columns whose values agree only once exchanged are an exchange, not
two differences.  Built once per card.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from ..card import Card
from ..card.body import Table
from .metricnames import OTHER, normalize
from .metrics import same_value
from .tables import Number, parse_number, training_logs
from .trainerstate import EPOCH, STEP, LogRow, TrainerState, trainer_state, trainer_text

_MISSING = object()


class RowDiff(NamedTuple):
    """A pair of rows that disagree: the card's row, the log's, the differing columns and the exchanged pairs."""

    row: int  # the card's row index
    log: LogRow
    differing: list[int]  # card column indexes whose value is not the log's
    exchanged: list[tuple[int, int]]  # card column indexes that hold each other's values


class LogDiff:
    __slots__ = ("state", "table", "titles", "unknown", "absent", "pairs", "rows", "missing", "added")

    def __init__(self, state: TrainerState, table: Table, titles: list[str | None]) -> None:
        self.state = state
        self.table = table
        self.titles = titles  # per card column: the log's title, None when the log has no such column
        self.unknown = [i for i, t in enumerate(titles) if t is None]  # card columns the log does not have
        self.absent = [t for t in state.titles if t not in titles]  # the log's columns the card leaves out
        self.pairs: list[tuple[int, LogRow]] = []
        self.rows: list[RowDiff] = []
        self.missing: list[tuple[int, list[LogRow]]] = []  # (card row they belong after, -1: before the first)
        self.added: list[list[int]] = []  # runs of card rows that are no evaluation of the log

    @property
    def clean(self) -> bool:
        return not (self.unknown or self.absent or self.rows or self.missing or self.added)

    def cell_text(self, row: int, column: int) -> str:
        cells = self.table.rows[row].cells
        return cells[column].text.strip() if column < len(cells) else ""

    def column_order(self) -> list[str]:
        """The columns a rewritten table gets: the card's order when it has the log's columns and no other."""
        if not self.unknown and not self.absent:
            return [t for t in self.titles if t is not None]
        return self.state.titles


def _clean(text: str) -> str:
    return " ".join(text.strip().strip("*_`").split()).lower()


def _pair_columns(header: list[str], titles: list[str]) -> list[str | None]:
    exact = {_clean(t): t for t in titles}
    out: list[str | None] = []
    for text in header:
        title = exact.get(_clean(text))
        if title is None:
            name = normalize(text)
            if name.kind != OTHER:
                for t in titles:
                    other = normalize(t)
                    split = other.split == name.split or (not name.split and other.split == "eval")
                    if other.key == name.key and split:
                        title = t
                        break
        out.append(title if title not in out else None)
    return out


def agrees(text: str, value: Any, title: str) -> bool:
    """Whether a cell of the card is the logged ``value`` of column ``title``, as the Trainer prints it."""
    if value is _MISSING:
        return text in ("", "-")
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return text == str(value)
    if not isinstance(value, (int, float)):
        return False
    number = parse_number(text)
    if number is None:
        return False
    if title == STEP:
        return number.value == value
    logged = Number(float(value), None, False, trainer_text(value))
    return same_value(number, logged, normalize(title))


def _key(diff: LogDiff, column: str) -> int | None:
    return diff.titles.index(column) if column in diff.titles else None


def _card_keys(diff: LogDiff) -> tuple[list[Any], list[Any]]:
    rows, log = diff.table.rows, diff.state.rows
    for column in (STEP, EPOCH):
        i = _key(diff, column)
        if i is not None:
            keys: list[Any] = []
            for r in range(len(rows)):
                n = parse_number(diff.cell_text(r, i))
                keys.append(round(n.value, 2) if n is not None and n.finite else object())
            logged = [round(v, 2) if isinstance(v := row.values.get(column), (int, float)) else object() for row in log]
            return keys, logged
    return list(range(len(rows))), list(range(len(log)))


def _compare(diff: LogDiff, r: int, row: LogRow) -> RowDiff | None:
    columns = [(i, t) for i, t in enumerate(diff.titles) if t is not None]
    differing = [i for i, t in columns if not agrees(diff.cell_text(r, i), row.values.get(t, _MISSING), t)]
    if not differing:
        return None
    exchanged: list[tuple[int, int]] = []
    for a in differing:
        for b in differing:
            ta, tb = diff.titles[a], diff.titles[b]
            if (
                a < b and ta is not None and tb is not None and all(x not in p for p in exchanged for x in (a, b))
                and agrees(diff.cell_text(r, a), row.values.get(tb, _MISSING), tb)
                and agrees(diff.cell_text(r, b), row.values.get(ta, _MISSING), ta)
            ):
                exchanged.append((a, b))
    rest = [i for i in differing if all(i not in p for p in exchanged)]
    return RowDiff(r, row, rest, exchanged)


def _table(card: Card) -> Table | None:
    # (not Sentence Transformers' "Training Logs", a table of its own: the training loss at every logging step and
    # its evaluators' scores, which the Trainer's table of evaluations is not)
    logs = [t for t in training_logs(card)
            if t.table.section is None or t.table.section.title.strip().lower() != "training logs"]
    for typed in logs:
        section = typed.table.section
        if section is not None and "training results" in section.title.lower():
            return typed.table
    with_steps = [t for t in logs if t.step is not None]
    return (with_steps or logs)[0].table if logs else None


def _build(card: Card) -> LogDiff | None:
    state = trainer_state(card)
    if state is None or state.problem is not None:
        return None
    table = _table(card)
    if table is None:
        return None
    diff = LogDiff(state, table, _pair_columns([c.text for c in table.header], state.titles))
    from difflib import SequenceMatcher  # only for a card whose repository has a Trainer log

    card_keys, log_keys = _card_keys(diff)
    matcher = SequenceMatcher(None, card_keys, log_keys, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal" or (tag == "replace" and i2 - i1 == j2 - j1):
            diff.pairs += [(i1 + k, state.rows[j1 + k]) for k in range(i2 - i1)]
            continue
        if j2 > j1:
            diff.missing.append((i1 - 1, state.rows[j1:j2]))
        if i2 > i1:
            diff.added.append(list(range(i1, i2)))
    for r, row in diff.pairs:
        found = _compare(diff, r, row)
        if found is not None:
            diff.rows.append(found)
    return diff


def log_diff(card: Card) -> LogDiff | None:
    """The card's training-results table against ``trainer_state.json`` (None without both; once per card)."""
    return card.derived("logdiff", _build)
