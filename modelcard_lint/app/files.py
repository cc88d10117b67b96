"""Which files to lint: explicit files, and model cards found in directories."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

_SKIP_DIRS = frozenset({"node_modules", "__pycache__", "site-packages"})
# front matter opening within the first bytes: optional BOM and blank space, then a fence
_OPENS_WITH_FENCE = re.compile(rb"^(?:\xef\xbb\xbf)?\s*---[ \t-]*\r?\n")


class Target(NamedTuple):
    path: Path
    display: str
    explicit: bool  # named on the command line, not found by walking


def _is_card(path: Path) -> bool:
    if path.name.lower() == "readme.md":
        return True
    try:
        with path.open("rb") as fh:
            head = fh.read(512)
    except OSError:
        return False
    return bool(_OPENS_WITH_FENCE.match(head))


def _skip_dir(dirpath: str, name: str) -> bool:
    if name.startswith(".") or name in _SKIP_DIRS:
        return True
    return os.path.exists(os.path.join(dirpath, name, "pyvenv.cfg"))  # a virtualenv


def walk(directory: Path, display: str) -> Iterator[Target]:
    """Model cards under ``directory``: every README.md, and other .md files that open with front matter."""
    for dirpath, dirnames, filenames in os.walk(directory):
        dirnames[:] = sorted(d for d in dirnames if not _skip_dir(dirpath, d))
        rel = os.path.relpath(dirpath, directory)
        for name in sorted(filenames):
            if not name.lower().endswith(".md"):
                continue
            path = Path(dirpath, name)
            if _is_card(path):
                shown = name if rel == "." else os.path.join(rel, name)
                yield Target(path, os.path.join(display, shown) if display not in ("", ".") else shown, False)


def collect(paths: list[str]) -> tuple[list[Target], list[str]]:
    """Targets for the given paths, and the paths that do not exist."""
    targets: list[Target] = []
    missing: list[str] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            targets.extend(walk(path, raw.rstrip("/\\") or raw))
        elif path.exists() or path.is_symlink():
            targets.append(Target(path, raw, True))
        else:
            missing.append(raw)
    return targets, missing
