"""MC207 broken-table: a table whose delimiter row has another number of cells than its header, shown as text."""

from __future__ import annotations

from collections.abc import Iterator

from ...card import Card
from ...core.rule import Rule
from ...diagnostics import Finding, Severity, Span
from ...facts.lazyre import lazy

# a delimiter row: cells of dashes, each maybe with colons at its ends, between pipes ("| --- | :---: |", "---|---")
# (each run of blanks taken once, possessively: with the pipe beside it left out, two runs in a row split a long one
# every way, in quadratic time; found by fuzzing)
_DELIMITER = lazy(r"[ \t]*+\|?[ \t]*+:?-+:?[ \t]*+(?:\|[ \t]*+:?-+:?[ \t]*+)*+\|?[ \t]*+")
_PIPE = lazy(r"(?<!\\)\|")  # a pipe that separates cells (an escaped one, `\|`, is text)


def cell_count(line: str) -> int:
    """The number of cells of a table row: the text between its unescaped pipes, the outer ones left out."""
    text = line.strip()
    if text.startswith("|"):
        text = text[1:]
    if text.endswith("|") and not text.endswith("\\|"):
        text = text[:-1]
    return len(_PIPE.split(text))


class BrokenTable(Rule):
    """A table's delimiter row has another number of cells than its header: the Hub shows the lines as text."""

    code = "MC207"
    name = "broken-table"
    severity = Severity.WARNING

    def check(self, card: Card) -> Iterator[Finding]:
        for block in card.body.walk():
            # (a table that parses is a table block; one that does not stays a paragraph of its lines)
            if block.kind != "paragraph" or "|" not in block.text or "-" not in block.text:
                continue
            lines = block.text.split("\n")
            if len(lines) < 2 or "|" not in lines[0] or not _DELIMITER.fullmatch(lines[1]):
                continue
            if "|" not in lines[1] and not lines[0].lstrip().startswith("|"):
                continue
            header, delimiter = cell_count(lines[0]), cell_count(lines[1])
            if header == delimiter:
                continue
            line = block.line + 1
            raw = card.lines[line - 1]
            escaped = header > delimiter and len(lines) > 2 and all(cell_count(r) == delimiter for r in lines[2:])
            why = (" The header's extra `|` may be text of a cell (a name with a `|` in it), which must be "
                   "written `\\|`." if escaped else "")
            yield self.finding(
                Span(line, 1, line, len(raw.rstrip()) + 1),
                f"the table's header row has {header} cells but its delimiter row {delimiter}, so the Hub does not "
                f"read a table: it shows the rows as lines of text with their pipes.{why}",
                help="give the delimiter row one `---` per header cell" + (
                    ", or escape the `|` that belongs to a cell's text (`\\|`)" if escaped else ""),
                header=header,
                delimiter=delimiter,
            )
