"""Renderers: they only format diagnostics, never decide anything.

Each renderer is a module with ``render(diagnostics, report, out)``; the full
format imports rich, the others do not (start-up time matters in hooks).
"""

from __future__ import annotations

from ..diagnostics import Diagnostic, Severity

FORMATS = ("full", "concise", "json", "github", "sarif")


class Report:
    """What a renderer may say besides the diagnostics."""

    __slots__ = ("files_checked", "sources", "quiet", "color", "rules", "fixed", "files_fixed", "fix_hint")

    def __init__(self, files_checked: int = 0) -> None:
        self.files_checked = files_checked
        self.sources: dict[str, list[str]] = {}  # path -> lines, for code frames and fingerprints
        self.quiet = False
        self.color = "auto"
        self.rules: dict[str, tuple[str, str, str]] = {}  # code -> (name, summary, default severity)
        self.fixed = 0  # findings resolved by --fix
        self.files_fixed = 0
        self.fix_hint = True  # say how many findings --fix would resolve


def summary(diagnostics: list[Diagnostic], files_checked: int, report: Report | None = None) -> str:
    """What was found (or that nothing was), what was fixed, and what --fix could fix."""
    text = _found(diagnostics, files_checked)
    if report is None:
        return text
    if report.fixed:
        where = "1 file" if report.files_fixed == 1 else f"{report.files_fixed} files"
        text = f"Fixed {report.fixed} finding{'s' if report.fixed != 1 else ''} in {where}. " + text
    if report.fix_hint:
        safe = sum(1 for d in diagnostics if d.fix is not None and d.fix.safe)
        unsafe = sum(1 for d in diagnostics if d.fix is not None and not d.fix.safe)
        if safe:
            text += f" {safe} fixable with --fix"
            text += f" ({unsafe} more with --unsafe-fixes)." if unsafe else "."
        elif unsafe:
            text += f" {unsafe} fixable with --fix --unsafe-fixes."
    return text


def _found(diagnostics: list[Diagnostic], files_checked: int) -> str:
    files = "1 file" if files_checked == 1 else f"{files_checked} files"
    if not diagnostics:
        return f"All checks passed ({files} checked)."
    counts = dict.fromkeys((Severity.ERROR, Severity.WARNING, Severity.INFO), 0)
    for d in diagnostics:
        counts[d.severity] += 1
    words = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "info"}
    parts = [
        f"{n} {words[sev]}{'s' if n != 1 and sev != Severity.INFO else ''}" for sev, n in counts.items() if n
    ]
    text = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    with_findings = len({d.path for d in diagnostics})
    where = "1 file" if with_findings == 1 else f"{with_findings} files"
    return f"Found {text} in {where} ({files} checked)."
