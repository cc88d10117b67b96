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

import contextlib
import difflib
import math
import os
import re
import stat
import tempfile
import time
from pathlib import Path
from typing import Any, NamedTuple

from ..card import Card
from ..card.source import Source
from ..card.yamlnode import Node, hub_tag, load_as_hub
from ..core.engine import RuleSet, lint_card
from ..diagnostics import Diagnostic, Fix, Span

MAX_PASSES = 10
_BREAK = re.compile(r"\r\n|\r|\n")
_FAILED = object()  # front matter that does not load


class Refused(Exception):
    """Why a fix is not applied; said in its finding's message."""


def _line_starts(raw: str, bom: bool) -> tuple[list[int], list[str]]:
    """Offsets in ``raw`` where each line starts, and each line's own line break."""
    starts, breaks = [1 if bom else 0], []
    for m in _BREAK.finditer(raw):
        breaks.append(m.group(0))
        starts.append(m.end())
    breaks.append(breaks[-1] if breaks else "\n")
    return starts, breaks


class _Lines:
    """Where the lines of a text are, to turn (line, column) positions into offsets, strictly."""

    __slots__ = ("raw", "starts", "breaks", "lengths")

    def __init__(self, source: Source) -> None:
        self.raw = source.raw
        self.starts, self.breaks = _line_starts(source.raw, source.bom)
        self.lengths = [len(line) for line in source.text.split("\n")]

    def offset(self, line: int, column: int) -> int:
        if not 1 <= line <= len(self.lengths):
            raise Refused(f"its edit at line {line} lies outside the file")
        if not 1 <= column <= self.lengths[line - 1] + 1:
            raise Refused(f"its edit at line {line}, column {column} lies past the end of that line")
        return self.starts[line - 1] + column - 1

    def place(self, fix: Fix) -> list[tuple[int, int, str]]:
        """The edits of a fix as (start, end, text) offsets in the raw text; Refused if one is misplaced."""
        out = []
        for e in fix.edits:
            a = self.offset(e.span.line, e.span.column)
            b = self.offset(e.span.end_line, e.span.end_column)
            if b < a:
                raise Refused(f"its edit at line {e.span.line} ends before it starts")
            out.append((a, b, e.text.replace("\n", self.breaks[e.span.line - 1])))
        return out


def _splice(raw: str, edits: list[tuple[int, int, str]]) -> str:
    out, pos = [], 0
    for a, b, text in sorted(edits, key=lambda p: (p[0], p[1])):
        out.append(raw[pos:a])
        out.append(text)
        pos = b
    out.append(raw[pos:])
    return "".join(out)


def _overlap(edits: list[tuple[int, int, str]], taken: list[tuple[int, int, str]]) -> bool:
    return any((a < tb and ta < b) or (a == b == ta == tb) for a, b, _ in edits for ta, tb, _ in taken)


def apply_fixes(source: Source, fixes: list[Fix]) -> tuple[str, int]:
    """The raw text with the fixes applied, and how many were (no checks beyond positions).

    A fix is applied whole or not at all: one with an edit past the end of its line
    is refused, one whose edits overlap those of a fix already taken waits.
    """
    lines = _Lines(source)
    placed = []
    for fix in fixes:
        with contextlib.suppress(Refused):
            placed.append(lines.place(fix))
    taken: list[tuple[int, int, str]] = []
    applied = 0
    for edits in sorted(placed, key=lambda es: min((a for a, _, _ in es), default=0)):
        if edits and not _overlap(edits, taken):
            taken.extend(edits)
            applied += 1
    return _splice(source.raw, taken), applied


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
            return _Placed(edits, False, frozenset())
        first, last = fm.open_line, fm.close_line
        assert last is not None
        inside = [first <= e.span.line and e.span.end_line <= last for e in d.fix.edits]
        if not any(inside):
            if not all(e.span.line > last or e.span.end_line < first for e in d.fix.edits):
                raise Refused("its edits cross a fence of the front matter")
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
        if sum(p.kind == "syntax" for p in new_problems) > sum(p.kind == "syntax" for p in old_problems):
            return "the front matter would no longer be valid YAML"
        old_dups = {p.message for p in old_problems if p.kind == "duplicate-key"}
        new_dups = {p.message for p in new_problems if p.kind == "duplicate-key"} - old_dups
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


