"""From the boundaries of a set of columns to the runs of rows whose values are exchanged.

The boundaries of a chain (``crossings``) cut its rows into segments, and an exchange switches on or
off at each boundary, so exchanged segments alternate with segments in place.  Two readings explain
every boundary: the odd segments are exchanged, or the even ones.  A reading holds when each of its
exchanged segments between two boundaries joins its neighbours clearly better moved back (one boundary
clear by itself, the other one at least twice as smooth moved back and no learning step) and is not
contradicted by a tie-breaker, and each of its
exchanged segments at the first or last row has a tie-breaker (``swapevidence``); an end segment's
boundary must be clear by itself, or at least half as far apart moved back when the segment mends a
value impossible for its column.  When both hold,
the better supported wins; when neither does (an honest crossing among the boundaries, as a model
that learns fast makes in its first rows), each run bounded on both sides stands on its own; one
whose values are not well apart needs a tie-breaker, as an end run does.  When none stands either,
the readings of the boundaries clear by themselves alone are tried: two exchanged rows whose values
move as much as they differ make a boundary between them that is not.

An end segment whose rows at the log's end could not be exchanged (moved back they would hold values
impossible for their columns, as a training loss of 1.8 under an accuracy) starts after them: the
exchange began where the columns cross, which shows no jump.  A steady run (``swapmonotone``) inside
it, on the same boundary, tells where it starts better.

A run at either end may also be told by its boundary alone when, with enough rows on both sides (or a
run of one or two rows, measured by the other side), every column jumps there by many times its usual
step onto the other column's level, and only the run moved back makes the columns run the way training
moves them (``swapjump``); where that cannot tell the sides apart, the rows across the boundary known
to be in place do (moved back they would be impossible, or the card's results equal the last row).

A run from the first row may also be told by its boundary alone when, at the boundary, a column
gets worse by a whole gap clear of the columns' noise (training improves every column early on; an
exchange moves one of them the wrong way) and the card's results put the last row at its level.  A
boundary where every column improves as written is no learning step either when the validation loss
falls there by a step that the training loss beside the columns does not take (``swapjump.untaken``).
"""

from __future__ import annotations

from .crossings import RATIO, Boundary, Chain, inverse
from .lattice import by_lattice
from .swapbest import by_best
from .swapcompanions import by_company
from .swapevidence import Run, by_range, by_redundancy, impossible_back, worsens
from .swapjump import jumps, training_loss, untaken
from .swaplevels import by_levels
from .swapmonotone import steady_runs
from .swapsingles import read_singles
from .tables import Column, Number, TypedTable, Value

GAP = 8.0  # a start run told by its boundary: the columns' levels this many typical changes apart
SEPARATE = 8.0  # a run bounded on both sides: its values this many typical changes from the other column's
SHARE = 1 / 6  # or half as many, and this share of their level, when both its edges are clear by themselves
LONG = 3  # a run of this many rows at least whose two columns stand in the other order just outside it


class Candidate:
    __slots__ = ("run", "score", "bounded", "cost", "evidence", "impossible", "chain", "edges")

    def __init__(self, run: Run, score: int, bounded: bool, cost: float, evidence: tuple[str, ...],
                 impossible: Value | None, chain: Chain | None, edges: tuple[int, ...]) -> None:
        self.run, self.score, self.bounded, self.cost = run, score, bounded, cost
        self.evidence, self.impossible, self.chain, self.edges = evidence, impossible, chain, edges

    def key(self) -> tuple:
        # a run bounded on both sides explains two boundaries: it outweighs a one-sided run with one tie-breaker;
        # a run found from its boundaries knows its extent, a row found by its evidence alone does not
        return (-(self.score + 2 * self.bounded), not self.bounded, self.chain is None, len(self.run.moves), self.cost)


class _Context:
    __slots__ = ("table", "chain", "kinds", "levels", "last", "best")

    def __init__(self, table: TypedTable, chain: Chain, kinds: dict[int, str], levels: dict[int, list[Number]],
                 last: int, best: list[int]) -> None:
        self.table, self.chain, self.kinds, self.levels, self.last = table, chain, kinds, levels, last
        self.best = best  # the rows the card's results equal as written


