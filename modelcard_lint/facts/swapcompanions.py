"""A column that runs alongside an exchanged one: which values of the run it keeps company with.

Some columns of a training log move together at one level: the training loss and the validation
loss, the accuracy and the F1 (or the precision and recall) of a classifier, the ROUGE-L and the
ROUGE-Lsum of a summariser.  Where such a *companion* stays near one column and far from the column
exchanged with it in the rows outside a run, it says which of the run's values belongs under that
header: the one it is near.  A validation loss of 0.98 beside a training loss of 0.25 and an F1 of
0.92 beside an accuracy of 0.07, when every other row has them side by side, are the validation
loss and the accuracy exchanged; an honest first evaluation of a model that learns fast has its
training loss near its validation loss, both high, and says the opposite.

Each companion votes only when it is clear: in two thirds of the other rows (two at least, or the
one other row of a log of two) it is at
least three times nearer its column than the exchanged one, and in every row of the run where it
has a value, one reading puts it three times nearer than the other.  Companions are columns of the
same kind (two losses, two rates, two correlations, two metrics that improve the same way) outside
the run's columns, on the same split; two losses on any split, but a loss of another split (a
training loss beside the validation loss, a running average at a level of its own) must be five
times nearer instead of three.  The vote is +1 when some companion agrees with the values moved
back and none with the values as written, -1 the other way round, else 0; when a companion on its
column's split votes, the companions of another split are not counted (a training loss's first rows
average in the untrained model, an F1 keeps to its accuracy from the first evaluation on).
"""

from __future__ import annotations

from .metricnames import BOUNDED, CORRELATION, LOSS, METRIC
from .swapevidence import SEQEVAL, Run, direction
from .tables import Column

CLEAR = 1 / 3  # a companion is this many times nearer one value than the other, or it says nothing
# a loss of another split (a training loss beside the validation loss) sits at its own level, apart from its
# companion by how the model generalises: it must be this much nearer
CLEAR_OTHER_SPLIT = 1 / 5


_RATES = frozenset({BOUNDED, CORRELATION})


def _alike(c: Column, own: Column) -> bool:
    # two losses keep company whatever their splits (a training loss beside the validation loss); two metrics
    # only on the same split (a rate and a correlation too: an STS model's Pearson r beside its F1)
    kind = c.kind == own.kind or {c.kind, own.kind} == _RATES
    return (kind and (c.kind == LOSS or c.name.split == own.name.split)
            and (c.kind != METRIC or direction(c) == direction(own) != 0)
            and (c.kind == LOSS or c.name.metric == own.name.metric or _group(c) == _group(own)))


def _group(col: Column) -> str:
    """What a column's metric is of: the entity group of a token classifier's "Patient Group Precision". Another
    group's column keeps company with a column of its own metric only ("Overall Precision"): another group's
    precision at the level of this group's recall is chance."""
    key, metric = col.name.key, col.name.metric
    return key[: -len(metric)].strip() if metric and key.endswith(metric) else ""


def by_company(run: Run) -> int:
    """+1 when a companion of an exchanged column is near it only with the values moved back, -1 when only as
    written, else 0."""
    inside = {written.index for written, _ in run.moves}
    tokens = _token_splits(run)
    votes = []  # (the companion is on its column's split, its vote, its lean)
    for written, own in run.moves:
        if written is own:
            continue
        other = next(o for w, o in run.moves if w is own)  # the column whose values own's header holds in the run
        for c in run.table.value_columns:
            if c.index not in inside and _alike(c, own) and not _apart(c, own, tokens):
                votes.append((c.name.split == own.name.split, *_vote(run, c, own, other)))
    # a companion on its column's split (an F1 beside the accuracy) outweighs a training loss beside the validation
    # loss, whose first rows are a running average that includes the untrained model
    same = [v for v in votes if v[0] and v[1]]
    if same:
        votes = same
    clear = {vote for _, vote, _ in votes if vote}
    leans = {lean for _, _, lean in votes if lean}
    return clear.pop() if len(clear) == 1 and len(leans) == 1 else 0


def _token_splits(run: Run) -> set[str]:
    """The splits on which the log prints seqeval's four metrics: a token classifier's."""
    seen: dict[str, set[str]] = {}
    for c in run.table.value_columns:
        if c.name.metric in SEQEVAL:
            seen.setdefault(c.name.split, set()).add(c.name.metric)
    return {split for split, metrics in seen.items() if metrics == SEQEVAL}


def _apart(c: Column, own: Column, tokens: set[str]) -> bool:
    """A token classifier's accuracy counts the tokens outside every entity: it starts high while the entities'
    precision, recall and F1 start low, so none of them keeps company with it."""
    return (own.name.split in tokens and c.name.split == own.name.split
            and "accuracy" in (c.name.metric, own.name.metric) and c.name.metric != own.name.metric)


def _vote(run: Run, c: Column, own: Column, other: Column) -> tuple[int, int]:
    """How companion ``c`` of column ``own`` votes, and which way it leans; ``own``'s header holds ``other``'s
    values in the run."""
    clear = CLEAR if c.name.split == own.name.split else CLEAR_OTHER_SPLIT
    near = far = 0
    usual = 0.0  # the farthest the companion strays from its column in the other rows
    for r in run.clean:
        u, v, w = c.values[r], own.values[r], other.values[r]
        if u is None or v is None or w is None:
            continue
        gap = abs(u.value - v.value)
        usual = max(usual, gap)
        if gap <= clear * abs(u.value - w.value):
            near += 1
        else:
            far += 1
    least = 1 if len(run.clean) + len(run.rows) == 2 else 2  # two rows at least, or the other row of a log of two
    if near < least or 3 * near < 2 * (near + far):
        return 0, 0
    back = written = closer = farther = 0
    for r in run.rows:
        u, as_written, moved = c.values[r], own.values[r], run.back(r, own)
        if u is None or as_written is None or moved is None:
            continue
        db, dw = abs(u.value - moved.value), abs(u.value - as_written.value)
        closer += db < dw
        farther += dw < db
        if db <= clear * dw and clear * dw > usual:
            back += 1
        elif dw <= clear * db and clear * db > usual:
            written += 1
    lean = 1 if closer and not farther else -1 if farther and not closer else 0
    seen = closer + farther
    if back == seen and back:
        return 1, lean
    if written == seen and written:
        return -1, lean
    return 0, lean
