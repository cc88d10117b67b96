"""Reading a card's bytes into text, or saying clearly why it cannot be read."""

from __future__ import annotations

from pathlib import Path

from ..diagnostics import Span

BOM = "\ufeff"


class SourceError(Exception):
    """The input cannot be linted: unreadable, binary, or not UTF-8."""

    def __init__(self, message: str, span: Span | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.span = span or Span.at(1, 1)


class Source:
    """A card's text.

    ``raw`` is the decoded file exactly (a byte-order mark kept, line endings
    as written): the front-matter search runs on it, as the Hub's does.
    ``text`` has the mark removed and every line ending turned into ``\\n``;
    all positions refer to it, and its lines are the file's lines.
    """

    __slots__ = ("path", "raw", "text", "bom")

    def __init__(self, path: str, raw: str, text: str, bom: bool) -> None:
        self.path = path
        self.raw = raw
        self.text = text
        self.bom = bom

    @classmethod
    def from_text(cls, raw: str, path: str = "<text>") -> Source:
        bom = raw.startswith(BOM)
        text = raw[1:] if bom else raw
        if "\r" in text:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        return cls(path, raw, text, bom)

    @classmethod
    def from_bytes(cls, data: bytes, path: str) -> Source:
        nul = data.find(b"\0")
        if nul >= 0:
            raise SourceError(
                "not a text file: it contains NUL bytes, so it is binary or UTF-16",
                _byte_span(data, nul),
            )
        try:
            raw = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise SourceError(
                f"not valid UTF-8: byte 0x{data[exc.start]:02x} cannot be decoded; "
                "the Hub reads cards as UTF-8, so re-save the file in that encoding",
                _byte_span(data, exc.start),
            ) from None
        return cls.from_text(raw, path)


def _byte_span(data: bytes, offset: int) -> Span:
    line_start = max(data.rfind(b"\n", 0, offset), data.rfind(b"\r", 0, offset)) + 1
    line = data.count(b"\n", 0, offset) + 1
    column = len(data[line_start:offset].decode("utf-8", "replace")) + 1
    return Span.at(line, column, 1)


def read_source(path: Path, display: str) -> Source:
    """Read one file; raise SourceError with a one-sentence reason."""
    try:
        data = path.read_bytes()
    except IsADirectoryError:
        raise SourceError("cannot read: it is a directory") from None
    except FileNotFoundError:
        raise SourceError("cannot read: no such file") from None
    except PermissionError:
        raise SourceError("cannot read: permission denied") from None
    except OSError as exc:
        raise SourceError(f"cannot read: {exc.strerror or exc}") from None
    return Source.from_bytes(data, display)
