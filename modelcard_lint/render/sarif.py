"""SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.

One run.  Results are written as the cards are done; the rules that have results are
described in the driver at the end (a JSON object's keys may come in any order), each
with its summary, the "What it does" of its document, the whole document as help (text
and Markdown) and a link to it.  Locations are relative to the repository's root
(``%SRCROOT%``), columns count Unicode code points, and each result has GitHub's
``primaryLocationLineHash`` fingerprint, built from the rule, the path and the flagged
line's text, so that an alert keeps its identity when lines are added above it.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import quote

from ..diagnostics import Diagnostic, Severity
from ..version import __version__
from . import CardOutput, Report, Totals
from . import Renderer as Base

LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
ROOT_ID = "%SRCROOT%"


def _fingerprint(d: Diagnostic, path: str, lines: list[str], seen: dict[str, int]) -> str:
    text = lines[d.span.line - 1].strip() if 0 < d.span.line <= len(lines) else ""
    base = hashlib.sha256(f"{d.code}\0{path}\0{text}".encode("utf-8", "surrogatepass")).hexdigest()[:32]
    seen[base] = seen.get(base, 0) + 1  # the same line flagged twice by one rule
    return f"{base}:{seen[base]}"


def _indent(obj: Any, level: int) -> str:
    return json.dumps(obj, indent=2, ensure_ascii=False).replace("\n", "\n" + "  " * level)


def _plain(markdown: str) -> str:
    return markdown.replace("```model-card", "```").strip()


def rule_descriptor(code: str, report: Report) -> dict[str, Any]:
    from ..core.docs import help_url, rule_document, section

    name, summary, severity = report.rules.get(code, (code, "", "warning"))
    descriptor: dict[str, Any] = {
        "id": code,
        "name": "".join(part.capitalize() for part in name.split("-")),
        "shortDescription": {"text": summary or name},
    }
    rule = report.registry.rules.get(code) if report.registry is not None else None
    origin = report.registry.origin.get(code, "modelcard-lint") if report.registry is not None else "modelcard-lint"
    document = rule_document(rule, origin) if rule is not None else ""
    what = section(document, "What it does") or summary or name
    descriptor["fullDescription"] = {"text": _plain(what)}
    descriptor["help"] = {"text": _plain(document) or summary or name, "markdown": document or summary or name}
    url = help_url(rule, origin) if rule is not None else None
    if url:
        descriptor["helpUri"] = url
    descriptor["defaultConfiguration"] = {"level": LEVEL[Severity.parse(severity)]}
    descriptor["properties"] = {"tags": [name], "problem.severity": severity}
    return descriptor


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
            path = self.report.relative(d.path)
            message = d.message + (f"\nFix: {d.help}" if d.help else "")
            end_column = max(span.end_column, span.column + 1 if span.end_line == span.line else 1)
            location = {"uri": quote(path, safe="/")}
            if not path.startswith("/"):
                location["uriBaseId"] = ROOT_ID
            else:
                location["uri"] = "file://" + location["uri"]
            result = {
                "ruleId": d.code,
                "ruleIndex": index,
                "level": LEVEL[d.severity],
                "message": {"text": message},
                "locations": [
                    {
                        "physicalLocation": {
                            "artifactLocation": location,
                            "region": {
                                "startLine": span.line,
                                "startColumn": span.column,
                                "endLine": span.end_line,
                                "endColumn": end_column,
                            },
                        }
                    }
                ],
                "partialFingerprints": {
                    "primaryLocationLineHash": _fingerprint(d, path, card.sources.get(d.path, []), seen)
                },
            }
            self.out.write(("\n        " if self.first else ",\n        ") + _indent(result, 4))
            self.first = False

    def finish(self, totals: Totals) -> None:
        driver = {
            "name": "modelcard-lint",
            "version": __version__,
            "semanticVersion": __version__,
            "informationUri": "https://github.com/modelcard-lint/modelcard-lint",
            "rules": [rule_descriptor(code, self.report) for code in self.index],
        }
        root = Path(self.report.root).as_uri().rstrip("/") + "/"
        self.out.write(("" if self.first else "\n      ") + "],\n")
        self.out.write(f'      "tool": {{\n        "driver": {_indent(driver, 4)}\n      }},\n')
        self.out.write('      "columnKind": "unicodeCodePoints",\n')
        self.out.write(f'      "originalUriBaseIds": {_indent({ROOT_ID: {"uri": root}}, 3)}\n    }}\n  ]\n}}\n')
