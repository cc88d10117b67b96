"""``path:line:col: CODE [severity] message``, one diagnostic per line."""

from __future__ import annotations

from typing import TextIO

from ..diagnostics import Diagnostic
from . import Report, summary


def render(diagnostics: list[Diagnostic], report: Report, out: TextIO) -> None:
    for d in diagnostics:
        out.write(f"{d.path}:{d.span.line}:{d.span.column}: {d.code} [{d.severity.label}] {d.message}\n")
    if not report.quiet:
        out.write(summary(diagnostics, report.files_checked, report) + "\n")
