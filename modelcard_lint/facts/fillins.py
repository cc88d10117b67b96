"""Fill-ins a template leaves for its author to replace: a bracketed field addressed to them ("<YOUR AUROC>",
"[Your Name]", "{your_username}") and a user name never written into an address
("https://github.com/USERNAME/tiny-sql-gpt"). Found by their shape: brackets around "your", "insert" or "enter"
and a word, or the name fields of an address; not in inline code, where a card tells its reader what to type
("replace `your-username` with your Hub name").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..card.yamlnode import Node

_BRACKETED = re.compile(r"<(?:your|insert|enter)[ _-][^<>\n]{1,40}>|\[(?:your|insert|enter)[ _-][^\]\n]{1,40}\]"
                        r"(?!\()|\{(?:your|insert|enter)[ _-][^{}\n]{1,40}\}", re.I)
# a user or organisation never named, in an address: "github.com/USERNAME/repo", "huggingface.co/your-username/x"
_IN_ADDRESS = re.compile(r"(?<=/)(?:(?-i:(?:YOUR[_-])?(?:HF[_-])?USERNAME)|your[_-]?(?:hf[_-])?(?:user(?:name)?|"
                         r"org(?:ani[sz]ation)?|name|repo))(?=/)", re.I)
_ADDRESS = re.compile(r"https?://[^\s)>\]]+|\]\([^)\s]+\)")


def fill_ins(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each fill-in of ``text`` outside inline code, in order."""
    low = text.lower()
    if "your" not in low and "username" not in low and "insert" not in low and "enter" not in low:
        return
    spans = [m.span() for m in _BRACKETED.finditer(text)]
    if "username" in low or "your" in low:
        spans += (m.span() for a in _ADDRESS.finditer(text) for m in _IN_ADDRESS.finditer(text, a.start(), a.end()))
    # (whether each stands between backticks on its line, counted once along the text: linear however many there are)
    line_start, counted, ticks = -1, 0, 0
    for start, end in sorted(spans):
        begin = text.rfind("\n", 0, start) + 1
        if begin != line_start:
            line_start, counted, ticks = begin, begin, 0
        ticks += text.count("`", counted, start)
        counted = start
        if ticks % 2 == 0:
            yield start, end


def metadata_fill_ins(meta: Node | None) -> Iterator[Node]:
    """The metadata's string values that hold a bracketed fill-in (``value: <YOUR AUROC>`` in model-index)."""
    stack = [meta] if meta is not None else []
    while stack:
        node = stack.pop()
        if node.is_scalar:
            if node.is_str and isinstance(node.value, str) and _BRACKETED.search(node.value):
                yield node
        elif node.is_map:
            stack.extend(v for _, v in reversed(list(node.items())))
        elif node.is_seq:
            stack.extend(reversed(list(node)))
