"""Parquet inputs: a file's columns and row groups from its footer, and its rows read a batch at a time.

A partition is a range of rows of a row group; its rows are read with pyarrow's batch
reader where they are linted, and the cards' text goes to the linter as bytes without being
decoded into Python strings first.
"""

from __future__ import annotations

from collections.abc import Iterator

import pyarrow as pa
import pyarrow.parquet as pq

from .rows import Batch, Columns, InputError, Layout, Partition, Piece, conform

PART_ROWS = 256  # rows of a partition at most (``sources.coalesce`` joins them for a cluster)


def _text_type(kind: pa.DataType) -> bool:
    return any(test(kind) for test in (pa.types.is_string, pa.types.is_large_string, pa.types.is_binary,
                                       pa.types.is_large_binary, pa.types.is_string_view, pa.types.is_binary_view))


def plan(path: str, columns: Columns) -> tuple[list[Partition], pa.Schema]:
    try:
        meta = pq.read_metadata(path)
        schema = meta.schema.to_arrow_schema()
    except (OSError, pa.ArrowException) as exc:
        reason = str(exc).split(". ")[0].strip().rstrip(".") or type(exc).__name__
        raise InputError(f"{path}: not a Parquet file ({reason})") from None
    names = schema.names
    if columns.card not in names:
        raise InputError(f"{path}: no column {columns.card!r} (its columns: {', '.join(names) or 'none'}); "
                         "name the column of the cards' text with --card-column")
    if not _text_type(schema.field(columns.card).type):
        raise InputError(f"{path}: column {columns.card!r} holds {schema.field(columns.card).type}, not text")
    has_id = columns.id in names
    if columns.id_given and not has_id:
        raise InputError(f"{path}: no column {columns.id!r} (its columns: {', '.join(names)}); "
                         "name the column of the cards' ids with --id-column")
    carried = pa.schema([f for f in schema if f.name not in (columns.card, columns.id)])
    parts, first = [], 1
    for group in range(meta.num_row_groups):
        n = meta.row_group(group).num_rows
        for start in range(0, n, PART_ROWS):
            stop = min(n, start + PART_ROWS)
            parts.append(Partition("parquet", path, group, start, stop, first + start, stop - start, has_id))
        first += n
    return parts, carried


def pieces(part: Partition, layout: Layout, size: int) -> Iterator[Piece]:
    """The rows of a partition, ``size`` at a time, as record batches (read where the partition is linted)."""
    columns = layout.columns
    try:
        pf = pq.ParquetFile(part.path, pre_buffer=False, buffer_size=1 << 20)
        names = set(pf.schema_arrow.names)
        wanted = [columns.card, *([columns.id] if part.has_id else []), *(n for n, _ in layout.carried if n in names)]
        skip, left, row = part.start, part.stop - part.start, part.first
        for rb in pf.iter_batches(batch_size=size, row_groups=[part.group], columns=wanted, use_threads=False):
            if skip >= rb.num_rows:
                skip -= rb.num_rows
                continue
            rb = rb.slice(skip, left)
            skip = 0
            left -= rb.num_rows
            yield Piece(part, row, rb)
            row += rb.num_rows
            if left <= 0:
                break
    except (OSError, pa.ArrowException) as exc:
        raise InputError(f"{part.name}: cannot read row group {part.group}: {str(exc).splitlines()[0]}") from None


def batch(piece: Piece, layout: Layout) -> Batch:
    """The cards of a piece: their ids, their bytes and the columns they carry."""
    rb, part, row, columns = piece.data, piece.part, piece.row, layout.columns
    found = {name: rb.column(name) for name in rb.schema.names}
    cards = _as_bytes(found.pop(columns.card))
    if part.has_id:
        ids = [f"{part.name}:{row + i}" if v is None else str(v)
               for i, v in enumerate(found.pop(columns.id).to_pylist())]
    else:
        ids = [f"{part.name}:{row + i}" for i in range(rb.num_rows)]
    return Batch(ids, cards, [None] * rb.num_rows, conform(found, layout, rb.num_rows, part.name))


def _as_bytes(column: pa.Array) -> list[bytes | None]:
    """The cards as bytes (a null card: no bytes), without decoding the text into Python strings first."""
    kind = column.type
    if pa.types.is_string(kind):
        column = column.view(pa.binary())
    elif pa.types.is_large_string(kind):
        column = column.view(pa.large_binary())
    elif pa.types.is_string_view(kind):
        column = column.cast(pa.binary())
    return [b"" if v is None else v for v in column.to_pylist()]
