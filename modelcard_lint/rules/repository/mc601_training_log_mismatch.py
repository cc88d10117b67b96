"""MC601 training-log-mismatch: the card's training-results table is not the table the Trainer's log gives."""

from __future__ import annotations

from collections.abc import Iterator

from ...card import Card
from ...core.rule import NoFix, Rule
from ...diagnostics import Edit, Finding, Fix, Severity, Span
from ...facts.logdiff import LogDiff, RowDiff, log_diff
from ...facts.trainerstate import EPOCH, STEP, LogRow, markdown_table, trainer_state, trainer_text


class TrainingLogMismatch(Rule):
    """The card's training-results table differs from the one the Trainer builds from `trainer_state.json`."""

    code = "MC601"
    name = "training-log-mismatch"
    severity = Severity.ERROR

    def check(self, card: Card) -> Iterator[Finding]:
        state = trainer_state(card)
        if state is None:
            return
        if state.problem is not None:
            yield self.finding(
                state.problem.span,
                f"{state.problem.message}, so the card cannot be checked against the Trainer's log",
                help="restore the file the Trainer wrote, or delete it from the repository",
                path=state.path,
            )
            return
        diff = log_diff(card)
        if diff is None or diff.clean:
            return
        fix = _rewrite(card, diff)
        yield from self._columns(diff, fix)
        changed = [rd for rd in diff.rows if rd.differing]
        if len(changed) >= 3 and len(changed) * 2 > len(diff.pairs):
            yield self._another_run(card, diff, changed, fix)
        else:
            yield from self._exchanged(card, diff, fix)
            for rd in diff.rows:
                if rd.differing:
                    yield self._values(diff, rd, fix)
        yield from self._missing(card, diff, fix)
        yield from self._added(card, diff, fix)

    def _columns(self, diff: LogDiff, fix: Fix | NoFix) -> Iterator[Finding]:
        path = diff.state.name
        for i in diff.unknown:
            cell = diff.table.header[i]
            yield self.finding(
                cell,
                f"the column `{cell.text.strip()}` is not in the Trainer's log: no evaluation in {path} records it",
                help="delete the column, or say where its values come from",
                fix=fix, column=cell.text.strip(),
            )
        if diff.absent:
            names = ", ".join(f"`{t}`" for t in diff.absent)
            first, last = diff.table.header[0].span, diff.table.header[-1].span
            yield self.finding(
                Span(first.line, first.column, last.line, last.end_column),
                f"the table leaves out {names}, which every evaluation in {path} records and the Trainer writes",
                help="add the column, or rewrite the table from the log", fix=fix, columns=diff.absent,
            )

    def _another_run(self, card: Card, diff: LogDiff, changed: list[RowDiff], fix: Fix | NoFix) -> Finding:
        rd = changed[0]
        first = diff.table.header[0].span
        return self.finding(
            Span(first.line, first.column, first.line, len(card.lines[first.line - 1]) + 1),
            f"{len(changed)} of the {len(diff.pairs)} rows the table shares with the log in {diff.state.name} hold "
            f"other values, as a table from another run would; the first, at {_label(rd.log)} (line "
            f"{diff.table.rows[rd.row].line}; {diff.state.name}, line {diff.state.entry_line(rd.log.entry)}), "
            f"{_differences(diff, rd, rd.differing)}",
            help="rewrite the table from the log of the run the card is about",
            fix=fix, rows=len(changed),
        )

    def _exchanged(self, card: Card, diff: LogDiff, fix: Fix | NoFix) -> Iterator[Finding]:
        runs: list[tuple[tuple[int, int], list[RowDiff]]] = []
        open_runs: dict[tuple[int, int], list[RowDiff]] = {}
        for rd in diff.rows:
            for pair in rd.exchanged:
                run = open_runs.get(pair)
                if run is not None and run[-1].row == rd.row - 1:
                    run.append(rd)
                else:
                    open_runs[pair] = [rd]
                    runs.append((pair, open_runs[pair]))
        for (a, b), rows in sorted(runs, key=lambda run: run[1][0].row):
            ta, tb = diff.titles[a], diff.titles[b]
            assert ta is not None and tb is not None
            first, last = rows[0], rows[-1]
            where = diff.table.rows[first.row].cells[a].span
            span = "this row" if len(rows) == 1 else (
                f"{len(rows)} rows, {_label(first.log)} to {_label(last.log)} (lines "
                f"{diff.table.rows[first.row].line}-{diff.table.rows[last.row].line})"
            )
            yield self.finding(
                where,
                f"{ta} and {tb} hold each other's values in {span}: at {_label(first.log)} the log "
                f"({diff.state.name}, line {diff.state.entry_line(first.log.entry)}) has {ta} "
                f"{trainer_text(first.log.values.get(ta))} and {tb} {trainer_text(first.log.values.get(tb))}",
                help=f"exchange the values of {ta} and {tb} back in these rows, or rewrite the table from the log",
                fix=fix, columns=[ta, tb], rows=len(rows),
            )

    def _values(self, diff: LogDiff, rd: RowDiff, fix: Fix | NoFix) -> Finding:
        cell = diff.table.rows[rd.row].cells[rd.differing[0]]
        return self.finding(
            cell,
            f"at {_label(rd.log)} the log ({diff.state.name}, line {diff.state.entry_line(rd.log.entry)}) "
            f"{_differences(diff, rd, rd.differing)}",
            help="write the logged values, or say why the table differs from the log",
            fix=fix, columns=[diff.titles[i] for i in rd.differing],
        )

    def _missing(self, card: Card, diff: LogDiff, fix: Fix | NoFix) -> Iterator[Finding]:
        for after, rows in diff.missing:
            line = diff.table.rows[after].line if after >= 0 else diff.table.line
            lines = f"line {diff.state.entry_line(rows[0].entry)}"
            if len(rows) == 1:
                what = f"the log's evaluation at {_label(rows[0])} ({diff.state.name}, {lines}) is"
            else:
                what = (f"the log's {len(rows)} evaluations from {_label(rows[0])} to {_label(rows[-1])} "
                        f"({diff.state.name}, from {lines}) are")
            where = "after this row" if after >= 0 else "before its first row"
            yield self.finding(
                Span(line, 1, line, len(card.lines[line - 1]) + 1),
                f"{what} missing from the table {where}",
                help="add the missing rows, or rewrite the table from the log", fix=fix, rows=len(rows),
            )

    def _added(self, card: Card, diff: LogDiff, fix: Fix | NoFix) -> Iterator[Finding]:
        for run in diff.added:
            first, last = diff.table.rows[run[0]].line, diff.table.rows[run[-1]].line
            what = "this row is" if len(run) == 1 else f"these {len(run)} rows (lines {first}-{last}) are"
            yield self.finding(
                Span(first, 1, first, len(card.lines[first - 1]) + 1),
                f"{what} in no evaluation of the log in {diff.state.name}, so "
                f"{'it comes' if len(run) == 1 else 'they come'} from another run or were written by hand",
                help="delete the rows, or say where they come from", fix=fix, rows=len(run),
            )


