"""Caches for the answers about the Hub's lists: bounded, and never kept for long strings."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache, wraps
from typing import TypeVar

T = TypeVar("T")
_CACHES: list[Callable[[], None]] = []


def clear_caches() -> None:
    """Forget every cached answer of the hub modules (for timing the uncached work, in tests)."""
    for clear in _CACHES:
        clear()


def cached(maxsize: int, longest: int = 100) -> Callable[[Callable[[str], T]], Callable[[str], T]]:
    """``lru_cache(maxsize)`` for a function of one string, except that strings longer than
    ``longest`` are not kept: a run over many cards must not hold on to their longest values."""

    def wrap(fn: Callable[[str], T]) -> Callable[[str], T]:
        cached = lru_cache(maxsize=maxsize)(fn)
        _CACHES.append(cached.cache_clear)

        @wraps(fn)
        def call(value: str) -> T:
            return cached(value) if len(value) <= longest else fn(value)

        return call

    return wrap
