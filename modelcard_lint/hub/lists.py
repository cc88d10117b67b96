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
def template_headings() -> tuple[tuple[int, str], ...]:
    """The Hub template's section headings, in order, as (level, title): the title without its ``#`` marks and its
    " [optional]" (the heading of the model's id, a Jinja expression, left out)."""
    out = []
    for line in load_list("hf_template_sections"):
        if "{" not in line:
            level = len(line) - len(line.lstrip("#"))
            out.append((level, " ".join(line.lstrip("#").replace("[optional]", "").split())))
    return tuple(out)


@cache
def load_set(name: str) -> frozenset[str]:
    return frozenset(load_list(name))
