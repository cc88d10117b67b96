"""Metric values written in the card's prose or lists as `label: value`, outside the Trainer's list.

`WER (test): 7.65`, `**Test Result (wer)**: 15.04 %`, `Model Accuracy: 82.99%`, `WER = 19.83 %`: a label
that names a metric (split words and filler words aside), a colon or an equals sign, and a number alone.
The split is the label's, else the one the paragraph before the list states ("on the test set"), else the
section heading's.  Which model-index result a value belongs to is decided in ``metrics``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from ..card import Card
from ..card.body import Block
from ..diagnostics import Span
from .evaluations import FILLER, SPLIT_WORDS, words
from .lazyre import lazy
from .metricnames import Name, normalize
from .tables import VALUE_KINDS, Number, parse_number

_LOOSE_FILLER = FILLER | {"result", "results", "score", "scores", "final", "overall", "obtained", "achieved"}
_UNNAMED = lazy(r"test[ \t]+results?", re.I)  # a result that names no metric
_STATED = lazy(r"\b(test|testing|validation|valid|dev|eval|evaluation)\s+(?:set|split|data)\b", re.I)


class Written(NamedTuple):
    """A metric's value written in a line of prose or a list item: `WER (test): 7.65`, `**Test Result
    (wer)**: 15.04 %`, `Accuracy = 0.91`."""

    label: str
    name: Name
    number: Number
    span: Span
    split: str  # stated by the label, the paragraph before its list, or the section's heading
    context: tuple[str, ...]  # words that may name the evaluation: the label's others, the heading's


def written_values(card: Card, keys: set[str], skip: set[int]) -> list[Written]:
    """The `label: value` lines of the card's prose whose label is a metric that model-index has
    (``keys``); ``skip`` holds the lines already read (the Trainer's results list)."""
    out: list[Written] = []
    for section in card.body.sections():
        heading = section.heading.text if section.heading is not None else ""
        before = ""
        for block in section.blocks:
            if block.kind == "paragraph" and ":" not in block.text and "=" not in block.text:
                before = block.text
                continue
            for n, text in _lines(block):
                if (":" not in text and "=" not in text) or n in skip:
                    continue
                found = _written(card.lines[n - 1], text, n, keys)
                if found is not None:
                    label, name, number, span, rest = found
                    split = name.split or _split_of(before) or _split_of(heading)
                    out.append(Written(label, name, number, span, split, (*rest, *words(heading))))
            if block.kind == "paragraph":
                before = block.text
    return out


def _lines(block: Block) -> list[tuple[int, str]]:
    if block.kind == "paragraph":
        return [(block.line + k, text) for k, text in enumerate(block.text.split("\n"))]
    if block.kind == "list":
        return [(item.line, item.text.split("\n", 1)[0]) for item in block.children if item.text]
    return []


def _split_of(text: str) -> str:
    m = _STATED.search(text) if text else None
    return SPLIT_WORDS[m.group(1).lower()] if m else ""


def _written(line: str, text: str, n: int, keys: set[str]) -> tuple[str, Name, Number, Span, list[str]] | None:
    colon, equals = text.find(":"), text.find("=")
    cut = colon if equals < 0 or 0 < colon < equals else equals
    if cut <= 0 or cut > 80:
        return None
    raw = text[cut + 1 :].strip()
    if not raw or len(raw) > 24 or raw[0] not in "0123456789.*_`-+":
        return None  # not a number alone
    label = text[:cut].strip().strip("*_`").strip()
    found = _label(label)
    if found is None and len(keys) == 1 and _UNNAMED.fullmatch(label):
        # (the XLSR fine-tuning week's template: "**Test Result**: 23.45 %", the one metric of its model-index)
        found = normalize(next(iter(keys)))._replace(split="test"), ()
    if found is None or found[0].key not in keys:
        return None
    name, rest = found
    raw = raw.strip("*_`").strip()
    if raw.endswith("%"):
        raw = raw[:-1].rstrip().strip("*_`").rstrip() + "%"
    number = parse_number(raw) if raw and " " not in raw else None
    if number is None:
        return None
    at = line.rfind(raw.rstrip("%"))
    span = Span(n, at + 1, n, at + 1 + len(raw.rstrip("%"))) if at >= 0 else Span.at(n, 1, len(line))
    return label, name, number, span, list(rest)


@lru_cache(maxsize=4096)
def _label(label: str) -> tuple[Name, tuple[str, ...]] | None:
    """The metric a label names, its split words aside (`WER (Word Error Rate) on the Test Set` is WER on
    the test split), and its other words; None for a label that is not a metric.  Labels are at most 80
    characters, and the same ones come back in card after card (`learning_rate`)."""
    ws = words(label)
    if not ws or len(ws) > 8:
        return None
    split = {SPLIT_WORDS[w] for w in ws if w in SPLIT_WORDS}
    core = [w for w in ws if w not in SPLIT_WORDS and w not in _LOOSE_FILLER]
    name = normalize(" ".join(core))
    if name.kind not in VALUE_KINDS:
        return None
    metric = [w for w, prev in zip(name.key.split(), ["", *name.key.split()], strict=False) if w != prev]
    name = name._replace(key=" ".join(metric), split=split.pop() if len(split) == 1 else "")
    return name, tuple(w for w in core if w not in metric)
