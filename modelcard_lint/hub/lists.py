"""The Hub's lists (licenses, tasks, libraries, template headings), shipped as data.

Each list is a text file in ``modelcard_lint/hub/data/``, one entry per line; its
source and date are in ``data/SOURCES.md``.  Refreshing a list means
replacing its file.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

DATA_DIR = Path(__file__).parent / "data"


@cache
def load_list(name: str) -> tuple[str, ...]:
    """Entries of ``data/<name>.txt`` in file order (blank lines and ``#`` comments skipped
    unless the file is a list of Markdown headings)."""
    text = (DATA_DIR / f"{name}.txt").read_text(encoding="utf-8")
    keep_hash = name == "hf_template_sections"
    return tuple(
        line.strip()
        for line in text.splitlines()
        if line.strip() and (keep_hash or not line.lstrip().startswith("#"))
    )


@cache
def load_set(name: str) -> frozenset[str]:
    return frozenset(load_list(name))
