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
from typing import TextIO

from ..diagnostics import Diagnostic, Severity
from . import Report, summary

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
        raw = lines[n - 1].replace("\t", "    ")
        start = span.column - 1 if n == first else len(raw) - len(raw.lstrip())
        end = span.end_column - 1 if n == span.end_line and span.end_line >= first else len(raw)
        if n == span.end_line and end <= start:
            end = start + 1  # a point: mark one character
        text, start, end = _clip(raw, start, max(start, end))
        out.append([(f"   {n:>{digits}} | ", "blue"), (text, None)])
        marks = "^" * max(1, width(text[start:end]))
        out.append([(f"   {gutter}| ", "blue"), (" " * width(text[:start]) + marks, style)])
    if hidden:
        out.append([(f"   {gutter}| … {hidden} more line{'s' if hidden > 1 else ''}", "blue")])
    return out


def layout(d: Diagnostic, lines: list[str]) -> list[Line]:
    """The lines that show one diagnostic."""
    style = STYLE[d.severity]
    out: list[Line] = [
        [
            (f"{d.path}:{d.span.line}:{d.span.column}:", "bold"),
            (" ", None),
            (f"{d.severity.label}[{d.code}]", style),
            (f" {d.name}", "bold"),
            (" [*]" if d.fix is not None and d.fix.safe else "", "bold"),
        ],
        [(f"  {d.message}", None)],
    ]
    out.extend(_frame(d, lines, style))
    flag = ("--fix" if d.fix.safe else "--fix --unsafe-fixes") if d.fix is not None else ""
    if d.help:
        same = d.fix is not None and d.fix.message == d.help
        out.append([("   = help: ", "cyan"), (d.help + (f" (fixable with {flag})" if same else ""), None)])
    if d.fix is not None and d.fix.message != d.help:
        out.append([("   = fix: ", "cyan"), (f"{d.fix.message} ({flag})", None)])
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


def render(diagnostics: list[Diagnostic], report: Report, out: TextIO) -> None:
    rows = [line for d in diagnostics for line in layout(d, report.sources.get(d.path, []))]
    if not report.quiet:
        rows.append([(summary(diagnostics, report.files_checked, report), "bold")])
    if not (diagnostics and use_color(report.color, out)):
        out.write("".join("".join(text for text, _ in row) + "\n" for row in rows))
        return
    from rich.console import Console
    from rich.text import Text

    console = Console(file=out, force_terminal=True, highlight=False, soft_wrap=True, emoji=False)
    for row in rows:
        text = Text()
        for segment, style in row:
            text.append(segment, style=style)
        console.print(text)
