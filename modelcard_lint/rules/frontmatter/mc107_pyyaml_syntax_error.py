"""MC107 pyyaml-syntax-error."""

from __future__ import annotations

from collections.abc import Iterator

from ...card import Card
from ...card.yamlnode import MAP, SCALAR, SEQ, Node
from ...core.rule import Rule
from ...diagnostics import Finding, Severity, Span
from ...facts.lazyre import lazy

_TABS = lazy(r"[ \t]*\t[ \t]*")


def _scalars(root: Node) -> list[Node]:
    out: list[Node] = []
    stack = [root]
    seen: set[int] = set()
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if node.kind == SCALAR:
            out.append(node)
        elif node.kind == SEQ:
            stack.extend(node.value)
        elif node.kind == MAP:
            for key, value in node.pairs:
                stack.extend((key, value))
    return out


class PyyamlSyntaxError(Rule):
    """The front matter holds a tab that huggingface_hub's YAML loader (PyYAML) rejects, though the Hub reads it."""

    code = "MC107"
    name = "pyyaml-syntax-error"
    severity = Severity.WARNING

    def check(self, card: Card) -> Iterator[Finding]:
        fm = card.frontmatter
        if fm is None or fm.close_line is None or "\t" not in fm.yaml_text:
            return
        root = fm.root
        if root is None:
            return  # not YAML at all: MC104 reports it
        # where a tab is text: inside a quoted or block scalar, or a comment; inside a plain scalar it is
        # part of the value; anywhere else it separates tokens, which PyYAML's scanner does not allow
        quoted: dict[int, list[tuple[int, int]]] = {}
        plain: dict[int, list[tuple[int, int]]] = {}
        for node in _scalars(root):
            table = plain if node.style is None else quoted
            span = node.span
            for line in range(span.line, span.end_line + 1):
                start = span.column if line == span.line else 1
                end = span.end_column if line == span.end_line else 10**9
                table.setdefault(line, []).append((start, end))
        lines = card.lines
        for n in range(fm.yaml_line, fm.close_line):
            text = lines[n - 1] if n <= len(lines) else ""
            if "\t" not in text:
                continue
            for m in _TABS.finditer(text):
                tab = m.start() + m.group(0).index("\t") + 1
                if _inside(quoted.get(n, ()), tab) or _in_comment(text, m.start(), quoted.get(n, ())):
                    continue
                in_value = _inside(plain.get(n, ()), tab)
                span = Span(n, m.start() + 1, n, m.end() + 1)
                fix = None
                if m.start() > 0:  # a tab that indents a line is not YAML at all (MC104)
                    # a space means the same between tokens and at the end of a value; inside a plain value
                    # it changes the value, which only --unsafe-fixes may do
                    replacement = " " if m.end() < len(text) else ""
                    fix = self.replace(span, replacement, "replace the tab with a space", safe=not in_value)
                yield self.finding(
                    span,
                    "a tab "
                    + ("inside a plain value" if in_value else "between YAML tokens")
                    + ": the Hub reads this front matter, but huggingface_hub's loader (PyYAML) stops at a tab "
                    "outside a quoted value, so `ModelCard.load`, `push_to_hub` and every tool built on them "
                    "fail on this card",
                    help="replace the tab with a space" + (" (or quote the value)" if in_value else ""),
                    fix=fix,
                )


def _inside(ranges: list[tuple[int, int]] | tuple[()], column: int) -> bool:
    return any(start <= column < end for start, end in ranges)


def _in_comment(text: str, column: int, quoted: list[tuple[int, int]] | tuple[()]) -> bool:
    """Whether 0-based ``column`` follows a `#` that starts a comment on this line."""
    for i, ch in enumerate(text[:column]):
        if ch == "#" and (i == 0 or text[i - 1] in " \t") and not _inside(quoted, i + 1):
            return True
    return False
