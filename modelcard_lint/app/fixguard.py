"""The guard every fix passes before it is kept (see ``app.fix``): strict positions, the entry its
finding is about, and the same data as huggingface_hub reads it, except the keys the fix changes."""

from __future__ import annotations

import math
from typing import Any, NamedTuple

from ..card import Card
from ..card.source import Source
from ..card.yamlhub import hub_tag, load_as_hub
from ..card.yamlnode import Node
from ..diagnostics import Diagnostic, Span
from .edits import Refused, _Lines, _splice

_FAILED = object()  # front matter that does not load

# -- the guard ---------------------------------------------------------------------------------


class _Placed(NamedTuple):
    """A fix placed in the text, and what it is meant to change."""

    edits: list[tuple[int, int, str]]
    metadata: bool  # the fix edits the front matter (else: the text outside it)
    keys: frozenset[Any]  # top-level keys (as huggingface_hub reads them) it edits, renames or adds


def _same(a: Any, b: Any) -> bool:
    """Equal data, types included: 1 is not True nor 1.0, a NaN equals a NaN."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(_same(v, b[k]) for k, v in a.items())
    if isinstance(a, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, float) and math.isnan(a):
        return math.isnan(b)
    return bool(a == b)


def _load(yaml_text: str) -> Any:
    try:
        return load_as_hub(yaml_text)
    except Exception:  # a YAML error, a recursion too deep: the block does not load
        return _FAILED


def _hub_key(node: Node) -> Any:
    """A top-level key as huggingface_hub reads it (a plain `yes` is True)."""
    if node.style is not None or hub_tag(node.raw) == "str":
        return node.raw
    loaded = _load(node.raw)
    return node.raw if loaded is _FAILED else loaded


def _shown(keys: Any) -> str:
    return ", ".join(f"`{k}`" for k in sorted(keys, key=str))


class _Guard:
    """One fixing pass over a card: where its parts are, and what its front matter means."""

    def __init__(self, source: Source, card: Card) -> None:
        self.source = source
        self.card = card
        self.lines = _Lines(source)
        fm = card.frontmatter
        self.fm = fm if fm is not None and fm.close_line is not None else None
        self.region = self._region(self.lines, card)
        self._data: Any = None

    @staticmethod
    def _region(lines: _Lines, card: Card) -> tuple[int, int] | None:
        """Offsets in the raw text of the front matter, from its opening fence to the end of its closing one."""
        fm = card.frontmatter
        if fm is None or fm.close_line is None:
            return None
        end = lines.starts[fm.close_line] if fm.close_line < len(lines.starts) else len(lines.raw)
        return lines.starts[fm.open_line - 1], end

    def data(self) -> Any:
        if self._data is None:
            self._data = _load(self.fm.yaml_text) if self.fm is not None else _FAILED
        return self._data

    # -- where a fix lands ----------------------------------------------------------------------
    def place(self, d: Diagnostic) -> _Placed:
        """Place a finding's fix; Refused when an edit is not where a fix for this finding may edit."""
        assert d.fix is not None
        edits = self.lines.place(d.fix)
        fm = self.fm
        if fm is None:
            self._in_block(d)
            return _Placed(edits, False, frozenset())
        first, last = fm.open_line, fm.close_line
        assert last is not None
        inside = [first <= e.span.line and e.span.end_line <= last for e in d.fix.edits]
        if not any(inside):
            if not all(e.span.line > last or e.span.end_line < first for e in d.fix.edits):
                raise Refused("its edits cross a fence of the front matter")
            self._in_block(d)
            return _Placed(edits, False, frozenset())
        if not all(inside):
            raise Refused("it edits both the front matter and the text outside it")
        pairs = self.card.meta.pairs if self.card.meta is not None else []
        made_for = _entry_at(pairs, d.span) if first < d.span.line < last else None
        keys: set[Any] = set()
        for e in d.fix.edits:
            s = e.span
            start, end = (s.line, s.column), (s.end_line, s.end_column)
            fence = s.line in (first, last) and s.end_line == s.line
            if fence and start == (s.line, 1) and end == (s.line, self.lines.lengths[s.line - 1] + 1):
                continue  # the whole fence line
            if start == end and s.column == 1 and not any(_strictly_inside(p, start) for p in pairs):
                if made_for is not None:
                    raise Refused(f"it adds entries, but it was made for the entry `{made_for[0].raw}`")
                added = _load(e.text)
                if not isinstance(added, dict) or not added or not e.text.endswith("\n"):
                    raise Refused(f"the text it inserts at line {s.line} is not whole metadata entries")
                keys.update(added)
                continue
            entry = _entry_at(pairs, s)
            if entry is not None:
                key, _ = entry
                if made_for is not None and entry is not made_for:
                    raise Refused(
                        f"its edit at line {s.line} lies outside the entry `{made_for[0].raw}` it was made for"
                    )
                keys.add(_hub_key(key))
                if s == key.span:  # a rename: the new key may appear
                    renamed = _load(e.text)
                    if renamed is _FAILED or not isinstance(renamed, (str, int, float, bool)):
                        raise Refused(f"the key it writes at line {s.line} is not a plain key")
                    keys.add(renamed)
                continue
            raise Refused(f"its edit at line {s.line}, column {s.column} does not fall inside one metadata entry")
        return _Placed(edits, True, frozenset(keys))

    def _in_block(self, d: Diagnostic) -> None:
        """A fix of the body edits only the lines of the block its finding is in (a table, a paragraph)."""
        assert d.fix is not None
        line = d.span.line
        if line <= self.card.body_line:
            return
        block = None
        for b in self.card.body.walk():  # parents come before their children: the last is the innermost
            if b.line <= line <= b.end_line:
                block = b
        if block is None:
            return
        for e in d.fix.edits:
            if not (block.line <= e.span.line and e.span.end_line <= block.end_line):
                raise Refused(
                    f"its edit at line {e.span.line} lies outside the {block.kind} (lines {block.line}-"
                    f"{block.end_line}) its finding is in"
                )

    # -- what the fixes change -------------------------------------------------------------------
    def check(self, placed: list[_Placed]) -> tuple[str, str | None]:
        """The text with these fixes applied, and why it must not be kept (None when it may)."""
        text = _splice(self.source.raw, [e for p in placed for e in p.edits])
        after = Card(Source.from_text(text, self.source.path))
        lines = _Lines(after.source)
        before_region, after_region = self.region, self._region(lines, after)
        raw = self.source.raw
        if any(p.metadata for p in placed):
            if before_region is None or after_region is None:
                return text, "the front matter would no longer be found"
            if raw[: before_region[0]] != text[: after_region[0]] or raw[before_region[1] :] != text[after_region[1] :]:
                return text, "it would change the text outside the front matter"
            return text, self._same_meaning(after, frozenset().union(*(p.keys for p in placed)))
        if before_region is not None and (after_region is None or raw[: before_region[1]] != text[: after_region[1]]):
            return text, "it would change the front matter"
        return text, None

    def _same_meaning(self, after: Card, keys: frozenset[Any]) -> str | None:
        fm, new = self.fm, after.frontmatter
        assert fm is not None and new is not None
        if fm.hub_sees and not new.hub_sees:
            return "the Hub would no longer find the front matter"
        old_problems, new_problems = fm.yaml_problems, new.yaml_problems
        if sum(p.category == "syntax" for p in new_problems) > sum(p.category == "syntax" for p in old_problems):
            return "the front matter would no longer be valid YAML"
        old_dups = {p.message for p in old_problems if p.category == "duplicate-key"}
        new_dups = {p.message for p in new_problems if p.category == "duplicate-key"} - old_dups
        if new_dups:
            return f"it would make {_shown(new_dups)} a duplicate key"
        before, changed = self.data(), _load(new.yaml_text)
        if before is _FAILED:
            if fm.yaml_text != new.yaml_text:
                return "the front matter does not load as huggingface_hub loads it, so a change cannot be checked"
            return None
        if changed is _FAILED:
            return "huggingface_hub could no longer load the front matter"
        try:
            if isinstance(before, dict) and isinstance(changed, dict):
                other = {k for k in before.keys() | changed.keys() if k not in keys}
                differ = {k for k in other if k not in before or k not in changed or not _same(before[k], changed[k])}
                if differ:
                    return f"it would change {_shown(differ)}, which it was not meant to change"
            elif not _same(before, changed):
                return "it would change what the front matter holds"
        except RecursionError:
            return "the front matter is nested too deeply to compare"
        return None


def _entry_at(pairs: list[tuple[Node, Node]], span: Span) -> tuple[Node, Node] | None:
    """The top-level entry whose text (from its key to the end of its value) holds ``span``."""
    start, end = (span.line, span.column), (span.end_line, span.end_column)
    for pair in pairs:
        key, value = pair
        if (key.span.line, key.span.column) <= start and end <= (value.span.end_line, value.span.end_column):
            if start == end == (value.span.end_line, value.span.end_column) and value.span.end_column == 1:
                continue  # the start of the next line: between entries
            return pair
    return None


def _strictly_inside(pair: tuple[Node, Node], at: tuple[int, int]) -> bool:
    key, value = pair
    return (key.span.line, key.span.column) < at < (value.span.end_line, value.span.end_column)
