"""Block-level Markdown parsing with mistune 3, recording each token's line.

mistune's tokens carry no positions, so the parser here records them while it parses: every token gets ``_line``
(0-based line of its first line in the parsed text).  Child states (block quotes, list items) know the line their
source starts at, so nested tokens get file lines too.

Only the block pass runs: the inline pass is where mistune spends most of its time and no rule needs inline tokens.
Tables use our own block rule (the php-markdown-extra grammar of mistune's table plugin) so that every row and cell
carries its position.
"""

from __future__ import annotations

import re
import string
from typing import Any

from mistune import list_parser
from mistune.block_parser import BlockParser
from mistune.core import BlockState
from mistune.helpers import BLOCK_TAGS, PRE_TAGS

Token = dict[str, Any]

# a header row opens with a pipe; its last may be missing, as the Hub's tables allow (`| | MRR@10 | Latency ms`, `| a`)
_TABLE_PATTERN = r"^ {0,3}\|[^\n]*(?:\n|$)"
_NPTABLE_PATTERN = r"^ {0,3}\S[^\n]*\|[^\n]*(?:\n|$)"
_ALIGN_CELL = re.compile(r"^ *:?-+:? *$")
_BLOCK_START = re.compile(r"#{1,6}(?:[ \t]|$)|[-*+][ \t]|\d{1,9}[.)][ \t]|>|```|~~~")
_BARE_MARKER = re.compile(r"^[ \t>]*(?:[-*+]|\d{1,9}[.)])[ \t]*$")
# the rest of a line that opens with a tag's name, by CommonMark's grammar of an opening tag (attributes, an
# optional `/`, `>`, then only spaces), with possessive quantifiers: linear time whatever the line holds
_OPEN_TAG_BODY = r"(?:\s++[A-Za-z_:][\w.:-]*+(?:\s*+=\s*+(?:[^\s\"'=<>`]++|'[^']*+'|\"[^\"]*+\"))?+)*+\s*+/?>[ \t]*+"
_OPEN_TAG_REST = re.compile(_OPEN_TAG_BODY + r"(?:\n|$)")
_RAW_TAGS = frozenset(PRE_TAGS) | frozenset(BLOCK_TAGS)  # the tags mistune's other HTML rules take
# (a line that is one opening or closing tag and nothing else: CommonMark's seventh kind of HTML block)
_TAG_LINE = re.compile(r" {0,3}(?:<[A-Za-z][A-Za-z0-9-]*+" + _OPEN_TAG_BODY
                       + r"|</[A-Za-z][A-Za-z0-9-]*+\s*+>[ \t]*+)\s*\Z")


def trim_closing_hashes(text: str) -> str:
    """``text`` without an ATX heading's closing sequence (`` ##``), as mistune removes it.

    The same result as mistune's ``re.sub(r"(\\s+|^)#+\\s*$", "", text)``, in linear time: that
    regex retries its ``\\s+`` from every space of a run and takes seconds on a heading with a long
    run of spaces that is not followed by the closing hashes.
    """
    end = len(text.rstrip())  # str.rstrip and the regex's \s agree on what is whitespace
    start = end
    while start > 0 and text[start - 1] == "#":
        start -= 1
    if start == end:
        return text
    if start == 0:
        return ""
    if not text[start - 1].isspace():
        return text
    return text[: len(text[:start].rstrip())]


