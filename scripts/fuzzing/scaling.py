"""Time per KB of the crafted hostile inputs, from 1 KB to 100 KB.

Each pattern is linted at growing sizes, with a generous alarm (a pattern that
times out is not tried larger).  The growth exponent between two sizes is
``log(t2 / t1) / log(s2 / s1)``: about 1 for linear time, 2 for quadratic.
The smallest size over the budget goes through the lint oracle, so a slow
pattern also yields a ``slow:<stage>`` failure.
"""

from __future__ import annotations

import math
from contextlib import suppress
from typing import Any, NamedTuple

from . import target
from .oracles import Failure, HardTimeout, Limits, check_lint, clock, deadline


class Point(NamedTuple):
    size: int
    seconds: float | None  # None: timed out, or the process died
    over_budget: bool
    note: str = ""  # "timeout", or how the process died


def measure(
    name: str, build: Any, sizes: list[int], limits: Limits, timeout: float, send: Any = None
) -> tuple[list[Point], list[tuple[Failure, str]]]:
    """Time the pattern at each size; the lint oracle's failures at the first size that is over budget.

    ``send`` hears ``("start", size)`` before each size, ``("point", Point)`` after it and
    ``("failure", (Failure, text))`` for each failure, so that the caller keeps what was found before a
    size that kills the process, and knows that size.
    """
    send = send or (lambda message: None)
    points: list[Point] = []
    failures: list[tuple[Failure, str]] = []
    with suppress(HardTimeout, Exception), deadline(timeout):  # warm up: lazy imports and caches
        target.lint(build(sizes[0]))
    for size in sizes:
        text = build(size)
        nbytes = len(text.encode("utf-8"))
        send(("start", size))
        try:
            seconds: float | None = _best_time(text, timeout)
        except HardTimeout:
            seconds = None
        except Exception:
            failures += _sent(send, [(f, text) for f in check_lint(text, limits).failures])
            points.append(Point(nbytes, None, False, "crash"))
            break
        over = seconds is None or seconds > limits.budget(nbytes)
        if over and not any(p.over_budget for p in points):
            found = [(f._replace(detail=f"{name}: {f.detail}"), text) for f in check_lint(text, limits).failures]
            failures += _sent(send, found)
        points.append(Point(nbytes, seconds, over, "timeout" if seconds is None else ""))
        send(("point", points[-1]))
        if seconds is None:
            break  # larger sizes would only time out again
    return points, failures


def _sent(send: Any, failures: list[tuple[Failure, str]]) -> list[tuple[Failure, str]]:
    for failure in failures:
        send(("failure", failure))
    return failures


def _best_time(text: str, timeout: float) -> float:
    """The best of two lints (one when the first takes over a second)."""
    best = timeout
    for _ in range(2):
        start = clock()
        with deadline(timeout):
            target.lint(text)
        best = min(best, clock() - start)
        if best > 1.0:
            break
    return best


def exponent(points: list[Point]) -> float | None:
    """Growth exponent between the two largest measured sizes (None when it cannot be told)."""
    done = [p for p in points if p.seconds is not None and p.seconds > 0.001]
    if len(done) < 2:
        return None
    a, b = done[-2], done[-1]
    return math.log(b.seconds / a.seconds) / math.log(b.size / a.size)  # type: ignore[operator]


def describe(name: str, points: list[Point]) -> dict[str, Any]:
    return {
        "pattern": name,
        "points": [
            {
                "bytes": p.size,
                "note": p.note,
                "seconds": None if p.seconds is None else round(p.seconds, 4),
                "ms_per_kb": None if p.seconds is None else round(p.seconds * 1000 / (p.size / 1024), 3),
                "over_budget": p.over_budget,
            }
            for p in points
        ],
        "exponent": None if exponent(points) is None else round(exponent(points), 2),  # type: ignore[arg-type]
    }


def line(entry: dict[str, Any]) -> str:
    cells = []
    for p in entry["points"]:
        shown = (p["note"] or "?") if p["seconds"] is None else f"{p['ms_per_kb']:.2f}"
        cells.append(f"{p['bytes'] // 1024:>4} KB {shown:>9}{'!' if p['over_budget'] else ' '}")
    exp = entry["exponent"]
    return f"  {entry['pattern']:<30} {'  '.join(cells)}   exp {exp if exp is not None else '-'}"
