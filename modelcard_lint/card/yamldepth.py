"""How deep a front-matter block nests, read before libyaml composes it (its composer recurses in C)."""

from __future__ import annotations

import re

#: deeper than this, a front matter is not metadata; the builder's own recursion stops near it anyway
MAX_DEPTH = 1000
_BRACKETS = re.compile(r"[\[\]{}]")
_COMPACT = re.compile(r"(?:[-?][ \t]+)+")  # `- - - a`: each marker opens a level on one line


#: the pure-Python parser, which reads what libyaml stops at, spends time growing with the square of the flow
#: nesting (0.5 s at 900 levels): deeper than this, libyaml's own error stands
PYTHON_DEPTH = 128


def nested_too_deeply(text: str, limit: int = MAX_DEPTH) -> bool:
    """Whether the block nests flow collections or compact sequences ``limit`` levels deep (an over-estimate that
    ignores quotes, which only matters for text no card holds)."""
    if text.count("[") + text.count("{") >= limit:
        depth = 0
        for m in _BRACKETS.finditer(text):
            depth += 1 if m.group() in "[{" else -1
            if depth >= limit:
                return True
    if text.count("- ") + text.count("-\t") + text.count("? ") >= limit:
        return any(m.group().count("-") + m.group().count("?") >= limit for m in _COMPACT.finditer(text))
    return False
