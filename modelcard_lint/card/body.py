"""The card's Markdown body: headings, sections, blocks and tables, with lines.

Built once from mistune's block tokens (see ``markdown.py``).  Lines are
1-based file lines; columns 1-based characters.  The classes are plain
slotted classes, not dataclasses, to keep the start-up of a one-card run short.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..diagnostics import Span
from .markdown import Token, parse_blocks
from .titles import _unlink as _unlink  # re-exported: callers and tests import them from here
from .titles import clean_title
from .titles import strip_tags as strip_tags


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
        """This block and every block inside it, parents before their children, in order."""
        if not self.children:
            return iter((self,))
        # a list built with a stack: recursive generators cost a frame per block and level
        out: list[Block] = []
        stack = [self]
        while stack:
            block = stack.pop()
            out.append(block)
            if block.children:
                stack.extend(reversed(block.children))
        return iter(out)


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
    """The parsed body: its blocks, top-level headings, section tree and tables.

    ``code_blocks`` are the code blocks (fenced or indented, nested ones included) in order.
    """

    __slots__ = ("first_line", "last_line", "blocks", "headings", "root", "tables", "code_blocks", "_sections", "_all")

    def __init__(
        self,
        first_line: int,
        last_line: int,
        blocks: list[Block],
        headings: list[Heading],
        root: Section,
        tables: list[Table],
        code_blocks: list[Block] | None = None,
        sections: list[Section] | None = None,
    ) -> None:
        self.first_line = first_line
        self.last_line = last_line
        self.blocks = blocks
        self.headings = headings
        self.root = root
        self.tables = tables
        if code_blocks is None:
            code_blocks = [b for b in self.walk() if b.kind == "code"]
        self.code_blocks = code_blocks
        self._sections = sections
        self._all: list[Block] | None = None

    def sections(self) -> Iterator[Section]:
        """Every section with a heading, in document order."""
        if self._sections is None:
            self._sections = [s for s in self.root.walk() if s.heading is not None]
        return iter(self._sections)

    def walk(self) -> Iterator[Block]:
        """Every block, parents before their children, in order (the list is made once)."""
        if self._all is None:
            self._all = [inner for b in self.blocks for inner in b.walk()]
        return iter(self._all)

    @property
    def blank(self) -> bool:
        """Whether nothing is written for readers: no block but headings, thematic breaks and HTML comments."""
        return all(b.kind in ("heading", "thematic-break") or b.is_comment for b in self.blocks)


class _Builder:
    def __init__(self, lines: list[str], first: int) -> None:
        self.lines = lines  # the body's lines; file line n is lines[n - 1 - first]
        self.first = first
        self.headings: list[Heading] = []
        self.tables: list[Table] = []
        self.code: list[Block] = []  # code blocks, made in document order

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
            block = Block("code", line, end, tok["raw"], info=info)
            self.code.append(block)
            return block
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
) -> tuple[Section, list[Heading], list[Section]]:
    """The section tree, the top-level headings, and the sections with a heading in document order."""
    root = Section(None, 0, first, last)
    stack = [root]
    top: list[Heading] = []
    made: list[Section] = []
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
            made.append(section)
        else:
            stack[-1].blocks.append(block)
            if block.children or block.table is not None:  # only these can hold a table
                for inner in block.walk():
                    if inner.table is not None:
                        inner.table.section = stack[-1] if stack[-1].heading else None
    return root, top, made


def parse_body(text: str, first_line: int, lines: list[str] | None = None) -> Body:
    """Parse the body ``text`` whose first line is file line ``first_line + 1``.

    ``lines`` is ``text.split("\n")`` when the caller has it (splitting the corpus's bodies
    again took 7 ms a time, twice).
    """
    if not text.endswith("\n"):
        text += "\n"
        lines = [*lines, ""] if lines else None
    if lines is None:
        lines = text.split("\n")
    tokens = parse_blocks(text, first_line, lines)
    last = first_line + len(lines) - 1
    builder = _Builder(lines, first_line)
    blocks = builder.blocks(tokens, last)
    by_line = {h.line: h for h in builder.headings}
    root, headings, sections = _sections(blocks, by_line, first_line + 1, last)
    return Body(first_line + 1, last, blocks, headings, root, builder.tables, builder.code, sections)
