"""MC206 empty-link."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...card import Card
from ...core.rule import Rule
from ...diagnostics import Finding, Severity, Span

# a link or an image whose target is empty or a template's stand-in: "[article (Soon)]()", "[here](...)",
# "[Arabic GigaWord](url)", "![]()"; the text in brackets has no brackets or line break of its own
_EMPTY = re.compile(
    r"(?P<image>!?)\[(?P<text>[^\[\]\n]{0,200})\]\([ \t]*(?P<target><[ \t]*>|url|link|todo|tbd|\.\.\.|…|#|)[ \t]*\)",
    re.I,
)
_CODE_SPAN = re.compile(r"(`+)[^`\n]*?\1")


class EmptyLink(Rule):
    """A link or an image has no target, or a template's stand-in for one (`[here](...)`, `[paper](url)`)."""

    code = "MC206"
    name = "empty-link"
    severity = Severity.WARNING

    def check(self, card: Card) -> Iterator[Finding]:
        if "](" not in card.text:
            return
        for n, line in card.prose_lines():
            if "](" not in line:
                continue
            # inline code is shown as written: blank it out, keeping the columns
            text = _CODE_SPAN.sub(lambda m: " " * len(m.group()), line) if "`" in line else line
            for m in _EMPTY.finditer(text):
                where = Span(n, m.start() + 1, n, m.end() + 1)
                label = m.group("text").strip()
                target = m.group("target")
                what = (f'the image "{label}"' if label else "an image") if m.group("image") else (
                    f'the link "{label}"' if label else "a link with no text")
                if target:
                    message = (f'{what} points to "{target}", a stand-in left for an address: readers who follow it '
                               "get nowhere")
                elif m.group("image"):
                    message = f"{what} has no source: the page shows a broken or empty image"
                else:
                    message = f"{what} has no target: readers who click it stay where they are"
                yield self.finding(
                    where, message,
                    help="write the address between the parentheses, or drop the brackets if there is nothing to "
                    "link to",
                    target=target,
                )
