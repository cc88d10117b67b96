"""MC503 headline-not-in-log: headline results that match no row of the training log."""

from __future__ import annotations

from collections.abc import Iterator

from ...card import Card
from ...core.rule import Rule
from ...diagnostics import Finding, Severity
from ...facts.logmatch import LogMatch, log_match
from ...facts.metrics import Reported, reported_metrics, same_value
from ...facts.tables import Value


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
        moved = _misplaced(match)
        if moved:
            why = (f"all of them are in its last row, {log.row_label(match.last)}, some under another column "
                   f"({moved}): the log's columns are out of order there, as when a resumed run printed its "
                   "metrics in another order.")
        else:
            why = (f"its last row, {log.row_label(match.last)}, reads {_last_row(match)}. The headline comes from "
                   "another run or evaluation, or was edited, and the card does not say which.")
        yield self.finding(
            headline.span,
            f"the headline results ({shown}) match no row of the training log (lines {log.table.line}-"
            f"{log.table.end_line}){undone}; {why}",
            help="give the results of the evaluation the log ends with, or say where the headline results "
            "come from (another split, a final evaluation, another checkpoint)",
            log_line=log.table.line,
        )


def _last_row(match: LogMatch) -> str:
    r = match.last
    cells = [(col, match.cell(r, col)) for _, col in match.pairs]
    text = ", ".join(f"{col.title} {cell.number.text if cell is not None else '(empty)'}" for col, cell in cells)
    return text + (" once swapped back" if any((r, col.index) in match.partner for col, _ in cells) else "")


def _misplaced(match: LogMatch) -> str:
    """``Loss under Cer, ...`` when each headline value is in the last row, some under another column."""
    r = match.last
    out, moved = [], False
    for metric, own in match.pairs:
        cols = [own] + [c for c in match.log.value_columns if c is not own]  # its own column first
        home = next((c for c in cols if _holds(c.values[r], metric)), None)
        if home is None:
            return ""
        moved = moved or home is not own
        if home is not own:
            out.append(f"{metric.label} under {home.title}")
    return ", ".join(out) if moved else ""


def _holds(cell: Value | None, metric: Reported) -> bool:
    """Whether ``cell`` is the headline value, printed at least as precisely (``0.5`` is not ``0.4723``)."""
    if cell is None or not same_value(metric.number, cell.number, metric.name):
        return False
    mine, theirs = metric.number.decimals, cell.number.decimals
    return mine is None or theirs is None or theirs >= mine
