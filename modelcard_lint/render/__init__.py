"""Renderers: they only format diagnostics, never decide anything.

A renderer is a class ``Renderer(out, report)`` in ``render/<format>.py``: the run
hands it each card's diagnostics as soon as the card is done, in file order
(``card``), then the totals (``finish``).  So output streams, and memory stays flat
whatever the number of cards.  The full format imports rich, the others do not
(start-up time matters in hooks).

Text from a card (its lines, values quoted in messages, file names) is printed
through ``visible``, so that a control character in a card can never act on the
terminal or on a CI log: it is shown as an escape such as ``\\x1b``.
"""

from __future__ import annotations

import os
import re
from typing import Any, NamedTuple, TextIO

from ..diagnostics import Diagnostic, Severity

FORMATS = ("full", "concise", "json", "json-lines", "github", "sarif", "junit", "gitlab")


class Report:
    """What the renderers may say besides the diagnostics: the rules, and how to print."""

    __slots__ = ("rules", "registry", "quiet", "color", "fix_hint", "root")

    def __init__(self) -> None:
        self.rules: dict[str, tuple[str, str, str]] = {}  # code -> (name, summary, default severity)
        self.registry: Any = None  # the rule classes, for formats that describe the rules (SARIF)
        self.quiet = False
        self.color = "auto"
        self.fix_hint = True  # say how many findings --fix would resolve
        self.root = os.getcwd()  # paths in CI reports are relative to it: the repository's root

    def relative(self, path: str) -> str:
        """``path`` relative to the repository root, with ``/`` separators (absolute when outside it)."""
        absolute = os.path.abspath(path)
        rel = os.path.relpath(absolute, self.root)
        if rel.startswith(".."):
            return absolute.replace(os.sep, "/")
        return rel.replace(os.sep, "/")


def repository_root(start: str | None = None) -> str:
    """The top folder of the git repository holding ``start`` (the current folder), else that folder."""
    here = os.path.abspath(start or os.getcwd())
    folder = here
    while True:
        if os.path.exists(os.path.join(folder, ".git")):
            return folder
        parent = os.path.dirname(folder)
        if parent == folder:
            return here
        folder = parent


class CardOutput(NamedTuple):
    """The diagnostics of one linted file, and the lines of the files they point into (for code frames)."""

    path: str
    diagnostics: list[Diagnostic]
    sources: dict[str, list[str]]


class Totals:
    """Counts over the whole run, kept as the cards go by."""

    __slots__ = ("files_checked", "files_with_findings", "by_severity", "by_code", "safe_fixes", "unsafe_fixes",
                 "fixed", "files_fixed", "baseline_hidden", "baseline_stale")

    def __init__(self) -> None:
        self.files_checked = 0
        self.files_with_findings = 0
        self.by_severity = {Severity.ERROR: 0, Severity.WARNING: 0, Severity.INFO: 0}
        self.by_code: dict[str, list] = {}  # code -> [count, severity label]
        self.safe_fixes = 0
        self.unsafe_fixes = 0
        self.fixed = 0  # findings resolved by --fix
        self.files_fixed = 0
        self.baseline_hidden = 0  # findings the baseline accounts for
        self.baseline_stale = 0  # findings the baseline records that no longer occur

    def add(self, diagnostics: list[Diagnostic]) -> None:
        if diagnostics:
            self.files_with_findings += len({d.path for d in diagnostics})
        for d in diagnostics:
            self.by_severity[d.severity] += 1
            entry = self.by_code.setdefault(d.code, [0, d.severity.label])
            entry[0] += 1
            if d.fix is not None:
                if d.fix.safe:
                    self.safe_fixes += 1
                else:
                    self.unsafe_fixes += 1

    @property
    def findings(self) -> int:
        return sum(self.by_severity.values())


class Renderer:
    """The base of every format: subclasses override ``card`` and ``finish``."""

    #: whether ``card`` is called for cards without findings too (a report that lists every card)
    wants_clean_cards = False

    def __init__(self, out: TextIO, report: Report) -> None:
        self.out = out
        self.report = report

    def card(self, card: CardOutput) -> None:
        raise NotImplementedError

    def finish(self, totals: Totals) -> None:
        if not self.report.quiet:
            self.out.write(summary(totals, self.report) + "\n")


def renderer(fmt: str, out: TextIO, report: Report) -> Renderer:
    import importlib

    module = importlib.import_module(f".{fmt.replace('-', '_')}", __package__)
    return module.Renderer(out, report)


def summary(totals: Totals, report: Report | None = None) -> str:
    """What was found (or that nothing was), what was fixed, and what --fix could fix."""
    text = _found(totals)
    if report is None:
        return text
    if totals.fixed:
        where = "1 file" if totals.files_fixed == 1 else f"{totals.files_fixed} files"
        text = f"Fixed {totals.fixed} finding{'s' if totals.fixed != 1 else ''} in {where}. " + text
    if totals.baseline_hidden or totals.baseline_stale:
        hidden = totals.baseline_hidden
        text += f" {hidden} known finding{'s' if hidden != 1 else ''} hidden by the baseline"
        if totals.baseline_stale:
            text += f"; {totals.baseline_stale} of its findings no longer occur (prune it with --write-baseline)"
        text += "."
    if report.fix_hint:
        safe, unsafe = totals.safe_fixes, totals.unsafe_fixes
        if safe:
            text += f" {safe} fixable with --fix"
            text += f" ({unsafe} more with --unsafe-fixes)." if unsafe else "."
        elif unsafe:
            text += f" {unsafe} fixable with --fix --unsafe-fixes."
    return text


def _found(totals: Totals) -> str:
    files = "1 file" if totals.files_checked == 1 else f"{totals.files_checked} files"
    if not totals.findings:
        return f"All checks passed ({files} checked)."
    words = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "info"}
    parts = [
        f"{n} {words[sev]}{'s' if n != 1 and sev != Severity.INFO else ''}"
        for sev, n in totals.by_severity.items()
        if n
    ]
    text = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    with_findings = totals.files_with_findings
    where = "1 file" if with_findings == 1 else f"{with_findings} files"
    return f"Found {text} in {where} ({files} checked)."


# C0 controls but tab, DEL, C1 controls, line and paragraph separators, bidirectional controls
_INVISIBLE = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_NAMED = {"\n": "\\n", "\r": "\\r"}


def _escape(m: re.Match[str]) -> str:
    c = m.group(0)
    return _NAMED.get(c) or (f"\\x{ord(c):02x}" if ord(c) < 0x100 else f"\\u{ord(c):04x}")


def visible(text: str) -> str:
    """``text`` with every control character shown as an escape (``\\x1b``, ``\\n``, ``\\u202e``)."""
    if _INVISIBLE.search(text) is None:
        return text
    return _INVISIBLE.sub(_escape, text)
