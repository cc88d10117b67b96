"""MC503 headline-not-in-log: headline results that match no row of the training log."""

from __future__ import annotations

import math
from collections.abc import Iterator
from itertools import pairwise

from ...card import Card
from ...core.rule import Rule
from ...diagnostics import Finding, Severity
from ...facts.hyperparams import hyperparameters
from ...facts.lattice import SHARES, lattice, on
from ...facts.logmatch import LogMatch, log_match
from ...facts.metricnames import LOSS
from ...facts.metrics import Headline, Reported, reported_metrics, same_value
from ...facts.swapevidence import direction
from ...facts.tables import Column, Value, parse_number


class HeadlineNotInLog(Rule):
    """The results the card gives for the evaluation set match no row of its training log."""

    code = "MC503"
    name = "headline-not-in-log"
    severity = Severity.WARNING

    def check(self, card: Card) -> Iterator[Finding]:
        match = log_match(card)
        headline = reported_metrics(card).headline
        if match is None or match.rows or headline is None or _later(match, _left(card, match), _others(match,
                                                                                                         headline)):
            return
        shown = ", ".join(f"{m.label} {m.number.text}" for m, _ in match.pairs)
        log = match.log
        undone = " even with its swapped columns exchanged back" if match.partner else ""
        moved = _misplaced(match)
        if moved and all(home.kind == LOSS and home.name.split == "train" for _, home in moved):
            why = (f"all of them are in its last row, {log.row_label(match.last)}, the loss under {moved[0][1].title}: "
                   "the training loss was copied where the evaluation's belongs.")
        elif moved:
            why = (f"all of them are in its last row, {log.row_label(match.last)}, some under another column "
                   f"({', '.join(f'{m.label} under {home.title}' for m, home in moved)}): the log's columns are out of "
                   "order there, as when a resumed run printed its metrics in another order.")
        elif scattered := _scattered(match):
            why = (f"each of its values is in the log, but from different rows ({scattered}): the headline mixes "
                   "checkpoints, where one evaluation gives all its values at once.")
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


RECENT = 3  # the last row's recent drift: its column's largest change over this many rows before it
FINE = 1e-4  # or this share of its value, for a log too short to drift
LOSS_ALONE = 0.02  # or this share, for a headline that gives a loss alone
TRAINER_DECIMALS = 4  # the decimals the Trainer prints a value with, its trailing zeros dropped


def _left(card: Card, match: LogMatch) -> float:
    """The share of the planned epochs (``num_epochs``) left after the log's last row: an evaluation after training
    then saw weights the log never did (0 when the log reaches the end, or when it is not known)."""
    param, epoch = hyperparameters(card).get("num_epochs"), match.log.epoch
    planned = param.number if param is not None else None
    last = epoch.values[match.last] if epoch is not None else None
    if planned is None or last is None or planned.value <= 0 or last.value >= planned.value * (1 - 1e-3):
        return 0.0
    return (planned.value - last.value) / planned.value


def _others(match: LogMatch, headline: Headline) -> list[tuple[Reported, Column]]:
    """The headline's other values that a column of the log holds by the same title ("True Num" beside "Acc")."""
    paired = {id(m) for m, _ in match.pairs}
    typed = {col.index for col in match.log.columns}
    table = match.log.table
    titles = {cell.text.strip().strip("*_`").strip().lower(): i for i, cell in enumerate(table.header)
              if i not in typed}
    out = []
    for m in headline.metrics:
        i = titles.get(m.label.strip().lower())
        if id(m) in paired or i is None:
            continue
        values = [Value(n, row.cells[i], k) if i < len(row.cells) and (n := parse_number(row.cells[i].text)) else None
                  for k, row in enumerate(table.rows)]
        out.append((m, Column(i, table.header[i], m.name, values)))
    return out


