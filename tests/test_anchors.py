"""The anchor occurrences that the statement searches of missing-section start from: the automaton finds what
``str.find`` finds, in the same order, and the searches give the same answers on the slower path."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from modelcard_lint.card import Card
from modelcard_lint.card.source import read_source
from modelcard_lint.facts import anchors, caveats, intended
from modelcard_lint.facts.anchors import Shapes
from modelcard_lint.facts.coverage import prose_text

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


def test_a_lone_surrogate_is_searched_the_slow_way() -> None:
    low = "bias \ud800 not bias"
    assert anchors.occurrences(low, ANCHORS) == anchors._by_find(low, ANCHORS)
    assert anchors.holds_any(low, ("bias",)) and not anchors.holds_any(low, ("none",))


def test_an_empty_set_of_anchors_finds_nothing() -> None:
    assert anchors.occurrences("bias", ()) == []


def _statements(text: str) -> list[tuple[int, int] | None]:
    found = [caveats._CAVEATS.search(text),
             intended.INTENDED.search(text)]
    return [m.span() if m is not None else None for m in found]


def test_the_searches_answer_the_same_without_the_library(shared: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cards = sorted((shared / "corpus" / "cards").glob("*.md"))[::10]
    texts = [prose_text(Card(read_source(path, str(path)))) for path in cards]
    fast = [_statements(text) for text in texts]
    monkeypatch.setattr(anchors, "AhoCorasick", None)
    slow = [_statements(text) for text in texts]
    assert fast == slow
    assert sum(span is not None for spans in fast for span in spans) > 10  # the searches did find statements


def test_a_shape_is_tried_around_its_own_anchors_only() -> None:
    shapes = Shapes((("alpha",), r"\balpha[ \t]+beta\b"), (("gamma",), r"\bdelta\b"), flags=re.I, reach=20)
    assert shapes.search("An Alpha beta here.") is not None
    assert shapes.search("delta, and gamma") is not None
    assert shapes.search("delta, and alpha") is None  # (delta's own anchor is not there)
    assert shapes.search("gamma" + ". " * 15 + "delta") is None  # (nor within reach)


@pytest.mark.parametrize("shapes", [caveats._CAVEATS, intended.INTENDED], ids=["caveats", "intended"])
def test_every_statement_found_holds_an_anchor_of_its_shape(shared: Path, shapes: Shapes) -> None:
    """Each shape's anchors must be in every match it can make: a shape added without its words would be found
    only by chance, beside another shape's anchor. Checked over the corpus's prose, each shape searched whole."""
    own: dict[int, list[str]] = {}
    for word, tried in zip(shapes.anchors, shapes.tried, strict=True):
        for k in tried:
            own.setdefault(k, []).append(word)
    outside = []
    for path in sorted((shared / "corpus" / "cards").glob("*.md")):
        text = prose_text(Card(read_source(path, str(path))))
        low = text.lower()
        if len(low) != len(text):
            continue
        for k, pattern in enumerate(shapes.patterns):
            for m in pattern.finditer(text):
                near = low[max(0, m.start() - len(max(own[k], key=len))):m.end()]
                if not any(word in near for word in own[k]):
                    outside.append((path.name, k, m.group(0)))
    assert outside == []


@pytest.mark.parametrize("low", ["", "a gguf quant", "nothing of it", "llama.cpp"])
def test_holds_any_answers_as_the_substring_test(low: str, monkeypatch: pytest.MonkeyPatch) -> None:
    words = ("gguf", "quant", "llama.cpp")
    fast = anchors.holds_any(low, words)
    monkeypatch.setattr(anchors, "AhoCorasick", None)
    assert fast == anchors.holds_any(low, words) == any(word in low for word in words)


def test_a_letter_whose_lower_case_is_longer_keeps_the_offsets() -> None:
    text = "İsim Varlık Tanıma. This model may contain biases."
    low = anchors.lower(text)
    assert len(low) == len(text) and low.startswith("isim varlık")
    # the statement is found around its anchor, as in a text without the letter
    assert caveats.states_caveat(Card.from_text(f"---\nlicense: mit\n---\n\n# m\n\n{text}\n"))
    # each character lowered alone, its first character kept: the same text, whatever the letters around it
    mixed = "İİ ıI Çİ ẞß ﬁ Σσς ǅ İ̇ " * 3
    assert anchors.lower(mixed) == "".join(c.lower()[:1] for c in mixed)


def test_overlapping_windows_are_searched_as_one_and_answer_the_same() -> None:
    # a text dense with one anchor: the windows around each occurrence overlap, and are read once as one span
    dense = "achieves the following results " * 200
    pattern = re.compile(r"\bresults[ \t]+show\b")
    assert not anchors.found_near(pattern, dense, ("results",), 140)
    assert anchors.found_near(pattern, dense + "results show it", ("results",), 140)
    assert anchors.found_near(pattern, "results show it. " + dense, ("results",), 140)
    # windows apart are still searched apart: nothing is found between two far occurrences
    apart = "results " + "x " * 400 + "show " + "x " * 400 + "results"
    assert not anchors.found_near(re.compile(r"results[^.]*show"), apart, ("results",), 40)