def _label(row: LogRow) -> str:
    for title, word in ((STEP, "step"), (EPOCH, "epoch")):
        value = row.values.get(title)
        if value is not None:
            return f"{word} {trainer_text(value)}"
    return f"evaluation {row.entry + 1}"


def _differences(diff: LogDiff, rd: RowDiff, columns: list[int]) -> str:
    parts = []
    for i in sorted(columns):
        title = diff.titles[i]
        assert title is not None
        logged = trainer_text(rd.log.values[title]) if title in rd.log.values else "nothing"
        written = diff.cell_text(rd.row, i) or "nothing"
        parts.append(f"{title} {logged}, not {written}")
    return "has " + "; ".join(parts)


def _rewrite(card: Card, diff: LogDiff) -> Fix | NoFix:
    """The table the Trainer writes from the log, over the card's table's lines."""
    table = diff.table
    if not diff.state.rows:
        return NoFix("the log has no evaluation to write a table from")
    lines = card.lines[table.line - 1 : table.end_line]
    if any(not line.startswith("|") for line in lines):
        return NoFix("the table is indented, quoted or written without its outer pipes")
    text = markdown_table(diff.state.rows, diff.column_order())
    span = Span(table.line, 1, table.end_line, len(lines[-1]) + 1)
    return Fix(f"rewrite the table from {diff.state.name}, as the Trainer writes it", (Edit(span, text),), safe=False)
