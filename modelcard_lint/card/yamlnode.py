"""The front matter as a tree of nodes that know where they are in the file.

ruamel.yaml's C composer (libyaml) builds the node graph with a mark on every
node; we turn it into small ``Node`` objects whose spans are file positions.
libyaml counts U+0085, U+2028 and U+2029 as line breaks and skips a leading
byte-order mark, while the card's lines end at ``\n`` only; when the text holds
any of them, positions come from the mark's character index against the
block's own line starts, so a span is the file position whatever the text holds.
Scalars are resolved with the YAML 1.2 core schema, so ``language: no`` stays
the string ``"no"``; ``raw`` and ``style`` keep what was written so rules can
warn about values that YAML 1.1 readers (PyYAML, used by huggingface_hub)
would read differently.  Nothing here round-trips: fixing will use
ruamel.yaml's round-trip loader on demand.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Iterator
from typing import Any

from ..diagnostics import Span

MAP, SEQ, SCALAR = "map", "seq", "scalar"
_TAG = "tag:yaml.org,2002:"


class Node:
    """One YAML node.

    ``value`` is a resolved Python value for scalars, a list of nodes for
    sequences, and a dict of key text to value node for mappings (the last
    of duplicate keys wins, as on the Hub).  ``pairs`` keeps every key/value
    pair in order, duplicates included.  ``key`` is the key node when this
    node is a mapping value.  ``lock`` says why the node's text must not be
    edited ("" when it may): it has an anchor or a tag, it is an alias, or it
    is reached more than once through an alias, so that an edit would change
    more than this one value or drop what the author wrote.
    """

    __slots__ = ("kind", "span", "tag", "value", "raw", "style", "key", "pairs", "lock")

    def __init__(
        self, kind: str, span: Span, tag: str = "", value: Any = None, raw: str = "", style: str | None = None
    ) -> None:
        self.kind = kind
        self.span = span
        self.tag = tag
        self.value = value
        self.raw = raw
        self.style = style
        self.key: Node | None = None
        self.pairs: list[tuple[Node, Node]] = []
        self.lock = ""

    def __repr__(self) -> str:
        shown = self.raw if self.kind == SCALAR else f"<{len(self.value)} items>"
        return f"Node({self.kind}, {shown!r}, line {self.span.line}, column {self.span.column})"

    # -- navigation -----------------------------------------------------
    def get(self, key: str) -> Node | None:
        """The value node under ``key`` in a mapping, else None."""
        if self.kind != MAP:
            return None
        return self.value.get(key)

    def find(self, *path: str | int) -> Node | None:
        """Follow keys and list indexes; None where the path breaks."""
        node: Node | None = self
        for step in path:
            if node is None:
                return None
            if isinstance(step, int):
                node = node.value[step] if node.kind == SEQ and -len(node.value) <= step < len(node.value) else None
            else:
                node = node.get(step)
        return node

    def __iter__(self) -> Iterator[Node]:
        """Items of a sequence (nothing for other kinds)."""
        return iter(self.value) if self.kind == SEQ else iter(())

    def items(self) -> Iterator[tuple[str, Node]]:
        return iter(self.value.items()) if self.kind == MAP else iter(())

    # -- value helpers --------------------------------------------------
    @property
    def is_map(self) -> bool:
        return self.kind == MAP

    @property
    def is_seq(self) -> bool:
        return self.kind == SEQ

    @property
    def is_scalar(self) -> bool:
        return self.kind == SCALAR

    @property
    def is_null(self) -> bool:
        return self.kind == SCALAR and self.value is None

    @property
    def is_str(self) -> bool:
        return self.kind == SCALAR and isinstance(self.value, str)

    @property
    def is_number(self) -> bool:
        return self.kind == SCALAR and isinstance(self.value, (int, float)) and not isinstance(self.value, bool)

    @property
    def text(self) -> str:
        """A scalar as written (without quotes); '' for collections."""
        return self.raw if self.kind == SCALAR else ""

    def scalars(self) -> list[Node]:
        """The node itself if scalar, or the scalar items of a sequence."""
        if self.kind == SCALAR:
            return [self]
        if self.kind == SEQ:
            return [n for n in self.value if n.kind == SCALAR]
        return []

    def plain(self) -> Any:
        """The node as plain Python data (dicts, lists, scalars)."""
        if self.kind == SCALAR:
            return self.value
        if self.kind == SEQ:
            return [n.plain() for n in self.value]
        return {k: v.plain() for k, v in self.value.items()}


class YamlProblem:
    """Something wrong in the YAML itself: a syntax error or a duplicate key."""

    __slots__ = ("kind", "span", "message", "data")

    def __init__(self, kind: str, span: Span, message: str, data: dict[str, Any] | None = None) -> None:
        self.kind = kind  # "syntax" | "duplicate-key"
        self.span = span
        self.message = message
        self.data = data or {}


# what libyaml counts as a line break besides "\n" (or skips: a leading byte-order mark)
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
    if not tag.startswith(_TAG):
        return raw
    kind = tag[len(_TAG) :]
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
        if rnode.id != "scalar":
            done = self.memo.get(id(rnode))
            if done is not None:
                _lock_tree(done, f"it is used more than once, through an alias of the value on line {done.span.line}")
                return done
        s = rnode.start_mark
        if self.exact:
            e, offset = rnode.end_mark, self.line_offset
            span = Span(s.line + offset, s.column + 1, e.line + offset, e.column + 1)
        else:
            span = self.pos.span(rnode)
        ctag = rnode.ctag  # reading .tag decodes the URI every time; resolved tags need no decoding
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
        if rnode.id == "scalar":
            raw = rnode.value
            node = Node(SCALAR, span, tag, _resolve(tag, raw), raw, rnode.style or None)
            if props is not None:
                self._properties(node, rnode, props, before, first)
            return node
        if rnode.id == "sequence":
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
            if key.tag == _TAG + "merge":
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
_NULLS = frozenset(("", "~", "null", "Null", "NULL"))
_BOOLS = frozenset(("true", "True", "TRUE", "false", "False", "FALSE"))
_INT_RE = re.compile(r"[-+]?(?:0b[0-1_]+|0o?[0-7_]+|[0-9_]+|0x[0-9a-fA-F_]+)\Z")
_FLOAT_RE = re.compile(
    r"(?:[-+]?[0-9][0-9_]*\.[0-9_]*(?:[eE][-+]?[0-9]+)?|[-+]?[0-9][0-9_]*[eE][-+]?[0-9]+"
    r"|[-+]?\.[0-9_]+(?:[eE][-+][0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))\Z"
)


def _resolve_tag(kind: Any, value: Any, implicit: Any) -> str:
    """The tag of a node, as ruamel.yaml's YAML 1.2 resolver gives it."""
    name = kind.__name__
    if name == "ScalarNode":
        if implicit and implicit[0]:  # a plain (unquoted) scalar
            if value in _NULLS:
                return _TAG + "null"
            first = value[0]
            if first in "tTfF" and value in _BOOLS:
                return _TAG + "bool"
            if first in "-+0123456789.":
                if _INT_RE.match(value):
                    return _TAG + "int"
                if _FLOAT_RE.match(value):
                    return _TAG + "float"
            if value == "<<":
                return _TAG + "merge"
        return _TAG + "str"
    return _TAG + ("seq" if name == "SequenceNode" else "map")


