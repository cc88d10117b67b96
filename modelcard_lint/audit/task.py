"""The work on pieces of the input, done where they are linted: a worker process or a Dask worker.

The rows of a piece become cards (ids, bytes, carried columns), the cards are linted, and
the rows of findings.parquet and cards.parquet are built and counted for the report, so that
the process that writes the outputs only writes them and adds the counts up.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

import pyarrow as pa

from .lint import Linter
from .rows import Layout, Piece
from .sources import batch
from .stats import Stats
from .tables import FINDINGS, build


class Output(NamedTuple):
    findings: pa.Table
    cards: pa.Table
    stats: Stats


def lint_pieces(linter: Linter, layout: Layout, schema: pa.Schema, pieces: Iterable[Piece]) -> Output:
    """Lint the cards of consecutive pieces; their outputs' rows, in order, and their counts."""
    stats = Stats([name for _, name in layout.carried])
    findings, cards = [], []
    offset = 0
    for piece in pieces:
        rows = batch(piece, layout)
        results = [linter.lint(i, d, p) for i, d, p in zip(rows.ids, rows.data, rows.paths, strict=True)]
        found, card_rows = build(results, rows.carried, schema)
        stats.add(found, card_rows, piece.seq, offset)
        offset += card_rows.num_rows
        findings.append(found)
        cards.append(card_rows)
    return Output(
        pa.concat_tables(findings) if findings else FINDINGS.empty_table(),
        pa.concat_tables(cards) if cards else schema.empty_table(),
        stats,
    )
