"""GitHub Actions workflow commands: one annotation per diagnostic.

    ::error file=README.md,line=12,col=1,endLine=12,endColumn=24,title=MC301 placeholder-text::message

Levels: error → error, warning → warning, info → notice.  Columns are only
sent for single-line spans (GitHub rejects them otherwise).  Values are
escaped as actions/toolkit does.  A step shows at most 10 annotations of each
level, so the summary line (on stdout, outside any annotation) still counts all.
"""

from __future__ import annotations

from ..diagnostics import Diagnostic, Severity
from . import CardOutput, visible
from . import Renderer as Base

LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _prop(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(d: Diagnostic) -> str:
    span = d.span
    props = [f"file={_prop(visible(d.path))}", f"line={span.line}"]
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


class Renderer(Base):
    def card(self, card: CardOutput) -> None:
        for d in card.diagnostics:
            self.out.write(annotation(d) + "\n")
