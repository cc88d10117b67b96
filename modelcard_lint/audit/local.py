"""An audit on this machine: the main process reads the input and writes the outputs, forked workers lint.

Pieces of a few hundred cards go to the workers through app/pool.py's ``ordered_map``: at
most a few per worker at a time, and back in the order of the input, so the main process
holds only the pieces in flight and writes the rows of the outputs in the input's order.
The workers are forked after the rules and the configuration are loaded, so they start at once.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from typing import NamedTuple

import pyarrow as pa

from ..app.runner import RunError
from .lint import Linter, Result
from .sources import Plan, read

PIECE = 128  # cards per piece of work
SMALL = 200  # fewer cards lint faster in one process than workers take to start

Emit = Callable[[list[Result], list[pa.Array]], None]


class Piece(NamedTuple):
    key: int
    ids: list[str]
    data: list[bytes | None]
    paths: list[str | None]

    @property
    def display(self) -> str:  # how a dead worker's message names the piece
        return self.ids[0] if len(self.ids) == 1 else f"{self.ids[0]} … {self.ids[-1]}"


# what forked workers read: the linter of the run
_LINTER: Linter | None = None


def _lint(linter: Linter, piece: Piece) -> list[Result]:
    return [linter.lint(i, d, p) for i, d, p in zip(piece.ids, piece.data, piece.paths, strict=True)]


def _work(pieces: list[Piece]) -> list[list[Result]]:
    assert _LINTER is not None
    return [_lint(_LINTER, piece) for piece in pieces]


def _setup() -> None:
    # the objects inherited from the main process stay out of the collector's way (and their pages unshared)
    gc.freeze()


def run(plan: Plan, linter: Linter, jobs: int, emit: Emit) -> None:
    """Lint every card of ``plan`` with ``jobs`` worker processes; ``emit`` each piece's results, in order."""
    carried: dict[int, list[pa.Array]] = {}

    def pieces() -> Iterator[Piece]:
        key = 0
        for part in plan.partitions:
            for batch in read(part, plan.layout, PIECE):
                carried[key] = batch.carried
                yield Piece(key, batch.ids, batch.data, batch.paths)
                key += 1

    if jobs <= 1 or plan.rows < SMALL:
        for piece in pieces():
            emit(_lint(linter, piece), carried.pop(piece.key))
        return
    from ..app.pool import WorkerDied, ordered_map  # multiprocessing: only with workers

    global _LINTER
    _LINTER = linter
    try:
        for done, results in ordered_map(_work, pieces(), jobs, 1, _setup):
            emit(results[0], carried.pop(done[0].key))
    except WorkerDied as exc:
        raise RunError(
            f"a worker process died while linting {exc} (killed, out of memory, or a plugin ended the process); "
            "the audit is incomplete"
        ) from None
    finally:
        _LINTER = None
