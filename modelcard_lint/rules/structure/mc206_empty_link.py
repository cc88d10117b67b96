"""MC206 empty-link."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...card import Card
from ...core.rule import Rule
from ...diagnostics import Finding, Severity, Span
from ...facts.lazyre import lazy
from ...facts.leftovers import html_comments

# a link or an image whose target is empty or a template's stand-in: "[article (Soon)]()", "[here](...)",
# "[Arabic GigaWord](url)", "![]()"; the text in brackets has no brackets or line break of its own
_EMPTY = lazy(
    # (the blanks after the target read only when there is one: two runs of blanks in a row are read in quadratic time)
    r"(?P<image>!?)\[(?P<text>[^\[\]\n]{0,200})\]\([ \t]*(?:(?P<target><[ \t]*>|url|link|todo|tbd|\.\.\.|…|#)[ \t]*)?"
    r"\)",
    re.I,
)
# a link with a target but no text: the Trainer's "fine-tuned version of [](https://huggingface.co/)" when it was
# not given the base model's name; an image with no alt text is left alone
_NO_TEXT = lazy(r"(?<![!\]\\])\[[ \t]*\]\([ \t]*(?P<target>[^)\s]+)[ \t]*\)")
# the places worth a closer look, each by a pattern that starts with two fixed characters (a fast scan)
_HINT_TARGET = lazy(r"\]\([ \t]*(?:(?:<[ \t]*>|url|link|todo|tbd|\.\.\.|…|#)[ \t]*)?\)", re.I)
_HINT_TEXT = lazy(r"\[[ \t]*\]\(")
_CODE_SPAN = lazy(r"(`+)[^`\n]*?\1")


class EmptyLink(Rule):
    """A link or an image has no target, or a template's stand-in for one (`[here](...)`, `[paper](url)`), or a
    link has no text."""

    code = "MC206"
    name = "empty-link"
    severity = Severity.WARNING

    def check(self, card: Card) -> Iterator[Finding]:
        text = card.text
        # the few places worth a closer look: an empty or stand-in target, or empty link text; only their lines
        # are read
        hints = sorted([m.start() for m in _HINT_TARGET.finditer(text)]
                       + [m.start() for m in _HINT_TEXT.finditer(text)])
        if not hints:
            return
        code = card.code_lines
        # (nor in an HTML comment: "<!-- ### [Repurposing Diffusion-Based Image Generators ...]() -->" is never shown)
        hidden = {n for b in card.body.walk() if b.is_comment for n in range(b.line, b.end_line + 1)}
        line, counted, seen = 1, 0, 0
        for at in hints:
            line += text.count("\n", counted, at)
            counted = at
            if line == seen or line <= card.body_line or line in code or line in hidden:
                continue
            seen = line
            row = card.lines[line - 1]
            # inline code is shown as written: a link that starts inside it is none (a link's text may be code)
            spans = [c.span() for c in _CODE_SPAN.finditer(row)] if "`" in row else []
            spans += html_comments(row) if "<!--" in row else []  # (an HTML comment's links are not shown)
            found = list(_EMPTY.finditer(row))
            found += [m for m in _NO_TEXT.finditer(row) if not _EMPTY.fullmatch(f"[x]({m.group('target')})")]
            for m in sorted(found, key=lambda m: m.start()):
                if not any(a <= m.start() < b for a, b in spans):
                    yield self._finding(Span(line, m.start() + 1, line, m.end() + 1), m)

    def _finding(self, where: Span, m: re.Match[str]) -> Finding:
        target = m.group("target") or ""
        if m.re.pattern == _NO_TEXT.pattern:
            # the Trainer's own: "fine-tuned version of [](https://huggingface.co/)" without a base model's name
            trainer = (" (the Trainer writes this when it is not told the base model)"
                       if target.rstrip("/") == "https://huggingface.co" else "")
            return self.finding(
                where,
                f"the link to {target} has no text: readers see nothing to click where a name belongs{trainer}",
                help="write what the link points to between the brackets, such as the base model's id",
                target=target,
            )
        label = m.group("text").strip()
        what = (f'the image "{label}"' if label else "an image") if m.group("image") else (
            f'the link "{label}"' if label else "a link with no text")
        if target:
            message = f'{what} points to "{target}", a stand-in left for an address: readers who follow it get nowhere'
        elif m.group("image"):
            message = f"{what} has no source: the page shows a broken or empty image"
        else:
            message = f"{what} has no target: readers who click it stay where they are"
        return self.finding(
            where, message,
            help="write the address between the parentheses, or drop the brackets if there is nothing to link to",
            target=target,
        )
