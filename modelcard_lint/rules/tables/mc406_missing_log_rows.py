"""MC406 missing-log-rows: a training log that advances by a regular step skips rows."""

from __future__ import annotations

from collections.abc import Iterator

from ...card import Card
from ...core.rule import Rule
from ...diagnostics import Finding, Severity
from ...facts.tables import TypedTable, training_logs
from ...facts.traininglog import Gap, cadence_clock, gaps


class MissingLogRows(Rule):
    """A training log whose step (or epoch) advances by a regular amount skips one or more rows."""

    code = "MC406"
    name = "missing-log-rows"
    severity = Severity.WARNING

    def check(self, card: Card) -> Iterator[Finding]:
        for table in training_logs(card):
            for gap in gaps(table):
                yield self._finding(table, gap)

    def _finding(self, table: TypedTable, gap: Gap) -> Finding:
        clock = cadence_clock(table)
        assert clock is not None
        word = "step" if clock is table.step else "epoch"
        a, b = clock.values[gap.before], clock.values[gap.after]
        assert a is not None and b is not None
        rows = table.rows
        first, last = rows[gap.before].line, rows[gap.after].line
        missing = "a row is" if gap.missing == 1 else f"{gap.missing} rows are"
        every = f"{gap.every:g}"
        return self.finding(
            b,
            f"{missing} missing between {word} {a.number.text} and {word} {b.number.text} (lines {first}-{last}): "
            f"every other row advances by {every}, so the evaluations in between were left out of the table.",
            help="restore the missing rows from the run's trainer_state.json (log_history), or say in the card "
            "why they are left out",
            data={word: [a.number.text, b.number.text], "missing": gap.missing, "every": gap.every,
                  "lines": [first, last]},
        )