def chain_candidates(table: TypedTable, chain: Chain, kinds: dict[int, str], levels: dict[int, list[Number]],
                     last: int, best: list[int]) -> list[Candidate]:
    """The runs ``chain``'s boundaries and out-of-line rows make exchanged; ``best`` are the rows the card's
    results equal as written (``swapbest.result_rows``)."""
    ctx = _Context(table, chain, kinds, levels, last, best)
    runs: list[Candidate] = []
    if chain.boundaries:
        readings = [r for parity in (0, 1) if (r := _reading(ctx, parity))]
        runs = _best_reading(readings) if readings else _each(ctx)
        if not runs and not all(b.strong for b in chain.boundaries) and any(b.strong for b in chain.boundaries):
            # a boundary that is not clear by itself may be two exchanged rows that differ by as much as the
            # columns move there: read the clear boundaries alone
            clear = Chain(chain.columns, chain.rows, [b for b in chain.boundaries if b.strong], chain.singles,
                          chain.typical)
            alone = _Context(table, clear, kinds, levels, last, best)
            readings = [r for parity in (0, 1) if (r := _reading(alone, parity))]
            runs = _best_reading(readings) if readings else []
    # a run beside one boundary whose other edge shows no jump, told by the way training moves the columns
    steady = _steady(ctx)
    # rows out of line with their neighbours that moved back fit them (``swapsingles``)
    singles, runs, steady = read_singles(
        chain, runs, steady, SEPARATE,
        lambda single: _judge(ctx, [chain.rows[single.index]], single.moves, True, single.ratio, ()))
    # an end run without its rows known in place has no edge where it starts: a steady run inside it finds one
    runs = [c for c in runs if not (_trimmed(chain, c) and any(
        s.edges == c.edges and set(s.run.rows) < set(c.run.rows) for s in steady))]
    return runs + singles + steady


def _trimmed(chain: Chain, c: Candidate) -> bool:
    """Whether ``c`` is an end run that lost its rows at the log's end known in place (``_in_place_trimmed``)."""
    if c.bounded or len(c.edges) != 1 or c.chain is not chain:
        return False
    edge, rows = chain.boundaries[c.edges[0]].index, c.run.rows
    if edge > 0 and rows[-1] == chain.rows[edge - 1]:  # the run ends at its boundary: it should start the log
        return rows[0] != chain.rows[0]
    if edge < len(chain.rows) and rows[0] == chain.rows[edge]:  # it starts there: it should end the log
        return rows[-1] != chain.rows[-1]
    return False


def _best_reading(readings: list[list[Candidate]]) -> list[Candidate]:
    """The reading with the most support (a run bounded on both sides counts twice more), then the fewest rows."""
    return max(readings, key=lambda cs: (sum(c.score + 2 * c.bounded for c in cs), -sum(len(c.run.rows) for c in cs)))


def _steady(ctx: _Context) -> list[Candidate]:
    """Runs beside one boundary that only moved back let both columns move the way training does.  When the
    run on the boundary's other side does so too, the other tie-breakers must tell the side: one side that
    they contradict leaves the other, else a side needs one of them for it (the training loss, which falls
    on both sides of the boundary with one side moved back only, is one of them here)."""
    chain = ctx.chain
    sides: dict[int, list[Candidate | None]] = {}
    for rows, edge in steady_runs(chain):
        boundary = chain.boundaries[edge]
        votes = {"steady": 1, "training": training_loss(chain, edge, _starts(chain, edge, rows))}
        sides.setdefault(edge, []).append(_judge(ctx, rows, boundary.moves, False, boundary.ratio, (edge,), votes))
    out = []
    for judged in sides.values():
        kept = [c for c in judged if c is not None]
        if len(judged) == 2 and len(kept) == 2:
            kept = [c for c in kept if c.score >= 2]
        out += kept
    return out


def _segments(chain: Chain) -> list[list[int]]:
    bs, rows = chain.boundaries, chain.rows
    cuts = [0] + [b.index for b in bs] + [len(rows)]
    return [rows[cuts[i] : cuts[i + 1]] for i in range(len(cuts) - 1)]


