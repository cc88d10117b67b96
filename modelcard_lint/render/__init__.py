"""Renderers: they only format diagnostics, never decide anything.

Each renderer is a module with ``render(diagnostics, report, out)``; the full
format imports rich, the others do not (start-up time matters in hooks).
"""

from __future__ import annotations

from ..diagnostics import Diagnostic, Severity

FORMATS = ("full", "concise", "json", "github", "sarif")


class Report:
    """What a renderer may say besides the diagnostics."""

    __slots__ = ("files_checked", "sources", "quiet", "color", "rules")

    def __init__(self, files_checked: int = 0) -> None:
        self.files_checked = files_checked
        self.sources: dict[str, list[str]] = {}  # path -> lines, for code frames and fingerprints
        self.quiet = False
        self.color = "auto"
        self.rules: dict[str, tuple[str, str, str]] = {}  # code -> (name, summary, default severity)


def summary(diagnostics: list[Diagnostic], files_checked: int) -> str:
    """One line: what was found, or that nothing was."""
    files = "1 file" if files_checked == 1 else f"{files_checked} files"
    if not diagnostics:
        return f"All checks passed ({files} checked)."
    counts = {sev: 0 for sev in (Severity.ERROR, Severity.WARNING, Severity.INFO)}
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
