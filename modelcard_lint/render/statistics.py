"""``--statistics``: how many findings each rule has, most frequent first (as ruff prints it).

Counting needs no diagnostic to be kept: the totals hold the count of each rule.
"""

from __future__ import annotations

import json

from . import CardOutput, Report, Totals, summary
from . import Renderer as Base


def rows(totals: Totals, report: Report) -> list[dict[str, object]]:
    ordered = sorted(totals.by_code.items(), key=lambda kv: (-kv[1][0], kv[0]))
    return [
        {"code": code, "name": report.rules.get(code, (code,))[0], "count": count, "severity": severity}
        for code, (count, severity) in ordered
    ]


class Renderer(Base):
    as_json = False

    def card(self, card: CardOutput) -> None:
        pass  # the totals count everything

    def finish(self, totals: Totals) -> None:
        data = rows(totals, self.report)
        if self.as_json:
            json.dump(data, self.out, indent=2)
            self.out.write("\n")
            return
        width = len(str(data[0]["count"])) if data else 1
        for row in data:
            self.out.write(f"{row['count']:>{width}}  {row['code']}  {row['name']}  [{row['severity']}]\n")
        if not self.report.quiet:
            self.out.write(summary(totals, self.report) + "\n")


class JsonRenderer(Renderer):
    as_json = True
