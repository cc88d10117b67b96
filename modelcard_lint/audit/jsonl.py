"""JSONL inputs: one JSON object per line, cut into partitions at line boundaries.

Planning reads the file once, to number its lines, cut it into parts of a few hundred rows
and type its columns from the first rows: a key whose values have no single type (or are
all null there) is kept as text, nested values as JSON.  A part is read from its first byte,
and its lines are parsed where they are linted.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pyarrow as pa

from .rows import Batch, Columns, InputError, Layout, Partition, Piece, conform

PART_ROWS = 256  # rows of a partition (``sources.coalesce`` joins them for a cluster)
INFER_ROWS = 1000  # rows that decide the types of the columns


def plan(path: str, columns: Columns) -> tuple[list[Partition], list[tuple[str, pa.DataType]], set[str]]:
    parts: list[Partition] = []
    sample: list[dict[str, Any]] = []
    try:
        with open(path, "rb") as fh:
            start = offset = rows = 0
            first = 1
            for lineno, line in enumerate(fh, 1):
                offset += len(line)
                if line.strip():
                    rows += 1
                    if len(sample) < INFER_ROWS:
                        sample.append(_object(line, path, lineno))
                if rows == PART_ROWS:
                    parts.append(Partition("jsonl", path, 0, start, offset, first, rows))
                    start, first, rows = offset, lineno + 1, 0
            if rows:
                parts.append(Partition("jsonl", path, 0, start, offset, first, rows))
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None
    keys = list(dict.fromkeys(k for row in sample for k in row))
    if sample and columns.card not in keys:
        raise InputError(f"{path}: no key {columns.card!r} in its first {len(sample)} rows (their keys: "
                         f"{', '.join(keys)}); name the key of the cards' text with --card-column")
    has_id = columns.id in keys
    if columns.id_given and sample and not has_id:
        raise InputError(f"{path}: no key {columns.id!r} in its first {len(sample)} rows (their keys: "
                         f"{', '.join(keys)}); name the key of the cards' ids with --id-column")
    parts = [p._replace(has_id=has_id) for p in parts]
    found: list[tuple[str, pa.DataType]] = []
    text: set[str] = set()
    for key in keys:
        if key in (columns.card, columns.id):
            continue
        try:
            kind = pa.array([row.get(key) for row in sample]).type
        except (pa.ArrowException, TypeError, ValueError, OverflowError):
            kind = pa.null()
        if kind == pa.null():  # no value, or values of several kinds: kept as text
            kind = pa.string()
            text.add(key)
        found.append((key, kind))
    return parts, found, text


def _object(line: bytes, path: str, lineno: int) -> dict[str, Any]:
    try:
        value = json.loads(line)
    except UnicodeDecodeError:
        raise InputError(f"{path}:{lineno}: not UTF-8 text") from None
    except ValueError as exc:
        reason = getattr(exc, "msg", str(exc))
        raise InputError(f"{path}:{lineno}: not valid JSON ({reason}); a JSONL file holds one JSON object per line") \
            from None
    if not isinstance(value, dict):
        raise InputError(f"{path}:{lineno}: a JSON {type(value).__name__} where a JSON object (one card) was expected")
    return value


def pieces(part: Partition, size: int) -> Iterator[Piece]:
    """The lines of a partition, ``size`` rows at a time (read where the partition is linted)."""
    try:
        with open(part.path, "rb") as fh:
            fh.seek(part.start)
            position, lineno = part.start, part.first - 1
            lines: list[tuple[int, bytes]] = []
            while position < part.stop:
                line = fh.readline()
                if not line:
                    break
                position += len(line)
                lineno += 1
                if line.strip():
                    lines.append((lineno, line))
                if len(lines) == size:
                    yield Piece(part, lines[0][0], lines)
                    lines = []
            if lines:
                yield Piece(part, lines[0][0], lines)
    except OSError as exc:
        raise InputError(f"{part.name}: cannot read: {exc.strerror or exc}") from None


def batch(piece: Piece, layout: Layout) -> Batch:
    """The cards of a piece: their ids, their bytes and the columns they carry."""
    part = piece.part
    rows = [(lineno, _object(line, part.name, lineno)) for lineno, line in piece.data]
    return _jsonl_batch(rows, part, layout, [name for name, _ in layout.carried])


def _jsonl_batch(rows: list[tuple[int, dict[str, Any]]], part: Partition, layout: Layout, keys: list[str]) -> Batch:
    card_key, id_key = layout.columns.card, layout.columns.id
    ids: list[str] = []
    cards: list[bytes | None] = []
    for lineno, row in rows:
        text = row.get(card_key)
        if text is None:
            cards.append(b"")
        elif isinstance(text, str):
            cards.append(text.encode("utf-8", "surrogatepass"))  # a lone surrogate: MC902 says the text is not UTF-8
        else:
            kind = type(text).__name__
            raise InputError(f"{part.name}:{lineno}: {card_key!r} holds a JSON {kind}, not the card's text")
        ident = row.get(id_key) if part.has_id else None
        ids.append(f"{part.name}:{lineno}" if ident is None else str(ident))
    found = {}
    for key, field in zip(keys, layout.schema, strict=True):
        values = [row.get(key) for _, row in rows]
        found[key] = _array(values, field, key in layout.text, rows, part.name, key)
    return Batch(ids, cards, [None] * len(rows), conform(found, layout, len(rows), part.name))


def _array(
    values: list[Any], field: pa.Field, text: bool, rows: list[tuple[int, Any]], path: str, key: str
) -> pa.Array:
    if text:
        values = [v if v is None or isinstance(v, str) else json.dumps(v, ensure_ascii=False) for v in values]
    try:
        return pa.array(values, type=field.type)
    except (pa.ArrowException, TypeError, ValueError, OverflowError):
        for (lineno, _), value in zip(rows, values, strict=True):
            try:
                pa.array([value], type=field.type)
            except (pa.ArrowException, TypeError, ValueError, OverflowError):
                raise InputError(f"{path}:{lineno}: {key!r} holds {json.dumps(value)[:60]}, where the first rows hold "
                                 f"{field.type}; audit a file whose columns keep one type") from None
        raise
