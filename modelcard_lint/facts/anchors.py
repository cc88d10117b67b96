"""Where the anchor words of a statement stand in a text, found in one pass.

``missing-section`` (MC201) tries its long statement patterns only around words that every match holds (its
anchors: "bias", "not ", "intended", ...), a few hundred of them in all. Looking for each anchor with ``str.find``
read every card's prose once per anchor, about a third of the rule's time. An Aho-Corasick automaton
(``ahocorasick_rs``, built once per set of anchors) reads the text once and reports every occurrence of every anchor,
overlapping ones included, in about a fifteenth of that time. Where the library cannot be installed (no wheel for
the platform), the same occurrences come from ``str.find``, more slowly.
"""

from __future__ import annotations

from functools import cache
from typing import Any


def _library() -> Any:
    try:
        from ahocorasick_rs import AhoCorasick as automaton
    except ImportError:  # (tests/test_anchors.py runs the searches without it)
        return None
    return automaton


AhoCorasick: Any = _library()


def occurrences(low: str, anchors: tuple[str, ...]) -> list[tuple[int, int]]:
    """Each ``(anchor's index, start)`` of an anchor in ``low`` (a lower-cased text), anchor by anchor in the order
    given and, for one anchor, from the text's start: the order in which a search around them is tried."""
    automaton = _automaton(anchors) if AhoCorasick is not None else None
    if automaton is None:
        return _by_find(low, anchors)
    hits = automaton.find_matches_as_indexes(low, overlapping=True)
    return sorted((index, start) for index, start, _end in hits) if hits else []


@cache
def _automaton(anchors: tuple[str, ...]) -> Any:
    return AhoCorasick(list(anchors)) if anchors else None


def _by_find(low: str, anchors: tuple[str, ...]) -> list[tuple[int, int]]:
    found = []
    for index, anchor in enumerate(anchors):
        i = low.find(anchor) if anchor else -1
        while i >= 0:
            found.append((index, i))
            i = low.find(anchor, i + 1)
    return found
