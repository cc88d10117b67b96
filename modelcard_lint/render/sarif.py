"""SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.

One run.  Results are written as the cards are done; the rules that have results
are listed in the driver at the end (a JSON object's keys may come in any order),
each result pointing at its rule by index.  Each result has a relative artifact URI,
a 1-based region and a partial fingerprint built from the rule, the path and the
flagged line's text, so an alert survives lines being inserted above it.
"""

from __future__ import annotations

import hashlib
import json
import os
from typing import Any, TextIO
from urllib.parse import quote

from .. import __version__
from ..diagnostics import Diagnostic, Severity
from . import CardOutput, Report, Totals
from . import Renderer as Base

LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def _uri(path: str) -> str:
    """A relative URI, percent-encoded (spaces, `#`, `%`, non-ASCII), or a file URI for a path outside."""
    if os.path.isabs(path):
        rel = os.path.relpath(path)
        if rel.startswith(".."):
            return "file://" + quote(path.replace(os.sep, "/"), safe="/")
        path = rel
    return quote(path.replace(os.sep, "/").removeprefix("./"), safe="/")


def _fingerprint(d: Diagnostic, lines: list[str], seen: dict[str, int]) -> str:
    text = lines[d.span.line - 1].strip() if 0 < d.span.line <= len(lines) else ""
    base = hashlib.sha256(f"{d.code}\0{d.path}\0{text}".encode("utf-8", "surrogatepass")).hexdigest()[:32]
    seen[base] = seen.get(base, 0) + 1  # the same line flagged twice by one rule
    return f"{base}:{seen[base]}"


def _indent(obj: Any, level: int) -> str:
    return json.dumps(obj, indent=2, ensure_ascii=False).replace("\n", "\n" + "  " * level)


class Renderer(Base):
    def __init__(self, out: TextIO, report: Report) -> None:
        super().__init__(out, report)
        self.index: dict[str, int] = {}  # rule code -> index in the driver's rules
        self.first = True
        out.write(f'{{\n  "$schema": "{SCHEMA}",\n  "version": "2.1.0",\n  "runs": [\n    {{\n      "results": [')

    def card(self, card: CardOutput) -> None:
        seen: dict[str, int] = {}
        for d in card.diagnostics:
            index = self.index.setdefault(d.code, len(self.index))
            span = d.span
            message = d.message + (f"\nFix: {d.help}" if d.help else "")
            end_column = max(span.end_column, span.column + 1 if span.end_line == span.line else 1)
            result = {
                "ruleId": d.code,
                "ruleIndex": index,
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
                                "endColumn": end_column,
                            },
                        }
                    }
                ],
                "partialFingerprints": {"modelcardLint/v1": _fingerprint(d, card.sources.get(d.path, []), seen)},
            }
            self.out.write(("\n        " if self.first else ",\n        ") + _indent(result, 4))
            self.first = False

    def finish(self, totals: Totals) -> None:
        rules = []
        for code in self.index:  # in index order
            name, summary, severity = self.report.rules.get(code, (code, "", "warning"))
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
        driver = {
            "name": "modelcard-lint",
            "version": __version__,
            "informationUri": "https://github.com/modelcard-lint/modelcard-lint",
            "rules": rules,
        }
        self.out.write(("" if self.first else "\n      ") + "],\n")
        self.out.write(f'      "tool": {{\n        "driver": {_indent(driver, 4)}\n      }}\n    }}\n  ]\n}}\n')
