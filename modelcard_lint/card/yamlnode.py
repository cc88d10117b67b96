"""The front matter as a tree of nodes that know where they are in the file.

ruamel.yaml's C composer (libyaml) builds the node graph with a mark on every
node; we turn it into small ``Node`` objects whose spans are file positions.
Scalars are resolved with the YAML 1.2 core schema, so ``language: no`` stays
the string ``"no"``; ``raw`` and ``style`` keep what was written so rules can
warn about values that YAML 1.1 readers (PyYAML, used by huggingface_hub)
would read differently.  Nothing here round-trips: fixing will use
ruamel.yaml's round-trip loader on demand.
"""

from __future__ import annotations

import math
import re
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
    node is a mapping value.
    """

    __slots__ = ("kind", "span", "tag", "value", "raw", "style", "key", "pairs")

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


def _span(node: Any, line_offset: int) -> Span:
    s, e = node.start_mark, node.end_mark
    return Span(s.line + line_offset + 1, s.column + 1, e.line + line_offset + 1, e.column + 1)


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
    def __init__(self, line_offset: int) -> None:
        self.offset = line_offset
        self.memo: dict[int, Node] = {}
        self.problems: list[YamlProblem] = []

    def build(self, rnode: Any) -> Node:
        # collections are remembered, so an alias reuses the node (and a recursive alias ends);
        # an aliased scalar is simply built twice
        if rnode.id != "scalar":
            done = self.memo.get(id(rnode))
            if done is not None:
                return done
        span = _span(rnode, self.offset)
        ctag = rnode.ctag  # reading .tag decodes the URI every time; resolved tags need no decoding
        if ctag is None:
            tag = ""
        elif ctag.handle is None and "%" not in (ctag.suffix or ""):
            tag = ctag.suffix or ""
        else:
            tag = str(ctag)
        if rnode.id == "scalar":
            raw = rnode.value
            return Node(SCALAR, span, tag, _resolve(tag, raw), raw, rnode.style or None)
        if rnode.id == "sequence":
            node = Node(SEQ, span, tag, [])
            self.memo[id(rnode)] = node
            node.value.extend(self.build(item) for item in rnode.value)
            return node
        node = Node(MAP, span, tag, {})
        self.memo[id(rnode)] = node
        first_seen: dict[str, Node] = {}
        for rkey, rval in rnode.value:
            key = self.build(rkey)
            val = self.build(rval)
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


def compose(text: str, line_offset: int) -> tuple[Node | None, list[YamlProblem]]:
    """Compose ``text`` (the front-matter block, LF newlines).

    ``line_offset`` is the number of file lines before the block's first line.
    Returns the root node (None for an empty or broken block) and the problems.
    """
    global _LOADER
    if _LOADER is None:
        _LOADER = _loader_class()
    try:
        rroot = _LOADER(text).get_single_node()
    except Exception as exc:  # any YAML error becomes a diagnostic, never a traceback
        return None, [_syntax_problem(exc, text, line_offset)]
    if rroot is None:
        return None, []
    builder = _Builder(line_offset)
    try:
        root = builder.build(rroot)
    except RecursionError:
        span = Span.at(line_offset + 1, 1)
        return None, [YamlProblem("syntax", span, "the YAML is nested too deeply to read")]
    return root, builder.problems


def _syntax_problem(exc: Exception, text: str, line_offset: int) -> YamlProblem:
    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None)
    context = getattr(exc, "context", None)
    if mark is not None:
        line, column = mark.line, mark.column
    elif getattr(exc, "position", None) is not None:  # ReaderError: a character offset
        pos = min(int(exc.position), len(text))  # type: ignore[attr-defined]
        line = text.count("\n", 0, pos)
        column = pos - (text.rfind("\n", 0, pos) + 1)
        problem = getattr(exc, "reason", None) or str(exc)
    else:
        line, column = 0, 0
    message = (problem or (str(exc).splitlines() or [type(exc).__name__])[0]).strip()
    data: dict[str, Any] = {"problem": message}
    context_mark = getattr(exc, "context_mark", None)
    if context and context_mark is not None:
        data["context"] = context
        data["context_line"] = context_mark.line + line_offset + 1
    return YamlProblem("syntax", Span.at(line + line_offset + 1, column + 1, 1), message, data)
