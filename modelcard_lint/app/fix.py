"""Applying fixes: edits on the file's own text, checked, re-linted until nothing is left to fix.

Edits are made on the text exactly as it was read (byte-order mark, line
endings and every untouched byte kept), not on a re-serialised YAML
document: a round trip through a YAML emitter would re-indent and re-quote
lines nobody asked to change.

Every fix passes a guard before it is kept:

- each edit lies where its line and column say: an edit past the end of its
  line is refused, never moved into the next lines;
- the edits of a metadata fix stay inside the front matter, inside the one
  entry (a top-level key and its value) the finding is about, or replace a
  fence line, or insert whole entries; a fix does not edit both the metadata
  and the text below it;
- after the edits, the front matter still loads as huggingface_hub loads it
  (``yaml.safe_load``, YAML 1.1) to the same data, except the keys the fix
  edits, renames or adds; it gains no duplicate key and no syntax error, the
  Hub still finds it, and the text outside it is byte-identical.

A refused fix is not applied; its finding is still reported and says why.
After each pass the card is linted again, until no fix is left (a text seen
before ends the loop, so fixing twice changes nothing the second time).  The
file is written once, atomically, through a symbolic link to the file it
points to, keeping its permissions, owner and hard links.
"""

from __future__ import annotations

import difflib
import re
from typing import Any

from ..card import Card
from ..card.source import Source
from ..core.engine import RuleSet, lint_card
from ..diagnostics import Diagnostic
from .edits import Refused, _overlap, apply_fixes
from .fixguard import _Guard, _Placed
from .write import write_atomically

__all__ = ["MAX_PASSES", "FixResult", "apply_fixes", "fix_source", "unified_diff", "write_atomically"]

MAX_PASSES = 10

# -- fixing a card ----------------------------------------------------------------------------


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


def _key(d: Diagnostic) -> tuple[Any, ...]:
    assert d.fix is not None
    return (d.code, d.message, d.fix.message, tuple(e.text for e in d.fix.edits))


def fix_source(
    source: Source,
    rules: RuleSet,
    unsafe: bool,
    deadline: float | None = None,
    time_limit: float | None = None,
    folder: str | None = None,
) -> FixResult:
    """Lint, apply the fixes the guard accepts, lint again, until no fix is left (at most MAX_PASSES)."""
    original, fixed = source, 0
    card = Card(source, folder)
    diagnostics = lint_card(card, rules, deadline, time_limit)
    refused: dict[tuple[Any, ...], str] = {}
    seen = {source.raw}
    for _ in range(MAX_PASSES):
        # a refusal holds for the text it was judged on: once other fixes changed it, a fix may fit
        refused = {}
        todo = [
            d
            for d in diagnostics  # a finding in another file of the repository is never fixed in the card
            if d.fix is not None and (d.fix.safe or unsafe) and d.path == source.path
        ]
        if not todo:
            break
        guard = _Guard(source, card)
        placed: list[tuple[Diagnostic, _Placed]] = []
        for d in todo:
            try:
                placed.append((d, guard.place(d)))
            except Refused as exc:
                refused[_key(d)] = str(exc)
        placed.sort(key=lambda dp: min((a for a, _, _ in dp[1].edits), default=0))
        taken: list[_Placed] = []
        text = source.raw
        for d, p in placed:
            if any(_overlap(p.edits, t.edits) or t.metadata != p.metadata for t in taken):
                continue  # the next pass
            trial, why = guard.check([*taken, p])
            if why is None:
                taken.append(p)
                text = trial
            elif not taken or guard.check([p])[1] is not None:
                refused[_key(d)] = why
            # else: it clashes only with another fix of this pass, and waits for the next
        if not taken or text in seen:
            break
        seen.add(text)
        fixed += len(taken)
        source = Source.from_text(text, source.path)
        card = Card(source, folder)
        diagnostics = lint_card(card, rules, deadline, time_limit)
    if refused:
        diagnostics = [
            d._replace(fix=None, message=f"{d.message}; not fixed: {refused[_key(d)]}")
            if d.fix is not None and _key(d) in refused
            else d
            for d in diagnostics
        ]
    return FixResult(diagnostics, source, fixed, original)


_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")


def unified_diff(result: FixResult) -> str:
    # the card's own lines: str.splitlines would also cut at U+2028, U+0085, form feeds...
    before = _LINE.findall(result.original.raw)
    after = _LINE.findall(result.source.raw)
    name = result.original.path
    return "".join(difflib.unified_diff(before, after, name, name))
