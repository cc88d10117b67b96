"""``--statistics``: how many findings each rule has, most frequent first (as ruff prints it)."""

from __future__ import annotations

import json
from typing import TextIO

from ..diagnostics import Diagnostic
from . import Report, summary


def rows(diagnostics: list[Diagnostic], report: Report) -> list[dict[str, object]]:
    counts: dict[str, int] = {}
    severity: dict[str, str] = {}
    for d in diagnostics:
        counts[d.code] = counts.get(d.code, 0) + 1
        severity.setdefault(d.code, d.severity.label)
    ordered = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return [
        {"code": code, "name": report.rules.get(code, (code,))[0], "count": n, "severity": severity[code]}
        for code, n in ordered
    ]


def render(diagnostics: list[Diagnostic], report: Report, out: TextIO, as_json: bool = False) -> None:
    data = rows(diagnostics, report)
    if as_json:
        json.dump(data, out, indent=2)
        out.write("\n")
        return
    width = len(str(data[0]["count"])) if data else 1
    for row in data:
        out.write(f"{row['count']:>{width}}  {row['code']}  {row['name']}  [{row['severity']}]\n")
    if not report.quiet:
        out.write(summary(diagnostics, report.files_checked, report) + "\n")
