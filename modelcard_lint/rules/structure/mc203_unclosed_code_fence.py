"""MC203 unclosed-code-fence."""

from __future__ import annotations

from collections.abc import Iterator

from ...card import Card
from ...card.body import clean_title
from ...core.rule import Rule
from ...diagnostics import Finding, Severity, Span
from ...facts.fences import nested_openers, unclosed_fences


class UnclosedCodeFence(Rule):
    """A code block is never closed, so the rest of the card, headings included, shows as code."""

    code = "MC203"
    name = "unclosed-code-fence"
    severity = Severity.WARNING

    def check(self, card: Card) -> Iterator[Finding]:
        for nested in nested_openers(card):
            opener = card.lines[nested.line - 1]
            yield self.finding(
                Span(nested.line, 1, nested.line, len(opener) + 1),
                f"the code block opened at line {nested.line} holds line {nested.opener} "
                f'("{card.lines[nested.opener - 1].strip()}"), which was meant to open the next block: the closing '
                f"{nested.fence} before it is missing, so lines {nested.line + 1}-{nested.end_line - 1} show as one "
                f"block of code, the text before line {nested.opener} included",
                help=f"add a line {nested.fence} before line {nested.opener}",
                opener=nested.opener,
            )
        for found in unclosed_fences(card):
            opener = card.lines[found.line - 1]
            message = (
                f"the code block opened at line {found.line} is never closed, so the rest of the card (lines "
                f"{found.line + 1}-{found.end_line}) shows as code"
            )
            if found.headings:
                titles = [f'"{clean_title(text)}"' for _, _, text in found.headings[:3]]
                more = f" and {len(found.headings) - 3} more" if len(found.headings) > 3 else ""
                message += f", headings included ({', '.join(titles)}{more})"
            elif found.labels:
                shown = [f'"{clean_title(text)}"' for _, text in found.labels[:3]]
                more = f" and {len(found.labels) - 3} more" if len(found.labels) > 3 else ""
                what = "the bold labels that stand for headings" if len(found.labels) > 1 else (
                    "a bold label that stands for a heading")
                message += f", {what} included ({', '.join(shown)}{more})"
            if found.tails:
                help_text = (
                    f"line {found.tails[0]} ends with {found.fence}, but a closing fence must be on a line of its "
                    f"own: put it on the next line"
                )
            elif found.openers:
                help_text = (
                    f"line {found.openers[0]} opens another code block, so a closing {found.fence} is probably "
                    "missing before it: add it after the first block's last line of code"
                )
            else:
                help_text = f"add a line {found.fence} after the block's last line of code"
            yield self.finding(
                Span(found.line, 1, found.line, len(opener) + 1),
                message + "; readers see none of it as the card's text",
                help=help_text,
                headings=[text for _, _, text in found.headings],
                labels=[text for _, text in found.labels],
            )
