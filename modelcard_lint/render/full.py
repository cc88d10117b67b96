"""The default format: one block per diagnostic, with the card's lines underlined.

    README.md:25:1: warning[MC301] placeholder-text
      placeholder text "More information needed" was never replaced
        |
     25 | More information needed
        | ^^^^^^^^^^^^^^^^^^^^^^^
        = help: write the missing information here, or delete the section
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

from ..diagnostics import Diagnostic, Severity
from . import Report, summary

if TYPE_CHECKING:
    from rich.console import Console
    from rich.text import Text

STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "bold yellow", Severity.INFO: "bold cyan"}
MAX_LINES = 6
MAX_WIDTH = 140


def console_for(out: TextIO, color: str) -> Console:
    from rich.console import Console

    if color == "always":
        return Console(file=out, force_terminal=True, highlight=False, soft_wrap=True, emoji=False)
    if color == "never":
        return Console(file=out, color_system=None, highlight=False, soft_wrap=True, emoji=False)
    return Console(file=out, highlight=False, soft_wrap=True, emoji=False)


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


def _frame(d: Diagnostic, lines: list[str], style: str) -> list[Text]:
    from rich.cells import cell_len
    from rich.text import Text

    span = d.span
    first, last = span.line, max(span.line, span.end_line)
    if not (1 <= first <= len(lines)):
        return []
    shown = list(range(first, min(last, len(lines)) + 1))
    hidden = 0
    if len(shown) > MAX_LINES:
        hidden = len(shown) - MAX_LINES
        shown = shown[:MAX_LINES]
    width = len(str(shown[-1]))
    gutter = " " * (width + 1)
    out = [Text(f"   {gutter}|", style="blue")]
    for n in shown:
        raw = lines[n - 1].replace("\t", "    ")
        start = span.column - 1 if n == first else len(raw) - len(raw.lstrip())
        end = span.end_column - 1 if n == span.end_line and span.end_line >= first else len(raw)
        if n == span.end_line and end <= start:
            end = start + 1  # a point: mark one character
        text, start, end = _clip(raw, start, max(start, end))
        row = Text(f"   {n:>{width}} | ", style="blue")
        row.append(text)
        out.append(row)
        pad = cell_len(text[:start])
        marks = max(1, cell_len(text[start:end]))
        under = Text(f"   {gutter}| ", style="blue")
        under.append(" " * pad + "^" * marks, style=style)
        out.append(under)
    if hidden:
        out.append(Text(f"   {gutter}| … {hidden} more line{'s' if hidden > 1 else ''}", style="blue"))
    return out


def render(diagnostics: list[Diagnostic], report: Report, out: TextIO) -> None:
    if not diagnostics:  # a clean run needs no frames, and rich costs a sixth of the start-up time
        if not report.quiet:
            out.write(summary(diagnostics, report.files_checked) + "\n")
        return
    from rich.text import Text

    console = console_for(out, report.color)
    for d in diagnostics:
        style = STYLE[d.severity]
        head = Text()
        head.append(f"{d.path}:{d.span.line}:{d.span.column}:", style="bold")
        head.append(" ")
        head.append(f"{d.severity.label}[{d.code}]", style=style)
        head.append(f" {d.name}", style="bold")
        console.print(head)
        console.print(Text(f"  {d.message}"))
        for row in _frame(d, report.sources.get(d.path, []), style):
            console.print(row)
        if d.help:
            help_line = Text("   = help: ", style="cyan")
            help_line.append(d.help)
            console.print(help_line)
        console.print()
    if not report.quiet:
        console.print(Text(summary(diagnostics, report.files_checked), style="bold"))
