"""Shrinking a reproducer while its signature persists.

Three passes: delta debugging over lines, then each run of a repeated piece
cut down by binary search (so ``'{{' * 2000`` stays a run of ``{{``), then
delta debugging over characters (skipped for ``slow:`` signatures, where it
would only shred the pattern).  ``ddmin`` removes chunks of units (halves,
then quarters, ... down to single units) and keeps every removal after which
the failure still shows.

A ``slow:`` reproducer is shrunk with a finder whose budget has a margin
(``finder(..., margin=2)``): shrunk to the edge of the budget itself, it
would not fail reliably.  One found at the edge of the budget is first made
bigger (its runs, or its lines, doubled).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

from . import isolate
from .campaign import exit_name
from .cases import check
from .mutate import lines_of
from .oracles import Failure, Limits, check_fix, check_lint, fix_mode

Finder = Callable[[str], Failure | None]
MIN_RUN = 24  # characters a run must cover to count as one


class Budget:
    """At most ``tests`` tests and ``seconds`` seconds; remembers every text already tried."""

    def __init__(self, tests: int, seconds: float) -> None:
        self.tests_left = tests
        self.deadline = time.monotonic() + seconds
        self.cache: dict[str, bool] = {}

    @property
    def exhausted(self) -> bool:
        return self.tests_left <= 0 or time.monotonic() > self.deadline

    def test(self, text: str, predicate: Callable[[str], bool]) -> bool:
        if text not in self.cache:
            self.tests_left -= 1
            self.cache[text] = predicate(text)
        return self.cache[text]


def run_at(text: str, i: int) -> tuple[str, int] | None:
    """The repeated piece (1 to 48 characters) starting at ``i`` that covers the most, and its count."""
    best: tuple[str, int] | None = None
    for period in range(1, 49):
        unit = text[i : i + period]
        if len(unit) < period:
            break
        n = 1
        while text.startswith(unit, i + n * period):
            n += 1
        if n >= 4 and n * period >= MIN_RUN and (best is None or n * period > len(best[0]) * best[1]):
            best = (unit, n)
    return best


def ddmin(units: list[str], predicate: Callable[[str], bool], budget: Budget) -> list[str]:
    """A 1-minimal sublist of ``units`` (as far as the budget allows) whose join still fails."""
    granularity = 2
    while units and not budget.exhausted:
        size = max(1, len(units) // granularity)
        reduced = False
        start = 0
        while start < len(units) and not budget.exhausted:
            candidate = units[:start] + units[start + size :]
            if budget.test("".join(candidate), predicate):
                units, reduced = candidate, True
            else:
                start += size
        if size == 1 and not reduced:
            break
        if not reduced:
            granularity = min(len(units), granularity * 2)
    return units


def _runs(text: str) -> Iterator[tuple[int, str, int]]:
    """Each run of a repeated piece in ``text``: (start, piece, count), left to right."""
    i = 0
    while i < len(text):
        run = run_at(text, i)
        if run is None:
            i += 1
            continue
        yield i, run[0], run[1]
        i += len(run[0]) * run[1]


def shorten_runs(text: str, predicate: Callable[[str], bool], budget: Budget) -> str:
    """Each run of a repeated piece removed if it can be, else cut to the fewest repetitions that still fail."""
    for start, unit, n in reversed(list(_runs(text))):  # from the right: earlier offsets stay valid
        candidate = text[:start] + text[start + len(unit) * n :]
        if not budget.exhausted and budget.test(candidate, predicate):
            text = candidate
    i = 0
    while i < len(text) and not budget.exhausted:
        run = run_at(text, i)
        if run is None:
            i += 1
            continue
        unit, n = run
        head, tail = text[:i], text[i + len(unit) * n :]
        low, high = 1, n  # ``high`` repetitions fail
        while low < high and not budget.exhausted:
            mid = (low + high) // 2
            if budget.test(head + unit * mid + tail, predicate):
                high = mid
            else:
                low = mid + 1
        text = head + unit * high + tail
        i += max(1, len(unit) * high)
    return text


def amplify(text: str) -> str:
    """Twice each run of a repeated piece; without runs, twice the lines between the first and the last."""
    out, i, doubled = [], 0, False
    while i < len(text):
        run = run_at(text, i)
        if run is None:
            out.append(text[i])
            i += 1
            continue
        unit, n = run
        out.append(unit * (2 * n))
        i += len(unit) * n
        doubled = True
    if doubled:
        return "".join(out)
    lines = lines_of(text)
    return "".join(lines[:1] + lines[1:-1] * 2 + lines[-1:]) if len(lines) > 2 else text * 2


def _amplified(text: str, predicate: Callable[[str], bool], budget: Budget, rounds: int = 4) -> str:
    """A found input at the edge of the time budget, made bigger until it is clearly slow."""
    for _ in range(rounds):
        bigger = amplify(text)
        if budget.test(bigger, predicate):
            return bigger
        text = bigger
    return text


def shrink(text: str, find: Finder, signature: str, tests: int = 4000, seconds: float = 60.0) -> tuple[str, bool]:
    """The smallest text found that still fails with the signature, and whether the original did again."""
    budget = Budget(tests, seconds)

    def predicate(candidate: str) -> bool:
        return find(candidate) is not None

    original = text
    if not budget.test(text, predicate) and signature.startswith("slow:"):
        text = _amplified(text, predicate, budget)
    if not budget.test(text, predicate):
        return original, False  # a timing that did not repeat
    text = "".join(ddmin(lines_of(text), predicate, budget))
    text = shorten_runs(text, predicate, budget)
    if not signature.startswith(("slow:", "died:")):  # for those, characters would cost too much
        text = "".join(ddmin(list(text), predicate, budget))
    return text, True


def finder(signature: str, detail: str, limits: Limits, only: str | None, margin: float = 1.0) -> Finder:
    """A function that re-runs the oracle ``signature`` came from and returns its failure, or None.

    For a ``slow:`` signature the time budget is multiplied by ``margin``.
    """
    if signature.startswith("fix:"):
        modes, codes = fix_mode(signature, detail)

        def fix_failure(text: str) -> Failure | None:
            lint = check_lint(text, limits)
            if lint.findings is None:
                return None
            return _match(check_fix(text, lint.findings, limits, modes, codes), signature)

        return fix_failure
    if signature.startswith("slow:"):
        strict = limits._replace(base=margin * limits.base, per_kb=margin * limits.per_kb)
        return lambda text: _match(check_lint(text, strict).failures, signature)
    if signature.startswith("died:"):

        def death(text: str) -> Failure | None:  # each test in a child process, which may die
            code = isolate.dies(lambda: check(text, limits, only), timeout=60.0)
            what = f"died:{exit_name(code)}"
            return Failure(what, "the process died") if what == signature else None

        return death
    if signature.startswith("MC901:") or (signature.startswith("crash:") and "fixing" not in detail):
        return lambda text: _match(check_lint(text, limits).failures, signature)
    return lambda text: _match(check(text, limits, only).failures, signature)


def _match(failures: list[Failure], signature: str) -> Failure | None:
    return next((f for f in failures if f.signature == signature), None)