def _reading(ctx: _Context, parity: int) -> list[Candidate] | None:
    """The exchanged segments of one reading, or None when it does not hold."""
    bs = ctx.chain.boundaries
    out = []
    for i, rows in enumerate(_segments(ctx.chain)):
        if i % 2 != parity or not rows:
            continue
        entry = bs[i - 1] if i > 0 else None
        exit_ = bs[i] if i < len(bs) else None
        holds = entry.moves if entry is not None else inverse(exit_.moves)  # type: ignore[union-attr]
        edges: tuple[int, ...]
        edge: Boundary | None = None  # the one boundary of an end run
        kept = False  # rows at the log's end known in place were taken off the end run
        if entry is not None and exit_ is not None:
            if exit_.moves != inverse(holds) or not _clear(ctx.chain, entry, exit_):
                return None
            cost, edges = (entry.moved + exit_.moved) / (entry.straight + exit_.straight), (i - 1, i)
        else:
            edge = entry if entry is not None else exit_
            assert edge is not None
            if not edge.strong and not _mends_impossible(ctx, rows, holds):
                return None
            cost, edges = edge.ratio, (i - 1 if entry is not None else i,)
            whole, rows = len(rows), _in_place_trimmed(ctx, rows, holds, entry is None)
            if not rows:
                return None
            kept = len(rows) < whole
        candidate = _judge(ctx, rows, holds, entry is not None and exit_ is not None, cost, edges, first=entry is None,
                           kept=kept)
        if candidate is None or not _edge_enough(candidate, edge):
            return None
        out.append(candidate)
    return out


def _clear(chain: Chain, entry, exit_) -> bool:
    """Whether two boundaries clearly bound an exchanged run: one of them clear by itself (or, for a run of
    ``LONG`` rows at least, its two columns in one order all through it and in the other order just outside
    it: noise that crosses two close columns does not hold them apart that long), the values well
    apart; and an edge that is not clear by itself must not be a learning step (every column better, as a
    model that learns fast crosses its loss and accuracy), since an exchange makes one of the columns worse
    as written on one side.  (The weak edge's moved-back steps are not weighed against the clear one's: a
    column that training moves fast, a training loss in its first rows, keeps its honest step there.)"""
    clear = entry.strong or exit_.strong or (exit_.index - entry.index >= LONG
                                             and _flipped(chain, entry.index, exit_.index))
    if not (clear and _apart(chain, entry, exit_)):
        return False
    cols = [(c, c) for c in chain.columns]
    for edge in (entry, exit_):
        if (not edge.strong and 0 < edge.index < len(chain.rows)
                and not worsens(cols, chain.rows[edge.index - 1], chain.rows[edge.index])):
            return False
    return True


def _apart(chain: Chain, entry, exit_) -> bool:
    """Whether a run's values stand well apart from the other column's: by SEPARATE typical changes between
    rows; or, when both edges are clear by themselves, by half as many and either by a sixth of the values
    at an edge or with the two columns in one order throughout the run and the other order just outside
    it (columns that run close together and cross by noise do none of these; an honest crossing keeps
    its new order on one side)."""
    gap = max(entry.gap, exit_.gap)
    if gap >= SEPARATE * chain.typical:
        return True
    if not (entry.strong and exit_.strong and gap >= SEPARATE / 2 * chain.typical):
        return False
    return any(b.gap >= SHARE * b.level for b in (entry, exit_)) or _flipped(chain, entry.index, exit_.index)


def _flipped(chain: Chain, start: int, stop: int) -> bool:
    """Whether two columns stand in one order in every row of the run [start, stop) of the chain's rows and in
    the other order in the rows just before and just after it."""
    if len(chain.columns) != 2 or start < 1 or stop >= len(chain.rows):
        return False
    a, b = chain.columns

    def order(r: int) -> float:
        x, y = a.values[r], b.values[r]
        return 0.0 if x is None or y is None else x.value - y.value

    sign = 1.0 if order(chain.rows[start]) > 0 else -1.0  # the run's order; the rows around stand the other way
    inside = [sign * order(r) for r in chain.rows[start:stop]]
    outside = [sign * order(chain.rows[start - 1]), sign * order(chain.rows[stop])]
    return all(v > 0 for v in inside) and all(v < 0 for v in outside)


