"""Inputs: input number ``i`` of a campaign is a pure function of (seed, i) and the corpus.

Most inputs are real cards damaged by mutators, or generated cards (some of
them mutated as well); a few are small versions of the crafted hostile
patterns, or cards as bytes with a few bytes damaged.  ``check`` runs the
oracles on one input.
"""

from __future__ import annotations

import random
from typing import NamedTuple

from . import generate, hostile, mutate
from .oracles import Failure, Limits, check_fix, check_lint

KINDS = ("mutated", "generated", "generated+mutated", "spliced", "hostile", "bytes")
_WEIGHTS = (45, 25, 12, 8, 3, 7)


class Case(NamedTuple):
    index: int
    kind: str
    data: str | bytes


def make(seed: int, index: int, corpus: list[str], patterns: dict) -> Case:
    rng = random.Random(f"{seed}:{index}")
    kind = rng.choices(KINDS, _WEIGHTS)[0]
    card, other = rng.choice(corpus), rng.choice(corpus)
    if kind == "mutated":
        data: str | bytes = mutate.mutate(card, rng, other)
    elif kind == "generated":
        data = generate.card(rng)
    elif kind == "generated+mutated":
        data = mutate.mutate(generate.card(rng), rng, other if rng.random() < 0.5 else generate.card(rng))
    elif kind == "spliced":
        data = mutate.splice(mutate.splice(generate.card(rng), rng, card), rng, other)
    elif kind == "hostile":
        name = rng.choice(sorted(patterns))
        data = patterns[name](rng.choice((256, 1024, 2048, 4096)))
        if rng.random() < 0.5:
            data = mutate.mutate(data, rng, card, rounds=1)
    else:
        data = mutate.to_bytes(card if rng.random() < 0.5 else generate.card(rng), rng)
    return Case(index, kind, data)


class Outcome(NamedTuple):
    text: str  # the card as linted (bytes decoded)
    failures: list[Failure]
    seconds: float
    fixed: bool  # the fix oracle ran
    readable: bool


def check(data: str | bytes, limits: Limits, only: str | None = None) -> Outcome:
    """The lint oracle, then (unless ``only == "lint"``) the fix oracle when there is something to fix."""
    lint = check_lint(data, limits)
    if lint.text is None:
        return Outcome("", [], 0.0, False, False)
    failures = list(lint.failures) if only != "fix" else []
    ran_fix = False
    slow = any(f.signature.startswith("slow:") for f in lint.failures)
    if only != "lint" and lint.findings is not None and not slow and any(f.fix for f in lint.findings):
        ran_fix = True
        failures += check_fix(lint.text, lint.findings, limits)
    return Outcome(lint.text, failures, lint.seconds, ran_fix, True)


def all_patterns(corpus: list[str]) -> dict:
    return hostile.patterns(corpus)
