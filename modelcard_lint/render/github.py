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
from . import CardOutput, Report, Totals, visible
from . import Renderer as Base

LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _prop(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(d: Diagnostic, path: str) -> str:
    span = d.span
    props = [f"file={_prop(visible(path))}", f"line={span.line}"]
    if span.end_line == span.line:
        props.append(f"col={span.column}")
        props.append(f"endLine={span.end_line}")
        props.append(f"endColumn={max(span.end_column, span.column + 1)}")
    else:
        props.append(f"endLine={span.end_line}")
    props.append(f"title={_prop(f'{d.code} {d.name}')}")
    # text from the card is made visible first, so that a value holding "\n::error::" stays inside
    # this annotation; the line break before the help line is the only real one
    message = visible(d.message) + (f"\n{visible(d.help)}" if d.help else "")
    return f"::{LEVEL[d.severity]} {','.join(props)}::{_data(message)}"


SHOWN = 10  # annotations of each level GitHub shows for one step


class Renderer(Base):
    def __init__(self, out: TextIO, report: Report) -> None:
        super().__init__(out, report)
        self.count = dict.fromkeys(LEVEL.values(), 0)

    def card(self, card: CardOutput) -> None:
        for d in card.diagnostics:
            self.count[LEVEL[d.severity]] += 1
            # GitHub attaches an annotation to a file by its path from the repository's root
            self.out.write(annotation(d, self.report.relative(d.path)) + "\n")

    def finish(self, totals: Totals) -> None:
        over = {level: n for level, n in self.count.items() if n > SHOWN}
        if over:
            counts = ", ".join(f"{n} {level}s" for level, n in over.items())
            note = (f"GitHub shows {SHOWN} annotations of each level per step; this run has {counts}. "
                    "The log above and the job summary list them all.")
            self.out.write(f"::notice title=modelcard-lint::{_data(note)}\n")
        super().finish(totals)