class _State(BlockState):
    """A block state that knows which file line its source starts at."""

    # class-level defaults, set on the instance when they change (a state is made per list item)
    line_base = 0
    method_line = 0
    method_kind = ""  # the rule parse_method is running: "list", "block_quote", ...
    next_item_line: int | None = None
    child_lines: list[int] = []  # noqa: RUF012 - never appended to: parse_method sets a new list first
    in_method = 0
    _memo_pos = 0
    _memo_line = 0

    def line_at(self, pos: int) -> int:
        """0-based file line of offset ``pos`` in this state's source."""
        if pos >= self._memo_pos:
            line = self._memo_line + self.src.count("\n", self._memo_pos, pos)
        else:
            line = self.src.count("\n", 0, pos)
        self._memo_pos, self._memo_line = pos, line
        return self.line_base + line

    def append_token(self, token: Token) -> None:
        # Tokens appended outside parse_method (mistune's fast path for indented code) start at the cursor; parse_method
        # tags the others.
        if not self.in_method:
            token["_line"] = self.line_at(self.cursor)
        self.tokens.append(token)

    def add_paragraph(self, text: str) -> None:
        tokens = self.tokens
        if tokens and tokens[-1]["type"] == "paragraph":
            tokens[-1]["text"] += text
        else:
            self.tokens.append({"type": "paragraph", "text": text, "_line": self.line_at(self.cursor)})

    def child_state(self, src: str, lazy_line_starts: Any = None) -> BlockState:
        child = super().child_state(src, lazy_line_starts)
        # A block quote's child starts at the quote's first line.  List items are built one after another: the first
        # starts at the list's line, each later one at the marker line that ended its predecessor, which is the line
        # just before the cursor when the predecessor is built.
        base = self.next_item_line if self.next_item_line is not None else self.method_line
        self.next_item_line = self.line_at(self.cursor) - 1
        # an item whose marker line holds nothing else ("-" alone) starts its content on the next line: mistune drops
        # the empty first line from the item's source
        lines, first = self.env["_lines"]
        i = base - first
        bare = self.method_kind == "list" and 0 <= i < len(lines) and _BARE_MARKER.match(lines[i]) is not None
        child.line_base = base + bare  # type: ignore[attr-defined]
        self.child_lines.append(base)
        return child


class _Scanner:
    """A block rule set's pattern whose ``search`` tries line starts only.

    Every block rule starts with ``^`` (checked when the scanner is made), so a match can only
    begin at a line start: matching at each line start in turn finds what ``pattern.search``
    finds, while the regex engine tries every alternative at every character of the paragraph
    it skips (mistune's search for the block after a paragraph line: 55 ms of 360 ms over the corpus).
    """

    __slots__ = ("pattern", "match")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.match = pattern.match

    def search(self, src: str, pos: int) -> re.Match[str] | None:
        match, find = self.match, src.find
        while True:
            m = match(src, pos)
            if m is not None:
                return m
            pos = find("\n", pos) + 1
            if not pos:
                return None


# the rules whose methods make child states of the state they run on (a list's items, a quote's
# content), or may call such a method (a setext underline that is a list item): see parse_method
_CONTAINERS = frozenset({"list", "block_quote", "setex_heading"})