def fix_source(source: Source, rules: RuleSet, unsafe: bool) -> FixResult:
    """Lint, apply the fixes the guard accepts, lint again, until no fix is left (at most MAX_PASSES)."""
    original, fixed = source, 0
    card = Card(source)
    diagnostics = lint_card(card, rules)
    refused: dict[tuple[Any, ...], str] = {}
    seen = {source.raw}
    for _ in range(MAX_PASSES):
        todo = [d for d in diagnostics if d.fix is not None and (d.fix.safe or unsafe) and _key(d) not in refused]
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
        card = Card(source)
        diagnostics = lint_card(card, rules)
    if refused:
        diagnostics = [
            d._replace(fix=None, message=f"{d.message}; not fixed: {refused[_key(d)]}")
            if d.fix is not None and _key(d) in refused
            else d
            for d in diagnostics
        ]
    return FixResult(diagnostics, source, fixed, original)


# -- writing ----------------------------------------------------------------------------------

STALE_AFTER = 60.0  # seconds: a temporary file older than this was left by a run that was killed
_TEMPORARY = re.compile(r"\.(?P<name>.+)\.[a-z0-9_]{8}\.tmp\Z")  # what tempfile.mkstemp names ours
_SCANNED: dict[str, dict[str, list[str]]] = {}  # folder -> card name -> our temporaries there


class NotWritten(OSError):
    """The card is not rewritten; the message says why."""


def remove_stale_temporaries(path: Path) -> None:
    """Remove the temporary files a killed run left next to the card ``path`` (ours only, older than a minute).

    Only names made as this module makes them (`.README.md.<8 characters>.tmp`) for this
    card, and only regular files; each folder is read once per process.
    """
    folder = os.fspath(path.parent)
    found = _SCANNED.get(folder)
    if found is None:
        found = _SCANNED[folder] = {}
        with contextlib.suppress(OSError), os.scandir(folder) as entries:
            for entry in entries:
                m = _TEMPORARY.match(entry.name)
                if m is not None:
                    found.setdefault(m.group("name"), []).append(entry.path)
    now = time.time()
    for leftover in found.pop(path.name, []):
        with contextlib.suppress(OSError):
            st = os.lstat(leftover)
            if stat.S_ISREG(st.st_mode) and now - st.st_mtime > STALE_AFTER:
                os.unlink(leftover)


def write_atomically(path: Path, text: str) -> None:
    """Replace the card at ``path`` with ``text`` (UTF-8), or raise OSError (``NotWritten``) saying why not.

    Through a symbolic link, the file it points to is rewritten and the link kept.  The new
    text is written to a temporary file in the same folder, which then replaces the card in
    one rename, with the card's permissions, owner and group.  A card with several hard
    links is instead overwritten in place once the temporary file is complete, so that
    every name still shows the same file; a failure while overwriting puts the old text back.
    A read-only card (no write permission bit) is not rewritten, even by root.
    """
    target = Path(os.path.realpath(path))
    st = os.stat(target)
    if not stat.S_ISREG(st.st_mode):
        raise NotWritten("it is not a regular file")
    if not st.st_mode & 0o222:
        raise NotWritten("the file is read-only")
    if not os.access(target, os.W_OK):
        raise NotWritten("the file is not writable by this user")
    remove_stale_temporaries(target)
    data = text.encode("utf-8")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    keep_tmp = False
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
            mine = os.fstat(fh.fileno())
        in_place = st.st_nlink > 1
        if not in_place:
            os.chmod(tmp, st.st_mode & 0o7777)
            if (mine.st_uid, mine.st_gid) != (st.st_uid, st.st_gid):
                try:
                    os.chown(tmp, st.st_uid, st.st_gid)  # root fixing another user's card, a setgid folder
                except PermissionError:
                    in_place = True  # the rename would give the card a new owner: overwrite it instead
        if not in_place:
            os.replace(tmp, target)
        else:
            try:
                _overwrite(target, data)
            except _Unrestored as exc:
                keep_tmp = True
                why = f"{exc.__cause__}; the card could not be restored, its fixed text is in {tmp}"
                raise NotWritten(why) from exc
    finally:
        if not keep_tmp:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


class _Unrestored(Exception):
    """Overwriting a card failed, and so did putting its old text back."""


def _overwrite(target: Path, data: bytes) -> None:
    """Write ``data`` over the file itself (its inode, so hard links keep it); on failure put its old bytes back."""
    with open(target, "r+b") as fh:
        old = fh.read()
        try:
            fh.seek(0)
            fh.write(data)
            fh.truncate()
            fh.flush()
            os.fsync(fh.fileno())
        except BaseException as exc:
            try:
                fh.seek(0)
                fh.write(old)
                fh.truncate()
                fh.flush()
            except OSError:
                raise _Unrestored() from exc
            raise


_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")


def unified_diff(result: FixResult) -> str:
    # the card's own lines: str.splitlines would also cut at U+2028, U+0085, form feeds...
    before = _LINE.findall(result.original.raw)
    after = _LINE.findall(result.source.raw)
    name = result.original.path
    return "".join(difflib.unified_diff(before, after, name, name))
