"""How well a model does, said as a measure or a finding in words, read by ``claims.states_performance`` beside its own
statements: a latency measured ("a latency as low as 226ms"), what testing indicates ("Testing so far indicates a higher
level of video coherency than the original weights"), other approaches beaten on every set ("largely outperforms all
previous approaches ... on all datasets"). Each shape comes with the words (lower case) every match of it holds."""

from __future__ import annotations

import re

from .anchors import Shapes

REACH = 140

MEASURED = Shapes(
    (("latency",),
     r"\blatency[ \t]+(?:as[ \t]+low[ \t]+as|of|under|below|around)[ \t]+~?\d+(?:\.\d+)?[ \t]*(?:ms|milliseconds|"
     r"seconds|s)\b"),
    (("testing so far", "testing indicates", "testing shows", "testing suggests"),
     r"\btesting[ \t]+(?:so[ \t]+far[ \t]+)?(?:indicates|shows|suggests)\b"),
    (("outperform",),
     r"\boutperforms?\b[^.\n]{0,120}?\bon[ \t]+(?:all|most|every|each)[ \t]+(?:[\w-]+[ \t]+)?(?:datasets|benchmarks|"
     r"tasks)\b"),
    flags=re.I, reach=REACH,
)


def measures_in_words(text: str) -> bool:
    """Whether ``text`` says how well the model does as a measure or a finding in words (``MEASURED``)."""
    return MEASURED.search(text) is not None
