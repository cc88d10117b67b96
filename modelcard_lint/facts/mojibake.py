"""Text that was UTF-8 read as Windows-1252 (mojibake), around a C1 control character: "â–\x81modeling" is
"▁modeling" (the SentencePiece word mark, U+2581, bytes E2 96 81) whose third byte, undefined in Windows-1252, was
kept as the control U+0081. Reading the characters back as the bytes they were decoded from, and those bytes as
UTF-8, gives the text the author meant."""

from __future__ import annotations

from .lazyre import lazy

# the characters Windows-1252 gives the bytes 0x80-0x9F (Latin-1 gives the rest of 0x80-0xFF, and the C1 controls
# stand for the bytes Windows-1252 leaves undefined)
_CP1252 = {bytes([b]).decode("cp1252"): b for b in range(0x80, 0xA0) if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}
_RUN = lazy("[\u0080-\u00ff" + "".join(sorted(c for c in _CP1252 if ord(c) > 0xFF)) + "]+")
_C1 = lazy("[\u0080-\u009f]")


def repaired(run: str) -> str | None:
    """The text ``run`` (characters of Windows-1252's upper half) was before it was misread, or None when its bytes
    are no UTF-8 or it holds no C1 control (an "é" of its own is no mojibake)."""
    if _C1.search(run) is None:
        return None
    raw = bytes(_CP1252.get(c, ord(c)) for c in run)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return text if text != run else None


def mojibake(line: str) -> list[tuple[int, int, str]]:
    """``(start, end, meant)`` of each run of misread characters in ``line`` that holds a C1 control."""
    out = []
    for m in _RUN.finditer(line):
        meant = repaired(m.group(0))
        if meant is not None:
            out.append((m.start(), m.end(), meant))
    return out
