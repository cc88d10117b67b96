"""Scores printed in a code block under a line that calls them results, as Asteroid's cards give them ("Results :"
over "On Libri3Mix min test set :" over a YAML block of ``si_sdr: 8.93``, ``stoi: 0.83``; or "The per-label ROC AUC
on the dev set is:" over ``non-toxic  : 0.9937``), or a block of named
percentages alone ("MNLI: 72.1%" over "MNLI-mm: 73.76%"): ``results.reports_results`` reads them for
``missing-section`` (MC201)."""

from __future__ import annotations

import re

from ..card import Card
from .lazyre import lazy

# a line of the block: a measure's name and a number with decimals ("si_sdr: 8.932601610824145", "stoi = 0.83")
_SCORE_LINE = lazy(r"^[ \t]*[A-Za-z][\w@.-]{0,40}[ \t]*[:=][ \t]*[-+]?\d+\.\d+[ \t]*$", re.M)
# the lines just above it call them results, or an evaluation on a test set, or name their metric on a held-out set
# ("The per-label ROC AUC on the dev set is:" over "non-toxic  : 0.9937")
_CALLED = lazy(r"\bresults?\b|\b(?:test|dev|validation)[ \t_-]?set\b|\bevaluat\w*\b", re.I)
MIN_SCORES = 3  # a block of fewer such lines may be a configuration's (a learning rate, a dropout)
ABOVE = 4  # lines above the block where it is called so


# or a block of percentages alone, named ("MNLI: 72.1%" over "MNLI-mm: 73.76%"): no setting is a percentage
_PERCENT_LINE = lazy(r"[ \t]*[A-Za-z][\w@.() -]{0,40}[ \t]*[:=][ \t]*\d+(?:\.\d+)?[ \t]*%[ \t]*")


def code_scores(card: Card) -> bool:
    """Whether a code block of at least ``MIN_SCORES`` lines of scores sits under a line that calls them results, or
    holds named percentages alone (two lines at least)."""
    for b in card.body.walk():
        if b.kind != "code":
            continue
        lines = [x for x in b.text[:2000].split("\n") if x.strip()]
        if len(lines) >= 2 and all(_PERCENT_LINE.fullmatch(x) for x in lines):
            return True
        if b.line < 2:
            continue
        above = card.lines[max(0, b.line - 1 - ABOVE) : b.line - 1]
        if any(_CALLED.search(line) for line in above) and len(_SCORE_LINE.findall(b.text[:4000])) >= MIN_SCORES:
            return True
    return False
