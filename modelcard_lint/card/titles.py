"""Headings as a reader sees them: links, tags, markup and emoji removed, in linear time."""

from __future__ import annotations

import re

# emphasis and code markers; an underscore inside a word is a letter of it, as CommonMark reads it
# ("bp_400h_xlsr2_300M" keeps its underscores, "_Results_" loses them)
_MARKUP = re.compile(r"[*`~]+|(?<![^\W_])_++|_++(?![^\W_])")
_SPACES = re.compile(r"\s+")
# emoji, pictographs, dingbats, variation selectors, zero-width joiners
_EMOJI = "[\u2190-\u21ff\u2300-\u27bf\u2b00-\u2bff\ufe0f\u200d\U0001f000-\U0001faff]"  # compiled when first needed
# a bold label that stands for a heading at the start of a line: with a colon inside or right after the bold
# ("**Training data:** SQuAD", "- **Test Result**: 79.1"), alone on its line ("**Intended uses & limitations**"), or
# a run-in heading of a few words that ends with a full stop ("**Caveats I'd want to know.** Trained CLM is ..."), or
# a label whose value is a link ("- **Evaluation** [FastEval-OpenAssistant Overview](https://...)")
BOLD_LABEL = re.compile(r"[ \t]*(?:[-*+][ \t]+)?\*\*(?:([^*\n]{2,60}?)(?::\*\*|\*\*[ \t]*:|\*\*[ \t]*(?:\n|$)"
                        r"|\*\*[ \t]+(?=\[[^\]\n]{1,200}\]\())"
                        r"|(?P<run_in>[^*.\n]{2,40}?)\.\*\*[ \t]+\S)")


def _unlink(text: str) -> str:
    """Links and images replaced by their text: ``re.sub(r"!?\\[([^\\]]*)\\]\\([^)]*\\)", r"\\1", text)``.

    The regex looks for the ``]`` and the ``)`` again from every ``[``, so ``[`` repeated
    took quadratic time; here each is looked for once, and the search stops as soon as
    none is left.
    """
    if "](" not in text:
        return text
    out: list[str] = []
    pos = 0
    close = paren = -1  # the first "]" and ")" at or after where they were last looked for
    i = text.find("[")
    while i >= 0:
        if close <= i:
            close = text.find("]", i + 1)
            if close < 0:
                break
        if text.startswith("(", close + 1):
            if paren <= close:
                paren = text.find(")", close + 2)
                if paren < 0:
                    break
            start = i - 1 if i > pos and text[i - 1] == "!" else i
            out += (text[pos:start], text[i + 1 : close])
            pos = paren + 1
            i = text.find("[", pos)
        else:
            i = text.find("[", i + 1)
    out.append(text[pos:])
    return "".join(out)


def strip_tags(text: str) -> str:
    """HTML tags removed: ``re.sub(r"<[^>]+>", "", text)``, looking for each ``>`` once."""
    if "<" not in text:
        return text
    out: list[str] = []
    pos = 0
    close = -1
    i = text.find("<")
    while i >= 0:
        if close <= i:
            close = text.find(">", i + 1)
            if close < 0:
                break
        if close > i + 1:
            out.append(text[pos:i])
            pos = close + 1
            i = text.find("<", pos)
        else:  # "<>"
            i = text.find("<", i + 1)
    out.append(text[pos:])
    return "".join(out)


def clean_title(text: str) -> str:
    text = _unlink(text)
    text = strip_tags(text)
    text = _MARKUP.sub("", text)
    if not text.isascii():  # (a class of wide ranges takes milliseconds to compile: not for an ASCII title)
        text = re.sub(_EMOJI, "", text)
    return _SPACES.sub(" ", text).strip()
