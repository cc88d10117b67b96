"""MC409 hand-edited-cell: a cell of a Trainer-written training log with more decimals than the Trainer writes."""

from __future__ import annotations

from collections.abc import Iterator

from ...card import Card
from ...core.rule import Rule
from ...diagnostics import Finding, Severity
from ...facts.tables import TypedTable, Value, training_logs

TRAINER_DECIMALS = 4  # transformers' modelcard.py writes floats with more decimals with 4
TRAINER_HEADER = ("training loss", "epoch", "step", "validation loss")  # the first columns it writes
MIN_OTHERS = 6  # cells in the Trainer's format that make the table the Trainer's


class HandEditedCell(Rule):
    """A cell of a Trainer-written training log has more decimals than the Trainer ever writes."""

    code = "MC409"
    name = "hand-edited-cell"
    severity = Severity.WARNING

    def check(self, card: Card) -> Iterator[Finding]:
        for table in training_logs(card):
            if not _trainer_made(table):
                continue
            cells = [v for c in table.value_columns for v in c.values
                     if v is not None and v.number.finite and v.number.decimals is not None]
            odd = [v for v in cells if v.number.decimals > TRAINER_DECIMALS]  # type: ignore[operator]
            # one or two cells: an edit; more: a table written by something else in the Trainer's layout
            if not odd or len(odd) > 2 or len(cells) - len(odd) < MIN_OTHERS:
                continue
            for v in odd:
                yield self._finding(table, v)

    def _finding(self, table: TypedTable, v: Value) -> Finding:
        col = next(c for c in table.value_columns if c.values[v.row] is v)
        return self.finding(
            v,
            f"{col.title} {v.number.text} at {table.row_label(v.row)} (line {v.span.line}) has {v.number.decimals} "
            f"decimals, but the Trainer writes at most {TRAINER_DECIMALS} and every other cell of this table has "
            f"{TRAINER_DECIMALS} or fewer: the value was typed in or pasted from elsewhere, not logged by the run.",
            help="copy the value again from the run's trainer_state.json (log_history) or evaluation output, "
            "rounded as the Trainer rounds, or say in the card where it comes from",
            data={"column": col.title, "value": v.number.text, "decimals": v.number.decimals},
        )


def _trainer_made(table: TypedTable) -> bool:
    """The Trainer's table: it starts with Training Loss, Epoch, Step, Validation Loss."""
    header = [c.text.strip().strip("*_`").strip().lower() for c in table.table.header[: len(TRAINER_HEADER)]]
    return tuple(header) == TRAINER_HEADER
