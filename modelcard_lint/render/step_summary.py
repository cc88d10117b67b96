"""The Markdown summary a GitHub Actions step shows on the run's page (``$GITHUB_STEP_SUMMARY``).

GitHub shows ten annotations of each level per step; the summary counts every finding per
rule and lists the cards with the most findings.  Memory: one counter per card with findings
is not kept, only the worst few.
"""

from __future__ import annotations

import heapq
from typing import TextIO

from ..diagnostics import Severity
from . import CardOutput, Report, Totals, summary
from . import Renderer as Base

WORST = 10


class Renderer(Base):
    def __init__(self, out: TextIO, report: Report) -> None:
        super().__init__(out, report)
        self.worst: list[tuple[int, int, int, int, str]] = []  # (weight, errors, warnings, infos, path)

    def card(self, card: CardOutput) -> None:
        counts = dict.fromkeys(Severity, 0)
        for d in card.diagnostics:
            counts[d.severity] += 1
        weight = counts[Severity.ERROR] * 1_000_000 + counts[Severity.WARNING] * 1_000 + counts[Severity.INFO]
        item = (weight, counts[Severity.ERROR], counts[Severity.WARNING], counts[Severity.INFO], card.path)
        if len(self.worst) < WORST:
            heapq.heappush(self.worst, item)
        else:
            heapq.heappushpop(self.worst, item)

    def finish(self, totals: Totals) -> None:
        def cell(text: str) -> str:
            return text.replace("|", "\\|").replace("\n", " ")

        out = ["## modelcard-lint", "", summary(totals, self.report), ""]
        if totals.by_code:
            out += ["| rule | severity | findings |", "|---|---|---:|"]
            for code, (count, severity) in sorted(totals.by_code.items(), key=lambda kv: (-kv[1][0], kv[0])):
                name = self.report.rules.get(code, (code,))[0]
                out.append(f"| {code} {name} | {severity} | {count} |")
            out += ["", "Cards with the most findings:", ""]
            out += ["| card | errors | warnings | info |", "|---|---:|---:|---:|"]
            for _, errors, warnings, infos, path in sorted(self.worst, reverse=True):
                out.append(f"| `{cell(path)}` | {errors} | {warnings} | {infos} |")
        self.out.write("\n".join(out) + "\n\n")
