"""The metadata rules over the shared corpus of real cards, and over the two seed cards.

Every error-severity finding of MC110-MC131 on ``corpus/cards/`` was read in its
card and judged; the verdicts (per rule: count, verdict, the reason for each
class of findings) are in each rule's document under "Corpus" and summed up in
VERDICTS below. The counts are pinned so that a change to a rule shows up here
and gets the same review.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from pathlib import Path

import pytest
from harness import SEEDS, lint

# rule -> number of findings on the 1,500 cards of corpus/cards (all severities)
COUNTS = {
    "MC110": 32, "MC111": 66, "MC112": 24, "MC113": 0, "MC114": 513, "MC115": 42, "MC116": 327,
    "MC117": 0, "MC118": 1, "MC119": 1, "MC120": 3, "MC121": 222, "MC122": 58, "MC123": 34,
    "MC124": 120, "MC125": 0, "MC126": 44, "MC127": 12, "MC128": 229, "MC129": 0, "MC130": 4,
    "MC131": 9, "MC132": 1,
}

# error rules: (findings, false alarms, what they are); all reviewed by hand in their cards
VERDICTS = {
    "MC110": (32, 0, "model_index from early Trainers 19, TRL's `licence: license` 7, library_tag 2, "
                     "dataset, Datasets, tag, pipeline 1 each"),
    "MC112": (24, 0, "MIT 15, Apache-2.0 2, PUBLIC DOMAIN NOTICE 4, BSD-3, ???, empty string 1 each"),
    "MC115": (42, 0, "region forms 14, names 9, c++ 12, protein 3, country codes 3, ??? 1"),
    "MC120": (3, 0, "Windows path model\\Qwen2-0.5B-Instruct written by TRL 3"),
    "MC122": (58, 0, "prose 48, GitHub links 3, `- null` 4, mappings 3"),
    "MC124": (120, 0, "results without dataset 100 (spaCy, HuggingPics), without metrics 7, entries "
                      "without results 8, metrics without value 2, dataset without type, name as a "
                      "mapping, model-index as a mapping 1 each"),
    "MC132": (1, 0, "tags: autonlp (a string) in an AutoNLP card 1"),
}


def _corpus(shared: Path) -> list[Path]:
    return sorted((shared / "corpus" / "cards").glob("*.md"))


@lru_cache(maxsize=1)
def _findings(shared: Path) -> tuple:
    out = []
    for path in _corpus(shared):
        text = path.read_bytes().decode("utf-8", errors="replace")
        out += lint(text, select=["MC11", "MC12", "MC13"])
    return tuple(out)


@pytest.fixture
def corpus_findings(shared: Path) -> tuple:
    return _findings(shared)


def test_counts_per_rule_are_pinned(corpus_findings) -> None:
    found = Counter(d.code for d in corpus_findings)
    assert {code: found.get(code, 0) for code in COUNTS} == COUNTS


def test_every_error_was_reviewed_and_false_alarms_stay_under_one_in_a_hundred_cards(shared, corpus_findings) -> None:
    errors = Counter(d.code for d in corpus_findings if d.severity.label == "error")
    assert dict(errors) == {code: count for code, (count, _, _) in VERDICTS.items() if count}
    false_alarms = sum(bad for _, bad, _ in VERDICTS.values())
    assert false_alarms < len(_corpus(shared)) / 100


def test_bert_seed_gets_missing_base_model_and_args_info() -> None:
    text = (SEEDS / "bert-base-cased-sst2.md").read_text(encoding="utf-8")
    got = {(d.code, d.severity.label, d.span.line, d.span.column) for d in lint(text) if d.code.startswith("MC1")}
    assert got == {("MC121", "warning", 32, 39), ("MC128", "info", 20, 13)}
    [missing] = [d for d in lint(text) if d.code == "MC121"]
    assert "`bert-base-cased`" in missing.message


def test_ak_seed_gets_missing_base_model_and_language_and_no_error() -> None:
    text = (SEEDS / "ak-pretrain-cls-model.md").read_text(encoding="utf-8")
    got = {(d.code, d.severity.label, d.span.line, d.span.column) for d in lint(text) if d.code.startswith("MC1")}
    assert got == {("MC121", "warning", 17, 39), ("MC116", "info", 2, 1)}
    [missing] = [d for d in lint(text) if d.code == "MC121"]
    assert "`hfl/chinese-roberta-wwm-ext`" in missing.message
