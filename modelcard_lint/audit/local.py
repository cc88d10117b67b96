"""An audit on this machine: the main process reads the input and writes the outputs, worker processes do the rest.

The main process streams through the input (a Parquet file row group by row group, a JSONL
file line by line) and hands pieces of a few hundred rows, as read, to forked workers through
app/pool.py's ``ordered_map``: at most a few per worker at a time, back in the input's order.
A worker turns the rows into cards, lints them, and sends back the rows of the outputs and
their counts; the main process writes the rows and adds the counts up.  The workers are forked
after the rules and the configuration are loaded, so they start at once.
"""

from __future__ import annotations

import gc
import signal
import sys
from collections.abc import Callable, Iterator

import pyarrow as pa

from ..app.runner import RunError
from .lint import Linter
from .rows import Layout, Piece
from .sources import Plan, coalesce, pieces
from .task import Output, lint_pieces

PIECE = 256  # rows per piece of work
SMALL = 200  # fewer cards lint faster in one process than workers take to start

Emit = Callable[[Output], None]

# what forked workers read: the linter, the layout of the rows and the columns of cards.parquet
_JOB: tuple[Linter, Layout, pa.Schema] | None = None


def _work(batch: list[Piece]) -> list[Output]:
    assert _JOB is not None
    linter, layout, schema = _JOB
    return [lint_pieces(linter, layout, schema, [piece]) for piece in batch]


def _setup() -> None:
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # the main process's clean-up is not the workers'
    # the objects inherited from the main process stay out of the collector's way (and their pages unshared)
    gc.freeze()


def _pieces(plan: Plan) -> Iterator[Piece]:
    seq = 0
    for part in coalesce(plan.partitions, sys.maxsize):  # whole row groups and files: read straight through
        for piece in pieces(part, plan.layout, PIECE):
            yield piece._replace(seq=seq)
            seq += 1


def run(plan: Plan, linter: Linter, schema: pa.Schema, jobs: int, emit: Emit) -> None:
    """Lint every card of ``plan`` with ``jobs`` worker processes; ``emit`` each piece's output, in order."""
    if jobs <= 1 or plan.rows < SMALL:
        for piece in _pieces(plan):
            emit(lint_pieces(linter, plan.layout, schema, [piece]))
        return
    from ..app.pool import WorkerDied, ordered_map  # multiprocessing: only with workers

    global _JOB
    _JOB = (linter, plan.layout, schema)
    try:
        for _, outputs in ordered_map(_work, _pieces(plan), jobs, 1, _setup):
            emit(outputs[0])
    except WorkerDied as exc:
        raise RunError(
            f"a worker process died while linting {exc} (killed, out of memory, or a plugin ended the process); "
            "the audit is incomplete"
        ) from None
    finally:
        _JOB = None
