"""MC302 control-character."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from ...card import Card
from ...core.rule import Rule
from ...diagnostics import Finding, Severity, Span
from ...facts.lazyre import lazy
from ...facts.mojibake import mojibake

# C0 controls but tab and line breaks, DEL, C1 controls, the Unicode line and paragraph
# separators, and the bidirectional embedding, override and isolate controls
_CONTROL = lazy("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]+")
# the same characters, found faster in the UTF-8 bytes: the C0 controls and DEL by deleting every other
# byte (C code, no regex over each character), the others by their encodings
_NOT_C0 = bytes(sorted(set(range(256)) - {*range(9), 11, 12, *range(14, 32), 127}))
_WIDE = re.compile(rb"\xc2[\x80-\x9f]|\xe2\x80[\xa8-\xae]|\xe2\x81[\xa6-\xa9]")


def has_control(text: str) -> bool:
    """Whether ``text`` holds one of ``_CONTROL``'s characters: ``_CONTROL.search(text) is not None``."""
    if text.isascii():
        return bool(text.encode("ascii").translate(None, _NOT_C0))
    raw = text.encode("utf-8", "surrogatepass")
    return bool(raw.translate(None, _NOT_C0)) or _WIDE.search(raw) is not None


_C0_NAMES = (
    "NUL SOH STX ETX EOT ENQ ACK BEL BS HT LF VT FF CR SO SI DLE DC1 DC2 DC3 DC4 NAK SYN ETB CAN EM SUB ESC "
    "FS GS RS US"
).split()


def describe(char: str) -> str:
    """``U+0000 (NUL)``, ``U+202E (RIGHT-TO-LEFT OVERRIDE)``."""
    code = ord(char)
    if code < 0x20:
        name = _C0_NAMES[code]
    elif code == 0x7F:
        name = "DEL"
    else:
        name = unicodedata.name(char, "a C1 control")
    return f"U+{code:04X} ({name})"


class ControlCharacter(Rule):
    """The text holds an invisible control character: a NUL byte, an escape sequence, a bidirectional override."""

    code = "MC302"
    name = "control-character"
    severity = Severity.WARNING

    def check(self, card: Card) -> Iterator[Finding]:
        if not has_control(card.text):
            return
        first_body_line = card.body_line + 1
        for n, line in enumerate(card.lines, start=1):
            found = list(_CONTROL.finditer(line))
            if not found:
                continue
            # one finding per line, from its first control character to its last: a line of thousands of
            # them (U+2028 between every word) is one thing to fix, not thousands
            start, end = found[0].start(), found[-1].end()
            chars = sorted({c for m in found for c in m.group(0)}, key=ord)
            count = sum(len(m.group(0)) for m in found)
            what = ", ".join(describe(c) for c in chars[:3]) + (" and others" if len(chars) > 3 else "")
            many = count > 1
            span = Span(n, start + 1, n, end + 1)
            fix = None
            if n >= first_body_line:  # in the front matter, deleting it may change a value
                kept = _CONTROL.sub("", line[start:end])
                fix = self.replace(span, kept, f"delete the control character{'s' if many else ''}")
            where = f" ({count} in this line)" if len(found) > 1 else ""
            runs = mojibake(line)
            if runs and all(any(a <= m.start() and m.end() <= b for a, b, _ in runs) for m in found):
                yield self._misread(n, line, runs, what, chars, fix_ok=n >= first_body_line)
                continue
            yield self.finding(
                span,
                f"invisible control character{'s' if many else ''} {what}{where}: the Hub shows nothing here, "
                "but it hides text from readers and reviewers, and breaks tools that read the card",
                help=f"delete {'them' if many else 'it'}; if a character was meant, type it visibly",
                fix=fix,
                characters=[f"U+{ord(c):04X}" for c in chars],
            )

    def _misread(self, n: int, line: str, runs: list[tuple[int, int, str]], what: str, chars: list[str],
                 fix_ok: bool) -> Finding:
        """The control characters are bytes of text that was UTF-8 read as Windows-1252: give the text back."""
        start, end = runs[0][0], runs[-1][1]
        fixed, at = [], start
        for a, b, meant in runs:
            fixed += [line[at:a], meant]
            at = b
        text = "".join(fixed)
        span = Span(n, start + 1, n, end + 1)
        first = runs[0]
        shown = f"`{line[first[0]:first[1]]}` was `{first[2]}`"
        fix = self.replace(span, text, "put back the text that was read in the wrong encoding") if fix_ok else None
        return self.finding(
            span,
            f"invisible control character{'s' if len(chars) > 1 else ''} {what} in text that was UTF-8 read as "
            f"Windows-1252 ({shown}): readers see garbled characters, and deleting the control alone leaves them",
            help=f"replace the garbled text with what it was ({shown})",
            fix=fix,
            characters=[f"U+{ord(c):04X}" for c in chars],
        )
