"""Where each output of a run goes: stdout, or a file that is written whole or not at all.

``--output-format FORMAT[:PATH]`` may be given several times, so that one run prints the
human report and writes SARIF, JUnit or GitLab reports next to it.  A report file is
written to a temporary file beside it and renamed into place when the run ends, so a
reader never sees half a report, and an interrupted run leaves the old one.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import TextIO

FORMATS = ("full", "concise", "json", "json-lines", "github", "sarif", "junit", "gitlab")


class OutputError(Exception):
    """A report file cannot be written, or the outputs asked for do not fit together."""


def parse(spec: str) -> tuple[str, Path | None]:
    """``sarif:results.sarif`` -> ("sarif", Path("results.sarif")); ``full`` -> ("full", None)."""
    fmt, sep, path = spec.partition(":")
    fmt = fmt.strip().lower()
    if fmt not in FORMATS:
        raise OutputError(f"unknown output format {fmt!r} (use one of {', '.join(FORMATS)})")
    if sep and not path.strip():
        raise OutputError(f"--output-format {spec}: the file name after ':' is missing")
    return fmt, Path(path) if sep else None


class Output:
    """One stream: stdout, or a report file opened as a temporary file."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.tmp: str | None = None
        if path is None:
            self.stream: TextIO = sys.stdout
            return
        folder = path.parent if str(path.parent) else Path(".")
        try:
            fd = _temporary(folder, path.name)
        except OSError as exc:
            raise OutputError(f"{path}: cannot write the report: {exc.strerror or exc}") from None
        self.tmp = fd[1]
        self.stream = open(fd[0], "w", encoding="utf-8", newline="\n")  # noqa: SIM115 - closed by commit/abort

    def commit(self) -> None:
        if self.path is None:
            self.stream.flush()
            return
        assert self.tmp is not None
        self.stream.close()
        try:
            os.replace(self.tmp, self.path)
        except OSError as exc:
            self.abort()
            raise OutputError(f"{self.path}: cannot write the report: {exc.strerror or exc}") from None
        self.tmp = None

    def abort(self) -> None:
        if self.tmp is not None:
            with contextlib.suppress(OSError):
                self.stream.close()
            with contextlib.suppress(OSError):
                os.unlink(self.tmp)
            self.tmp = None


def _temporary(folder: Path, name: str) -> tuple[int, str]:
    import tempfile

    fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder)
    os.chmod(tmp, 0o666 & ~_umask())
    return fd, tmp


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomically(path: Path, text: str) -> None:
    """Write a file of ours (a report, a baseline) whole, or leave the old one."""
    out = Output(path)
    try:
        out.stream.write(text)
        out.commit()
    except BaseException:
        out.abort()
        raise
