"""JSON files as ``Node`` trees whose spans are file positions.

The files beside a card (``trainer_state.json``, ``config.json``, ...) are JSON, and rules
point at their keys.  JSON is almost a subset of YAML 1.2, but not quite as these files
are written: Python's ``json`` writes ``NaN`` and ``Infinity`` (the Trainer logs a
``grad_norm`` of ``NaN``), which YAML reads as strings; tabs may indent; a key may be
longer than the 1024 characters a YAML implicit key allows; and a YAML parser's error
messages speak of flow mappings, not of JSON.  So JSON is read as JSON: ``json.loads``
(C) decides whether the text is valid and says where it is not, in JSON's own words;
then one pass over the valid text builds the nodes, with the strings decoded by
``json``'s own C scanner.  Values are what ``json.loads`` gives (the last of duplicate
keys wins); the nodes are the ones the front matter uses, so rules navigate both alike.
"""

from __future__ import annotations

import json
import re
from json.decoder import scanstring  # type: ignore[attr-defined]

from ..diagnostics import Span
from .yamlnode import MAP, SCALAR, SEQ, TAG, Node, YamlProblem

_WS = re.compile(r"[ \t\n\r]*")
_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?")
_CONSTANTS = {
    "true": (TAG + "bool", True),
    "false": (TAG + "bool", False),
    "null": (TAG + "null", None),
    "NaN": (TAG + "float", float("nan")),
    "Infinity": (TAG + "float", float("inf")),
    "-Infinity": (TAG + "float", float("-inf")),
}
_STR, _INT, _FLOAT = TAG + "str", TAG + "int", TAG + "float"


class _Reader:
    """One pass over valid JSON text, keeping the line and where it starts."""

    __slots__ = ("text", "line", "start", "problems")

    def __init__(self, text: str, line_offset: int) -> None:
        self.text = text
        self.line = line_offset + 1
        self.start = 0  # the offset where the current line starts
        self.problems: list[YamlProblem] = []

    def skip(self, i: int) -> int:
        text = self.text
        j = _WS.match(text, i).end()  # type: ignore[union-attr]
        if j > i:
            n = text.count("\n", i, j)
            if n:
                self.line += n
                self.start = text.rindex("\n", i, j) + 1
        return j

    def value(self, i: int) -> tuple[Node, int]:
        text = self.text
        c = text[i]
        line, column = self.line, i - self.start + 1
        if c == '"':
            s, j = scanstring(text, i + 1, True)
            return Node(SCALAR, Span(line, column, line, j - self.start + 1), _STR, s, s, '"'), j
        if c == "{":
            return self._object(i, line, column)
        if c == "[":
            return self._array(i, line, column)
        m = _NUMBER.match(text, i)
        if m is not None:
            raw = m.group(0)
            j = m.end()
            span = Span(line, column, line, j - self.start + 1)
            if m.group(1) is None and m.group(2) is None:
                return Node(SCALAR, span, _INT, int(raw), raw), j
            return Node(SCALAR, span, _FLOAT, float(raw), raw), j
        for word, (tag, value) in _CONSTANTS.items():
            if text.startswith(word, i):
                j = i + len(word)
                return Node(SCALAR, Span(line, column, line, j - self.start + 1), tag, value, word), j
        raise ValueError(f"unexpected {c!r} at line {line}, column {column}")  # json.loads accepted it: a bug

    def _object(self, i: int, line: int, column: int) -> tuple[Node, int]:
        text = self.text
        node = Node(MAP, Span(line, column, line, column), TAG + "map", {})
        seen: dict[str, Node] = {}
        i = self.skip(i + 1)
        if text[i] != "}":
            while True:
                key, i = self.value(i)
                i = self.skip(i)
                i = self.skip(i + 1)  # the colon
                val, i = self.value(i)
                val.key = key
                earlier = seen.get(key.raw)
                if earlier is not None:
                    data = {"key": key.raw, "first_line": earlier.span.line}
                    self.problems.append(YamlProblem("duplicate-key", key.span, key.raw, data))
                else:
                    seen[key.raw] = key
                node.pairs.append((key, val))
                node.value[key.raw] = val
                i = self.skip(i)
                if text[i] == "}":
                    break
                i = self.skip(i + 1)  # the comma
        node.span = Span(line, column, self.line, i - self.start + 2)
        return node, i + 1

    def _array(self, i: int, line: int, column: int) -> tuple[Node, int]:
        text = self.text
        node = Node(SEQ, Span(line, column, line, column), TAG + "seq", [])
        items = node.value
        i = self.skip(i + 1)
        if text[i] != "]":
            while True:
                item, i = self.value(i)
                items.append(item)
                i = self.skip(i)
                if text[i] == "]":
                    break
                i = self.skip(i + 1)
        node.span = Span(line, column, self.line, i - self.start + 2)
        return node, i + 1


def compose_json(text: str, line_offset: int = 0) -> tuple[Node | None, list[YamlProblem]]:
    """Compose JSON ``text`` (LF line endings) into nodes; the root (None when the text is not
    valid JSON) and the problems: a syntax error at its position, duplicate keys."""
    try:
        json.loads(text)
    except json.JSONDecodeError as exc:
        span = Span.at(exc.lineno + line_offset, exc.colno, 1)
        return None, [YamlProblem("syntax", span, exc.msg, {"problem": exc.msg})]
    except RecursionError:
        return None, [YamlProblem("syntax", Span.at(line_offset + 1, 1), "the JSON is nested too deeply to read")]
    reader = _Reader(text, line_offset)
    try:
        root, _ = reader.value(reader.skip(0))
    except RecursionError:
        return None, [YamlProblem("syntax", Span.at(line_offset + 1, 1), "the JSON is nested too deeply to read")]
    return root, reader.problems
