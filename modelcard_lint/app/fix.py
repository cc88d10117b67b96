"""Applying fixes: edits on the file's own text, re-linted until nothing is left to fix.

Edits are made on the text exactly as it was read (byte-order mark, line
endings and every untouched byte kept), not on a re-serialised YAML
document: a round trip through a YAML emitter would re-indent and re-quote
lines nobody asked to change.  After each pass the card is linted again; a
pass that would make the front matter unparsable is dropped.  The file is
written once, atomically (a temporary file in the same folder, then a
rename), so an interrupted run never leaves a half-written card.
"""

from __future__ import annotations

import contextlib
import difflib
import os
import re
import tempfile
from pathlib import Path

from ..card import Card
from ..card.source import Source
from ..core.engine import RuleSet, lint_card
from ..diagnostics import Diagnostic, Fix

MAX_PASSES = 10
_BREAK = re.compile(r"\r\n|\r|\n")


def _line_starts(raw: str, bom: bool) -> tuple[list[int], list[str]]:
    """Offsets in ``raw`` where each line starts, and each line's own line break."""
    starts, breaks = [1 if bom else 0], []
    for m in _BREAK.finditer(raw):
        breaks.append(m.group(0))
        starts.append(m.end())
    breaks.append(breaks[-1] if breaks else "\n")
    return starts, breaks


def apply_fixes(source: Source, fixes: list[Fix]) -> tuple[str, int]:
    """The raw text with the fixes applied, and how many were.

    A fix is applied whole or not at all; one whose edits overlap those of a
    fix already taken waits for the next pass.
    """
    raw = source.raw
    starts, breaks = _line_starts(raw, source.bom)

    def offset(line: int, column: int) -> int:
        if line > len(starts):
            return len(raw)
        return min(starts[line - 1] + column - 1, len(raw))

    def placed(fix: Fix) -> list[tuple[int, int, str]]:
        out = []
        for e in fix.edits:
            a, b = offset(e.span.line, e.span.column), offset(e.span.end_line, e.span.end_column)
            out.append((a, b, e.text.replace("\n", breaks[min(e.span.line, len(breaks)) - 1])))
        return out

    taken: list[tuple[int, int, str]] = []
    applied = 0
    for edits in sorted((placed(f) for f in fixes), key=lambda es: min(a for a, _, _ in es)):
        if any((a < tb and ta < b) or (a == b == ta == tb) for a, b, _ in edits for ta, tb, _ in taken):
            continue
        taken.extend(edits)
        applied += 1
    taken.sort(key=lambda p: (p[0], p[1]))
    out, pos = [], 0
    for a, b, text in taken:
        out.append(raw[pos:a])
        out.append(text)
        pos = b
    out.append(raw[pos:])
    return "".join(out), applied


class FixResult:
    __slots__ = ("diagnostics", "source", "fixed", "original")

    def __init__(self, diagnostics: list[Diagnostic], source: Source, fixed: int, original: Source) -> None:
        self.diagnostics = diagnostics  # what is left after fixing
        self.source = source  # the fixed text
        self.fixed = fixed  # how many findings the fixes resolved
        self.original = original

    @property
    def changed(self) -> bool:
        return self.source.raw != self.original.raw


def _yaml_errors(card: Card) -> int:
    fm = card.frontmatter
    return 0 if fm is None else sum(1 for p in fm.yaml_problems if p.kind == "syntax")


def fix_source(
    source: Source, rules: RuleSet, unsafe: bool, deadline: float | None = None, time_limit: float | None = None
) -> FixResult:
    """Lint, apply the fixes, lint again, until no fix is left (at most MAX_PASSES passes)."""
    original, fixed = source, 0
    card = Card(source)
    diagnostics = lint_card(card, rules, deadline, time_limit)
    for _ in range(MAX_PASSES):
        fixes = [d for d in diagnostics if d.fix is not None and (d.fix.safe or unsafe)]
        if not fixes:
            break
        text, applied = apply_fixes(source, [d.fix for d in fixes])  # type: ignore[misc]
        candidate = Source.from_text(text, source.path)
        if candidate.raw == source.raw:
            break
        new_card = Card(candidate)
        if _yaml_errors(new_card) > _yaml_errors(card):
            break  # a fix that breaks the YAML is not applied
        fixed += applied
        source, card = candidate, new_card
        diagnostics = lint_card(card, rules, deadline, time_limit)
    return FixResult(diagnostics, source, fixed, original)


def write_atomically(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` (UTF-8) in one rename, keeping its permissions."""
    folder = path.parent
    mode = path.stat().st_mode & 0o7777
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def unified_diff(result: FixResult) -> str:
    before = result.original.raw.splitlines(keepends=True)
    after = result.source.raw.splitlines(keepends=True)
    name = result.original.path
    return "".join(difflib.unified_diff(before, after, name, name))
