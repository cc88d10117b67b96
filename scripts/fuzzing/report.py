"""Writing the results: one reproducer file per signature, ``summary.json``, ``scaling.json``, a table.

Reproducers are written byte-exact (UTF-8, line endings as found); ``reproduced``
says whether the shrunk one failed again (a timing may not).  A
``first_seen_input`` of -1 is a crafted input of the scaling phase.  In the
table and in ``summary.json`` each one is also shown as a compact Python
expression: runs of a repeated piece are written ``'piece' * n``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from .campaign import Found, Tally
from .shrink import run_at

_UNSAFE_NAME = re.compile(r"[^A-Za-z0-9._+-]+")


def compact_repr(text: str) -> str:
    """``repr(text)``, with long runs written as ``'x' * n`` and the parts joined by ``+``."""
    parts: list[str] = []
    literal: list[str] = []
    i = 0
    while i < len(text):
        run = run_at(text, i)
        if run is None:
            literal.append(text[i])
            i += 1
            continue
        if literal:
            parts.append(repr("".join(literal)))
            literal = []
        unit, n = run
        parts.append(f"{unit!r} * {n}")
        i += len(unit) * n
    if literal or not parts:
        parts.append(repr("".join(literal)))
    return " + ".join(parts)


def file_name(signature: str) -> str:
    return _UNSAFE_NAME.sub("_", signature).strip("_")[:120] + ".md"


def write(
    out: Path,
    total: Tally,
    shrunk: dict[str, tuple[str, str | None]],
    run: dict[str, Any],
    scaling: list[dict[str, Any]],
) -> list[dict[str, Any]]:
    """Write every file; return the summary's entries, most frequent first."""
    out.mkdir(parents=True, exist_ok=True)
    entries = []
    for signature, found in sorted(total.found.items(), key=lambda kv: (-kv[1].count, kv[0])):
        text, detail = shrunk.get(signature, (found.text, found.detail))
        name = file_name(signature)
        (out / name).write_bytes(text.encode("utf-8"))
        entry = _entry(signature, found, text, name, total.first_index[signature])
        entry["reproduced"] = signature in shrunk and detail is not None
        entry["detail"] = detail if detail is not None else found.detail
        entries.append(entry)
    (out / "summary.json").write_text(json.dumps({**run, "signatures": entries}, indent=2, ensure_ascii=False) + "\n")
    if scaling:
        (out / "scaling.json").write_text(json.dumps(scaling, indent=2) + "\n")
    return entries


def _entry(signature: str, found: Found, text: str, name: str, first_index: int) -> dict[str, Any]:
    return {
        "signature": signature,
        "count": found.count,
        "first_seen_input": first_index,
        "first_seen_seconds": round(found.first_at, 1),
        "kind": found.kind,
        "reproducer": name,
        "size": len(text.encode("utf-8")),
        "original_size": len(found.text.encode("utf-8")),
        "detail": found.detail,
        "repr": compact_repr(text),
    }


def table(entries: list[dict[str, Any]], width: int = 400) -> str:
    lines = [f"{'count':>8}  {'bytes':>6}  signature / shrunk reproducer"]
    for e in entries:
        shown = e["repr"] if len(e["repr"]) <= width else e["repr"][:width] + " ..."
        lines.append(f"{e['count']:>8,}  {e['size']:>6}  {e['signature']}")
        lines.append(f"{'':>18}{shown}")
    return "\n".join(lines)