class _Parser(BlockParser):
    state_cls = _State

    def __init__(self) -> None:
        super().__init__()
        self._scanners: dict[str, Any] = {}
        self.break_scs: dict[int, re.Pattern[str]] = {}  # see _compile_list_break_sc

    def register(self, name: str, pattern: Any, func: Any, before: str | None = None) -> None:
        super().register(name, pattern, func, before)
        self._scanners.clear()
        self.break_scs.clear()

    def compile_sc(self, rules: list[str] | None = None) -> Any:
        key = "$" if rules is None else "|".join(rules)
        sc = self._scanners.get(key)
        if sc is None:
            pattern = super().compile_sc(rules)
            names = self.rules if rules is None else rules
            anchored = all(self.specification[n].startswith(("^", "(^")) for n in names)
            sc = self._scanners[key] = _Scanner(pattern) if anchored and pattern.flags & re.M else pattern
        return sc

    def parse_atx_heading(self, m: re.Match[str], state: BlockState) -> int:
        # mistune's own method, with its closing-sequence regex replaced (see trim_closing_hashes)
        text = trim_closing_hashes(m.group("atx_2").strip(string.whitespace))
        state.append_token({"type": "heading", "text": text, "attrs": {"level": len(m.group("atx_1"))}, "style": "atx"})
        return m.end() + 1

    def parse_setex_heading(self, m: re.Match[str], state: BlockState) -> int | None:
        # a line that is one HTML tag ("<img src=... />") opens an HTML block that `---` continues: no heading
        last = state.last_token()
        if last and last["type"] == "paragraph" and _TAG_LINE.match(last.get("text", "")) and (
                state.cursor not in state.lazy_line_starts):
            last["text"] += "\n" + m.group(0).strip()
            return m.end() + 1
        return super().parse_setex_heading(m, state)

    def _parse_indent_code_fast(self, state: BlockState) -> int | None:
        # mistune tries this before every block; an indented code line starts with a space or a tab, so any other first
        # character answers "no" without reading the line
        if not state.src.startswith((" ", "\t"), state.cursor):
            return None
        return super()._parse_indent_code_fast(state)

    def parse_raw_html(self, m: re.Match[str], state: BlockState) -> int | None:
        # mistune's last HTML rule (a whole line that is one opening tag) reads the line with a regex whose unquoted
        # attribute values may hold tabs: a tag with a long run of tabs in it took quadratic time. A line that is no
        # opening tag by CommonMark's grammar, checked in linear time first, is none by mistune's either, but for values
        # that hold whitespace, which CommonMark does not allow.
        marker = m.group(0).strip()
        if (marker[1:2].isalpha() and marker[1:].lower() not in _RAW_TAGS
                and not _OPEN_TAG_REST.match(state.src, m.end(), state.find_line_end())):
            return state.append_paragraph() or None  # as mistune: it may not interrupt a paragraph
        return super().parse_raw_html(m, state)

    def parse_method(self, m: re.Match[str], state: BlockState) -> int | None:
        st: _State = state  # type: ignore[assignment]
        kind = m.lastgroup or ""
        if kind not in _CONTAINERS:
            # a leaf block: its tokens start on the match's line, and no child state needs the container bookkeeping
            # below (skipping it: 10 ms over the corpus)
            tokens = st.tokens
            first_new = len(tokens)
            st.in_method += 1
            try:
                end = self._methods[kind](m, state)
            finally:
                st.in_method -= 1
            if len(tokens) > first_new:
                line = st.line_at(m.start())
                for tok in tokens[first_new:]:
                    if "_line" not in tok:
                        tok["_line"] = line
            return end
        saved = st.method_line, st.next_item_line, st.child_lines, st.method_kind
        line = st.line_at(m.start())
        st.method_line, st.next_item_line, st.child_lines, st.method_kind = line, None, [], m.lastgroup or ""
        first_new = len(st.tokens)
        st.in_method += 1
        try:
            end = super().parse_method(m, state)
            child_lines = st.child_lines
        finally:
            st.in_method -= 1
            st.method_line, st.next_item_line, st.child_lines, st.method_kind = saved
        # a block quote ended by a block that adds no token (a link definition) is put before the last token already
        # there, so look one token further back
        for tok in st.tokens[max(first_new - 1, 0) :]:
            if "_line" not in tok:
                tok["_line"] = line
                if tok["type"] == "list":
                    for item, item_line in zip(tok["children"], child_lines, strict=False):
                        item["_line"] = item_line
        return end


def _shift(state: _State, line_no: int, line: str) -> int:
    """Columns to add to a nested state's line to get the file line's columns.

    A block quote or list item sees its lines without the ``>`` marker or the
    indent, so its text is a suffix of the file line.
    """
    if state.parent is None:
        return 0
    lines, first = state.env["_lines"]
    file_line = lines[line_no - first] if 0 <= line_no - first < len(lines) else ""
    line = line.rstrip("\n")
    if line and file_line.endswith(line):
        return len(file_line) - len(line)
    return 0


def _cells(line: str, pipe_table: bool, shift: int = 0) -> list[tuple[str, int, int]]:
    """Split a table line into (text, start column, end column), 0-based."""
    body = line.rstrip("\n")
    if "\\" in body:
        parts = _split_unescaped(body)
    else:  # no escaped pipe: str.split finds the cells (a third of the time of a scan pipe by pipe)
        parts = body.split("|")
    pos = 0  # where the current part starts
    if pipe_table:
        # drop the empty segments outside the leading and trailing pipe
        pos = len(parts[0]) + 1
        del parts[0]
        if parts and not parts[-1].strip():
            parts.pop()
    cells = []
    for raw in parts:
        stripped = raw.strip()
        s = pos + shift + (len(raw) - len(raw.lstrip()) if len(stripped) != len(raw) else 0)
        cells.append((stripped, s, s + len(stripped)))
        pos += len(raw) + 1
    return cells