def _each(ctx: _Context) -> list[Candidate]:
    """No reading explains every boundary: each run between two boundaries, and each end run with a tie-breaker."""
    chain = ctx.chain
    bs, rows = chain.boundaries, chain.rows
    out = []
    for i in range(len(bs) - 1):
        entry, exit_ = bs[i], bs[i + 1]
        if exit_.moves != inverse(entry.moves) or entry.index >= exit_.index:
            continue
        moved, straight = entry.moved + exit_.moved, entry.straight + exit_.straight
        # both edges, but the values not clearly apart: a run that needs a tie-breaker, as an end run does
        clear = _clear(chain, entry, exit_)
        if clear or ((entry.strong or exit_.strong) and moved <= RATIO * straight):
            c = _judge(ctx, rows[entry.index : exit_.index], entry.moves, clear, moved / straight, (i, i + 1))
            if c is not None:
                out.append(c)
    first, last = bs[0], bs[-1]
    ends = []
    if first.index > 0:
        ends.append((rows[: first.index], inverse(first.moves), first, (0,), True))
    if last.index < len(rows):
        ends.append((rows[last.index :], last.moves, last, (len(bs) - 1,), False))
    for whole, holds, edge, edges, start in ends:
        seg = _in_place_trimmed(ctx, whole, holds, start)
        if not seg or (not edge.strong and not _mends_impossible(ctx, seg, holds)):
            continue
        c = _judge(ctx, seg, holds, False, edge.ratio, edges, first=start, kept=len(seg) < len(whole))
        if c is not None and _edge_enough(c, edge):
            out.append(c)
    return out


def _in_place_trimmed(ctx: _Context, rows: list[int], holds: tuple[int, ...], start: bool) -> list[int]:
    """An end run without the rows at the log's end (its first rows when ``start``, else its last) that moved
    back would hold values their columns cannot hold: those are in place, and the exchange begins after them
    where the columns cross, with no jump to show it (a training loss of 1.8 is no accuracy)."""
    chain = ctx.chain
    inside = set(rows)
    moves = [(chain.columns[i], chain.columns[j]) for i, j in enumerate(holds) if i != j]
    bad = impossible_back(Run(ctx.table, rows, moves, [r for r in chain.rows if r not in inside]), ctx.kinds)
    if not start:
        bad.reverse()
    k = next((k for k, b in enumerate(bad) if not b), len(rows))
    return rows[k:] if start else rows[: len(rows) - k]


def _mends_impossible(ctx: _Context, rows: list[int], holds: tuple[int, ...]) -> bool:
    """Whether ``rows`` read with ``holds`` moved back mend a value impossible for its column (a quick look
    before the other tie-breakers, for an end run whose boundary is not clear by itself)."""
    chain = ctx.chain
    inside = set(rows)
    moves = [(chain.columns[i], chain.columns[j]) for i, j in enumerate(holds) if i != j]
    return by_range(Run(ctx.table, rows, moves, [r for r in chain.rows if r not in inside]), ctx.kinds)[0] > 0


def _edge_enough(candidate: Candidate, edge: Boundary | None) -> bool:
    """Whether an end run's one boundary is clear enough: clear by itself, or weaker (its values moved back
    at most half as far apart) when the run holds a value its column cannot hold as written."""
    return edge is None or edge.strong or "range" in candidate.evidence


