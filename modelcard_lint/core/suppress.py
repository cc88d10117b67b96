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

import heapq
import re
from collections.abc import Callable, Iterator

from ..card import Card
from ..diagnostics import Diagnostic, Span
from .internal import INTERNAL_CODES

MARK = "modelcard-lint-"
# a directive's opening; its text runs to the next "-->" (see ``_html_directives``)
_HTML_OPEN = re.compile(r"<!--\s*modelcard-lint-(disable-next-line|disable-line|disable-file|disable|enable)\b")
_YAML = re.compile(r"#\s*modelcard-lint-(disable-next-line|disable-line)\b(.*)$")
_YAML_FILE = re.compile(r"#\s*modelcard-lint-(disable-next-line|disable-line|disable-file)\b(.*)$")


class Directive:
    """One suppression comment: what it turns off, where, and whether it turned anything off."""

    __slots__ = ("action", "span", "selectors", "codes", "unknown", "active", "used", "end_line", "path")

    def __init__(self, action: str, span: Span, selectors: list[str], path: str = "") -> None:
        self.action = action  # disable-next-line | disable-line | disable-file | disable | enable
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
        if self.action == "disable-file":
            return True
        if self.action == "disable-line":
            return line == self.span.line
        if self.action == "disable-next-line":
            return line == self.span.line + 1
        return self.span.line <= line <= self.end_line


def _selectors(text: str) -> list[str]:
    text = text.split(" -- ", 1)[0]
    return [s for s in re.split(r"[\s,]+", text.strip()) if s]


def _html_directives(line: str) -> Iterator[tuple[str, int, int, str]]:
    """(action, start, end, rules text) of each directive comment in ``line``.

    What ``re.finditer(_HTML_OPEN.pattern + r"(.*?)-->", line)`` finds, in linear time: that
    regex looks for the ``-->`` again from every opening, to the end of the line.
    """
    pos = 0
    while (m := _HTML_OPEN.search(line, pos)) is not None:
        close = line.find("-->", m.end())
        if close < 0:
            return  # no later opening has a "-->" after it either
        yield m.group(1), m.start(), close + 3, line[m.end() : close]
        pos = close + 3


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
            for action, start, end, rules in _html_directives(line):
                found.append(Directive(action, Span(n, start + 1, n, end + 1), _selectors(rules), card.path))
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
    """Give each `disable` the line before the first later `enable` that ends it (an `enable` of every
    rule ends every range; one of some rules ends the ranges of those rules or fewer).

    One pass over the directives; the open ranges are grouped by the rules they name."""
    open_ranges: dict[frozenset[str] | None, list[Directive]] = {}
    for d in directives:
        if d.action == "disable":
            d.end_line = last_line
            open_ranges.setdefault(None if d.codes is None else frozenset(d.codes), []).append(d)
        elif d.action == "enable" and open_ranges:
            closing = d.codes
            for key in [k for k in open_ranges if closing is None or (k is not None and k <= closing)]:
                for r in open_ranges.pop(key):
                    r.end_line = d.span.line - 1
                d.used = True  # an enable that closes a disable is doing its job


def apply(directives: list[Directive], diagnostics: list[Diagnostic], active: frozenset[str]) -> list[Diagnostic]:
    """The diagnostics no directive covers; marks the directives that covered one.

    A directive covers findings in its own file only. For each file, a sweep over the lines: the
    directives whose lines have started and not ended are counted by the rules they name, so each
    diagnostic is answered in constant time, and each directive is marked used once."""
    for d in directives:
        if d.codes is not None:
            d.active = bool(d.codes & active)
    in_file: dict[str, list[Directive]] = {}
    for d in directives:
        if d.action != "enable":
            in_file.setdefault(d.path, []).append(d)
    by_file: dict[str, list[int]] = {}
    for i, diag in enumerate(diagnostics):
        if diag.path in in_file:
            by_file.setdefault(diag.path, []).append(i)
    hidden = [False] * len(diagnostics)
    for path, indexes in by_file.items():
        _sweep(in_file[path], diagnostics, indexes, hidden)
    return [d for i, d in enumerate(diagnostics) if not hidden[i]]


def _sweep(directives: list[Directive], diagnostics: list[Diagnostic], indexes: list[int], hidden: list[bool]) -> None:
    ranges = sorted(((_first(d), _last(d), i, d) for i, d in enumerate(directives)), key=lambda r: r[0])
    order = sorted(indexes, key=lambda i: diagnostics[i].span.line)
    ending: list[tuple[int, int, Directive]] = []
    count: dict[str | None, int] = {}  # open ranges per rule code (None: ranges of every rule)
    unused: dict[str | None, dict[int, Directive]] = {}  # open ranges not yet marked used, per code
    k = 0
    for index in order:
        diag = diagnostics[index]
        line = diag.span.line
        while k < len(ranges) and ranges[k][0] <= line:
            _, last, i, d = ranges[k]
            k += 1
            heapq.heappush(ending, (last, i, d))
            for code in d.codes if d.codes is not None else (None,):
                count[code] = count.get(code, 0) + 1
                if not d.used:
                    unused.setdefault(code, {})[id(d)] = d
        while ending and ending[0][0] < line:
            _, _, d = heapq.heappop(ending)
            for code in d.codes if d.codes is not None else (None,):
                count[code] -= 1
                unused.get(code, {}).pop(id(d), None)
        if diag.code in INTERNAL_CODES:  # a crashed rule or an unreadable file is never hidden
            continue
        if count.get(diag.code, 0) or count.get(None, 0):
            hidden[index] = True
            for code in (diag.code, None):
                for d in unused.pop(code, {}).values():
                    d.used = True
                    for other in d.codes or ():  # it no longer waits in the lists of its other rules
                        unused.get(other, {}).pop(id(d), None)


def _first(d: Directive) -> int:
    return {"disable-file": 0, "disable-line": d.span.line, "disable-next-line": d.span.line + 1}.get(
        d.action, d.span.line
    )


def _last(d: Directive) -> int:
    return {"disable-file": 1 << 62, "disable-line": d.span.line, "disable-next-line": d.span.line + 1}.get(
        d.action, d.end_line
    )
