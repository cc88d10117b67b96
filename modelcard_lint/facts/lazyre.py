"""Regular expressions compiled when first used, not when their module is imported.

The statements that ``missing-section`` reads (``coverage``, ``purpose``, ``caveats``) are long patterns:
compiling them took about 20 ms of every start, a sixth of linting one card cold, though most cards
that a commit touches never need them. A ``LazyPattern`` compiles on its first method call and then
holds the compiled pattern's own methods, so later calls cost what a compiled pattern's do.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class LazyPattern:
    # declared, not defined: the first look-up of one of them goes to __getattr__, which compiles the pattern
    # and sets all of them on the instance
    search: Callable[..., re.Match[str] | None]
    match: Callable[..., re.Match[str] | None]
    fullmatch: Callable[..., re.Match[str] | None]
    finditer: Callable[..., Iterator[re.Match[str]]]
    findall: Callable[..., list[Any]]
    sub: Callable[..., str]
    subn: Callable[..., tuple[str, int]]
    split: Callable[..., list[Any]]

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern  # (as a compiled pattern names its source, so that others can be built from it)
        self.flags = flags

    def __getattr__(self, name: str) -> Any:
        if name not in _METHODS:
            raise AttributeError(name)
        compiled = re.compile(self.pattern, self.flags)
        for method in _METHODS:
            setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)


def lazy(source: str, flags: int = 0) -> LazyPattern:
    """``re.compile(source, flags)``, compiled when first used."""
    return LazyPattern(source, flags)
