"""The results a card lists as bullets (``- Accuracy: 91.2``), read for MC609, in linear time.

The bullet pattern backtracks through every split of a run of blanks between its parts, so a line
of 32,000 blanks took over a minute (a fuzzing find); lines with more than 64 blanks in a row inside
them are not tried.  Elsewhere the answer is the pattern's own.
"""

from __future__ import annotations

import time

import pytest

from modelcard_lint.facts.evalresults import _BULLET, bullet

ORDINARY = [
    "- Accuracy: 91.2",
    "* **F1**: 0.87",
    "+ Exact match : 78.5 %",
    "  - BLEU (test):   **34.1**  ",
    "- WER: 7.65%",
    "-  : 5",
    "- a: 5x",
    "- note: see below",
    "no bullet: 5",
    "- " + "a" * 81 + ": 5",
    "- Accuracy:" + " " * 64 + "91.2",
]


@pytest.mark.parametrize("line", ORDINARY)
def test_the_answer_is_the_patterns(line: str) -> None:
    ours, theirs = bullet(line), _BULLET.match(line)
    assert (ours and (ours.span("label"), ours.span("value"))) == (theirs and (theirs.span("label"), theirs.span("value")))


def _seconds(line: str) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        bullet(line)
        best = min(best, time.perf_counter() - start)
    return max(best, 1e-3)


@pytest.mark.parametrize(
    "make",
    [
        lambda n: "- Accuracy:" + " " * n + "x",
        lambda n: "-" + " " * n + "x:",
        lambda n: "- a: 5" + " " * n + "x",
    ],
)
def test_blank_runs_take_linear_time(make) -> None:
    # four times the blanks may take at most eight times as long (a quadratic pattern takes sixteen)
    small, large = _seconds(make(8_000)), _seconds(make(32_000))
    assert large < 8 * small, (small, large)