def _later(match: LogMatch, left: float = 0.0, others: list[tuple[Reported, Column]] | None = None) -> bool:
    """Whether the headline reads as an evaluation made after the log's last row: the Trainer's card takes
    its headline from the last evaluation, also one made after training (``trainer.evaluate()``, a final
    step past the last logged row, masked tokens drawn anew), which the log does not hold.  Such an
    evaluation gives the last row's values printed in percent, or moves every value it gives, each by
    no more than its column drifted over its last rows (a loss given alone: by 2% at most, or as far as it drifted
    when it lands among its last values, which turn back and forth).  An edit
    does not: it leaves the other values equal to the last row's, or to the best row's."""
    r = match.last
    if all((c := match.cell(r, col)) is not None and _percent(c, metric) for metric, col in match.pairs):
        return True
    finite = [(metric, cell) for metric, col in match.pairs
              if (cell := match.cell(r, col)) is not None and cell.number.finite and metric.number.finite]
    # values within a ten-thousandth of the last row's: the same evaluation, its generation metric computed again
    # (in floating point: 0.1461 - 0.1460 is a hair above 0.0001)
    if len(finite) == len(match.pairs) and all(
            abs(m.number.value - c.value) <= FINE * max(abs(c.value), 1.0) * (1 + 1e-9) for m, c in finite):
        return True
    # after a log that stops before the epochs planned, training went on: an evaluation at its end finds every value
    # better than the last row's, each by no more than the share of training left (an edit of one value leaves the
    # others equal; a log that diverged, its headline its best row's, is far better than its last row)
    if left and len(finite) == len(match.pairs) and _trained_on(match, left, [
            (m, c, col) for m, col in [*match.pairs, *(others or [])] if (c := match.cell(r, col)) is not None]):
        return True
    # an evaluation made later moves every value it gives; an edit leaves the others equal to the last row
    # (not a rate stuck at its bound in every row, a WER of 1.0 from a model that learnt nothing, in a log that stops
    # before the planned end: evaluated again after training, it stays)
    stuck = {id(m) for m, col in match.pairs if left and m.number.value in (0.0, 1.0, 100.0) and all(
        v is not None and v.value == m.number.value for k in range(r + 1) for v in (match.cell(k, col),))}
    # (unless training went on after the log: two values at least moved, each within its recent drift, and the others
    # on a plateau where a value comes again, "Loss 0.8122, Wer 0.8392, Cer 0.2059" after a last row at epoch 99.7 of
    # 100 reading 0.8128, 0.8392, 0.2063: an evaluation at the end, not an edit)
    # (the Trainer prints four decimals, its zeros dropped: a headline "0.93" is 0.9300, moved from a last row's 0.9307)
    if left and len(finite) >= 2 and sum(not same_value(m.number, c.number, m.name) or (
            c.number.decimals == TRAINER_DECIMALS and (m.number.decimals or 0) < TRAINER_DECIMALS
            and m.number.value != c.number.value) for m, c in finite) >= 2:
        # (of two values, none off its column's lattice: an accuracy over 13 examples that no count of them gives is
        # another set's)
        return _drifted(match, FINE, left) and (len(finite) > 2 or not any(
            _off_lattice(m, col) for m, col in match.pairs))
    if len(finite) > 1 and any(same_value(m.number, c.number, m.name) and id(m) not in stuck for m, c in finite):
        return False
    # all values but one equal to the best row's: the headline is the best checkpoint's, edited
    if len(finite) > 1:
        for k in _best_rows(match):
            equal = sum(1 for metric, col in match.pairs
                        if (v := match.cell(k, col)) is not None and v.number.finite and metric.number.finite
                        and same_value(metric.number, v.number, metric.name) and id(metric) not in stuck)
            if equal and equal >= len(finite) - 1:
                return False
    # a loss alone, evaluated again, moves with the tokens masked anew (a masked language model, an MAE)
    return _drifted(match, LOSS_ALONE if all(metric.name.kind == LOSS for metric, _ in match.pairs) else FINE, left)


