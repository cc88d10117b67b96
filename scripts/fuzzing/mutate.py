"""Mutators: small, stackable damage to a real card.

Each mutator takes the text and a ``random.Random`` and returns new text.
They flip characters, delete, duplicate and swap lines, splice in lines of
another card, insert hostile tokens (Unicode line breaks, control
characters, comment and link openers, fences, YAML anchors and tags, long
runs and deep nesting) and truncate.  ``to_bytes`` damages the encoded card
instead, to exercise decoding.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from .generate import LINE_BREAKS, odd_block, scalar

# fmt: off
HOSTILE = (
    "\u2028", "\u2029", "\x85", "\r", "\r\n", "\x00", "\x0b", "\x0c", "\x1b[2J", "\x7f", "\ufeff", "\t", "\u200b",
    "\u202e", "<!--", "-->", "{{", "}}", "{%", "[", "](", "]", "(", ")", "|", "\\|", "---", "\n---\n", "```",
    "\n```\n", "~~~", "&a ", "*a", "!!str ", "!x ", "? ", ": ", "- ", "#", "# ", "\n# ", "\n## ", "<", ">", "`",
    "*", "**", "_", "\\", '"', "'", "<<: *a", "%YAML 1.1\n", "...\n", "&anchor", "!!python/object:os.system",
    "\U0010ffff", "1e300", "1e-300", "nan", "-inf", "achieves the following results:", "More information needed",
    "TODO", "modelcard-lint-disable", "<!-- modelcard-lint-disable -->", "# modelcard-lint-disable-line",
    "[More Information Needed]",
)
# fmt: on
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$")
MAX_RUN = 4000  # long runs stay short in the campaign; the crafted inputs go to 100 KB


def lines_of(text: str) -> list[str]:
    """Lines with their own line breaks (CR, LF, CRLF only, as the linter counts them)."""
    return _LINE.findall(text)


def _spot(rng: random.Random, text: str) -> int:
    return rng.randint(0, len(text))


def flip_chars(text: str, rng: random.Random, other: str) -> str:
    chars = list(text) or [""]
    for _ in range(rng.randint(1, 8)):
        i = rng.randrange(len(chars))
        chars[i] = rng.choice([chr(rng.randint(0, 0x7F)), chr(rng.randint(0x80, 0x3000)), rng.choice(LINE_BREAKS), ""])
    return "".join(chars)


def insert_token(text: str, rng: random.Random, other: str) -> str:
    for _ in range(rng.randint(1, 4)):
        i = _spot(rng, text)
        text = text[:i] + rng.choice(HOSTILE) + text[i:]
    return text


def insert_at_line_start(text: str, rng: random.Random, other: str) -> str:
    lines = lines_of(text) or [""]
    i = rng.randrange(len(lines))
    lines[i] = rng.choice(("---\n", "```\n", "# ", "- ", "> ", "  ", "\t", "<!-- ", "| ", "key: ", "<< ")) + lines[i]
    return "".join(lines)


def delete_lines(text: str, rng: random.Random, other: str) -> str:
    lines = lines_of(text)
    if not lines:
        return text
    i = rng.randrange(len(lines))
    del lines[i : i + rng.randint(1, 3)]
    return "".join(lines)


def duplicate_lines(text: str, rng: random.Random, other: str) -> str:
    lines = lines_of(text)
    if not lines:
        return text
    i = rng.randrange(len(lines))
    chunk = lines[i : i + rng.randint(1, 4)]
    lines[i:i] = chunk * rng.randint(1, 3)
    return "".join(lines)


def swap_lines(text: str, rng: random.Random, other: str) -> str:
    lines = lines_of(text)
    if len(lines) < 2:
        return text
    i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
    lines[i], lines[j] = lines[j], lines[i]
    return "".join(lines)


def splice(text: str, rng: random.Random, other: str) -> str:
    mine, theirs = lines_of(text), lines_of(other)
    if not theirs:
        return text
    a = rng.randrange(len(theirs))
    chunk = theirs[a : a + rng.randint(1, 20)]
    at = rng.randint(0, len(mine))
    return "".join(mine[:at] + chunk + mine[at:])


def truncate(text: str, rng: random.Random, other: str) -> str:
    return text[: _spot(rng, text)]


def long_run(text: str, rng: random.Random, other: str) -> str:
    token = rng.choice(
        (
            "[",
            "](",
            "{{",
            "<!--",
            " ",
            "`",
            "*",
            "|",
            "-",
            "#",
            "<",
            "\\",
            "a",
            "![",
            "**a",
            "{%",
            "<a ",
            "achieves the following results ",
            "\t",
            "0",
            ": ",
        )
    )
    i = _spot(rng, text)
    return text[:i] + token * rng.randint(50, MAX_RUN // len(token)) + text[i:]


def deep_nesting(text: str, rng: random.Random, other: str) -> str:
    depth = rng.randint(20, 600)
    nest = rng.choice(
        (
            lambda: "[" * depth + "]" * depth,
            lambda: "- " * depth + "x",
            lambda: "> " * depth + "x",
            lambda: "".join("  " * d + f"k{d}:\n" for d in range(depth // 4)),
            lambda: "{a: " * depth + "1" + "}" * depth,
            lambda: "<div>" * depth,
            lambda: "  " * depth + "- x",
        )
    )()
    lines = lines_of(text)
    at = rng.randint(0, len(lines))
    return "".join([*lines[:at], nest + "\n", *lines[at:]])


def insert_block(text: str, rng: random.Random, other: str) -> str:
    lines = lines_of(text)
    at = rng.randint(0, len(lines))
    block = odd_block(rng) if rng.random() < 0.7 else f"key{rng.randint(0, 9)}: {scalar(rng)}"
    return "".join([*lines[:at], block + "\n", *lines[at:]])


def line_endings(text: str, rng: random.Random, other: str) -> str:
    return text.replace("\n", rng.choice(("\r\n", "\r", "\u2028", "\n\n")))


MUTATORS: tuple[Callable[[str, random.Random, str], str], ...] = (
    flip_chars,
    insert_token,
    insert_token,
    insert_at_line_start,
    delete_lines,
    duplicate_lines,
    swap_lines,
    splice,
    truncate,
    long_run,
    deep_nesting,
    insert_block,
    insert_block,
    line_endings,
)


def mutate(text: str, rng: random.Random, other: str, rounds: int | None = None) -> str:
    """Apply one to four mutators in a row."""
    for _ in range(rounds or rng.randint(1, 4)):
        text = rng.choice(MUTATORS)(text, rng, other)
    return text


def to_bytes(text: str, rng: random.Random) -> bytes:
    """The card encoded, then a few bytes flipped, dropped or inserted (often no longer UTF-8)."""
    data = bytearray(text.encode("utf-8"))
    for _ in range(rng.randint(1, 4)):
        i = rng.randint(0, len(data))
        op = rng.randrange(3)
        if op == 0 and i < len(data):
            data[i] ^= 1 << rng.randrange(8)
        elif op == 1:
            del data[i : i + rng.randint(1, 3)]
        else:
            data[i:i] = rng.choice((b"\xef\xbb\xbf", b"\xc3", b"\xe2\x80\xa8", b"\x00", b"\xff\xfe", b"\r"))
    return bytes(data)
