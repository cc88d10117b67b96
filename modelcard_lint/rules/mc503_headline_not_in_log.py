"""MC503 headline-not-in-log: headline results that match no row of the training log."""

from __future__ import annotations

from typing import Iterator

from ..card import Card
from ..diagnostics import Finding, Severity
from ..logmatch import LogMatch, log_match
from ..metrics import reported_metrics
from ..rule import Rule


class HeadlineNotInLog(Rule):
    """The results the card gives for the evaluation set match no row of its training log."""

    code = "MC503"
    name = "headline-not-in-log"
    severity = Severity.WARNING

    def check(self, card: Card) -> Iterator[Finding]:
        match = log_match(card)
        headline = reported_metrics(card).headline
        if match is None or match.rows or headline is None:
            return
        shown = ", ".join(f"{m.label} {m.number.text}" for m, _ in match.pairs)
        log = match.log
        undone = " even with its swapped columns exchanged back" if match.partner else ""
        yield self.finding(
            headline.span,
            f"the headline results ({shown}) match no row of the training log (lines {log.table.line}-"
            f"{log.table.end_line}){undone}; its last row, {log.row_label(match.last)}, reads "
            f"{_last_row(match)}. The headline comes from another run or evaluation, or was edited, "
            "and the card does not say which.",
            help="give the results of the evaluation the log ends with, or say where the headline results "
            "come from (another split, a final evaluation, another checkpoint)",
            log_line=log.table.line,
        )


def _last_row(match: LogMatch) -> str:
    r = match.last
    cells = [(col, match.cell(r, col)) for _, col in match.pairs]
    text = ", ".join(f"{col.title} {cell.number.text if cell is not None else '(empty)'}" for col, cell in cells)
    return text + (" once swapped back" if any((r, col.index) in match.partner for col, _ in cells) else "")