def _judge(ctx: _Context, rows: list[int], holds: tuple[int, ...], bounded: bool, cost: float,
           edges: tuple[int, ...], extra: dict[str, int] | None = None, first: bool = False,
           kept: bool = False) -> Candidate | None:
    """The candidate with its tie-breakers, or None when they contradict it (or an end run has none); ``first``:
    the run is the log's first segment, past rows known in place; ``kept``: such rows were taken off it
    (``_in_place_trimmed``), which the message says."""
    chain = ctx.chain
    inside = set(rows)
    moves: list[tuple[Column, Column]] = sorted(
        ((chain.columns[i], chain.columns[j]) for i, j in enumerate(holds) if i != j), key=lambda m: m[0].index)
    run = Run(ctx.table, rows, moves, [r for r in chain.rows if r not in inside])
    ranged, bad = by_range(run, ctx.kinds)
    levels = by_levels(run, ctx.levels, ctx.last)
    exact = levels > 0 and by_levels(run, ctx.levels, ctx.last, exact=True) > 0
    redundant, which = by_redundancy(run)
    votes = {"range": ranged, "results" if exact else "levels": levels, which or "redundant": redundant,
             "companion": by_company(run), "best": by_best(run, ctx.levels, ctx.best, ctx.last),
             "lattice": by_lattice(run)}
    votes.update(extra or {})
    first = first or rows[0] == chain.rows[0]
    if not bounded and first:
        votes.update(_start(ctx, run))
    settled: list[str] = []  # why the rows across an edge are known in place, where the jump needed it
    if not bounded and edges:
        told = [(jumps(chain, e, _starts(chain, e, rows), bool(why), frozenset(rows)), why)
                for e in edges for why in (_settled(ctx, run, e, first),)]
        votes["jump"] = int(all(answer for answer, _ in told))
        settled = [why for answer, why in told if votes["jump"] and answer == "settled"]
    score = sum(votes.values())
    if score < 0 or (not bounded and score <= 0):
        return None
    evidence = ("bounded" if bounded else "boundary", *(k for k, v in votes.items() if v > 0), *settled,
                *(("kept",) if kept else ()))
    return Candidate(run, score, bounded, cost, evidence, bad, chain, edges)


def _settled(ctx: _Context, run: Run, edge: int, first: bool) -> str:
    """Why the rows across boundary ``edge`` from the run are known to be in place: "across", moved back they
    would hold values impossible for their columns; "end", for a run from the first row, the card's results
    equal the last row as written; else ""."""
    chain = ctx.chain
    bs = chain.boundaries
    index = bs[edge].index
    lo = bs[edge - 1].index if edge > 0 else 0
    hi = bs[edge + 1].index if edge + 1 < len(bs) else len(chain.rows)
    other = chain.rows[lo:index] if _starts(chain, edge, run.rows) else chain.rows[index:hi]
    if other:
        inside = set(other)
        across = Run(run.table, other, run.moves, [r for r in chain.rows if r not in inside])
        if by_range(across, ctx.kinds)[0] < 0:
            return "across"
    return "end" if first and _end_in_place(ctx, run) else ""


def _starts(chain: Chain, edge: int, rows: list[int]) -> bool:
    """Whether ``rows`` start at boundary ``edge`` (the run is after it), else they end there."""
    index = chain.boundaries[edge].index
    return index < len(chain.rows) and chain.rows[index] == rows[0]


def _start(ctx: _Context, run: Run) -> dict[str, int]:
    """A vote for a run from the first row whose boundary is no learning step, the end in place: "direction"
    when a column gets worse there by a whole gap, "untaken" when the validation loss falls there by a step
    the training loss beside it does not take, "unfallen" when a metric leaps there beside the training loss
    while the validation loss does not fall (``swapjump.untaken``); else none."""
    chain = ctx.chain
    boundary = chain.boundaries[0]
    if boundary.index >= len(chain.rows) or boundary.gap < GAP * chain.typical:
        return {}
    p, after = run.rows[-1], chain.rows[boundary.index]
    why = "direction" if worsens(run.moves, p, after) else _UNTAKEN.get(untaken(ctx.table, chain, 0), "")
    return {why: 1} if why and _end_in_place(ctx, run) else {}


# the evidence named by the loss that does not take a learning step of the columns (``swapjump.untaken``)
_UNTAKEN = {"train": "untaken", "eval": "unfallen"}


def _end_in_place(ctx: _Context, run: Run) -> bool:
    """Whether the card's results equal the chain's last row as written, not with the run's exchange."""
    end = ctx.chain.rows[-1]
    return by_levels(Run(run.table, [end], run.moves, []), ctx.levels, end) < 0
