"""Which files to lint: explicit files, and model cards found in directories."""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

_SKIP_DIRS = frozenset({"node_modules", "__pycache__", "site-packages"})
# front matter opening within the first bytes: optional BOM and blank space, then a fence
_OPENS_WITH_FENCE = re.compile(rb"^(?:\xef\xbb\xbf)?\s*---[ \t-]*\r?\n")


class Target(NamedTuple):
    """A file to lint: its path (None for stdin), how messages name it, and whether it was named explicitly."""

    path: Path | None
    display: str
    explicit: bool = True
    data: bytes | None = None  # the bytes read from stdin
    error: str | None = None  # why it cannot be read at all (a path that does not exist)


def _is_regular(path: str) -> bool:
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return False


def _is_card(path: str, name: str) -> bool:
    if not _is_regular(path):  # a FIFO named README.md would block the walk forever
        return False
    if name.lower() == "readme.md":
        return True
    try:
        with open(path, "rb") as fh:
            head = fh.read(512)
    except OSError:
        return False
    return bool(_OPENS_WITH_FENCE.match(head))


def _skip_dir(dirpath: str, name: str) -> bool:
    if name.startswith(".") or name in _SKIP_DIRS:
        return True
    return os.path.exists(os.path.join(dirpath, name, "pyvenv.cfg"))  # a virtualenv


def walk(directory: Path, display: str) -> Iterator[Target]:
    """Model cards under ``directory``: every README.md, and other .md files that open with front matter.

    Folders that cannot be read are skipped, as are files that are not regular files.
    """
    for dirpath, dirnames, filenames in os.walk(directory):
        dirnames[:] = sorted(d for d in dirnames if not _skip_dir(dirpath, d))
        rel = os.path.relpath(dirpath, directory)
        for name in sorted(filenames):
            if not name.lower().endswith(".md"):
                continue
            path = os.path.join(dirpath, name)
            if _is_card(path, name):
                shown = name if rel == "." else os.path.join(rel, name)
                yield Target(Path(path), os.path.join(display, shown) if display not in ("", ".") else shown, False)


def _kind(path: Path) -> str:
    """"dir", "file" (anything else that exists, even a FIFO: reading it says what it is), or "missing"."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return "file" if os.path.islink(path) else "missing"  # a broken link: reading it says so
    except OSError:
        return "file"  # a folder we may not search: reading the file says why it cannot be read
    return "dir" if stat.S_ISDIR(mode) else "file"


def collect(paths: list[str]) -> list[Target]:
    """Targets for the given paths; a path that does not exist is a target that says so."""
    targets: list[Target] = []
    for raw in paths:
        path = Path(raw)
        kind = _kind(path)
        if kind == "dir":
            targets.extend(walk(path, raw.rstrip("/\\") or raw))
        elif kind == "file":
            targets.append(Target(path, raw, True))
        else:
            targets.append(Target(path, raw, True, error="cannot read: no such file or directory"))
    return targets
