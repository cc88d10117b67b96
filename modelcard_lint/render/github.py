"""GitHub Actions workflow commands: one annotation per diagnostic.

    ::error file=README.md,line=12,col=1,endLine=12,endColumn=24,title=MC301 placeholder-text::message

Levels: error → error, warning → warning, info → notice.  Columns are only
sent for single-line spans (GitHub rejects them otherwise).  Values are
escaped as actions/toolkit does.  A step shows at most 10 annotations of each
level, so the summary line (on stdout, outside any annotation) still counts all.
"""

from __future__ import annotations

from typing import TextIO

from ..diagnostics import Diagnostic, Severity
from . import Report, summary

LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _prop(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(d: Diagnostic) -> str:
    span = d.span
    props = [f"file={_prop(d.path)}", f"line={span.line}"]
    if span.end_line == span.line:
        props.append(f"col={span.column}")
        props.append(f"endLine={span.end_line}")
        props.append(f"endColumn={max(span.end_column, span.column + 1)}")
    else:
        props.append(f"endLine={span.end_line}")
    props.append(f"title={_prop(f'{d.code} {d.name}')}")
    message = d.message + (f"\n{d.help}" if d.help else "")
    return f"::{LEVEL[d.severity]} {','.join(props)}::{_data(message)}"


def render(diagnostics: list[Diagnostic], report: Report, out: TextIO) -> None:
    for d in diagnostics:
        out.write(annotation(d) + "\n")
    if not report.quiet:
        out.write(summary(diagnostics, report.files_checked, report) + "\n")
