"""What the parts of an audit share: the partitions of the input, how rows are read, and a bad input's error."""

from __future__ import annotations

from typing import Any, NamedTuple

import pyarrow as pa

DEFAULT_ID = "modelId"


class InputError(Exception):
    """A bad input; the message is one line, and the command exits with 2."""


class Columns(NamedTuple):
    card: str  # --card-column
    id: str  # --id-column
    id_given: bool  # the id column was named on the command line, so it must exist


class Partition(NamedTuple):
    kind: str  # "parquet", "jsonl" or "files"
    path: str  # the Parquet or JSONL file, absolute: a Dask worker may run in another folder ("" for files)
    group: int  # the row group (Parquet)
    start: int  # the first row in the row group (Parquet), or the first byte (JSONL)
    stop: int  # the row after the last (Parquet), or the byte after the last (JSONL)
    first: int  # the number of the first row in its file (JSONL: its line), from 1
    rows: int  # rows (JSONL: lines that are not blank)
    has_id: bool = True  # whether the file has the id column
    files: tuple[tuple[str, str], ...] = ()  # the cards of a folder: (path, name in messages)
    name: str = ""  # the file as the command line names it, for ids and messages (``path`` is absolute)


class Layout(NamedTuple):
    """How rows are read, the same for every partition (it travels to Dask workers with them)."""

    columns: Columns
    carried: tuple[tuple[str, str], ...]  # (name in the input, name in cards.parquet)
    schema: pa.Schema  # the carried columns as cards.parquet holds them
    text: frozenset[str] = frozenset()  # JSONL columns kept as text (mixed or null values: nested ones as JSON)


class Piece(NamedTuple):
    """Rows as they are read, before they become cards: the unit of work of a worker."""

    part: Partition
    row: int  # the number of its first row in its file (JSONL: of its first line)
    data: Any  # Parquet: a RecordBatch; JSONL: (line number, line) pairs; folders: (path, name) pairs
    seq: int = 0  # its place in the audit (for ties in the report's ranking of the worst cards)

    @property
    def display(self) -> str:  # how a dead worker's message names the piece
        if self.part.kind == "files":
            return self.data[0][1] if self.data else "a folder"
        return f"{self.part.name}:{self.row}"


class Batch(NamedTuple):
    ids: list[str]
    data: list[bytes | None]  # each card's bytes (a null card: b""); None: read from ``paths``
    paths: list[str | None]
    carried: list[pa.Array]  # the carried columns, in the order of the layout


def conform(found: dict[str, pa.Array], layout: Layout, n: int, where: str) -> list[pa.Array]:
    """The carried columns in the order and types of the layout; a column a file lacks is null."""
    out = []
    for (name, _), field in zip(layout.carried, layout.schema, strict=True):
        column = found.get(name)
        if column is None:
            out.append(pa.nulls(n, field.type))
            continue
        if column.type != field.type:
            try:
                column = column.cast(field.type)
            except pa.ArrowException as exc:
                raise InputError(f"{where}: column {name!r} cannot be read as {field.type}: {exc}") from None
        out.append(column)
    return out
