"""The card's own results as evidence of exchanged columns in a training log's last row.

The headline, model-index and results tables report each metric as it ends training (the last evaluation, a final
evaluation, the best checkpoint): equal to the log's last row, or near it. ``reported_levels`` gathers those reports
for each column of a log; ``by_levels`` says whether they put the last row's values at their level only moved back.
"""

from __future__ import annotations

from collections.abc import Iterable

from .metricnames import LOSS, OTHER, Name
from .metrics import Reported, same_value
from .swapevidence import Run
from .tables import Column, Number, TypedTable

NEAR = 0.5  # reported results twice as near to the values moved back as to the values as written


def by_levels(run: Run, levels: dict[int, list[Number]], last: int, exact: bool = False) -> int:
    """How strongly the card's own results put the values of the log's last row at their level only moved back.

    The headline, model-index and results tables report each metric as it ends training (the last
    evaluation, a final evaluation, the best checkpoint): equal to the log's last row, or near it and far
    from the level of another column.  Each exchanged column with reported values votes: 2 when a report
    equals its moved-back value, 1 when the reports are twice as near to it as to the value as written
    (a headline from the best checkpoint or a final evaluation is near the last row, not equal to it);
    a column whose reports are farther from both values than they are from each other (a test set's
    loss beside the log's validation loss) abstains. The run is supported when every vote is for it
    (the sum), contradicted (-1) when one is against it.
    ``last`` is the log's last row; it must be in the run.  With ``exact`` only equal reports vote.
    """
    if last not in run.rows:
        return 0
    if exact and not _rest_of_row_reported(run, levels, last):
        return 0  # the reports are another evaluation's (a final one after the last row): an equal value is chance
    total = 0
    for written, own in run.moves:
        values = levels.get(own.index)
        w, o = written.values[last], own.values[last]
        if not values or w is None or o is None:
            continue
        if any(_level(x, w.number, own.name) for x in values):
            vote = 0 if any(_level(x, o.number, own.name) for x in values) else 2
        elif any(_level(x, o.number, own.name) for x in values):
            return -1
        elif exact:
            return 0
        else:
            back = min(abs(x.value - w.value) for x in values)
            kept = min(abs(x.value - o.value) for x in values)
            if min(back, kept) > abs(w.value - o.value):
                continue  # reports far from both values (another evaluation, another scale) say nothing
            vote = 1 if back <= NEAR * kept else -1 if kept <= NEAR * back else 0
        if vote <= 0:
            return vote
        total += vote
    return total


def _rest_of_row_reported(run: Run, levels: dict[int, list[Number]], last: int) -> bool:
    """Whether the last row's other reported columns, outside the run's, equal a report as written (the headline is
    that row's: "Loss 0.5497" beside a last row's validation loss of 0.5495 is a later evaluation's)."""
    moved = {c.index for pair in run.moves for c in pair}
    for col in run.table.value_columns:
        values, cell = levels.get(col.index), col.values[last]
        if col.index not in moved and values and cell is not None and not any(
                _level(x, cell.number, col.name) for x in values):
            return False
    return True


def _level(x: Number, v: Number, name: Name) -> bool:
    """Whether a reported value equals a cell: as ``same_value``, but two fractions are never read as a fraction
    and a percentage (a reported accuracy of 1.0 is not a cell of 0.0099 as 0.99 %): ``reported_levels`` has
    put the reports on the column's scale already."""
    if abs(x.value) <= 1.5 and abs(v.value) <= 1.5:
        name = name._replace(kind=OTHER, metric="")
    return same_value(x, v, name)


def reported_levels(sources: list[Reported], table: TypedTable) -> dict[int, list[Number]]:
    """The values the card reports (headline, model-index, results tables) for each value column of ``table``.

    A report counts for a column of the same metric name, or whose name ends with it (the
    sentence-transformers log writes ``eval_<evaluator>_cosine_ndcg@10`` for ``cosine_ndcg@10``), on a
    compatible split: a training column takes training results only, any other column the others.  A
    rate reported as a percentage is scaled to a column of fractions.
    """
    by_key: dict[str, list[tuple[str, Number]]] = {}
    by_metric: dict[str, list[tuple[str, Reported]]] = {}  # (key, report) by metric: "Wer (without normalization)"
    for r in sources:
        for name in r.names:
            if name.kind != OTHER and r.number.finite:
                by_key.setdefault(name.key, []).append((r.split or name.split, r.number))
                by_metric.setdefault(name.metric, []).append((name.key, r))
    out: dict[int, list[Number]] = {}
    for col in table.value_columns:
        words = col.name.key.split()
        train = col.name.split == "train"
        fractions = all(abs(v.value) <= 1.5 for v in col.numbers())
        found = []
        for i in range(len(words)):
            for split, x in by_key.get(" ".join(words[i:]), ()):
                if (split == "train") != train:
                    continue
                if fractions and 1.5 < abs(x.value) <= 100 and col.kind != LOSS:
                    decimals = None if x.decimals is None else x.decimals + 2
                    x = Number(x.value / 100, decimals, False, x.text)
                found.append(x)
        own = {" ".join(words[i:]) for i in range(len(words))}
        if found and not _reported_as_written(col, own, by_metric.get(col.name.metric, ())):
            out[col.index] = found
    return out


def _reported_as_written(col: Column, own: set[str], reports: Iterable[tuple[str, Reported]]) -> bool:
    """Whether the card reports the column's last value as written under another name of its metric: the headline's
    "Wer (without normalization): 15.8969" of a column "Wer" whose last row holds 15.8969, while model-index names the
    normalized score "Wer". The card's names then disagree with each other, and cannot tell a swap."""
    last = next((v for v in reversed(col.values) if v is not None), None)
    return last is not None and any(key not in own and same_value(r.number, last.number, r.name)
                                    for key, r in reports)