def _split_unescaped(body: str) -> list[str]:
    """``body`` split at its pipes, except an escaped one (``\\|``, after an odd number of backslashes)."""
    parts = []
    start = 0
    pos = body.find("|")
    while pos >= 0:
        slashes = 0
        while pos - slashes - 1 >= 0 and body[pos - slashes - 1] == "\\":
            slashes += 1
        if slashes % 2 == 0:
            parts.append(body[start:pos])
            start = pos + 1
        pos = body.find("|", pos + 1)
    parts.append(body[start:])
    return parts


def _row_cells(line: str, shift: int = 0) -> list[tuple[str, int, int]]:
    """The cells of a table's line, whether it opens with a pipe or not, without the empty segment after its last
    pipe."""
    stripped = line.strip()
    opens = stripped.startswith("|")
    cells = _cells(line, opens, shift)
    if not opens and len(cells) > 1 and not cells[-1][0] and stripped.endswith("|"):
        cells.pop()
    return cells


def _parse_table(pipe_table: bool):
    def parse(block: BlockParser, m: re.Match[str], state: BlockState) -> int | None:
        st: _State = state  # type: ignore[assignment]
        start = m.start()
        header_line = m.group(0)
        pos = m.end()
        align_line = state.get_line(pos)
        if "|" not in align_line:
            return None
        line0 = st.line_at(start)
        # (the header, the delimiter row and each row may open with a pipe or not, and end with one or not:
        # "Model | MARCO Dev | BEIR" over "|---|---|---", as GitHub's tables allow)
        header = _row_cells(header_line, _shift(st, line0, header_line))
        aligns = _row_cells(align_line)
        if not header or len(header) != len(aligns):
            return None
        if not all(_ALIGN_CELL.match(text) or not text for text, _, _ in aligns):
            return None
        pos += len(align_line)
        rows = []
        line_no = line0 + 2
        while pos < state.cursor_max:
            line = state.get_line(pos)
            stripped = line.strip()
            if not stripped or "|" not in stripped:
                break
            # a row may lack its first pipe or its last one, as GitHub's tables allow (`| 1 | 2 | <!-- note -->`,
            # `| 1 | 2`, `[x](y) | 1 | 2`), though not open another block (a heading, a list item, a quote, a fence)
            if not stripped.startswith("|") and _BLOCK_START.match(stripped):
                break
            cells = _row_cells(line, _shift(st, line_no, line))
            rows.append({"line": line_no, "cells": cells})
            pos += len(line)
            line_no += 1
        state.append_token(
            {"type": "table", "_line": line0, "header": header, "rows": rows, "end": pos}
        )
        return pos

    return parse


_original_break_sc = list_parser._compile_list_break_sc


def _compile_list_break_sc(block: BlockParser, leading_width: int) -> re.Pattern[str]:
    """mistune rebuilds this pattern for every list item; ours is built once per indent.

    The cache is our parser's, emptied when a rule is registered, so it cannot go stale;
    any other mistune parser in the process gets the original.
    """
    if type(block) is not _Parser:
        return _original_break_sc(block, leading_width)
    cache = block.break_scs
    sc = cache.get(leading_width)
    if sc is None:
        sc = cache[leading_width] = _original_break_sc(block, leading_width)
    return sc


list_parser._compile_list_break_sc = _compile_list_break_sc

_PARSER: _Parser | None = None


def parser() -> _Parser:
    """The shared block parser (its rules are compiled once)."""
    global _PARSER
    if _PARSER is None:
        p = _Parser()
        p.register("table", _TABLE_PATTERN, _parse_table(True), before="paragraph")
        p.register("nptable", _NPTABLE_PATTERN, _parse_table(False), before="paragraph")
        for rules in (p.block_quote_rules, p.list_rules):
            for name in ("table", "nptable"):
                if name not in rules:
                    rules.insert(rules.index("blank_line") if "blank_line" in rules else len(rules), name)
        _PARSER = p
    return _PARSER


def parse_blocks(text: str, first_line: int = 0, lines: list[str] | None = None) -> list[Token]:
    """Parse ``text`` (LF line endings, ending in a newline) into block tokens.

    ``first_line`` is the 0-based file line of the text's first line; ``lines`` is
    ``text.split("\n")`` when the caller has it.
    """
    state = _State()
    state.line_base = first_line
    state.env["_lines"] = (lines if lines is not None else text.split("\n"), first_line)
    state.process(text)
    parser().parse(state)
    return state.tokens
