"""Reading a card's bytes into text, or saying clearly why it cannot be read."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from ..diagnostics import Span

BOM = "\ufeff"


class SourceError(Exception):
    """The input cannot be linted: missing, unreadable, not a regular file, too large, or not UTF-8 text.

    ``help`` says what to do about it; ``span`` is where, when the bytes were read.
    """

    def __init__(self, message: str, span: Span | None = None, help: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.span = span or Span.at(1, 1)
        self.help = help or "only UTF-8 text files can be linted as model cards"


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
        """Decode a card's bytes; raise SourceError for a file that is not UTF-8 text.

        A UTF-8 card with a stray control character (a NUL byte, say) is text with a
        defect, which a rule reports where it is; UTF-16 and UTF-32 text and binary
        files, which do not decode as UTF-8 or are mostly NUL bytes, cannot be linted.
        """
        head = data[:4096]
        wide = _wide_encoding(head)
        if not wide and _binary(head):
            first = next((i for i, b in enumerate(head) if b in _CONTROL_BYTES), 0)
            raise SourceError(
                "not a text file: it holds NUL bytes or mostly control characters, so it is binary",
                _byte_span(data, first),
                help="only UTF-8 text files can be linted as model cards",
            )
        if wide:
            raise SourceError(
                f"not UTF-8: the file is {wide} text; the Hub reads cards as UTF-8",
                help="re-save the file as UTF-8 (without a byte-order mark)",
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


_CONTROL_BYTES = bytes(range(0x09)) + bytes(range(0x0E, 0x20))


def _binary(head: bytes) -> bool:
    """Whether the first bytes are binary: more than a few NULs, or mostly control characters.

    A text with a stray control character is still text, reported by MC302.
    """
    if not head:
        return False
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return head.count(0) * 20 > len(head) or controls * 10 > len(head) * 3


def _mostly_zero(part: bytes) -> bool:
    return part.count(0) * 10 >= len(part) * 9


def _wide_encoding(head: bytes) -> str:
    """"UTF-16" or "UTF-32" when the bytes are text in one of them (with or without a byte-order mark), else ""."""
    if head.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return "UTF-32"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "UTF-16"
    if len(head) < 8 or 0 not in head:
        return ""  # without a NUL byte no unit is mostly zero: UTF-8 text answers here (10 ms over the corpus)
    # text in these encodings is mostly ASCII: one byte of each unit holds the letter, the others are NUL
    units = [head[i::4] for i in range(4)]
    for letter in (0, 3):
        if not _mostly_zero(units[letter]) and all(_mostly_zero(u) for i, u in enumerate(units) if i != letter):
            return "UTF-32"
    halves = [head[0::2], head[1::2]]
    for letter in (0, 1):
        if not _mostly_zero(halves[letter]) and _mostly_zero(halves[1 - letter]):
            return "UTF-16"
    return ""


#: the default of the ``max-file-size`` setting: the largest real cards are well under 1 MB
MAX_FILE_SIZE = 5 * 1024 * 1024


def read_source(path: Path, display: str, max_size: int = MAX_FILE_SIZE) -> Source:
    """Read one regular file of at most ``max_size`` bytes; raise SourceError with a one-sentence reason.

    A FIFO, a device or a socket is refused before a byte is read (reading one may never
    end), and no more than ``max_size`` bytes are read, whatever the file claims.
    """
    try:
        # O_NONBLOCK: opening a FIFO that has no writer would otherwise wait forever
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise SourceError("cannot read: no such file", help="check the path") from None
    except IsADirectoryError:
        raise SourceError("cannot read: it is a directory", help="name a card file, or a folder to search") from None
    except PermissionError:
        raise SourceError("cannot read: permission denied", help="check the file's permissions") from None
    except OSError as exc:
        raise SourceError(f"cannot read: {exc.strerror or exc}", help="check the path") from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise SourceError("cannot read: it is a directory", help="name a card file, or a folder to search")
        if not stat.S_ISREG(info.st_mode):
            raise SourceError(
                f"cannot read: it is not a regular file but {_file_kind(info.st_mode)}",
                help="lint card files; pipe a card's text into `modelcard-lint -` instead",
            )
        if info.st_size > max_size:
            raise _too_large(info.st_size, max_size)
        chunks, total = [], 0
        while True:
            chunk = os.read(fd, min(1 << 20, max_size + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > max_size:  # the file grew while it was read
                raise _too_large(total, max_size)
    except OSError as exc:
        raise SourceError(f"cannot read: {exc.strerror or exc}", help="check the file") from None
    finally:
        os.close(fd)
    return Source.from_bytes(b"".join(chunks), display)


def _too_large(size: int, limit: int) -> SourceError:
    return SourceError(
        f"not linted: the file is {_size(size)}, more than the {_size(limit)} of `max-file-size`; "
        "real model cards are far smaller, so this is probably not a card",
        help="exclude the file, or raise `max-file-size` in the configuration",
    )


def _size(n: int) -> str:
    if n < 1024:
        return f"{n} bytes"
    if n < 1024 * 1024:
        return f"{n / 1024:.1f} KiB"
    return f"{n / (1024 * 1024):.1f} MiB"


def _file_kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a special file"
