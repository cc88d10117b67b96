"""Inline suppressions: comments in the card that turn rules off for some lines.

In the Markdown body (HTML comments, as markdownlint and ESLint do)::

    <!-- modelcard-lint-disable-next-line MC301 -->   the next line
    <!-- modelcard-lint-disable-line MC301 -->        this line (at its end)
    <!-- modelcard-lint-disable MC2 placeholder-text -->  from here ...
    <!-- modelcard-lint-enable MC2 placeholder-text -->   ... to here (or to the end)
    <!-- modelcard-lint-disable-file missing-section -->  the whole card

In the front matter (YAML comments)::

    license: MIT  # modelcard-lint-disable-line MC112
    # modelcard-lint-disable-next-line invalid-language

In the YAML files of the card's repository (``.eval_results/*.yaml``) the same YAML
comments work on that file's lines, and ``# modelcard-lint-disable-file RULE`` on the
whole file (``parse_file``).  A directive covers findings in its own file only.

Rules are named by code, name or code prefix, separated by spaces or commas;
no rule means every rule.  Text after `` -- `` is a reason and is ignored.
Directives inside code blocks are examples, not directives.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..card import Card
from ..diagnostics import Diagnostic, Span
from .internal import INTERNAL_CODES

MARK = "modelcard-lint-"
_HTML = re.compile(r"<!--\s*modelcard-lint-(disable-next-line|disable-line|disable-file|disable|enable)\b(.*?)-->")
_YAML = re.compile(r"#\s*modelcard-lint-(disable-next-line|disable-line)\b(.*)$")
_YAML_FILE = re.compile(r"#\s*modelcard-lint-(disable-next-line|disable-line|disable-file)\b(.*)$")


class Directive:
    """One suppression comment: what it turns off, where, and whether it turned anything off."""

    __slots__ = ("kind", "span", "selectors", "codes", "unknown", "active", "used", "end_line", "path")

    def __init__(self, kind: str, span: Span, selectors: list[str], path: str = "") -> None:
        self.kind = kind  # disable-next-line | disable-line | disable-file | disable | enable
        self.span = span
        self.path = path  # the file it is in: the card, or a file of its repository
        self.selectors = selectors
        self.codes: set[str] | None = None  # None: every rule
        self.unknown: list[str] = []  # selectors that name no rule
        self.active = True  # names at least one rule of this run
        self.used = False
        self.end_line = 0  # for `disable`: the last line it covers

    def covers(self, d: Diagnostic) -> bool:
        if d.path != self.path or (self.codes is not None and d.code not in self.codes):
            return False
        line = d.span.line
        if self.kind == "disable-file":
            return True
        if self.kind == "disable-line":
            return line == self.span.line
        if self.kind == "disable-next-line":
            return line == self.span.line + 1
        return self.span.line <= line <= self.end_line


def _selectors(text: str) -> list[str]:
    text = text.split(" -- ", 1)[0]
    return [s for s in re.split(r"[\s,]+", text.strip()) if s]


def parse(card: Card, resolve: Callable[[str], set[str] | None]) -> list[Directive]:
    """Directives of a card; ``resolve`` maps a selector to rule codes (None for no rule).

    Comments inside code blocks (``Card.code_lines``) are examples, not directives.
    """
    found: list[Directive] = []
    lines, body_line = card.lines, card.body_line
    code: frozenset[int] | None = None
    for i, line in enumerate(lines):
        if MARK not in line:
            continue
        n = i + 1
        if i >= body_line:
            if code is None:
                code = card.code_lines
            if n in code:
                continue
            for dm in _HTML.finditer(line):
                span = Span(n, dm.start() + 1, n, dm.end() + 1)
                found.append(Directive(dm.group(1), span, _selectors(dm.group(2)), card.path))
        else:
            ym = _YAML.search(line)
            if ym:
                span = Span(n, ym.start() + 1, n, len(line) + 1)
                found.append(Directive(ym.group(1), span, _selectors(ym.group(2)), card.path))
    _resolve(found, resolve)
    _close_ranges(found, len(lines))
    return found


def parse_file(lines: list[str], path: str, resolve: Callable[[str], set[str] | None]) -> list[Directive]:
    """Directives of a YAML file of the card's repository (``path``: its display path)."""
    found: list[Directive] = []
    for n, line in enumerate(lines, start=1):
        if MARK in line:
            ym = _YAML_FILE.search(line)
            if ym:
                span = Span(n, ym.start() + 1, n, len(line) + 1)
                found.append(Directive(ym.group(1), span, _selectors(ym.group(2)), path))
    _resolve(found, resolve)
    return found


def _resolve(found: list[Directive], resolve: Callable[[str], set[str] | None]) -> None:
    for d in found:
        if d.selectors:
            d.codes = set()
            for sel in d.selectors:
                codes = resolve(sel)
                if codes is None:
                    d.unknown.append(sel)
                else:
                    d.codes |= codes


def _close_ranges(directives: list[Directive], last_line: int) -> None:
    """Give each `disable` the line before the `enable` that ends it (same rules, or all)."""
    for i, d in enumerate(directives):
        if d.kind != "disable":
            continue
        d.end_line = last_line
        for e in directives[i + 1 :]:
            if e.kind == "enable" and (e.codes is None or (d.codes is not None and d.codes <= e.codes)):
                d.end_line = e.span.line - 1
                e.used = True  # an enable that closes a disable is doing its job
                break


def apply(directives: list[Directive], diagnostics: list[Diagnostic], active: frozenset[str]) -> list[Diagnostic]:
    """The diagnostics no directive covers; marks the directives that covered one."""
    for d in directives:
        if d.codes is not None:
            d.active = bool(d.codes & active)
    kept = []
    for diag in diagnostics:
        if diag.code in INTERNAL_CODES:  # a crashed rule or an unreadable file is never hidden
            kept.append(diag)
            continue
        hit = False
        for d in directives:
            if d.kind != "enable" and d.covers(diag):
                d.used = hit = True
        if not hit:
            kept.append(diag)
    return kept
