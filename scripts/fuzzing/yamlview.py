"""The front matter as the Hub reads it, independently of the linter.

huggingface_hub finds the block with one regular expression and loads it with
PyYAML's ``yaml.safe_load``; these helpers do the same, and add what the fix
oracle needs: the file lines each top-level key covers, duplicate keys, and a
comparison of loaded data that treats NaN as equal to itself, does not
explode on shared (aliased) substructures and stops on recursive ones.
"""

from __future__ import annotations

import math
import re
from typing import Any, NamedTuple

import yaml

# huggingface_hub repocard.py: "exact same regex as in the Hub server"
HUB_REGEX = re.compile(r"^(\s*---(?:\r\n|\r|\n))([\S\s]*?)((?:\r\n|\r|\n)---[ \t]*(\r\n|\n|$))")
_BREAK = re.compile(r"\r\n|\r|\n")


class Loaded(NamedTuple):
    """``status`` is "absent" (no block), "error" (PyYAML refuses it) or "ok"; ``block_start`` is a raw offset."""

    status: str
    data: Any = None
    block: str = ""
    block_start: int = 0
    error: str = ""


def hub_load(raw: str) -> Loaded:
    m = HUB_REGEX.search(raw)
    if m is None:
        return Loaded("absent")
    block = m.group(2)
    try:
        data = yaml.safe_load(block)
    except Exception as exc:  # PyYAML's constructors raise more than YAMLError (`!!int ''`: IndexError)
        return Loaded("error", block=block, block_start=m.start(2), error=f"{type(exc).__name__}: {exc}"[:300])
    return Loaded("ok", data, block, m.start(2))


def line_starts(raw: str) -> list[int]:
    """Raw offsets where each file line starts (CR, LF and CRLF end a line; nothing else does)."""
    return [0] + [m.end() for m in _BREAK.finditer(raw)]


def line_of(starts: list[int], offset: int) -> int:
    """1-based file line of a raw offset."""
    lo, hi = 0, len(starts) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if starts[mid] <= offset:
            lo = mid
        else:
            hi = mid - 1
    return lo + 1


def _compose(block: str) -> Any:
    try:
        return yaml.compose(block, Loader=yaml.SafeLoader)
    except (yaml.YAMLError, RecursionError, ValueError):
        return None


class Entry(NamedTuple):
    """A top-level entry: its key, its first and last file lines and raw offsets (key through value)."""

    key: str
    first: int
    last: int
    start: int
    end: int


def entries(raw: str, loaded: Loaded) -> list[Entry]:
    """Each top-level entry of the loaded block; a key written twice has two.

    Positions come from PyYAML's character index, never its line count: PyYAML also breaks lines
    at U+0085, U+2028 and U+2029, which a file's lines do not.
    """
    root = _compose(loaded.block)
    if not isinstance(root, yaml.MappingNode):
        return []
    starts = line_starts(raw)
    out = []
    for key, value in root.value:
        name = str(key.value) if isinstance(key, yaml.ScalarNode) else f"<{key.id}>"
        start = loaded.block_start + key.start_mark.index
        end = loaded.block_start + max(value.end_mark.index, key.end_mark.index)
        out.append(Entry(name, line_of(starts, start), line_of(starts, max(start, end - 1)), start, end))
    return out


def duplicate_keys(block: str) -> int:
    """How many keys repeat an earlier key of the same mapping (merge keys aside; aliases visited once)."""
    root = _compose(block)
    found = 0
    seen: set[int] = set()
    stack = [root] if root is not None else []
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            names = [str(k.value) if isinstance(k, yaml.ScalarNode) else f"<{k.id}>" for k, _v in node.value]
            names = [n for n in names if n != "<<"]
            found += len(names) - len(set(names))
            stack.extend(value for _key, value in node.value)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
    return found


def same(a: Any, b: Any, memo: set[tuple[int, int]] | None = None) -> bool:
    """Deep equality of loaded YAML (NaN equals NaN; shared and recursive parts compared once)."""
    if memo is None:
        memo = set()
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
        return True
    if type(a) is not type(b):
        return False
    if isinstance(a, (dict, list)):
        pair = (id(a), id(b))
        if pair in memo:
            return True
        memo.add(pair)
        if len(a) != len(b):
            return False
        if isinstance(a, list):
            return all(same(x, y, memo) for x, y in zip(a, b, strict=False))
        return all(k in b and same(v, b[k], memo) for k, v in a.items())
    return bool(a == b)


def changed_keys(before: Any, after: Any) -> set[str]:
    """Top-level keys whose value differs (as ``str(key)``), or {"<root>"} when either is not a mapping."""
    if not isinstance(before, dict) or not isinstance(after, dict):
        return set() if same(before, after) else {"<root>"}
    # keyed by repr: a NaN key is not equal to itself, and 1 and "1" are two keys
    old = {repr(k): (k, v) for k, v in before.items()}
    new = {repr(k): (k, v) for k, v in after.items()}
    return {
        str((old.get(r) or new[r])[0])
        for r in old.keys() | new.keys()
        if r not in old or r not in new or not same(old[r][1], new[r][1])
    }
