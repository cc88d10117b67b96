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
# a link with a target but no text: the Trainer's "fine-tuned version of [](https://huggingface.co/)" when it was
# not given the base model's name; an image with no alt text is left alone
_NO_TEXT = re.compile(r"(?<![!\]\\])\[[ \t]*\]\([ \t]*(?P<target>[^)\s]+)[ \t]*\)")
_CODE_SPAN = re.compile(r"(`+)[^`\n]*?\1")


class EmptyLink(Rule):
    """A link or an image has no target, or a template's stand-in for one (`[here](...)`, `[paper](url)`), or a
    link has no text."""

    code = "MC206"
    name = "empty-link"
    severity = Severity.WARNING

    def check(self, card: Card) -> Iterator[Finding]:
        if "](" not in card.text:
            return
        for n, line in card.prose_lines():
            if "](" not in line:
                continue
            # inline code is shown as written: a link that starts inside it is none (a link's text may be code)
            spans = [m.span() for m in _CODE_SPAN.finditer(line)] if "`" in line else []

            def in_code(at: int, spans: list[tuple[int, int]] = spans) -> bool:
                return any(a <= at < b for a, b in spans)

            text = line
            for m in _EMPTY.finditer(text):
                if in_code(m.start()):
                    continue
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
            for m in _NO_TEXT.finditer(text):
                if in_code(m.start()):
                    continue
                target = m.group("target")
                if not _EMPTY.fullmatch(f"[x]({target})"):  # an empty target as well: reported above
                    yield self.finding(
                        Span(n, m.start() + 1, n, m.end() + 1),
                        f"the link to {target} has no text: readers see nothing to click where a name belongs (the "
                        "Trainer writes `[](https://huggingface.co/)` when it is not told the base model)",
                        help="write what the link points to between the brackets, such as the base model's id",
                        target=target,
                    )
