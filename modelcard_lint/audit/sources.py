"""The inputs of an audit (Parquet files, JSONL files, folders of cards) as partitions of rows.

Planning reads only what is cheap: the footer of each Parquet file (its columns and row
groups), the line breaks of each JSONL file (to cut it at line boundaries and number its
lines) and the list of a folder's cards.  A partition is read later by whoever lints it,
the main process or a Dask worker, in batches of rows, so memory does not grow with the
input.  Every column but the card and the id is carried through to cards.parquet, with the
types of the input (the first rows of a JSONL file decide its columns' types).
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import NamedTuple

import pyarrow as pa

from ..app.files import Discovery
from . import jsonl, parquet
from .rows import DEFAULT_ID, Batch, Columns, InputError, Layout, Partition, Piece, conform

__all__ = ["DEFAULT_ID", "Batch", "Columns", "InputError", "Layout", "Partition", "Piece", "Plan", "batch", "coalesce",
           "pieces", "plan"]

PARQUET_SUFFIXES = (".parquet", ".pq", ".parq")
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".json")
PART_FILES = 256  # cards of a folder's partition


class Plan(NamedTuple):
    partitions: list[Partition]
    layout: Layout
    rows: int


def plan(sources: list[str], columns: Columns, discovery: Discovery, reserved: Iterable[str]) -> Plan:
    """The partitions of every source, and the columns they carry; InputError for a bad input."""
    partitions: list[Partition] = []
    fields: dict[str, tuple[pa.DataType, str]] = {}  # carried column -> (type, the file that says so)
    text: set[str] = set()
    for raw in sources:
        for kind, path in _expand(raw):
            if kind == "parquet":
                parts, schema = parquet.plan(path, columns)
                found = [(f.name, f.type) for f in schema]
            elif kind == "jsonl":
                parts, found, as_text = jsonl.plan(path, columns)
                text |= as_text
            if kind in ("parquet", "jsonl"):
                parts = [p._replace(path=os.path.abspath(path), name=path) for p in parts]
            else:
                parts = _files(_cards(discovery, kind, path, raw))
                found = []
            if parts and partitions and parts[0].kind == partitions[-1].kind == "files":  # cards named one by one
                parts = _files([*partitions.pop().files, *(c for p in parts for c in p.files)])
            partitions += parts
            for name, kind_of in found:
                _merge(fields, name, kind_of, path)
    taken = set(reserved)
    carried = tuple((name, f"input_{name}" if name in taken else name) for name in fields)
    schema = pa.schema([pa.field(out, fields[name][0]) for name, out in carried])
    return Plan(partitions, Layout(columns, carried, schema, frozenset(text)), sum(p.rows for p in partitions))


def _cards(discovery: Discovery, kind: str, path: str, raw: str) -> list[tuple[str, str]]:
    """(path, name in messages) of the cards of a folder (as a plain run finds them), or of one card file."""
    if kind == "card":
        return [(os.path.abspath(path), path)]
    display = (raw.rstrip("/\\") or raw) if path == raw else path
    return sorted(((str(t.path), t.display) for t in discovery.walk(Path(path), display)), key=lambda c: c[1])


def _files(cards: list[tuple[str, str]]) -> list[Partition]:
    return [Partition("files", "", 0, 0, 0, 0, len(cards[i : i + PART_FILES]), True, tuple(cards[i : i + PART_FILES]))
            for i in range(0, len(cards), PART_FILES)]


def _merge(fields: dict[str, tuple[pa.DataType, str]], name: str, kind: pa.DataType, path: str) -> None:
    if name not in fields or fields[name][0] == pa.null():
        fields[name] = (kind, path)
        return
    known, where = fields[name]
    if kind == known or kind == pa.null():
        return
    try:
        merged = pa.unify_schemas([pa.schema([(name, known)]), pa.schema([(name, kind)])], promote_options="permissive")
    except (pa.ArrowException, TypeError):
        raise InputError(
            f"column {name!r} holds {known} in {where} but {kind} in {path}; audit these files separately"
        ) from None
    fields[name] = (merged.field(name).type, where)


def _expand(raw: str) -> list[tuple[str, str]]:
    """(kind, path) for one SOURCE: a folder, a file, or a glob of them."""
    if os.path.isdir(raw):
        return [("dir", raw)]
    if os.path.exists(raw):
        return [(_kind(raw), raw)]
    if glob.has_magic(raw):
        matches = sorted(glob.glob(raw, recursive=True))
        if not matches:
            raise InputError(f"{raw}: no file matches this pattern")
        return [("dir", m) if os.path.isdir(m) else (_kind(m), m) for m in matches]
    raise InputError(f"{raw}: no such file or directory")


def _kind(path: str) -> str:
    lower = path.lower()
    if lower.endswith(PARQUET_SUFFIXES):
        return "parquet"
    if lower.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if lower.endswith(".md"):
        return "card"
    try:
        with open(path, "rb") as fh:
            head = fh.read(64)
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None
    if head.startswith(b"PAR1"):
        return "parquet"
    if head.lstrip().startswith(b"{"):
        return "jsonl"
    raise InputError(f"{path}: not a Parquet file, a JSONL file, a card or a folder of cards")


# -- reading a partition ------------------------------------------------------------------------------------


def pieces(part: Partition, layout: Layout, size: int) -> Iterator[Piece]:
    """The rows of one partition as they are read, at most ``size`` at a time."""
    if part.kind == "parquet":
        yield from parquet.pieces(part, layout, size)
    elif part.kind == "jsonl":
        yield from jsonl.pieces(part, size)
    else:
        for i in range(0, len(part.files), size):
            yield Piece(part, i + 1, part.files[i : i + size])


def batch(piece: Piece, layout: Layout) -> Batch:
    """The cards of a piece (this is work for the worker that lints them)."""
    if piece.part.kind == "parquet":
        return parquet.batch(piece, layout)
    if piece.part.kind == "jsonl":
        return jsonl.batch(piece, layout)
    cards = piece.data
    return Batch([d for _, d in cards], [None] * len(cards), [p for p, _ in cards], conform({}, layout, len(cards), ""))


def coalesce(partitions: list[Partition], rows: int) -> list[Partition]:
    """Consecutive partitions of the same file joined into partitions of about ``rows`` rows (a cluster's tasks)."""
    out: list[Partition] = []
    for part in partitions:
        last = out[-1] if out else None
        if last is not None and last.rows + part.rows <= rows and _joins(last, part):
            out[-1] = last._replace(stop=part.stop, rows=last.rows + part.rows, files=last.files + part.files)
        else:
            out.append(part)
    return out


def _joins(a: Partition, b: Partition) -> bool:
    if a.kind != b.kind or a.path != b.path:
        return False
    if a.kind == "files":
        return True
    return a.group == b.group and a.stop == b.start
