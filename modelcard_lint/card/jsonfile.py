"""A JSON file of the card's repository: its data, and the file position of any key, found when asked.

The files beside a card are JSON, and some are large: a ``trainer_state.json`` that logged
every step holds megabytes.  They are read as JSON, not as YAML (JSON is almost a subset of
YAML 1.2, but Python's ``json`` writes ``NaN`` and ``Infinity``, which YAML reads as
strings, and a YAML parser's errors speak of flow mappings): ``json.loads`` (C) gives the
data, or the position of the syntax error in JSON's own words.  Rules read the plain data.

Positions are found only when a finding needs one, and cheaply: one regular-expression
pass lists where every key is, in document order (a string followed by ``:``; the strings
are matched from the start of the file, so each match begins at a real opening quote);
the key at a path is the one whose rank in document order equals the number of keys
before it in the data, counted with prefix sums kept per list.  Building a node for every
value instead costs a pure-Python parse, 70 times slower than ``json.loads`` (3.4 s for a
3.7 MB log; ruamel.yaml's composer, 5.3 s).  When the count of keys and the count of
matches differ (duplicate keys, which ``json`` drops), ``card.jsoncompose`` builds the
exact node tree, once.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from typing import Any

from ..diagnostics import Span
from .yamlnode import Node, YamlProblem

_STRING = re.compile(r'"(?:[^"\\]|\\.)*"([ \t\n\r]*:)?', re.S)

Path = tuple["str | int", ...]


class JsonDoc:
    """The data of a JSON text (None when it is not valid JSON) and where its keys are."""

    __slots__ = ("text", "data", "problems", "_keys", "_lines", "_prefix", "_tree")

    def __init__(self, text: str) -> None:
        self.text = text
        self.data: Any = None
        self.problems: list[YamlProblem] = []
        self._keys: list[tuple[int, int]] | None = None  # (start, end) offsets of each key, in document order
        self._lines: list[int] | None = None
        self._prefix: dict[int, list[int]] = {}  # id of a list -> keys before each item
        self._tree: Node | None = None
        try:
            self.data = json.loads(text)
        except json.JSONDecodeError as exc:
            span = Span.at(exc.lineno, exc.colno, 1)
            self.problems.append(YamlProblem("syntax", span, exc.msg, {"problem": exc.msg}))
        except RecursionError:
            self.problems.append(YamlProblem("syntax", Span.at(1, 1), "the JSON is nested too deeply to read"))

    @property
    def valid(self) -> bool:
        return not self.problems

    # -- positions -----------------------------------------------------------------------------
    def span(self, *path: str | int) -> Span:
        """Where the value at ``path`` is named: the span of its key; for a list item, of the item's
        first key (the key of the list when the item has none); the file's start for the root."""
        if not self.valid or not path:
            return Span.at(1, 1)
        keys = self._key_offsets()
        if self._tree is None and len(keys) != _count(self.data):
            from .jsoncompose import compose_json  # duplicate keys: the exact tree, once

            self._tree = compose_json(self.text)[0]
        if self._tree is not None:
            return self._tree_span(path)
        rank, named = self._rank(path)
        if rank is None or rank >= len(keys):
            rank = named
        if rank is None or rank >= len(keys):
            return Span.at(1, 1)
        start, end = keys[rank]
        line, column = self._position(start)
        return Span(line, column, line, column + end - start)

    def line(self, *path: str | int) -> int:
        return self.span(*path).line

    def _key_offsets(self) -> list[tuple[int, int]]:
        if self._keys is None:
            # a key ends just before the group that matched its colon
            self._keys = [(m.start(), m.start(1)) for m in _STRING.finditer(self.text) if m.group(1)]
        return self._keys

    def _rank(self, path: tuple[str | int, ...]) -> tuple[int | None, int | None]:
        """The rank of the key that names ``path``, and of the last key on the way (for a fallback)."""
        node, rank, named = self.data, 0, None
        at: int | None = None
        for step in path:
            if isinstance(node, dict) and isinstance(step, str):
                for k, v in node.items():
                    if k == step:
                        named = at = rank
                        rank += 1
                        node = v
                        break
                    rank += 1 + _count(v)
                else:
                    return None, named
            elif isinstance(node, list) and isinstance(step, int) and -len(node) <= step < len(node):
                step %= len(node)
                rank += self._before(node)[step]
                node = node[step]
                at = rank if isinstance(node, dict) and node else named
            else:
                return None, named
        return at, named

    def _before(self, items: list[Any]) -> list[int]:
        prefix = self._prefix.get(id(items))
        if prefix is None:
            prefix, total = [], 0
            for item in items:
                prefix.append(total)
                total += _count(item)
            self._prefix[id(items)] = prefix
        return prefix

    def _position(self, offset: int) -> tuple[int, int]:
        if self._lines is None:
            self._lines = [0, *(m.end() for m in re.finditer("\n", self.text))]
        n = bisect_right(self._lines, offset) - 1
        return n + 1, offset - self._lines[n] + 1

    def _tree_span(self, path: tuple[str | int, ...]) -> Span:
        node: Node | None = self._tree
        named: Span = Span.at(1, 1)
        for step in path:
            nxt = node.find(step) if node is not None else None
            if nxt is None:
                return named
            if nxt.key is not None:
                named = nxt.key.span
            elif nxt.pairs:
                named = nxt.pairs[0][0].span
            node = nxt
        return named


def _count(value: Any) -> int:
    """How many keys the value holds, at any depth."""
    if type(value) is dict:
        n = len(value)
        for v in value.values():
            if type(v) is dict or type(v) is list:
                n += _count(v)
        return n
    if type(value) is list:
        n = 0
        for v in value:
            if type(v) is dict or type(v) is list:
                n += _count(v)
        return n
    return 0
