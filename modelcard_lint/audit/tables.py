"""The audit's data: the columns of findings.parquet and cards.parquet, and writers that write them atomically.

findings.parquet has one row per finding, in the order of the cards and by position in a
card; cards.parquet one row per card: its id, its counts, the codes it has, the sections it
has, and every column of the input but the card's text.  Both are written to a temporary
file beside the final one as the cards are done, in row groups of bounded size, and renamed
when every output is finished: an audit that is interrupted leaves no half-written file.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from .lint import SECTIONS, Result

FINDINGS = pa.schema([
    ("id", pa.string()),
    ("code", pa.string()),
    ("name", pa.string()),
    ("severity", pa.string()),
    ("line", pa.int32()),
    ("column", pa.int32()),
    ("end_line", pa.int32()),
    ("end_column", pa.int32()),
    ("message", pa.string()),
])
_FINDING_TYPES = [f.type for f in FINDINGS][1:]

COUNTS = ("findings", "errors", "warnings", "infos")
SECTION_COLUMNS = tuple("section_" + topic.replace("-", "_") for topic in SECTIONS)
CARDS = pa.schema([
    ("id", pa.string()),
    *((name, pa.int32()) for name in COUNTS),
    ("codes", pa.list_(pa.string())),
    *((name, pa.bool_()) for name in SECTION_COLUMNS),
])
#: the names cards.parquet gives its own columns; a carried column of one of these names becomes input_NAME
RESERVED = frozenset(CARDS.names)


def cards_schema(carried: pa.Schema) -> pa.Schema:
    return pa.schema([*CARDS, *carried])


def build(results: list[Result], carried: list[pa.Array], schema: pa.Schema) -> tuple[pa.Table, pa.Table]:
    """The rows of findings.parquet and of cards.parquet for consecutive cards."""
    ids: list[str] = []
    columns: list[list[object]] = [[] for _ in _FINDING_TYPES]
    tallies: list[list[int]] = [[] for _ in COUNTS]
    codes: list[list[str]] = []
    for result in results:
        rows = result.findings
        severities = [row[2] for row in rows]
        errors, warnings = severities.count("error"), severities.count("warning")
        for tally, value in zip(tallies, (len(rows), errors, warnings, len(rows) - errors - warnings), strict=True):
            tally.append(value)
        codes.append(sorted({row[0] for row in rows}))
        if rows:
            ids.extend([result.id] * len(rows))
            for column, values in zip(columns, zip(*rows, strict=True), strict=True):
                column.extend(values)
    findings = pa.Table.from_arrays(
        [pa.array(ids, pa.string()), *(pa.array(c, t) for c, t in zip(columns, _FINDING_TYPES, strict=True))],
        schema=FINDINGS,
    )
    sections = [[None if r.sections is None else r.sections[i] for r in results] for i in range(len(SECTIONS))]
    cards = pa.Table.from_arrays(
        [
            pa.array([r.id for r in results], pa.string()),
            *(pa.array(t, pa.int32()) for t in tallies),
            pa.array(codes, pa.list_(pa.string())),
            *(pa.array(s, pa.bool_()) for s in sections),
            *carried,
        ],
        schema=schema,
    )
    return findings, cards


class ParquetSink:
    """A Parquet file written in row groups of about ``group`` rows to a temporary file, renamed by ``commit``."""

    def __init__(self, path: Path, schema: pa.Schema, group: int) -> None:
        self.path = path
        self.group = group
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        os.close(fd)
        self.tmp = Path(tmp)
        self.pending: list[pa.Table] = []
        self.rows = 0
        self.written = 0
        self.writer: pq.ParquetWriter | None = None
        try:
            self.writer = pq.ParquetWriter(self.tmp, schema, compression="zstd")
        except BaseException:
            self.tmp.unlink(missing_ok=True)
            raise

    def write(self, table: pa.Table) -> None:
        if table.num_rows:
            self.pending.append(table)
            self.rows += table.num_rows
            if self.rows >= self.group:
                self.flush()

    def flush(self) -> None:
        if self.pending and self.writer is not None:
            self.writer.write_table(pa.concat_tables(self.pending))
            self.written += self.rows
            self.pending, self.rows = [], 0

    def close(self) -> None:
        """Finish the temporary file; ``publish`` then gives it its name."""
        self.flush()
        if self.writer is not None:
            self.writer.close()
            self.writer = None

    def publish(self) -> None:
        publish(self.tmp, self.path)

    def abort(self) -> None:
        if self.writer is not None:
            with contextlib.suppress(OSError, pa.ArrowException):
                self.writer.close()
            self.writer = None
        self.tmp.unlink(missing_ok=True)


def stage_text(path: Path, text: str) -> Path:
    """Write ``text`` to a temporary file beside ``path``, for ``publish`` to rename."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return Path(tmp)


def publish(tmp: Path, path: Path) -> None:
    """Give a finished temporary file its name (a rename: readers see the old file or the new, never a part)."""
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes the file private; the outputs are ordinary files
    os.replace(tmp, path)
