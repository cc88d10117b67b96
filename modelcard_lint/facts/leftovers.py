"""What card generators and templates leave in a card's text, found in linear time: HTML comments,
template variables (``{{ ... }}``, ``{% ... %}``), and the note a generated card opens with ("This model
card has been generated automatically according to the information the Trainer had access to ... then
remove this comment.") with the tool that wrote it."""

from __future__ import annotations

import re
from collections.abc import Iterator

_NOTE_START = re.compile(r"this model card has been generated automatically", re.I)
_NOTE_END = re.compile(r"remove this comment", re.I)
_NOTE_WRITER = re.compile(r"information ((?:the )?\w+(?: \w+)?) had access to", re.I)


def html_comments(text: str) -> list[tuple[int, int]]:
    """(start, end) of every HTML comment, as ``re.finditer(r"<!--.*?-->", text, re.S)`` finds them.

    Each ``-->`` is looked for once: the regex looks for it from every ``<!--``, so an
    unclosed ``<!--`` repeated took quadratic time.
    """
    out = []
    start = text.find("<!--")
    while start >= 0:
        close = text.find("-->", start + 4)
        if close < 0:
            break
        out.append((start, close + 3))
        start = text.find("<!--", close + 3)
    return out


def template_variables(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every ``{{ ... }}`` and ``{% ... %}`` within one line.

    What ``re.finditer(r"\\{\\{.*?\\}\\}|\\{%.*?%\\}", text)`` finds, in linear time: the
    regex looks for the closing braces from every opening one, to the end of the line.
    The next ``}}``, ``%}`` and line break are remembered until the scan passes them.
    """
    ends = {"{": -1, "%": -1}  # the next "}}" / "%}" at or after where it was last looked for
    newline = -1
    pos = 0
    while True:
        i = text.find("{", pos)
        if i < 0:
            return
        mark = text[i + 1 : i + 2]
        if mark in ends:
            if newline < i + 2:
                newline = text.find("\n", i + 2)
                if newline < 0:
                    newline = len(text)
            close = ends[mark]
            if close < i + 2:
                close = ends[mark] = text.find("}}" if mark == "{" else "%}", i + 2)
                if close < 0:
                    close = ends[mark] = len(text)
            if close < newline:
                yield i, close + 2
                pos = close + 2
                continue
        pos = i + 1


def note_writer(note: str) -> str:
    """Who wrote the generated-card note, by its own words: the transformers Trainer ("the information the
    Trainer had access to"), a training script (diffusers: "the training script"), or the Keras callback."""
    m = _NOTE_WRITER.search(note)
    who = m.group(1).strip() if m else "Trainer"
    return "Keras callback" if who.lower() == "keras" else who.removeprefix("the ").removeprefix("The ")


def is_generated_note(comment: str) -> bool:
    """Whether an HTML comment's text is the generated-card note."""
    m = _NOTE_START.search(comment)
    return m is not None and _NOTE_END.search(comment, m.end()) is not None
