"""Results shown as a picture: a chart or a screenshot of scores that ``missing-section`` (MC201) reads as the card's
evaluation when no heading, table or sentence gives it.

    ![open-llm-leaderboard.png](https://huggingface.co/org/model/resolve/main/open-llm-leaderboard.png)
    <img src="assets/benchmark_results.png" width="600">

A picture shows results when its alt text or its file's name says so: a leaderboard, benchmarks, an evaluation,
scores, metrics, a performance or a comparison (not a logo, a banner, a sample of the outputs, which an image
model's card often calls its "result").
"""

from __future__ import annotations

import re

from ..card import Card
from .lazyre import lazy

# a Markdown image (its alt text and its target) or an HTML one (its attributes), each read once, bounded; an alt text
# stops at the next "[" and the attributes at the next "<", so that a run of "![" or "<img" is read in linear time
_IMAGE = lazy(r"!\[([^\[\]\n]{0,300})\]\([ \t]*<?([^)\s>]{1,1000})|<img\b([^<>\n]{0,2000})>", re.I)
_ALT = lazy(r"""\balt[ \t]*=[ \t]*["']([^"'\n]{0,300})""", re.I)
_SRC = lazy(r"""\bsrc[ \t]*=[ \t]*["']?([^"'\s>]{1,1000})""", re.I)
# the words of results, as a whole word of the name ("open-llm-leaderboard.png", "eval_results.jpg")
_RESULT_WORDS = lazy(
    r"(?<![a-z])(?:leaderboards?|benchmarks?|benchmarking|evals?|evaluations?|scores|metrics|performance|"
    r"comparisons?|win[-_ ]?rates?|accuracy|mmlu|mt[-_]?bench)(?![a-z])", re.I)


def shows_results_chart(card: Card) -> bool:
    """Whether a picture in the card's prose (not in code) is named, by its alt text or its file, for results."""
    def build(c: Card) -> bool:
        for _, line in c.prose_lines():
            if "![" not in line and "<img" not in line.lower():
                continue
            for m in _IMAGE.finditer(line):
                if m.group(3) is not None:  # <img ...>
                    attrs = m.group(3)
                    alt, src = _ALT.search(attrs), _SRC.search(attrs)
                    names = [alt.group(1) if alt else "", src.group(1) if src else ""]
                else:
                    names = [m.group(1), m.group(2)]
                # (the file's own name: not a folder on the way, "results/" of a repository holding a logo)
                names[1] = names[1].split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1]
                if any(_RESULT_WORDS.search(name) for name in names):
                    return True
        return False
    return card.derived("results-chart", build)
