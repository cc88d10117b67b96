"""Where the anchor words of a statement stand in a text, found in one pass.

``missing-section`` (MC201) tries its long statement patterns only around words that every match holds (its
anchors: "bias", "not ", "intended", ...), a few hundred of them in all. Looking for each anchor with ``str.find``
read every card's prose once per anchor, about a third of the rule's time. An Aho-Corasick automaton
(``ahocorasick_rs``, built once per set of anchors) reads the text once and reports every occurrence of every anchor,
overlapping ones included, in about a fifteenth of that time. Where the library cannot be installed (no wheel for
the platform), the same occurrences come from ``str.find``, more slowly.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Any

from .lazyre import LazyPattern, lazy


def _library() -> Any:
    try:
        from ahocorasick_rs import AhoCorasick as automaton
    except ImportError:  # (tests/test_anchors.py runs the searches without it)
        return None
    return automaton


AhoCorasick: Any = _library()


def lower(text: str) -> str:
    """``text`` in lower case, of the same length, so that offsets into one are offsets into the other: a letter whose
    lower case is longer ("İ" becomes "i" and a combining dot) is given its first character only. (Searching the
    whole text instead, as a fallback, made a card of one such letter and a long run of tabs take seconds.)"""
    low = text.lower()
    if len(low) == len(text):
        return low
    # (U+0130 is the one character whose lower case is longer: its first character, "i", is put in its place before
    # lowering, in one pass in C; lowering character by character took 5 ms per call on a card of 40 KB)
    same = text.replace("\u0130", "i").lower()
    return same if len(same) == len(text) else "".join(c.lower()[:1] for c in text)


def occurrences(low: str, anchors: tuple[str, ...]) -> list[tuple[int, int]]:
    """Each ``(anchor's index, start)`` of an anchor in ``low`` (a lower-cased text), anchor by anchor in the order
    given and, for one anchor, from the text's start: the order in which a search around them is tried."""
    hits = _library_hits(low, anchors, overlapping=True)
    if hits is None:
        return _by_find(low, anchors)
    return sorted((index, start) for index, start, _end in hits)


def holds_any(low: str, words: tuple[str, ...]) -> bool:
    """Whether ``low`` holds one of ``words``, read once."""
    hits = _library_hits(low, words, overlapping=False)
    return bool(hits) if hits is not None else any(word in low for word in words)


def windows(text: str, low: str, anchors: tuple[str, ...], reach: int) -> Iterator[tuple[int, int, int]]:
    """``(anchor's index, start, end)`` of the window of ``text`` around each occurrence of an anchor in ``low``
    (``text`` lower-cased, of the same length), in the order of ``occurrences``: ``reach`` characters on each
    side, the window's end moved on past the word it falls in (``window_end``)."""
    for index, i in occurrences(low, anchors):
        yield index, max(0, i - reach), window_end(text, i + len(anchors[index]) + reach)


def _library_hits(low: str, words: tuple[str, ...], overlapping: bool) -> list[tuple[int, int, int]] | None:
    """The automaton's ``(word's index, start, end)`` of ``words`` in ``low``, or None where the library cannot
    read it (not installed; a lone surrogate, bytes that were no UTF-8, cannot cross into it)."""
    automaton = _automaton(words) if AhoCorasick is not None else None
    if automaton is None:
        return None
    try:
        return list(automaton.find_matches_as_indexes(low, overlapping=overlapping))
    except UnicodeEncodeError:
        return None


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


class Shapes:
    """The shapes of one kind of statement, each a pattern with the anchors (lower case) that every match of it
    holds. A text is read once for all the anchors, and around each occurrence only the shapes holding that anchor
    are tried, within ``reach`` characters: one long alternation tried around every anchor cost each window a try
    of every shape at every character."""

    def __init__(self, *shapes: tuple[tuple[str, ...], str], flags: int = 0, reach: int) -> None:
        self.anchors = tuple(dict.fromkeys(word for words, _ in shapes for word in words))
        self.patterns: list[LazyPattern] = [lazy(source, flags) for _, source in shapes]
        self.reach = reach
        position = {word: i for i, word in enumerate(self.anchors)}
        tried: list[list[int]] = [[] for _ in self.anchors]
        for k, (words, _) in enumerate(shapes):
            for word in words:
                tried[position[word]].append(k)
        self.tried = [tuple(ks) for ks in tried]

    def search(self, text: str) -> re.Match[str] | None:
        """The first match found (anchor by anchor), or None."""
        low = lower(text)
        for index, start, end in windows(text, low, self.anchors, self.reach):
            for k in self.tried[index]:
                m = self.patterns[k].search(text, start, end)
                if m is not None:
                    return m
        return None


def window_end(text: str, end: int) -> int:
    """The end of a window of ``text`` searched around an anchor, moved on past the rest of the word ``end`` falls
    in and the word after it (a few characters at most): a lookahead at the window's end must not see a word cut
    short or missing ("can be used as f|ollows" is no use "as f", "not trained| on X" names data)."""
    tail = _TAIL.match(text, end, end + 32)
    return tail.end() if tail is not None else end


_TAIL = lazy(r"[\w-]*[ \t]*[\w-]*[ \t]*")  # the rest of a word, and the word after it


def found_near(pattern: re.Pattern[str] | LazyPattern, text: str, anchors: tuple[str, ...], reach: int) -> bool:
    """Whether ``pattern`` matches within ``reach`` characters of one of ``anchors`` (lower case) in ``text``: the
    pattern is tried around the words every match holds, not at every character of the text. Windows that overlap
    are searched as one: a text dense with one anchor ("results" a thousand times) is read once, not once per
    occurrence."""
    low = lower(text)
    spans = sorted((start, end) for _, start, end in windows(text, low, anchors, reach))
    start = end = -1
    for s, e in spans:
        if s > end:
            if end >= 0 and pattern.search(text, start, end) is not None:
                return True
            start, end = s, e
        else:
            end = max(end, e)
    return end >= 0 and pattern.search(text, start, end) is not None


def search_near(pattern: re.Pattern[str] | LazyPattern, text: str, anchors: tuple[str, ...],
                reach: int) -> re.Match[str] | None:
    """``found_near``'s match (the first found, anchor by anchor), or None."""
    low = lower(text)
    for _, start, end in windows(text, low, anchors, reach):
        m = pattern.search(text, start, end)
        if m is not None:
            return m
    return None


def matches_near(pattern: re.Pattern[str] | LazyPattern, text: str, anchors: tuple[str, ...],
                 reach: int) -> Iterator[re.Match[str]]:
    """``pattern``'s matches within ``reach`` characters of one of ``anchors`` (lower case) in ``text``, window by
    window (a match may come twice where windows overlap)."""
    low = lower(text)
    for _, start, end in windows(text, low, anchors, reach):
        yield from pattern.finditer(text, start, end)


WORD_REACH = 5  # how far into a word an anchor of matches_at_words may stand ("pre-" before "train")


def matches_at_words(text: str, anchors: tuple[str, ...],
                     pattern: re.Pattern[str] | LazyPattern) -> Iterator[re.Match[str]]:
    """``pattern``'s matches that start at a word holding one of ``anchors`` (lower case) at most ``WORD_REACH``
    characters into it, in the text's order: the pattern is tried where its first word can be, not at every position
    of the text, which a case-insensitive alternation of words makes slow."""
    low = lower(text)
    starts = set()
    for _index, i in occurrences(low, anchors):
        # the word's start, or a part's after a hyphen ("pre-finetuned"), at most WORD_REACH before it
        j = i
        while j > 0 and i - j < WORD_REACH and low[j - 1].isalpha():
            j -= 1
        if j == 0 or not low[j - 1].isalpha():
            starts.add(j)
            if j > 1 and low[j - 1] == "-" and i - j < WORD_REACH:
                k = j - 1
                while k > 0 and i - k < WORD_REACH and low[k - 1].isalpha():
                    k -= 1
                if k == 0 or not low[k - 1].isalpha():
                    starts.add(k)
    for j in sorted(starts):
        m = pattern.match(text, j)
        if m is not None:
            yield m
