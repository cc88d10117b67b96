"""Which rows of the training log the headline results come from.

The Trainer writes its headline ("It achieves the following results on the
evaluation set") from the last evaluation it ran, and the training log from
every evaluation during training, both through the same rounding.  So the
headline normally equals the log's last row; with ``load_best_model_at_end``
it equals the best row; when it equals no row it comes from another run or
evaluation, or was edited.

Each headline metric is paired with the first log column of the same metric
on a compatible split (the headline's ``Loss`` with ``Validation Loss``, not
``Training Loss``).  A row matches when at least one paired cell is there and
every paired cell that is there equals the headline value as printed.  Rows
inside a swap found by ``swaps`` also match when they do once swapped back.
Built once per card; linear in the rows.
"""

from __future__ import annotations

from ..card import Card
from .metricnames import LOSS, OTHER
from .metrics import Reported, reported_metrics, same_value
from .swapevidence import headline_pairs
from .swaps import find_swaps
from .tables import Column, TypedTable, Value, training_logs


class LogMatch:
    __slots__ = ("log", "pairs", "rows", "last", "swapped", "partner", "scaled")

    def __init__(
        self,
        log: TypedTable,
        pairs: list[tuple[Reported, Column]],
        rows: list[int],
        last: int,
        swapped: set[int],
        partner: dict[tuple[int, int], Value | None],
    ) -> None:
        self.log = log
        self.pairs = pairs
        self.rows = rows  # the rows equal to the headline
        self.last = last  # the last row with a paired value
        self.swapped = swapped  # matching rows that match only once swapped back
        self.partner = partner  # (row, column index) in a swap: the cell swapped back
        self.scaled = False  # the rows equal the headline only with every log value times 100 (written in percent)

    def cell(self, row: int, col: Column) -> Value | None:
        """A cell as it reads with any swap undone."""
        return self.partner.get((row, col.index), col.values[row])


def _column_key(col: Column) -> tuple[str, str]:
    return col.name.key, col.name.split or "eval"


def _metric_key(metric: Reported) -> tuple[str, str]:
    return metric.name.key, metric.split or "eval"


def _matches(pairs: list[tuple[Reported, Column]], cells: list[Value | None]) -> bool:
    present = [(metric, cell) for (metric, _), cell in zip(pairs, cells, strict=False) if cell is not None]
    return bool(present) and all(same_value(metric.number, cell.number, metric.name) for metric, cell in present)


def _build(card: Card) -> LogMatch | None:
    headline = reported_metrics(card).headline
    if headline is None or headline.split != "eval":
        return None
    # the logs with a column of a headline metric (one look-up per column, not per column and metric): the first one
    # whose rows hold the headline, else the first (a card of two stages of training gives a log for each, and its
    # headline is the last stage's: "Further fine-tuning with ... higher learning rate:" over the second)
    wanted = {_metric_key(m) for m in headline.metrics}
    first = None
    for log in training_logs(card):
        if any(col.kind != OTHER and _column_key(col) in wanted for col in log.columns):
            match = _match(card, log, headline_pairs(headline.metrics, log))
            if match is not None and match.rows:
                return match
            first = first or match
    return first


def _match(card: Card, log: TypedTable, pairs: list[tuple[Reported, Column]]) -> LogMatch | None:
    # swapped back: a column's cell in a swapped row is the partner column's cell
    partner: dict[tuple[int, int], Value | None] = {}
    for swap in find_swaps(card):
        if swap.table is log:
            for r in swap.rows:
                for written, own in swap.moves:
                    partner[(r, own.index)] = written.values[r]
    rows, swapped, last = [], set(), -1
    for r in range(len(log.rows)):
        cells = [col.values[r] for _, col in pairs]
        if any(c is not None for c in cells):
            last = r
        if _matches(pairs, cells):
            rows.append(r)
        elif any((r, col.index) in partner for _, col in pairs):
            back = [partner.get((r, col.index), col.values[r]) for _, col in pairs]
            if _matches(pairs, back):
                rows.append(r)
                swapped.add(r)
    if last < 0:
        return None
    match = LogMatch(log, pairs, rows, last, swapped, partner)
    if not rows:  # (or the best row evaluated again at the end: every metric the same, the loss one unit off in its
        # last decimal, "Loss: 0.0822" of a row's 0.0823, as a re-run of the best checkpoint prints it)
        match.rows = [r for r in range(len(log.rows)) if _again(pairs, [col.values[r] for _, col in pairs])]
    if not match.rows:  # (or the headline gives a row times 100, every value, rounded or cut: "Loss: 7.66" of 0.076688)
        match.rows = [r for r in range(len(log.rows)) if _in_percent(pairs, [col.values[r] for _, col in pairs])]
        match.scaled = bool(match.rows)
    return match


def _again(pairs: list[tuple[Reported, Column]], cells: list[Value | None]) -> bool:
    """Whether the paired cells there are the headline's values, a loss one unit of its last decimal off (two values at
    least, one of them another metric)."""
    present = [(metric, cell) for (metric, _), cell in zip(pairs, cells, strict=False) if cell is not None]
    if len(present) < 2 or all(metric.name.kind == LOSS for metric, _ in present):
        return False
    return all(same_value(metric.number, cell.number, metric.name, 1.0 if metric.name.kind == LOSS else 0.5)
               for metric, cell in present)


def _in_percent(pairs: list[tuple[Reported, Column]], cells: list[Value | None]) -> bool:
    """Whether every paired cell there, times 100, is the headline value as printed, rounded or cut (two at least)."""
    present = [(metric, cell) for (metric, _), cell in zip(pairs, cells, strict=False) if cell is not None]
    if len(present) < 2:
        return False
    for metric, cell in present:
        text = metric.number.text.replace(",", "")
        digits = len(text.split(".", 1)[1]) if "." in text else 0
        if not metric.number.finite or digits == 0:
            return False
        scaled = 100 * cell.value
        if not 0 <= scaled - metric.number.value < 10 ** -digits and round(scaled, digits) != metric.number.value:
            return False  # (neither cut nor rounded to the headline's decimals)
    return True


def log_match(card: Card) -> LogMatch | None:
    """Where the evaluation-set headline sits in the card's training log, if both exist."""
    return card.derived("logmatch", _build)
