"""The anchor occurrences that the statement searches of missing-section start from: the automaton finds what
``str.find`` finds, in the same order, and the searches give the same answers on the slower path."""

from __future__ import annotations

from pathlib import Path

import pytest

from modelcard_lint.card import Card
from modelcard_lint.card.source import read_source
from modelcard_lint.facts import anchors, caveats, purpose
from modelcard_lint.facts.coverage import prose_text, search_near

ANCHORS = ("not ", "not intended", "bias", "n't", "only.", "偏见", "⚠", "ss", "sss")


@pytest.mark.parametrize("text", [
    "",
    "nothing here",
    "it is not intended for, not meant; and not not  biased",
    "sssss",  # overlapping occurrences of one anchor, and of two that share letters
    "don't use it. research only. only.",
    "模型可能存在偏见 ⚠ and bias",
    "bias" * 50,
])
def test_the_automaton_finds_every_occurrence_in_find_order(text: str) -> None:
    low = text.lower()
    assert anchors.occurrences(low, ANCHORS) == anchors._by_find(low, ANCHORS)


def test_an_empty_set_of_anchors_finds_nothing() -> None:
    assert anchors.occurrences("bias", ()) == []


def _statements(text: str) -> list[tuple[int, int] | None]:
    found = []
    for pattern, words, reach in [(caveats._CAVEAT, caveats._ANCHORS, caveats.CAVEAT_REACH),
                                  (caveats._NOTICE, caveats._NOTICE_ANCHORS, caveats.CAVEAT_REACH),
                                  (purpose._INTENDED, purpose._INTENDED_WORDS, purpose.INTENDED_REACH)]:
        m = search_near(pattern, text, words, reach)
        found.append(m.span() if m is not None else None)
    return found


def test_the_searches_answer_the_same_without_the_library(shared: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cards = sorted((shared / "corpus" / "cards").glob("*.md"))[::10]
    texts = [prose_text(Card(read_source(path, str(path)))) for path in cards]
    fast = [_statements(text) for text in texts]
    monkeypatch.setattr(anchors, "AhoCorasick", None)
    slow = [_statements(text) for text in texts]
    assert fast == slow
    assert sum(span is not None for spans in fast for span in spans) > 20  # the searches did find statements
