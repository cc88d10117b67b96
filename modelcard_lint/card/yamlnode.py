"""The front matter as a tree of nodes that know where they are in the file.

``Node`` is one YAML node: its kind, its span in the file, its resolved value (the YAML 1.2
core schema, so ``language: no`` stays the string ``"no"``) and what was written (``raw``,
``style``), so that rules can warn about values that YAML 1.1 readers (PyYAML, used by
huggingface_hub) read differently.  ``card.yamlcompose`` builds the tree; ``card.yamlhub``
writes and reads values as huggingface_hub does.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ..diagnostics import Span

MAP, SEQ, SCALAR = "map", "seq", "scalar"
TAG = "tag:yaml.org,2002:"


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

    __slots__ = ("category", "span", "message", "data")

    def __init__(self, category: str, span: Span, message: str, data: dict[str, Any] | None = None) -> None:
        self.category = category  # "syntax" | "duplicate-key"
        self.span = span
        self.message = message
        self.data = data or {}


# what libyaml counts as a line break besides "\n" (or skips: a leading byte-order mark)


# The YAML 1.2 core schema, as ruamel.yaml's resolver applies it (see card.yamlcompose)
NULLS = frozenset(("", "~", "null", "Null", "NULL"))
BOOLS = frozenset(("true", "True", "TRUE", "false", "False", "FALSE"))
INT_RE = re.compile(r"[-+]?(?:0b[0-1_]+|0o?[0-7_]+|[0-9_]+|0x[0-9a-fA-F_]+)\Z")
FLOAT_RE = re.compile(
    r"(?:[-+]?[0-9][0-9_]*\.[0-9_]*(?:[eE][-+]?[0-9]+)?|[-+]?[0-9][0-9_]*[eE][-+]?[0-9]+"
    r"|[-+]?\.[0-9_]+(?:[eE][-+][0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))\Z"
)