def _loader_class() -> type:
    from ruamel.yaml.resolver import VersionedResolver
    from ruamel.yaml.tag import Tag

    # ruamel.yaml makes a Tag object for every node whose resolved tag is a string;
    # handing it one of these shared objects skips that
    tags: dict[str, Any] = {}

    def resolve(kind: Any, value: Any, implicit: Any) -> Any:
        name = _resolve_tag(kind, value, implicit)
        tag = tags.get(name)
        if tag is None:
            tag = tags[name] = Tag(suffix=name)
        return tag

    try:
        from ruamel.yaml.cyaml import CParser
    except ImportError:  # pragma: no cover - the libyaml extra is a dependency
        from ruamel.yaml.composer import Composer
        from ruamel.yaml.parser import Parser
        from ruamel.yaml.reader import Reader
        from ruamel.yaml.scanner import Scanner

        class PyLoader(Reader, Scanner, Parser, Composer, VersionedResolver):
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


# -- writing and reading values as huggingface_hub does ------------------------
# PyYAML's YAML 1.1 implicit resolvers (yaml/resolver.py), which huggingface_hub's
# ``yaml.safe_load`` applies to every plain scalar
_HUB_IMPLICIT: list[tuple[str, re.Pattern[str], str]] = [
    (
        "bool",
        re.compile(r"(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)\Z"),
        "yYnNtTfFoO",
    ),
    (
        "float",
        re.compile(
            r"(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?"
            r"|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))\Z"
        ),
        "-+0123456789.",
    ),
    (
        "int",
        re.compile(
            r"(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+"
            r"|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)\Z"
        ),
        "-+0123456789",
    ),
    ("merge", re.compile(r"<<\Z"), "<"),
    ("null", re.compile(r"(?:~|null|Null|NULL|)\Z"), "~nN"),
    (
        "timestamp",
        re.compile(
            r"(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?"
            r"(?:[Tt]|[ \t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\.[0-9]*)?"
            r"(?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)\Z"
        ),
        "0123456789",
    ),
    ("value", re.compile(r"=\Z"), "="),
]
# what other readers also take for something else than a string: ruamel.yaml's YAML 1.1
# (`y`, `n`, `1e3`) and the YAML 1.2 core schema (`1e3`, `0o17`)
_OTHER_TYPED = re.compile(r"(?:[yYnN]|[-+]?[0-9][0-9_]*(?:\.[0-9_]*)?[eE][-+]?[0-9]+|[-+]?0o[0-7_]+)\Z")
# a plain scalar that means the same in a block and in a flow collection, as a key or a value
_PLAIN = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_./+-]*\Z")
# what a single-quoted scalar cannot hold: line breaks (they fold) and what YAML does not print
_NOT_SINGLE = re.compile(
    "[^\t\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]"
)
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r", "\x85": "\\N"}
_ESCAPES.update({"\u2028": "\\L", "\u2029": "\\P"})


