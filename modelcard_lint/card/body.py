"""The card's Markdown body: headings, sections, blocks and tables, with lines.

Built once from mistune's block tokens (see ``markdown.py``).  Lines are
1-based file lines; columns 1-based characters.  The classes are plain
slotted classes, not dataclasses, to keep the start-up of a one-card run short.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..diagnostics import Span
from .markdown import Token, parse_blocks


class Cell:
    __slots__ = ("text", "span")

    def __init__(self, text: str, span: Span) -> None:
        self.text = text
        self.span = span

    def __repr__(self) -> str:
        return f"Cell({self.text!r}, line {self.span.line}, column {self.span.column})"


class Row:
    __slots__ = ("line", "cells")

    def __init__(self, line: int, cells: list[Cell]) -> None:
        self.line = line
        self.cells = cells

    def __repr__(self) -> str:
        return f"Row(line {self.line}, {[c.text for c in self.cells]!r})"


class Table:
    """A pipe table: its header cells and rows; ``section`` is the section it is in."""

    __slots__ = ("line", "header", "rows", "section")

    def __init__(self, line: int, header: list[Cell], rows: list[Row], section: Section | None = None) -> None:
        self.line = line
        self.header = header
        self.rows = rows
        self.section = section

    def __repr__(self) -> str:
        return f"Table(line {self.line}, {[c.text for c in self.header]!r}, {len(self.rows)} rows)"

    @property
    def end_line(self) -> int:
        return self.rows[-1].line if self.rows else self.line + 1

    @property
    def span(self) -> Span:
        return Span(self.line, 1, self.end_line, 1)


class Block:
    """A block of the body.

    ``kind`` is one of paragraph, list, item, html, code, quote, thematic-break, table,
    heading.  ``text`` is the raw Markdown of a paragraph, list item or
    heading, the raw HTML of an html block, the code of a code block.
    """

    __slots__ = ("kind", "line", "end_line", "text", "children", "table", "info")

    def __init__(
        self,
        kind: str,
        line: int,
        end_line: int,
        text: str = "",
        children: list[Block] | None = None,
        table: Table | None = None,
        info: str = "",
    ) -> None:
        self.kind = kind
        self.line = line
        self.end_line = end_line
        self.text = text
        self.children = children if children is not None else []
        self.table = table
        self.info = info

    def __repr__(self) -> str:
        return f"Block({self.kind}, lines {self.line}-{self.end_line}, {self.text[:30]!r})"

    @property
    def is_comment(self) -> bool:
        return self.kind == "html" and self.text.lstrip().startswith("<!--")

    def walk(self) -> Iterator[Block]:
        yield self
        for child in self.children:
            yield from child.walk()


class Heading:
    __slots__ = ("level", "text", "line", "span", "_title")

    def __init__(self, level: int, text: str, line: int, span: Span) -> None:
        self.level = level
        self.text = text
        self.line = line
        self.span = span
        self._title: str | None = None

    def __repr__(self) -> str:
        return f"Heading({self.level}, {self.text!r}, line {self.line})"

    @property
    def title(self) -> str:
        """The heading as a reader sees it: markup, links and emoji removed (worked out once)."""
        if self._title is None:
            self._title = clean_title(self.text)
        return self._title


class Section:
    """A heading and everything under it until a heading of the same or higher level.

    The part of the body before the first heading is a section with no heading
    and level 0.  ``blocks`` is the content before the first sub-heading.
    """

    __slots__ = ("heading", "level", "line", "end_line", "blocks", "children", "parent")

    def __init__(
        self, heading: Heading | None, level: int, line: int, end_line: int, parent: Section | None = None
    ) -> None:
        self.heading = heading
        self.level = level
        self.line = line
        self.end_line = end_line
        self.blocks: list[Block] = []
        self.children: list[Section] = []
        self.parent = parent

    def __repr__(self) -> str:
        return f"Section({self.title!r}, level {self.level}, lines {self.line}-{self.end_line})"

    @property
    def title(self) -> str:
        return self.heading.title if self.heading else ""

    def walk(self) -> Iterator[Section]:
        yield self
        for child in self.children:
            yield from child.walk()

    def content_blocks(self) -> list[Block]:
        """Blocks that a reader sees: HTML comments excluded."""
        return [b for b in self.blocks if not b.is_comment]


class Body:
    """The parsed body: its blocks, top-level headings, section tree and tables."""

    __slots__ = ("first_line", "last_line", "blocks", "headings", "root", "tables")

    def __init__(
        self,
        first_line: int,
        last_line: int,
        blocks: list[Block],
        headings: list[Heading],
        root: Section,
        tables: list[Table],
    ) -> None:
        self.first_line = first_line
        self.last_line = last_line
        self.blocks = blocks
        self.headings = headings
        self.root = root
        self.tables = tables

    def sections(self) -> Iterator[Section]:
        """Every section with a heading, in document order."""
        for s in self.root.walk():
            if s.heading is not None:
                yield s

    def walk(self) -> Iterator[Block]:
        for b in self.blocks:
            yield from b.walk()


_MARKUP = re.compile(r"[*_`~]+")
_SPACES = re.compile(r"\s+")
# emoji, pictographs, dingbats, variation selectors, zero-width joiners
_EMOJI = re.compile("[\u2190-\u21ff\u2300-\u27bf\u2b00-\u2bff\ufe0f\u200d\U0001f000-\U0001faff]")


def _unlink(text: str) -> str:
    """Links and images replaced by their text: ``re.sub(r"!?\\[([^\\]]*)\\]\\([^)]*\\)", r"\\1", text)``.

    The regex looks for the ``]`` and the ``)`` again from every ``[``, so ``[`` repeated
    took quadratic time; here each is looked for once, and the search stops as soon as
    none is left.
    """
    if "](" not in text:
        return text
    out: list[str] = []
    pos = 0
    close = paren = -1  # the first "]" and ")" at or after where they were last looked for
    i = text.find("[")
    while i >= 0:
        if close <= i:
            close = text.find("]", i + 1)
            if close < 0:
                break
        if text.startswith("(", close + 1):
            if paren <= close:
                paren = text.find(")", close + 2)
                if paren < 0:
                    break
            start = i - 1 if i > pos and text[i - 1] == "!" else i
            out += (text[pos:start], text[i + 1 : close])
            pos = paren + 1
            i = text.find("[", pos)
        else:
            i = text.find("[", i + 1)
    out.append(text[pos:])
    return "".join(out)


def strip_tags(text: str) -> str:
    """HTML tags removed: ``re.sub(r"<[^>]+>", "", text)``, looking for each ``>`` once."""
    if "<" not in text:
        return text
    out: list[str] = []
    pos = 0
    close = -1
    i = text.find("<")
    while i >= 0:
        if close <= i:
            close = text.find(">", i + 1)
            if close < 0:
                break
        if close > i + 1:
            out.append(text[pos:i])
            pos = close + 1
            i = text.find("<", pos)
        else:  # "<>"
            i = text.find("<", i + 1)
    out.append(text[pos:])
    return "".join(out)


def clean_title(text: str) -> str:
    text = _unlink(text)
    text = strip_tags(text)
    text = _MARKUP.sub("", text)
    text = _EMOJI.sub("", text)
    return _SPACES.sub(" ", text).strip()


class _Builder:
    def __init__(self, lines: list[str], first: int) -> None:
        self.lines = lines  # the body's lines; file line n is lines[n - 1 - first]
        self.first = first
        self.headings: list[Heading] = []
        self.tables: list[Table] = []

    def line_text(self, line: int) -> str:
        i = line - 1 - self.first
        return self.lines[i] if 0 <= i < len(self.lines) else ""

    def trim_end(self, start: int, end: int) -> int:
        """``end`` moved up past blank lines, not above ``start`` (a line outside the body is blank)."""
        lines, first, count = self.lines, self.first, len(self.lines)
        while end > start:
            i = end - 1 - first
            if 0 <= i < count and lines[i].strip():
                break
            end -= 1
        return end

    def blocks(self, tokens: list[Token], end_line: int) -> list[Block]:
        out: list[Block] = []
        last = len(tokens) - 1
        for i, tok in enumerate(tokens):
            if tok["type"] == "blank_line":
                continue
            line = tok["_line"] + 1
            # the block ends before the next token's line (one less than its 1-based line)
            nxt = tokens[i + 1]["_line"] if i < last else end_line
            end = self.trim_end(line, nxt if nxt > line else line)
            block = self.block(tok, line, end)
            if block is not None:
                out.append(block)
        return out

    def block(self, tok: Token, line: int, end: int) -> Block | None:
        kind = tok["type"]
        if kind == "paragraph" or kind == "block_text":
            return Block("paragraph", line, end, tok["text"].rstrip("\n"))
        if kind == "heading":
            text = tok["text"]
            first = text.split("\n", 1)[0]
            col = self.line_text(line).find(first) + 1 if text else 0
            col = col if col > 0 else 1
            heading = Heading(tok["attrs"]["level"], text, line, Span(line, col, line, col + len(first)))
            self.headings.append(heading)
            return Block("heading", line, end, text)
        if kind == "block_code":
            info = (tok.get("attrs") or {}).get("info", "")
            return Block("code", line, end, tok["raw"], info=info)
        if kind == "list":
            items = []
            children = tok["children"]
            last = len(children) - 1
            for i, item in enumerate(children):
                start = item.get("_line", tok["_line"]) + 1
                stop = children[i + 1].get("_line", tok["_line"]) if i < last else end
                stop = self.trim_end(start, stop if stop > start else start)
                kids = self.blocks(item["children"], stop)
                text = kids[0].text if kids and kids[0].kind == "paragraph" else ""
                items.append(Block("item", start, stop, text, kids))
            return Block("list", line, end, children=items)
        if kind == "block_html":
            return Block("html", line, end, tok["raw"])
        if kind == "thematic_break":
            return Block("thematic-break", line, end)
        if kind == "block_quote":
            return Block("quote", line, end, children=self.blocks(tok["children"], end))
        if kind == "table":
            table = self.table(tok)
            return Block("table", line, table.end_line, table=table)
        return None

    def table(self, tok: Token) -> Table:
        # Span built with tuple.__new__: the named tuple's own __new__ is a Python call per cell
        new = tuple.__new__

        def cells(raw: list[tuple[str, int, int]], line: int) -> list[Cell]:
            return [Cell(text, new(Span, (line, a + 1, line, b + 1))) for text, a, b in raw]

        line = tok["_line"] + 1
        rows = [Row(r["line"] + 1, cells(r["cells"], r["line"] + 1)) for r in tok["rows"]]
        table = Table(line, cells(tok["header"], line), rows)
        self.tables.append(table)
        return table


def _sections(
    blocks: list[Block], headings: dict[int, Heading], first: int, last: int
) -> tuple[Section, list[Heading]]:
    root = Section(None, 0, first, last)
    stack = [root]
    top: list[Heading] = []
    for block in blocks:
        if block.kind == "heading":
            heading = headings[block.line]
            top.append(heading)
            while stack[-1].level >= heading.level:
                done = stack.pop()
                done.end_line = block.line - 1
            parent = stack[-1]
            section = Section(heading, heading.level, block.line, last, parent=parent)
            parent.children.append(section)
            stack.append(section)
        else:
            stack[-1].blocks.append(block)
            if block.children or block.table is not None:  # only these can hold a table
                for inner in block.walk():
                    if inner.table is not None:
                        inner.table.section = stack[-1] if stack[-1].heading else None
    return root, top


def parse_body(text: str, first_line: int) -> Body:
    """Parse the body ``text`` whose first line is file line ``first_line + 1``."""
    if not text.endswith("\n"):
        text += "\n"
    lines = text.split("\n")
    tokens = parse_blocks(text, first_line)
    last = first_line + len(lines) - 1
    builder = _Builder(lines, first_line)
    blocks = builder.blocks(tokens, last)
    by_line = {h.line: h for h in builder.headings}
    root, headings = _sections(blocks, by_line, first_line + 1, last)
    return Body(first_line + 1, last, blocks, headings, root, builder.tables)

