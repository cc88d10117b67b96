"""Code blocks that are never closed, and what they swallow, computed once per card.

A fenced code block whose closing fence is missing runs to the end of the card (CommonMark, and the
Hub's renderer), so every heading, table and paragraph after it shows as code.  MC203 reports the
opening fence once; MC201 counts the headings it swallowed as the card's own, so that the sections
hidden by one missing fence are not reported as missing one by one.
"""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

from ..card import Card
from ..card.titles import BOLD_LABEL
from ..hub.lists import template_headings
from .lazyre import lazy

_FENCE = lazy(r" {0,3}(`{3,}|~{3,})(.*)")
# the title is the rest of the line with its closing run of spaces, tabs and #s stripped by rstrip: a lazy
# ``(.*?)[ \t#]*$`` is retried from every position and takes quadratic time on a line of spaces
_HEADING = lazy(r" {0,3}(#{2,6})[ \t]+(.*)")


class Unclosed(NamedTuple):
    """A fenced code block that runs to the end of the card, and the Markdown it swallows."""

    line: int  # the opening fence
    end_line: int  # the card's last line of text
    fence: str  # the opening fence's characters (```, ~~~~)
    headings: tuple[tuple[int, int, str], ...]  # (line, level, text) of heading lines (## and below)
    labels: tuple[tuple[int, str], ...]  # (line, text) of bold labels that stand for headings ("**Test Result**:")
    openers: tuple[int, ...]  # lines that open another code block: a fence with an info string (```python)
    tails: tuple[int, ...]  # lines that end with the fence after some code: a closing fence not on its own line

    @property
    def swallows(self) -> bool:
        """Whether the swallowed lines show that the rest of the card was not meant as code."""
        return bool(self.headings or self.labels or self.openers or self.tails)


class Nested(NamedTuple):
    """A closed code block that holds the opening fence of another one (```` ```bash ```` inside a ```` ``` ````
    block): the author's closing fence is missing before it, and every block after it is shifted."""

    line: int  # the outer block's opening fence
    opener: int  # the line that was meant to open the next block
    fence: str
    end_line: int  # the line that closes the outer block (the next block's closing fence)


def unclosed_fences(card: Card) -> list[Unclosed]:
    """The card's unclosed code blocks that swallow Markdown (computed once per card)."""
    return card.derived("unclosed-fences", _build)[0]


def nested_openers(card: Card) -> list[Nested]:
    """The card's closed code blocks that swallowed the opening of the next one."""
    return card.derived("unclosed-fences", _build)[1]


def _build(card: Card) -> tuple[list[Unclosed], list[Nested]]:
    if "```" not in card.text and "~~~" not in card.text:
        return [], []
    lines = card.lines
    last = len(lines)
    while last > 0 and not lines[last - 1].strip():
        last -= 1
    out: list[Unclosed] = []
    nested: list[Nested] = []
    for block in card.code_blocks:
        if block.end_line <= block.line:
            continue
        m = _FENCE.match(lines[block.line - 1])
        if m is None:
            continue  # an indented code block
        fence = m.group(1)
        closing = lines[block.end_line - 1].strip()
        if block.end_line != last or (closing.startswith(fence) and not closing.strip(fence[0])):
            # closed: an opening fence inside it (not a longer fence's example of a shorter one) is misplaced
            if fence[:3] not in block.text:
                continue
            inner = next((n for n in range(block.line + 1, block.end_line) if _opens(lines[n - 1], fence)), None)
            # (an opener with nothing after it but the closing fence is text the block holds: a prompt template that
            # ends by opening the block the model completes, "```sql" over a blank line and the closing "```")
            if inner is not None and not _in_string(lines, block.line, inner) and any(
                    lines[n - 1].strip() for n in range(inner + 1, block.end_line)):
                nested.append(Nested(block.line, inner, fence, block.end_line))
            continue
        found = _swallowed(lines, block.line, block.end_line, fence)
        if found.swallows:
            out.append(found)
    return out, nested


def _in_string(lines: list[str], line: int, inner: int) -> bool:
    """Whether the code above an inner fence has left a triple-quoted string open: the fence is text the code holds
    (a prompt that shows a ```json block, inside a triple-quoted string), not a block the author forgot to close."""
    code = "\n".join(lines[line : inner - 1])
    return ('"""' in code or "'''" in code) and (code.count('"""') % 2 == 1 or code.count("'''") % 2 == 1)


def _opens(text: str, fence: str) -> bool:
    """Whether ``text`` is an opening fence with an info string that ``fence`` cannot be the example of."""
    if "`" not in text and "~" not in text:
        return False
    f = _FENCE.fullmatch(text)
    return f is not None and f.group(1)[0] == fence[0] and len(f.group(1)) >= len(fence) and bool(f.group(2).strip())


def _swallowed(lines: list[str], line: int, end: int, fence: str) -> Unclosed:
    headings, labels, openers, tails = [], [], [], []
    quoted = False  # (in a triple-quoted string of the code: a prompt template's "### Instruction:" is text it holds)
    for n in range(line + 1, end + 1):
        text = lines[n - 1]
        if ('"""' in text or "'''" in text) and (text.count('"""') + text.count("'''")) % 2:
            quoted = not quoted
            continue
        if quoted:
            continue
        if "#" in text and (h := _HEADING.fullmatch(text)) is not None and (title := h.group(2).rstrip(" \t#")):
            headings.append((n, len(h.group(1)), title))
        elif "**" in text and (b := BOLD_LABEL.match(text)) is not None:
            labels.append((n, b.group(1) or b.group("run_in")))
        elif len(text) < _TITLE_CHARS and " ".join(text.split()).lower() in _template_titles():
            # (or a template's heading written without its #, alone on its line: "Training Details", "Evaluation"; the
            # sections a card copied as plain text, which the Hub shows as code)
            headings.append((n, 2, text.strip()))
        elif (f := _FENCE.fullmatch(text)) is not None:
            if f.group(1)[0] == fence[0] and f.group(2).strip():
                openers.append(n)
        elif text.rstrip().endswith(fence) and text.strip(" \t" + fence[0]):
            tails.append(n)
    return Unclosed(line, end, fence, tuple(headings), tuple(labels), tuple(openers), tuple(tails))


_TITLE_CHARS = 60


@cache
def _template_titles() -> frozenset[str]:
    """The headings of the Hub's template and the Trainer's card, in lower case."""
    lines = [*(title for _, title in template_headings()), "Model description", "Intended uses & limitations",
             "Training and evaluation data", "Training procedure", "Training hyperparameters", "Training results",
             "Framework versions"]
    return frozenset(x.lower() for x in lines)


def swallowed_prose(card: Card) -> list[str]:
    """The lines of prose that unclosed code blocks swallowed after their first heading: the author's sections,
    which the Hub shows as code ("## Limitations and bias" then "Trained on a small fraction of the xsumm training
    dataset"), without the headings, table rows and the code blocks the author meant."""
    out: list[str] = []
    for found in unclosed_fences(card):
        if not found.headings:
            continue
        code = False
        for n in range(found.headings[0][0] + 1, found.end_line + 1):
            text = card.lines[n - 1]
            if _FENCE.match(text):
                code = not code
            elif not code and text.strip() and not text.lstrip().startswith(("#", "|")):
                out.append(text)
    return out
