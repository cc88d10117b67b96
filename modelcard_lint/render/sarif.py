"""SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.

One run, the rules that have results listed in the driver, each result with a
relative artifact URI, a 1-based region and a partial fingerprint built from
the rule, the path and the flagged line's text (so an alert survives lines
being inserted above it).
"""

from __future__ import annotations

import hashlib
import json
import os
from typing import Any, TextIO

from .. import __version__
from ..diagnostics import Diagnostic, Severity
from . import Report

LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def _uri(path: str) -> str:
    if os.path.isabs(path):
        rel = os.path.relpath(path)
        if not rel.startswith(".."):
            path = rel
        else:
            return "file://" + path.replace(os.sep, "/")
    return path.replace(os.sep, "/").removeprefix("./")


def _fingerprint(d: Diagnostic, lines: list[str], seen: dict[str, int]) -> str:
    text = lines[d.span.line - 1].strip() if 0 < d.span.line <= len(lines) else ""
    base = hashlib.sha256(f"{d.code}\0{d.path}\0{text}".encode()).hexdigest()[:32]
    seen[base] = seen.get(base, 0) + 1  # the same line flagged twice by one rule
    return f"{base}:{seen[base]}"


def document(diagnostics: list[Diagnostic], report: Report) -> dict[str, Any]:
    codes = sorted({d.code for d in diagnostics})
    index = {code: i for i, code in enumerate(codes)}
    rules = []
    for code in codes:
        name, summary, severity = report.rules.get(code, (code, "", "warning"))
        rules.append(
            {
                "id": code,
                "name": "".join(part.capitalize() for part in name.split("-")),
                "shortDescription": {"text": summary or name},
                "help": {"text": f"{summary} Run `modelcard-lint rule {code}` for the rule's document."},
                "defaultConfiguration": {"level": LEVEL[Severity.parse(severity)]},
                "properties": {"tags": [name]},
            }
        )
    seen: dict[str, int] = {}
    results = []
    for d in diagnostics:
        span = d.span
        message = d.message + (f"\nFix: {d.help}" if d.help else "")
        results.append(
            {
                "ruleId": d.code,
                "ruleIndex": index[d.code],
                "level": LEVEL[d.severity],
                "message": {"text": message},
                "locations": [
                    {
                        "physicalLocation": {
                            "artifactLocation": {"uri": _uri(d.path)},
                            "region": {
                                "startLine": span.line,
                                "startColumn": span.column,
                                "endLine": span.end_line,
                                "endColumn": max(span.end_column, span.column + 1 if span.end_line == span.line else 1),
                            },
                        }
                    }
                ],
                "partialFingerprints": {"modelcardLint/v1": _fingerprint(d, report.sources.get(d.path, []), seen)},
            }
        )
    driver = {
        "name": "modelcard-lint",
        "version": __version__,
        "informationUri": "https://github.com/modelcard-lint/modelcard-lint",
        "rules": rules,
    }
    return {"$schema": SCHEMA, "version": "2.1.0", "runs": [{"tool": {"driver": driver}, "results": results}]}


def render(diagnostics: list[Diagnostic], report: Report, out: TextIO) -> None:
    json.dump(document(diagnostics, report), out, indent=2, ensure_ascii=False)
    out.write("\n")
