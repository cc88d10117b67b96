"""Composing the front matter into ``Node`` trees whose spans are file positions.

ruamel.yaml's C composer (libyaml) builds the node graph with a mark on every node; we turn
it into small ``Node`` objects.  libyaml counts U+0085, U+2028 and U+2029 as line breaks and
skips a leading byte-order mark, while the card's lines end at ``\n`` only; when the text
holds any of them, positions come from the mark's character index against the block's own
line starts, so a span is the file position whatever the text holds.  Scalars are resolved
with the YAML 1.2 core schema.  Anchors, tags and aliases are recorded as a node's ``lock``:
the reason a fix must not edit its text.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from typing import Any

from ..diagnostics import Span
from .yamldepth import PYTHON_DEPTH, nested_too_deeply
from .yamlnode import BOOLS, FLOAT_RE, INT_RE, MAP, NULLS, SCALAR, SEQ, TAG, Node, YamlProblem

_new = tuple.__new__  # a Span without the named tuple's Python-level __new__ (29,000 nodes over the corpus)
_STR = TAG + "str"
# the text of the resolver's shared tags, by their id (see _loader_class): the tag of most nodes,
# read without its attributes (build over the corpus: 37 ms -> 27 ms)
_RESOLVED: dict[int, str] = {id(None): ""}
_SHARED_TAGS: dict[str, Any] = {}
_ODD = re.compile("[\r\x85\u2028\u2029\ufeff]")
# the properties in front of a node: an anchor and a tag, in either order
_PROPS = re.compile(r"([&!][^ \t\n,\[\]{}]*)(?:[ \t]+([&!][^ \t\n,\[\]{}]*))?")
# what may stand between the end of the node before an alias and the alias itself
_GAP = re.compile(r"(?:[ \t\n,:?\[-]|#[^\n]*)*")


class _Positions:
    """File positions of libyaml's marks in one front-matter block.

    libyaml's own line and column are the file's exactly when ``\n`` is the only
    line break in the block; otherwise (U+0085, U+2028, U+2029, a byte-order
    mark) they are computed from the mark's character index.
    """

    __slots__ = ("text", "offset", "shift", "exact", "_starts")

    def __init__(self, text: str, line_offset: int, bom_skipped: bool) -> None:
        self.text = text
        self.offset = line_offset
        # the C reader skips a leading byte-order mark without counting it in the index
        self.shift = 1 if bom_skipped and text.startswith("\ufeff") else 0
        self.exact = _ODD.search(text) is None  # libyaml's lines and columns are the file's
        self._starts: list[int] | None = None

    def _lines(self) -> list[int]:
        if self._starts is None:
            self._starts = [0, *(m.end() for m in re.finditer("\n", self.text))]
        return self._starts

    def index(self, mark: Any) -> int:
        """The offset in the text of a mark."""
        return int(mark.index) + self.shift

    def at(self, index: int) -> tuple[int, int]:
        """The 1-based file line and column of an offset in the text."""
        starts = self._lines()
        n = bisect_right(starts, index) - 1
        return n + self.offset + 1, index - starts[n] + 1

    def span(self, node: Any) -> Span:
        return Span(*self.mark(node.start_mark), *self.mark(node.end_mark))

    def mark(self, mark: Any) -> tuple[int, int]:
        """The 1-based file line and column of a mark."""
        if self.exact:
            return mark.line + self.offset + 1, mark.column + 1
        index = self.index(mark)
        if index >= len(self.text) and mark.column == 0 and not self.text.endswith("\n"):
            # the end of a stream that lacks a final line break: libyaml puts it on a line of its own
            return len(self._lines()) + self.offset + 1, 1
        return self.at(index)


def _resolve(tag: str, raw: str) -> Any:
    if not tag.startswith(TAG):
        return raw
    kind = tag[len(TAG) :]
    try:
        if kind == "null":
            return None
        if kind == "bool":
            return raw.lower() in ("true", "yes", "on")
        if kind == "int":
            text = raw.replace("_", "")
            sign = -1 if text.startswith("-") else 1
            body = text.lstrip("+-")
            for prefix, base in (("0o", 8), ("0x", 16), ("0b", 2)):
                if body.lower().startswith(prefix):
                    return sign * int(body[2:], base)
            return int(text)
        if kind == "float":
            low = raw.lower().replace("_", "")
            if low.endswith((".inf", "inf")):
                return -math.inf if low.startswith("-") else math.inf
            if low.endswith(".nan"):
                return math.nan
            return float(low)
    except ValueError:
        return raw
    return raw


class _Builder:
    def __init__(self, positions: _Positions) -> None:
        self.pos = positions
        self.text = positions.text
        self.shift = positions.shift
        self.exact = positions.exact
        self.line_offset = positions.offset + 1
        self.memo: dict[int, Node] = {}  # collections, by the id of their ruamel node
        self.anchored: dict[int, Node] = {}  # scalars with an anchor, by the id of their ruamel node
        self.alias_end = 0  # where the last alias placed ends (an alias's own marks are its anchor's)
        self.problems: list[YamlProblem] = []

    def build(self, rnode: Any, before: Any = None, first: bool = False) -> Node:
        """The node for ``rnode``.

        ``before`` is the ruamel node whose end precedes this one in its collection (a
        mapping value's key, the previous item), or, for the ``first`` node of a collection,
        the collection itself: where to look for the alias that stands for ``rnode``.
        """
        # collections are remembered, so an alias reuses the node (and a recursive alias ends);
        # an aliased scalar is built again, at the alias
        kind = rnode.id
        if kind != "scalar":
            done = self.memo.get(id(rnode))
            if done is not None:
                _lock_tree(done, f"it is used more than once, through an alias of the value on line {done.span.line}")
                return done
        s = rnode.start_mark
        if self.exact:
            e, offset = rnode.end_mark, self.line_offset
            span = _new(Span, (s.line + offset, s.column + 1, e.line + offset, e.column + 1))
        else:
            span = self.pos.span(rnode)
        ctag = rnode.ctag  # reading .tag decodes the URI every time; resolved tags need no decoding
        tag = _RESOLVED.get(id(ctag))  # most tags are the resolver's shared ones: their text is known
        if tag is None:
            if ctag is None:
                tag = ""
            elif ctag.handle is None and "%" not in (ctag.suffix or ""):
                tag = ctag.suffix or ""
            else:
                tag = str(ctag)
        # an anchor or a tag stands first in the node's text
        start = s.index + self.shift
        char = self.text[start : start + 1]
        props = _PROPS.match(self.text, start) if char == "&" or char == "!" else None
        if kind == "scalar":
            raw = rnode.value
            node = Node(SCALAR, span, tag, raw if tag == _STR else _resolve(tag, raw), raw, rnode.style or None)
            if props is not None:
                self._properties(node, rnode, props, before, first)
            return node
        if kind == "sequence":
            node = Node(SEQ, span, tag, [])
            if props is not None:
                node.lock = _props_lock(props)
            self.memo[id(rnode)] = node
            previous, inside = rnode, True
            for item in rnode.value:
                node.value.append(self.build(item, previous, inside))
                previous, inside = item, False
            return node
        node = Node(MAP, span, tag, {})
        if props is not None:
            node.lock = _props_lock(props)
        self.memo[id(rnode)] = node
        first_seen: dict[str, Node] = {}
        previous, inside = rnode, True
        for rkey, rval in rnode.value:
            key = self.build(rkey, previous, inside)
            val = self.build(rval, rkey)
            previous, inside = rval, False
            val.key = key
            text = key.raw if key.kind == SCALAR else f"<{key.kind}>"
            if key.tag == TAG + "merge":
                text = "<<"
            earlier = first_seen.get(text)
            if earlier is not None:
                self.problems.append(
                    YamlProblem(
                        "duplicate-key",
                        key.span,
                        text,
                        {"key": text, "first_line": earlier.span.line},
                    )
                )
            else:
                first_seen[text] = key
            node.pairs.append((key, val))
            node.value[text] = val
        return node

    def _properties(self, node: Node, rnode: Any, props: re.Match[str], before: Any, first: bool) -> None:
        """Lock a scalar written with an anchor or a tag; place and lock its aliases."""
        anchor = next((p[1:] for p in props.groups() if p and p.startswith("&")), "")
        anchored = self.anchored.get(id(rnode)) if anchor else None
        if anchored is None:
            node.lock = _props_lock(props)
            if anchor:
                self.anchored[id(rnode)] = node
            return
        # the same ruamel node again: this is an alias, and libyaml gave it the anchor's marks
        if before is not None:
            # after the previous node's end, or inside the collection for its first node
            after = self.pos.index(before.start_mark) + 1 if first else self.pos.index(before.end_mark)
            gap = _GAP.match(self.text, max(after, self.alias_end))
            at = gap.end() if gap is not None else -1
            if at >= 0 and self.text.startswith(f"*{anchor}", at):
                line, column = self.pos.at(at)
                node.span = Span(line, column, line, column + 1 + len(anchor))
                self.alias_end = at + 1 + len(anchor)
        node.lock = f"it is the alias `*{anchor}` of the value on line {anchored.span.line}"
        if "used again" not in anchored.lock:  # name the first alias only
            anchored.lock = f"it has the anchor `&{anchor}`, used again on line {node.span.line}"


def _props_lock(props: re.Match[str]) -> str:
    parts = [p for p in props.groups() if p]
    anchors = [f"the anchor `{p}`" for p in parts if p.startswith("&")]
    tags = [f"the tag `{p}`" for p in parts if p.startswith("!")]
    return "it has " + " and ".join(anchors + tags)


def _lock_tree(root: Node, reason: str) -> None:
    """Lock a node and everything under it (an alias of a collection reaches all of it)."""
    todo, seen = [root], set()
    while todo:
        node = todo.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if not node.lock:
            node.lock = reason
        if node.kind == SEQ:
            todo.extend(node.value)
        elif node.kind == MAP:
            for key, val in node.pairs:
                todo.extend((key, val))


# The YAML 1.2 core schema, as ruamel.yaml's resolver applies it, without its
# per-call overhead (resolving is most of the time spent composing).
def _resolve_tag(kind: Any, value: Any, implicit: Any) -> str:
    """The tag of a node, as ruamel.yaml's YAML 1.2 resolver gives it."""
    name = kind.__name__
    if name == "ScalarNode":
        if implicit and implicit[0]:  # a plain (unquoted) scalar
            if value in NULLS:
                return TAG + "null"
            first = value[0]
            if first in "tTfF" and value in BOOLS:
                return TAG + "bool"
            if first in "-+0123456789.":
                if INT_RE.match(value):
                    return TAG + "int"
                if FLOAT_RE.match(value):
                    return TAG + "float"
            if value == "<<":
                return TAG + "merge"
        return TAG + "str"
    return TAG + ("seq" if name == "SequenceNode" else "map")


def _loader_class(python: bool = False) -> type:
    from ruamel.yaml.resolver import VersionedResolver
    from ruamel.yaml.tag import Tag

    # ruamel.yaml makes a Tag object for every node whose resolved tag is a string;
    # handing it one of these shared objects skips that
    tags = _SHARED_TAGS

    def resolve(kind: Any, value: Any, implicit: Any) -> Any:
        name = _resolve_tag(kind, value, implicit)
        tag = tags.get(name)
        if tag is None:
            tag = tags[name] = Tag(suffix=name)
            _RESOLVED[id(tag)] = name  # alive as long as the process: its id is never another object's
        return tag

    try:
        if python:  # asked for the pure-Python parser
            raise ImportError
        from ruamel.yaml.cyaml import CParser
    except ImportError:
        from ruamel.yaml.composer import Composer
        from ruamel.yaml.parser import Parser
        from ruamel.yaml.reader import Reader
        from ruamel.yaml.scanner import Scanner

        class PyLoader(Reader, Scanner, Parser, Composer, VersionedResolver):
            max_depth, comment_handling, version, tags = 0, None, None, None  # what ruamel.yaml reads of its YAML

            def __init__(self, stream: str) -> None:
                Reader.__init__(self, stream, loader=self)
                Scanner.__init__(self, loader=self)
                Parser.__init__(self, loader=self)
                Composer.__init__(self, loader=self)
                VersionedResolver.__init__(self, loader=self)

            def resolve(self, kind: Any, value: Any, implicit: Any) -> Any:
                return resolve(kind, value, implicit)

        return PyLoader

    class CLoader(CParser, VersionedResolver):
        def __init__(self, stream: str) -> None:
            CParser.__init__(self, stream)
            VersionedResolver.__init__(self, loader=self)

        def resolve(self, kind: Any, value: Any, implicit: Any) -> Any:
            return resolve(kind, value, implicit)

    return CLoader


_LOADER: type | None = None


def compose(text: str, line_offset: int) -> tuple[Node | None, list[YamlProblem]]:
    """Compose ``text`` (the front-matter block, LF newlines).

    ``line_offset`` is the number of file lines before the block's first line.
    Returns the root node (None for an empty or broken block) and the problems.
    """
    global _LOADER
    if nested_too_deeply(text):  # libyaml's composer recurses in C: tens of thousands of levels crash it
        return None, [YamlProblem("syntax", Span.at(line_offset + 1, 1), "the YAML is nested too deeply to read")]
    if _LOADER is None:
        _LOADER = _loader_class()
    c_reader = _LOADER.__name__ == "CLoader"
    positions = _Positions(text, line_offset, bom_skipped=c_reader)
    try:  # any YAML error becomes a diagnostic, never a traceback
        try:
            rroot = _LOADER(text).get_single_node()
        except Exception as exc:  # libyaml stops at a ':' in a flow scalar that YAML 1.2, the Hub and PyYAML 6 read
            if not (c_reader and "unexpected ':'" in str(getattr(exc, "problem", ""))) or nested_too_deeply(
                    text, PYTHON_DEPTH):  # ("[https://hf.co/org]"; not hundreds of levels deep, read in square time)
                raise
            c_reader, positions = False, _Positions(text, line_offset, bom_skipped=False)
            rroot = _loader_class(python=True)(text).get_single_node()  # the pure-Python parser reads it
    except Exception as exc:
        return None, [_syntax_problem(exc, positions, c_reader)]
    if rroot is None:
        return None, []
    builder = _Builder(positions)
    try:
        root = builder.build(rroot)
    except RecursionError:
        span = Span.at(line_offset + 1, 1)
        return None, [YamlProblem("syntax", span, "the YAML is nested too deeply to read")]
    return root, builder.problems


def _syntax_problem(exc: Exception, positions: _Positions, c_reader: bool) -> YamlProblem:
    text = positions.text
    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None)
    context = getattr(exc, "context", None)
    if mark is not None:
        line, column = positions.mark(mark)
    elif getattr(exc, "position", None) is not None:  # ReaderError: an offset in the input
        pos = int(exc.position)  # type: ignore[attr-defined]
        if c_reader:  # libyaml counts bytes of the UTF-8 text
            pos = len(text.encode("utf-8")[:pos].decode("utf-8", "ignore"))
        line, column = positions.at(min(pos, len(text)))
        problem = getattr(exc, "reason", None) or str(exc)
    else:
        line, column = positions.offset + 1, 1
    message = (problem or (str(exc).splitlines() or [type(exc).__name__])[0]).strip()
    data: dict[str, Any] = {"problem": message}
    context_mark = getattr(exc, "context_mark", None)
    if context and context_mark is not None:
        data["context"] = context
        data["context_line"] = positions.mark(context_mark)[0]
    return YamlProblem("syntax", Span.at(line, column, 1), message, data)
