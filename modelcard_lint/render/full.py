"""The default format: one block per diagnostic, with the card's lines underlined.

    README.md:25:1: warning[MC301] placeholder-text
      placeholder text "More information needed" was never replaced
        |
     25 | More information needed
        | ^^^^^^^^^^^^^^^^^^^^^^^
        = help: write the missing information here, or delete the section

The layout is built once as lines of (text, style) segments.  On a colour
terminal rich prints them styled; otherwise (pre-commit, CI logs, pipes) they
are written as plain text, which spares a one-card run the import of rich,
about a sixth of its start-up time.
"""

from __future__ import annotations

import os
import unicodedata
from typing import Any, TextIO

from ..diagnostics import Diagnostic, Severity
from . import CardOutput, Report, Totals, summary, visible
from . import Renderer as Base

STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "bold yellow", Severity.INFO: "bold cyan"}
MAX_LINES = 6
MAX_WIDTH = 140

Line = list[tuple[str, str | None]]


def width(text: str) -> int:
    """Terminal columns of ``text``: wide East Asian characters take two, combining marks none."""
    total = 0
    for c in text:
        if unicodedata.combining(c):
            continue
        total += 2 if unicodedata.east_asian_width(c) in ("W", "F") else 1
    return total


def _clip(line: str, start: int, end: int) -> tuple[str, int, int]:
    """Shorten a long line around the [start, end) character range."""
    if len(line) <= MAX_WIDTH:
        return line, start, end
    left = max(0, min(start - 20, len(line) - MAX_WIDTH))
    right = min(len(line), left + MAX_WIDTH)
    clipped = line[left:right]
    prefix = "…" if left else ""
    suffix = "…" if right < len(line) else ""
    shift = len(prefix) - left
    return prefix + clipped + suffix, max(start + shift, len(prefix)), min(end + shift, len(prefix) + len(clipped))


def _frame(d: Diagnostic, lines: list[str], style: str) -> list[Line]:
    span = d.span
    first, last = span.line, max(span.line, span.end_line)
    if not (1 <= first <= len(lines)):
        return []
    shown = list(range(first, min(last, len(lines)) + 1))
    hidden = 0
    if len(shown) > MAX_LINES:
        hidden = len(shown) - MAX_LINES
        shown = shown[:MAX_LINES]
    digits = len(str(shown[-1]))
    gutter = " " * (digits + 1)
    out: list[Line] = [[(f"   {gutter}|", "blue")]]
    for n in shown:
        raw = lines[n - 1]
        start = span.column - 1 if n == first else len(raw) - len(raw.lstrip())
        end = span.end_column - 1 if n == span.end_line and span.end_line >= first else len(raw)
        start = min(max(start, 0), len(raw))
        end = min(max(end, start), len(raw))
        if n == span.end_line and end <= start:
            end = start + 1  # a point: mark one character
        # control characters are shown as escapes, tabs as spaces; the marks follow what is shown
        before, marked, after = (_shown(part) for part in (raw[:start], raw[start:end], raw[end:]))
        if d.data and d.data.get("secret"):  # (a credential is shown by its first characters only, as its message)
            marked = marked[:7] + "…" if len(marked) > 8 else marked
        text, start, end = _clip(before + marked + after, len(before), len(before) + len(marked))
        out.append([(f"   {n:>{digits}} | ", "blue"), (text, None)])
        marks = "^" * max(1, width(text[start:end]))
        out.append([(f"   {gutter}| ", "blue"), (" " * width(text[:start]) + marks, style)])
    if hidden:
        out.append([(f"   {gutter}| … {hidden} more line{'s' if hidden > 1 else ''}", "blue")])
    return out


def _shown(text: str) -> str:
    return visible(text.replace("\t", "    "))


def layout(d: Diagnostic, lines: list[str]) -> list[Line]:
    """The lines that show one diagnostic."""
    style = STYLE[d.severity]
    out: list[Line] = [
        [
            (f"{visible(d.path)}:{d.span.line}:{d.span.column}:", "bold"),
            (" ", None),
            (f"{d.severity.label}[{d.code}]", style),
            (f" {d.name}", "bold"),
            (" [*]" if d.fix is not None and d.fix.safe else "", "bold"),
        ],
        [(f"  {visible(d.message)}", None)],
    ]
    out.extend(_frame(d, lines, style))
    flag = ("--fix" if d.fix.safe else "--fix --unsafe-fixes") if d.fix is not None else ""
    if d.help:
        same = d.fix is not None and d.fix.message == d.help
        out.append([("   = help: ", "cyan"), (visible(d.help) + (f" (fixable with {flag})" if same else ""), None)])
    if d.fix is not None and d.fix.message != d.help:
        out.append([("   = fix: ", "cyan"), (f"{visible(d.fix.message)} ({flag})", None)])
    out.append([])
    return out


def use_color(color: str, out: TextIO) -> bool:
    if color == "always":
        return True
    if color == "never" or os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    isatty = getattr(out, "isatty", None)
    return bool(isatty and isatty()) and os.environ.get("TERM") != "dumb"


class Renderer(Base):
    def __init__(self, out: TextIO, report: Report) -> None:
        super().__init__(out, report)
        self.styled = use_color(report.color, out)
        self.console: Any = None  # rich is imported only when there is something to style

    def _write(self, rows: list[Line]) -> None:
        if not self.styled:
            self.out.write("".join("".join(text for text, _ in row) + "\n" for row in rows))
            return
        from rich.text import Text

        if self.console is None:
            from rich.console import Console

            self.console = Console(file=self.out, force_terminal=True, highlight=False, soft_wrap=True, emoji=False)
        for row in rows:
            line = Text()
            for segment, style in row:
                line.append(segment, style=style)
            self.console.print(line)

    def card(self, card: CardOutput) -> None:
        for d in card.diagnostics:
            self._write(layout(d, card.sources.get(d.path, [])))

    def finish(self, totals: Totals) -> None:
        if not self.report.quiet:
            # the summary is styled only when there were findings to style (a clean run prints plain text)
            row: Line = [(summary(totals, self.report), "bold")]
            if totals.findings:
                self._write([row])
            else:
                self.out.write(row[0][0] + "\n")
