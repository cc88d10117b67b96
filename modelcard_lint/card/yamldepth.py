"""How deep a front-matter block nests, read before libyaml composes it (its composer recurses in C)."""

from __future__ import annotations

import re

#: deeper than this, a front matter is not metadata; the builder's own recursion stops near it anyway
MAX_DEPTH = 1000
_BRACKETS = re.compile(r"[\[\]{}]")
_COMPACT = re.compile(r"(?:[-?][ \t]+)+")  # `- - - a`: each marker opens a level on one line


def nested_too_deeply(text: str) -> bool:
    """Whether the block nests flow collections or compact sequences ``MAX_DEPTH`` levels deep (an
    over-estimate that ignores quotes, which only matters for text no card holds)."""
    if text.count("[") + text.count("{") >= MAX_DEPTH:
        depth = 0
        for m in _BRACKETS.finditer(text):
            depth += 1 if m.group() in "[{" else -1
            if depth >= MAX_DEPTH:
                return True
    if text.count("- ") + text.count("-\t") + text.count("? ") >= MAX_DEPTH:
        return any(m.group().count("-") + m.group().count("?") >= MAX_DEPTH for m in _COMPACT.finditer(text))
    return False
