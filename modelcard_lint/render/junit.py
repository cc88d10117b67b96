"""JUnit XML, for the test-report views of GitLab, Jenkins and Azure Pipelines.

One ``testsuite`` per card and one ``testcase`` per rule that reported something on it, with one
``failure`` per finding (its file, position and message: a finding may be in another file of the
card's repository).  A card without findings is a testsuite
with one passing testcase, so that the report lists every card that was checked.
"""

from __future__ import annotations

from typing import TextIO
from xml.sax.saxutils import escape, quoteattr

from ..diagnostics import Diagnostic
from . import CardOutput, Report, Totals, visible
from . import Renderer as Base


def _attr(text: str) -> str:
    return quoteattr(visible(text))


class Renderer(Base):
    wants_clean_cards = True  # the runner hands over cards without findings too

    def __init__(self, out: TextIO, report: Report) -> None:
        super().__init__(out, report)
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="modelcard-lint">\n')

    def card(self, card: CardOutput) -> None:
        path = visible(card.path)
        by_rule: dict[str, list[Diagnostic]] = {}
        for d in card.diagnostics:
            by_rule.setdefault(d.code, []).append(d)
        failures = sum(len(ds) for ds in by_rule.values())
        cases = max(len(by_rule), 1)
        self.out.write(f"  <testsuite name={_attr(path)} tests=\"{cases}\" failures=\"{failures}\" errors=\"0\">\n")
        if not by_rule:
            self.out.write(f'    <testcase name="all rules" classname={_attr(path)} file={_attr(path)}/>\n')
        for code, found in by_rule.items():
            name = f"{code} {found[0].name}"
            self.out.write(f"    <testcase name={_attr(name)} classname={_attr(path)} file={_attr(found[0].path)} "
                           f'line="{found[0].line}">\n')
            for d in found:
                message = f"{d.path}:{d.line}:{d.column}: {d.message}"
                body = visible(d.message) + (f"\n{visible(d.help)}" if d.help else "")
                self.out.write(f"      <failure message={_attr(message)} type={_attr(d.severity.label)}>"
                               f"{escape(body)}</failure>\n")
            self.out.write("    </testcase>\n")
        self.out.write("  </testsuite>\n")

    def finish(self, totals: Totals) -> None:
        self.out.write("</testsuites>\n")
