"""The statements read around their words (``anchors.Shapes``) find what one alternation of the same shapes, read at
every character, finds: the training data said otherwise (facts/datasources.py, facts/learntfrom.py) and a model not
trained (facts/untrained.py), over the corpus's cards and over statements placed where a window around a word ends."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from modelcard_lint.facts import datasources, describes, learntfrom, untrained
from modelcard_lint.facts.anchors import Shapes, found_near
from modelcard_lint.facts.lazyre import LazyPattern

GROUPS: dict[str, tuple[Shapes | LazyPattern, ...]] = {
    "training data taken from a source": (datasources._TAKEN_FROM, datasources._TAKEN_FROM_FAR),
    "data learnt from": (learntfrom._LEARNT_FROM, learntfrom._TRAINED_ON_ALONE),
    "not trained": (untrained._NOT_TRAINED, untrained._NOT_TRAINED_FAR),
}


def whole(groups: tuple[Shapes | LazyPattern, ...]) -> re.Pattern[str]:
    """The shapes as one alternation, as the patterns were before they were read around their words."""
    sources = [p.pattern for g in groups for p in (g.patterns if isinstance(g, Shapes) else [g])]
    return re.compile("|".join(f"(?:{s})" for s in sources), re.I)


def found(groups: tuple[Shapes | LazyPattern, ...], text: str) -> bool:
    return any(g.search(text) is not None for g in groups)


@pytest.mark.parametrize("name", sorted(GROUPS))
def test_the_corpus_reads_the_same(name: str, shared: Path) -> None:
    groups = GROUPS[name]
    pattern = whole(groups)
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted((shared / "corpus" / "cards").glob("*.md"))]
    expected = [pattern.search(t) is not None for t in texts[::3]]
    assert [found(groups, t) for t in texts[::3]] == expected
    assert sum(expected) > 0  # (the corpus holds such statements: the comparison is not of nothing)


@pytest.mark.parametrize(
    ("name", "statement"),
    [
        ("training data taken from a source", "This model is fined-model based on Augmented Code Corpus."),
        ("training data taken from a source", "It was fit on the [Stanford Alpaca](https://example.org/a) dataset."),
        ("data learnt from", "Fine-tuned with the Turkish version of SQuAD."),
        ("not trained", "This is a merge of pre-trained language models created using [mergekit]."),
    ],
)
def test_a_statement_anywhere_in_a_long_text(name: str, statement: str) -> None:
    groups = GROUPS[name]
    for before in (0, 7, 113, 250, 399, 401, 1000):
        for after in ("", " and more.", "\n\n" + "Other words here. " * 40):
            text = "Words " * (before // 6) + statement + after
            assert found(groups, text), (before, after)
            assert whole(groups).search(text) is not None


def test_a_window_that_ends_inside_a_statement_does_not_end_it() -> None:
    # "they were trained on." ends a statement of the data before the verb; "it was trained on many GPUs" does not,
    # wherever the window around an earlier "trained" ends
    groups = GROUPS["data learnt from"]
    for gap in range(230, 270):
        for tail in ("it was trained on many GPUs", "the set they were trained on."):
            text = "trained" + "x" * gap + " " + tail
            assert found(groups, text) == (whole(groups).search(text) is not None) == tail.endswith("."), (gap, tail)


@pytest.mark.parametrize(("name", "anchors"), [("_IS_A", ("is a", "is the")),
                                               ("_NAME_IS_A", ("is a", "is my", "is our", "is their", "is the"))])
def test_what_the_model_is_reads_the_same_around_its_words(name: str, anchors: tuple[str, ...], shared: Path) -> None:
    pattern = getattr(describes, name)
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted((shared / "corpus" / "cards").glob("*.md"))]
    expected = [pattern.search(t) is not None for t in texts[::3]]
    assert [found_near(pattern, t, anchors, describes.IS_REACH) for t in texts[::3]] == expected
    assert sum(expected) > 0
