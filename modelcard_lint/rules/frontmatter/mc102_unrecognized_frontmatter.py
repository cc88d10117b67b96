"""MC102 unrecognized-frontmatter."""

from __future__ import annotations

from collections.abc import Iterator

from ...card import Card
from ...core.rule import Rule
from ...diagnostics import Finding, Severity, Span
from ...facts.secondblock import second_blocks

# what happened and how to fix it, for each way the Hub's front-matter pattern misses a block
# ("not-at-start" is a block the Hub does read; MC103 reports it)
_TEXT = {
    "bom": (
        "the file starts with a UTF-8 byte-order mark, so huggingface_hub does not find the front matter "
        "and the card has no metadata",
        "save the file as UTF-8 without a byte-order mark (BOM)",
    ),
    "leading-text": (
        "text before the opening `---` (line {fence_line}) hides the front matter: the Hub only reads a "
        "metadata block at the very top of the card",
        "move this text below the closing `---`, or delete it",
    ),
    "no-opening-fence": (
        "the metadata has a closing `---` (line {fence_line}) but no opening one, so the Hub reads it as "
        "text and the card has no metadata",
        "add a line `---` above the first metadata line",
    ),
    "unclosed": (
        "the front matter is never closed: no line `---` follows the opening one, so the Hub finds no metadata",
        "end the metadata block with a line containing only `---`",
    ),
    "empty-block": (
        "the front matter is empty (`---` directly followed by `---`); the Hub does not recognise it and "
        "shows both lines in the card",
        "add the card's metadata between the two lines, or delete them",
    ),
    "opening-fence": (
        "the opening fence `{fence}` has {what}; the Hub only recognises a line of exactly `---`, "
        "so the card has no metadata",
        "make the first line exactly `---`",
    ),
    "closing-fence": (
        "the closing fence `{fence}` has more than three dashes; the Hub only recognises `---`",
        "make the closing line exactly `---`",
    ),
    "doubled-cr": (
        "the file's lines end in `\\r\\r\\n` (a carriage return doubled, as converting line endings twice leaves): the "
        "Hub's front-matter pattern finds no metadata, and Markdown reads a blank line after every line, which breaks "
        "tables and lists",
        "save the file with `\\n` (or `\\r\\n`) line endings: replace each `\\r\\r\\n` with `\\n`",
    ),
    "unreadable": (
        "the Hub's front-matter pattern does not match this block, so the card has no metadata",
        "start the card with `---`, the metadata, and a closing `---` line",
    ),
}


class UnrecognizedFrontmatter(Rule):
    """A metadata block is present but the Hub does not recognise it, so the card silently has no metadata."""

    code = "MC102"
    name = "unrecognized-frontmatter"
    severity = Severity.ERROR

    def check(self, card: Card) -> Iterator[Finding]:
        fm = card.frontmatter
        if fm is None:
            return
        for problem in fm.problems:
            case = problem.case
            if case == "unreadable" and "\r\r\n" in card.source.raw[:4096]:
                case = "doubled-cr"  # (the lines of the block are whole; their endings are what the Hub cannot read)
            text = _TEXT.get(case)
            if text is None:
                continue
            message, help_text = text
            fix = None
            if problem.case in ("opening-fence", "closing-fence"):
                line = problem.span.line
                whole = Span(line, 1, line, len(card.lines[line - 1]) + 1)
                fix = self.replace(whole, "---", "make the fence exactly `---`")
            yield self.finding(
                problem.span, message.format(**problem.facts), help=help_text, fix=fix, cause=case
            )
        for block in second_blocks(card):
            keys = ", ".join(f"`{k}`" for k in block.keys)
            meta = card.meta
            both = [k for k in block.keys if meta is not None and k in meta.value]
            also = (f"; the front matter has its own {', '.join(f'`{k}`' for k in both)}, which the Hub shows instead"
                    if both else "")
            yield self.finding(
                Span(block.open_line, 1, block.close_line, len(card.lines[block.close_line - 1]) + 1),
                f"a second metadata block (lines {block.open_line}-{block.close_line}: {keys}) sits in the card's "
                f"text: the Hub reads only the block at the top, so its keys are lost and the page shows it as a "
                f"heading{also}",
                help="move the keys you mean into the front matter at the top of the card, and delete this block",
                cause="second-block",
                keys=list(block.keys),
            )
