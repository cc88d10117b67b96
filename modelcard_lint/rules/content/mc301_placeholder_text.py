"""MC301 placeholder-text: text left by a card generator or template."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...card import Card
from ...core.rule import Option, Rule
from ...diagnostics import Finding, Severity, Span
from ...hub.lists import load_set

# (kind, a substring that must be present (in lower case unless the pattern is
# case-sensitive), the pattern): the cheap test skips most patterns on most cards
_INLINE = [
    (
        "needed",
        "information needed",
        re.compile(r"(?P<template>\[More Information Needed\])|More information needed", re.I),
    ),
    ("unknown", "unknown dataset", re.compile(r"\ban unknown dataset\b", re.I)),
    ("optional", "[optional]", re.compile(r"\[optional\]", re.I)),
    ("jinja", "{", re.compile(r"\{\{.*?\}\}|\{%.*?%\}")),
    ("todo", "", re.compile(r"\b(?:TODO|TBD|FIXME)\b")),
    ("lorem", "lorem ipsum", re.compile(r"\blorem ipsum\b", re.I)),
]
_CASE_SENSITIVE = frozenset({"jinja", "todo"})
_TODO_WORDS = ("TODO", "TBD", "FIXME")
_COMMENT = re.compile(r"<!--(.*?)-->", re.DOTALL)
_TRAINER_NOTE = re.compile(r"this model card has been generated automatically.*remove this comment", re.I | re.S)
_SPACES = re.compile(r"\s+")
# what is left of a section once its placeholders are gone, if nobody filled it in:
# list markers, bold labels such as "**Developed by:**", punctuation
_SCAFFOLD = re.compile(r"<!--.*?-->|\*\*[^*\n]*\*\*|^\s*(?:[-*+]|\d+[.)])\s|[\s\W_]+", re.S | re.M)

_TEXT = {
    "template": (
        "the Hub template's placeholder {text} was never replaced",
        "write this part of the card, or delete the line if it does not apply",
    ),
    "needed": (
        "placeholder text {text} was never replaced",
        "write the missing information here, or delete the section if it does not apply",
    ),
    "unknown": (
        "{text}: the Trainer writes this when it was not told which data the model was trained on",
        "name the training dataset here (and list it under `datasets:` in the metadata)",
    ),
    "optional": (
        "the template label {text} is still in the card",
        "fill in the optional item and remove the label, or delete the item",
    ),
    "jinja": (
        "template variable {text} was never filled in",
        "render the template, or replace the variable with its value",
    ),
    "todo": ("{text} marks unfinished text", "finish this part of the card"),
    "lorem": ("{text} is filler text", "replace the filler with real content"),
    "extra": ("placeholder text {text} was never replaced", "replace it with real content"),
    "trainer-note": (
        "the Trainer's note asking to proofread the card and then remove it is still here, "
        "so the card was probably never reviewed",
        "proofread and complete the card, then delete this comment",
    ),
    "guidance": (
        "the Hub template's guidance comment {text} is still here",
        "write what the comment asks for, then delete the comment",
    ),
}


class PlaceholderText(Rule):
    """Placeholder text from the Hub template or the transformers Trainer was never replaced."""

    code = "MC301"
    name = "placeholder-text"
    severity = Severity.WARNING
    options = {
        "extra-phrases": Option([], "More phrases to report as placeholders (matched ignoring case)"),
    }

    def setup(self) -> None:
        phrases = [p for p in self.opts["extra-phrases"] if p.strip()]
        self.extra = re.compile("|".join(re.escape(p) for p in phrases), re.I) if phrases else None
        self.guidance = {_SPACES.sub(" ", c).strip().lower() for c in load_set("hf_template_comments")}

    def check(self, card: Card) -> Iterator[Finding]:
        first = card.body_line  # 0-based file line of the body's first line
        text = "\n".join(card.lines[first:])

        def pos(offset: int) -> tuple[int, int]:
            return first + text.count("\n", 0, offset) + 1, offset - text.rfind("\n", 0, offset)

        # (start offset, end offset, kind, quoted text); positions are worked out for hits only
        found: list[tuple[int, int, str, str]] = []
        comments = list(_COMMENT.finditer(text)) if "<!--" in text else []
        for m in comments:
            inner = _SPACES.sub(" ", m.group(1)).strip()
            if _TRAINER_NOTE.search(inner):
                found.append((m.start(), m.end(), "trainer-note", _quote(inner)))
            elif inner.lower() in self.guidance:
                found.append((m.start(), m.end(), "guidance", _quote(inner)))
        comment_spans = [(m.start(), m.end()) for m in comments]
        low = text.lower()
        patterns = []
        for kind, needle, pattern in _INLINE:
            if kind == "todo":
                present = any(w in text for w in _TODO_WORDS)
            else:
                present = needle in (text if kind in _CASE_SENSITIVE else low)
            if present:
                patterns.append((kind, pattern))
        if self.extra is not None:
            patterns.append(("extra", self.extra))
        for kind, pattern in patterns:
            for m in pattern.finditer(text):
                if not any(a <= m.start() < b for a, b in comment_spans):
                    kind_found = "template" if m.lastgroup == "template" else kind
                    found.append((m.start(), m.end(), kind_found, f'"{m.group(0)}"'))
        if not found:
            return

        code_lines = card.code_lines
        hits: list[tuple[Span, str, str]] = []
        for start, end, kind, shown in found:
            (l1, c1), (l2, c2) = pos(start), pos(end)
            if l1 not in code_lines:
                hits.append((Span(l1, c1, l2, c2), kind, shown))

        hits = _outermost(hits)
        unfilled = self._unfilled_sections(card, [h[0] for h in hits])
        for span, kind, shown in hits:
            message, help_text = _TEXT[kind]
            message = message.format(text=shown)
            title = unfilled.get(span.line)
            if title is not None:
                message += f'; section "{title}" has nothing else in it, so it is unfilled'
            yield self.finding(span, message, help=help_text, kind=kind)

    @staticmethod
    def _unfilled_sections(card: Card, spans: list[Span]) -> dict[int, str]:
        """Map each placeholder line to its section's title when the section has only placeholders."""
        if not spans:
            return {}
        lines = card.lines
        out: dict[int, str] = {}
        for section in card.body.sections():
            if section.children or not section.blocks:
                continue
            start = section.blocks[0].line
            end = section.blocks[-1].end_line
            inside = [s for s in spans if start <= s.line <= end]
            if not inside:
                continue
            chunk = [list(line) for line in lines[start - 1 : end]]
            for s in inside:  # blank out each placeholder
                for ln in range(s.line, s.end_line + 1):
                    row = chunk[ln - start]
                    a = s.column - 1 if ln == s.line else 0
                    b = s.end_column - 1 if ln == s.end_line else len(row)
                    row[a:b] = [" "] * (b - a)
            rest = _SCAFFOLD.sub("", "\n".join("".join(r) for r in chunk))
            if not rest:
                for s in inside:
                    out[s.line] = section.title
        return out


def _outermost(hits: list[tuple[Span, str, str]]) -> list[tuple[Span, str, str]]:
    """Sorted hits without those inside another (a placeholder inside a template variable)."""
    hits.sort(key=lambda h: (h[0].line, h[0].column, -h[0].end_line, -h[0].end_column))
    kept: list[tuple[Span, str, str]] = []
    for hit in hits:
        span = hit[0]
        if kept:
            last = kept[-1][0]
            if (span.line, span.column) >= (last.line, last.column) and (span.end_line, span.end_column) <= (
                last.end_line,
                last.end_column,
            ):
                continue
        kept.append(hit)
    return kept


def _quote(comment: str) -> str:
    short = comment if len(comment) <= 60 else comment[:57].rstrip() + "..."
    return f'"{short}"'
