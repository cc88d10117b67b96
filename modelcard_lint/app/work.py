"""The work done for one card: find its settings, read it, lint it, and with --fix or --diff compute its fixes.

It runs in the main process or in a worker process.  It never writes a file and never
prints: the main process writes the fixed cards and renders the diagnostics, in the
order of the files, so a worker that dies or is killed cannot leave a card half done.
"""

from __future__ import annotations

import contextlib
import gc
import os
import signal
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

from ..card import Card
from ..card.source import Source, SourceError, read_source
from ..core.engine import lint_card
from ..core.internal import Timeout, UnreadableFile
from ..diagnostics import Diagnostic
from .files import Target
from .finder import SettingsFinder
from .settings import Settings


class Plan(NamedTuple):
    """How every card of the run is worked on."""

    keep_sources: bool  # send back the card's lines when it has findings (code frames, fingerprints)
    fix: str | None = None  # None, "fix" (compute the fixed text) or "diff" (compute a unified diff)
    unsafe: bool = False


class CardResult:
    """What the main process needs of one card."""

    __slots__ = ("display", "path", "baseline", "diagnostics", "sources", "fixed_text", "fixed", "digest", "diff",
                 "errors")

    def __init__(self, display: str, path: Path | None) -> None:
        self.display = display
        self.path = path
        self.baseline: Path | None = None  # the baseline file of the card's configuration
        self.diagnostics: list[Diagnostic] = []
        self.sources: dict[str, list[str]] = {}
        self.fixed_text: str | None = None  # the card with its fixes applied, for the main process to write
        self.fixed = 0  # findings the fixes resolve
        self.digest = ""  # of the bytes that were read, so that a card changed meanwhile is not overwritten
        self.diff = ""
        self.errors: list[str] = []  # problems that are not about the card (a rule that could not start)


def run(target: Target, finder: SettingsFinder, plan: Plan) -> CardResult:
    """Lint one target.  A configuration error propagates (it stops the run); everything else is a result."""
    result = CardResult(target.display, target.path)
    if target.error is not None:
        error = SourceError(target.error, help="check the path")
        result.diagnostics = [UnreadableFile.diagnostic(target.display, error)]
        return result
    if target.path is None:
        settings = finder.for_stdin if target.display == "-" else finder.for_path(Path(target.display))
    else:
        settings = finder.for_path(target.path)
    result.errors = settings.errors
    result.baseline = settings.baseline
    try:
        if target.data is not None:
            source = Source.from_bytes(target.data, target.display)
        else:
            assert target.path is not None
            source = read_source(target.path, target.display, settings.max_file_size)
    except SourceError as exc:
        result.diagnostics = [UnreadableFile.diagnostic(target.display, exc)]
        return result
    named = target.path if target.path is not None else (Path(target.display) if target.display != "-" else None)
    rules = settings.rules_for(named)
    folder = _folder(named)
    limit = settings.time_limit or None
    with CardAlarm(limit) as deadline, collector_paused():
        if plan.fix is None:
            result.diagnostics = lint_card(Card(source, folder), rules, deadline, limit)
            text = source.text
        else:
            from .fix import fix_source, unified_diff  # difflib: only when fixing

            fixed = fix_source(source, rules, plan.unsafe, deadline, limit, folder)
            result.diagnostics = fixed.diagnostics
            text = fixed.source.text
            if target.path is None and plan.fix == "fix":
                result.fixed_text = fixed.source.raw  # stdin: the card goes back to stdout, fixed or not
            if fixed.changed:
                result.fixed = fixed.fixed
                result.digest = digest(source.raw.encode("utf-8", "surrogatepass"))
                if plan.fix == "diff":
                    result.diff = unified_diff(fixed)
                elif target.path is not None:
                    result.fixed_text = fixed.source.raw
    if any(d.path != target.display for d in result.diagnostics):
        result.diagnostics = _other_files(result.diagnostics, target.display, settings, plan, result.sources)
    if plan.keep_sources and result.diagnostics:
        result.sources[target.display] = text.split("\n")
    return result


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """No cyclic garbage collection while a card is linted: a card's parse makes many objects that all
    live until the card is done, which the collector would walk again and again for nothing (a 10 MB
    card takes 30% less time).  What the card leaves is collected after it, as usual."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _folder(named: Path | None) -> str | None:
    """The folder of a card on disk: its repository, whose other files some rules read."""
    if named is None:
        return None
    folder = os.path.dirname(os.path.abspath(named))
    return folder if os.path.isdir(folder) else None


def _other_files(
    diagnostics: list[Diagnostic], card: str, settings: Settings, plan: Plan, sources: dict[str, list[str]]
) -> list[Diagnostic]:
    """Findings in other files of the card's repository: per-file-ignores apply to those files' own paths,
    and a report that shows lines gets those files' lines too."""
    kept = []
    for d in diagnostics:
        if d.path != card:
            if d.code in settings.ignored_codes(Path(d.path)):
                continue
            if plan.keep_sources and d.path not in sources:
                try:
                    with open(d.path, encoding="utf-8", errors="replace") as fh:
                        sources[d.path] = fh.read().replace("\r\n", "\n").replace("\r", "\n").split("\n")
                except OSError:
                    sources[d.path] = []
        kept.append(d)
    return kept


def digest(data: bytes) -> str:
    """A card's fingerprint, to tell whether it changed between reading and writing."""
    import hashlib  # only when fixing

    return hashlib.sha256(data).hexdigest()


class CardAlarm:
    """A deadline for one card, and (in the main thread, where signals arrive) an alarm that raises Timeout
    inside a rule still running at the deadline, a little later so that the deadline is seen first."""

    GRACE = 0.5

    def __init__(self, limit: float | None) -> None:
        self.limit = limit
        self.armed = False

    def __enter__(self) -> float | None:
        if not self.limit:
            return None
        deadline = time.monotonic() + self.limit
        if hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread():
            self.previous = signal.signal(signal.SIGALRM, _raise_timeout)
            signal.setitimer(signal.ITIMER_REAL, self.limit + self.GRACE)
            self.armed = True
        return deadline

    def __exit__(self, *exc: object) -> None:
        if self.armed:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self.previous)


def _raise_timeout(signum: int, frame: object) -> None:
    raise Timeout()

