"""A second metadata block in the card's text, below the front matter the Hub reads.

Cards edited in the Hub's metadata editor, or by a script that adds its own block, sometimes keep an old block
further down: "---", "license: osl-3.0", "---" at the end of the card. The Hub reads only the block at the top, so
the keys of the second are lost, and Markdown shows the block as a rule and a heading ("license: osl-3.0" over
"---" is a heading). A block is taken for metadata when it opens with a `---` line outside code, its first line is
one of the Hub's keys, every line up to a closing `---` (at most ``MAX_LINES`` further) reads as YAML of a mapping
(a `key:` line, an indented line or a list item), and it closes; not in code, nor in an HTML comment.
"""

from __future__ import annotations

from typing import NamedTuple

from ..card import Card
from ..card.frontmatter import KNOWN_KEYS, is_fence, key_of
from .lazyre import lazy

MAX_LINES = 40  # lines a stray block holds at most
_YAML_LINE = lazy(r"[A-Za-z_][\w.-]*:(?:[ \t]|$)|[ \t]+\S|-[ \t]+\S")


class SecondBlock(NamedTuple):
    open_line: int  # the `---` lines around it (1-based)
    close_line: int
    keys: tuple[str, ...]  # its top-level keys, in order


def second_blocks(card: Card) -> list[SecondBlock]:
    """The metadata blocks in the text of a card whose own front matter the Hub reads."""
    return card.derived("second-blocks", _build)


def _build(card: Card) -> list[SecondBlock]:
    fm = card.frontmatter
    # (the front matter's own fences hold one "\n---"; a card with no other has no second block)
    if fm is None or not fm.hub_sees or fm.problems or card.text.count("\n---") < 2:
        return []
    lines, code, out = card.lines, card.code_lines, []
    # (a block kept in an HTML comment is put away on purpose)
    hidden = {n for b in card.body.walk() if b.kind == "html" and b.is_comment for n in range(b.line, b.end_line + 1)}
    i = card.body_line
    while i < len(lines) - 2:
        if not is_fence(lines[i]) or i + 1 in code or i + 1 in hidden or key_of(lines[i + 1]) not in KNOWN_KEYS:
            i += 1
            continue
        end = next((k for k in range(i + 1, min(i + 2 + MAX_LINES, len(lines))) if is_fence(lines[k])), None)
        if end is None or not all(_YAML_LINE.match(x) or not x.strip() for x in lines[i + 1 : end]):
            i += 1
            continue
        keys = tuple(key for x in lines[i + 1 : end] if (key := key_of(x)) is not None)
        out.append(SecondBlock(i + 1, end + 1, keys))
        i = end + 1
    return out