def hub_tag(plain: str) -> str:
    """The tag huggingface_hub (PyYAML, YAML 1.1) gives a plain scalar: "str", "int", "bool", ..."""
    first = plain[:1]
    for tag, pattern, firsts in _HUB_IMPLICIT:
        if (first in firsts or (not plain and tag == "null")) and pattern.match(plain):
            return tag
    return "str"


def is_plain_string(text: str) -> bool:
    """True when ``text`` written as a plain scalar reads back as that string for every YAML reader."""
    return (
        _PLAIN.match(text) is not None
        and hub_tag(text) == "str"
        and _OTHER_TYPED.match(text) is None
        # the YAML 1.2 core schema, as _resolve_tag applies it
        and text not in _NULLS
        and text not in _BOOLS
        and _INT_RE.match(text) is None
        and _FLOAT_RE.match(text) is None
    )


def scalar_text(value: str) -> str:
    """``value`` written as a YAML scalar that loads back as the same string.

    Plain when that is unambiguous for YAML 1.1 (huggingface_hub) and 1.2 readers,
    in a block or a flow collection; otherwise single-quoted, or double-quoted with
    escapes when the value holds line breaks or characters YAML does not print.
    The result is always one line.
    """
    if is_plain_string(value):
        return value
    if _NOT_SINGLE.search(value) is None:
        return "'" + value.replace("'", "''") + "'"
    out = []
    for ch in value:
        escaped = _ESCAPES.get(ch)
        if escaped is not None:
            out.append(escaped)
        elif _NOT_SINGLE.match(ch) is None:
            out.append(ch)
        elif ord(ch) <= 0xFF:
            out.append(f"\\x{ord(ch):02x}")
        elif ord(ch) <= 0xFFFF:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(f"\\U{ord(ch):08x}")
    return '"' + "".join(out) + '"'


