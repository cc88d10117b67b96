"""GitLab Code Quality: a JSON array of issues, shown in merge requests.

Each issue has a description, the rule as ``check_name``, a severity (info, minor, major,
critical), the path relative to the repository's root with its first and last line, and a
fingerprint that is unique in the report and stable while the flagged line does not change.
"""

from __future__ import annotations

import hashlib
import json

from ..diagnostics import Severity
from . import CardOutput, Totals
from . import Renderer as Base

SEVERITY = {Severity.ERROR: "critical", Severity.WARNING: "major", Severity.INFO: "info"}


class Renderer(Base):
    first = True

    def card(self, card: CardOutput) -> None:
        seen: dict[str, int] = {}
        for d in card.diagnostics:
            path = self.report.relative(d.path)
            lines = card.sources.get(d.path, [])
            text = lines[d.line - 1].strip() if 0 < d.line <= len(lines) else ""
            base = hashlib.sha256(f"{d.code}\0{path}\0{text}\0{d.message}".encode("utf-8", "surrogatepass")).hexdigest()
            seen[base] = seen.get(base, 0) + 1
            issue = {
                "type": "issue",
                "check_name": f"{d.code} {d.name}",
                "description": f"{d.code} {d.message}",
                "categories": ["Style" if d.severity == Severity.INFO else "Bug Risk"],
                "severity": SEVERITY[d.severity],
                "fingerprint": hashlib.sha256(f"{base}:{seen[base]}".encode()).hexdigest(),
                "location": {"path": path, "lines": {"begin": d.line, "end": d.end_line}},
            }
            self.out.write(("[\n  " if self.first else ",\n  ") + json.dumps(issue, ensure_ascii=False))
            self.first = False

    def finish(self, totals: Totals) -> None:
        self.out.write("[]\n" if self.first else "\n]\n")