def _drifted(match: LogMatch, share: float, left: float) -> bool:
    """Whether every value of the headline is off the last row's by no more than its column drifted over its last rows
    (or by ``share`` of it); ``left``: the share of training after the log (``_left``)."""
    r = match.last
    for metric, col in match.pairs:
        cell = match.cell(r, col)
        if cell is None:
            return False
        if not (cell.number.finite and metric.number.finite):
            # (a NaN its column gives in other rows too, as a loss that overflows now and then, is that reading)
            seen = metric.number.finite or any((v := match.cell(k, col)) is not None and v.number.text.lower()
                                               == metric.number.text.lower() for k in range(r))
            if cell.number.text.lower() != metric.number.text.lower() and not (left and seen):
                return False
            continue
        before = [v.value for k in range(r) if (v := match.cell(k, col)) is not None and v.number.finite]
        recent = [*before[-RECENT:], cell.value]
        drift = max((abs(y - x) for x, y in pairwise(recent)), default=0.0)
        allowed = share * abs(cell.value) if share == LOSS_ALONE else max(drift, share * abs(cell.value))
        if share == LOSS_ALONE and min(recent) <= metric.number.value <= max(recent) and _noisy([*before, cell.value]):
            allowed = max(allowed, drift)  # (a loss alone among its recent values: masked anew, it lands among them)
        # (equal to the drift at the values' decimals: a difference of 0.0013 beside a step of 0.0013 in floating point)
        if abs(metric.number.value - cell.value) > allowed * (1 + 1e-9) + 1e-12:
            return False
    return True


def _trained_on(match: LogMatch, left: float, values: list[tuple[Reported, Value, Column]]) -> bool:
    """Whether the headline reads as an evaluation after more training than the log shows: two values at least better
    than the last row's, each by no more than the share of training left, in their column's direction (its kind's,
    else the way it went over its last rows: a count of right answers), and the others where their column no longer
    moves (the same in every row, or a rate at its bound: an accuracy of 1.0)."""
    moved = 0
    for m, c, col in values:
        if not (m.number.finite and c.number.finite):
            return False
        if same_value(m.number, c.number, m.name) and _settled(match, col, c):
            continue
        d = direction(col) or _trend(match, col)
        if not (d and 0 < d * (m.number.value - c.value) <= left * abs(c.value) and not _off_lattice(m, col)
                and not _past_best(match, col, d)):
            return False
        moved += 1
    return moved >= 2  # (one value moved, the rest equal, is what an edit leaves)


def _column(match: LogMatch, col: Column) -> list[float]:
    return [v.value for k in range(match.last + 1) if (v := match.cell(k, col)) is not None and v.number.finite]


def _settled(match: LogMatch, col: Column, cell: Value) -> bool:
    values = _column(match, col)
    return len(set(values)) == 1 or (cell.value in (0.0, 1.0, 100.0) and min(values) >= 0.0
                                     and max(values) <= (1.0 if cell.value <= 1.0 else 100.0))


def _trend(match: LogMatch, col: Column) -> int:
    """1 or -1 when the column went one way, strictly, over its last rows; else 0."""
    steps = [y - x for x, y in pairwise(_column(match, col)[-(RECENT + 1):])]
    return 1 if len(steps) >= 2 and all(x > 0 for x in steps) else -1 if len(steps) >= 2 and all(
        x < 0 for x in steps) else 0


NOISY = 2  # a column that turned back this many times over its last rows moves by chance, not by training


def _noisy(values: list[float]) -> bool:
    """Whether a column turns back and forth over its last rows (a masked language model's validation loss, each
    evaluation on tokens masked anew), not steadily one way."""
    steps = [y - x for x, y in pairwise(values[-(RECENT + 3):]) if y != x]
    return sum(1 for a, b in pairwise(steps) if (a > 0) != (b > 0)) >= NOISY


def _past_best(match: LogMatch, col: Column, sign: int) -> bool:
    """Whether the column was better in an earlier row than in the last (a validation loss rising as training
    overfits, which early stopping ends: the evaluation after it is the best checkpoint's, not a better one)."""
    values = [v.value for k in range(match.last + 1) if (v := match.cell(k, col)) is not None and v.number.finite]
    return len(values) >= 2 and max(sign * x for x in values) > sign * values[-1]