_HUB_LOADER: type | None = None


def _hub_loader_class() -> type:
    from ruamel.yaml.constructor import SafeConstructor
    from ruamel.yaml.resolver import BaseResolver
    from ruamel.yaml.tag import Tag

    tags = {name: Tag(suffix=_TAG + name) for name in ("str", "seq", "map", *(t for t, _, _ in _HUB_IMPLICIT))}

    class HubResolver(BaseResolver):
        processing_version = (1, 1)  # read by the constructor (octal `017`, sexagesimal `1:30`)

        def resolve(self, kind: Any, value: Any, implicit: Any) -> Any:
            name = kind.__name__
            if name == "ScalarNode":
                return tags[hub_tag(value)] if implicit and implicit[0] else tags["str"]
            return tags["seq" if name == "SequenceNode" else "map"]

    try:
        from ruamel.yaml.cyaml import CParser
    except ImportError:  # pragma: no cover - the libyaml extra is a dependency
        from ruamel.yaml.composer import Composer
        from ruamel.yaml.parser import Parser
        from ruamel.yaml.reader import Reader
        from ruamel.yaml.scanner import Scanner

        class PyHubLoader(Reader, Scanner, Parser, Composer, SafeConstructor, HubResolver):
            def __init__(self, stream: str) -> None:
                Reader.__init__(self, stream, loader=self)
                Scanner.__init__(self, loader=self)
                Parser.__init__(self, loader=self)
                Composer.__init__(self, loader=self)
                SafeConstructor.__init__(self, loader=self)
                HubResolver.__init__(self, loadumper=self)
                self.allow_duplicate_keys = True

            def check_mapping_key(self, node: Any, key_node: Any, mapping: Any, key: Any, value: Any) -> bool:
                return True

        return PyHubLoader

    class HubLoader(CParser, SafeConstructor, HubResolver):
        def __init__(self, stream: str) -> None:
            CParser.__init__(self, stream)
            self._parser = self._composer = self
            SafeConstructor.__init__(self, loader=self)
            HubResolver.__init__(self, loadumper=self)
            self.allow_duplicate_keys = True

        def check_mapping_key(self, node: Any, key_node: Any, mapping: Any, key: Any, value: Any) -> bool:
            return True  # the last of duplicate keys wins, as in PyYAML

    return HubLoader


def load_as_hub(text: str) -> Any:
    """The data huggingface_hub reads from a front-matter block: ``yaml.safe_load``, YAML 1.1.

    Built from ruamel.yaml's safe constructor and PyYAML's resolver (``language: no``
    is False, ``1e3`` a string); raises on what PyYAML would not load.
    """
    global _HUB_LOADER
    if _HUB_LOADER is None:
        _HUB_LOADER = _hub_loader_class()
    return _HUB_LOADER(text).get_single_data()


def compose(text: str, line_offset: int) -> tuple[Node | None, list[YamlProblem]]:
    """Compose ``text`` (the front-matter block, LF newlines).

    ``line_offset`` is the number of file lines before the block's first line.
    Returns the root node (None for an empty or broken block) and the problems.
    """
    global _LOADER
    if _LOADER is None:
        _LOADER = _loader_class()
    c_reader = _LOADER.__name__ == "CLoader"
    positions = _Positions(text, line_offset, bom_skipped=c_reader)
    try:
        rroot = _LOADER(text).get_single_node()
    except Exception as exc:  # any YAML error becomes a diagnostic, never a traceback
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