def _off_lattice(metric: Reported, col: Column) -> bool:
    """Whether the column's shares of a small evaluation set (an accuracy of 13 examples: 0.5385, 0.8462) hold the
    headline's value off their lattice: the headline was measured on another set (SetFit's test split)."""
    if col.name.metric not in SHARES:
        return False
    values = [v for v in col.values if v is not None and v.number.finite]
    places = max((v.number.decimals or 0 for v in values), default=0)
    n = lattice((v.value for v in values), places) if places else None
    return n is not None and not on(metric.number.value, n, places)


def _best_rows(match: LogMatch) -> set[int]:
    """The rows before the last that are the best of the log by one of the headline's columns."""
    best: set[int] = set()
    for _, col in match.pairs:
        sign = direction(col)
        values = [(v.value, k) for k in range(match.last) if (v := match.cell(k, col)) is not None and v.number.finite]
        if sign and values:
            top = max(sign * x for x, _ in values)
            best.update(k for x, k in values if sign * x == top)
    return best


def _percent(cell: Value, metric: Reported) -> bool:
    """Whether the headline value is the cell times 100, rounded or cut to its decimals (a loss of 0.180275
    written 18.02 by a card that prints everything in percent)."""
    if metric.number.decimals is None or not (cell.number.finite and metric.number.finite):
        return False
    unit = 10.0 ** min(metric.number.decimals, 12)
    x = cell.value * 100
    if not math.isfinite(x * unit):  # a value too large to print in percent to these decimals
        return False
    return any(abs(v - metric.number.value) <= 1e-9 * max(abs(v), 1.0)
               for v in (round(x * unit) / unit, math.floor(abs(x) * unit + 1e-9) / unit * (1 if x >= 0 else -1)))


def _last_row(match: LogMatch) -> str:
    r = match.last
    cells = [(col, match.cell(r, col)) for _, col in match.pairs]
    text = ", ".join(f"{col.title} {cell.number.text if cell is not None else '(empty)'}" for col, cell in cells)
    return text + (" once swapped back" if any((r, col.index) in match.partner for col, _ in cells) else "")


def _misplaced(match: LogMatch) -> list[tuple[Reported, Column]]:
    """The headline values each under the column of the last row that holds it, when every one is in that row and
    some under another column than their own (empty otherwise)."""
    r = match.last
    out = []
    for metric, own in match.pairs:
        cols = [own] + [c for c in match.log.value_columns if c is not own]  # its own column first
        home = next((c for c in cols if _holds(c.values[r], metric)), None)
        if home is None:
            return []
        if home is not own:
            out.append((metric, home))
    return out


def _holds(cell: Value | None, metric: Reported) -> bool:
    """Whether ``cell`` is the headline value, printed at least as precisely (``0.5`` is not ``0.4723``)."""
    if cell is None or not same_value(metric.number, cell.number, metric.name):
        return False
    mine, theirs = metric.number.decimals, cell.number.decimals
    return mine is None or theirs is None or theirs >= mine


def _scattered(match: LogMatch) -> str:
    """How the message names the rows the headline's values come from, when each is in a row of its own column (as
    printed or times 100: best loss and best WER each taken from their own checkpoint) and no row holds them all;
    empty otherwise."""
    if len(match.pairs) < 2:
        return ""
    found: list[tuple[Reported, Column, int, bool]] = []
    for metric, col in match.pairs:
        if len(metric.number.text.replace(".", "").lstrip("0-")) < 4:  # (0.146 rounds 0.1457 and other values)
            return ""
        rows = [(k, abs(cell.value) < abs(metric.number.value) / 10) for k in range(match.last, -1, -1)
                if (cell := match.cell(k, col)) is not None and (_holds(cell, metric) or _percent(cell, metric))]
        if not rows:
            return ""
        found.append((metric, col, *rows[0]))  # (the latest row that holds it)
    if len({k for _, _, k, _ in found}) < 2:
        return ""
    log = match.log
    return ", ".join(f"{m.label} is {log.row_label(k)}'s {col.title}{' times 100' if scaled else ''}"
                     for m, col, k, scaled in found)
