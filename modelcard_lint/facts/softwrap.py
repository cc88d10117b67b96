"""A paragraph's soft-wrapped lines read as the one line Markdown shows.

Hand-written cards wrap their sentences at 80 or 100 columns: "A recurrent spiking neural network for odor
identity\\nclassification in Drosophila". A statement read within a line ("a network for ... classification")
then misses every sentence that a wrap cuts. A line continues the one before it when the two are neighbours,
the earlier one does not end a sentence or a label (``.``, ``:``, ``!``, ``?``) and the later one goes on in
lower case, or with a link or a number after a word in lower case ("it is recommended to use\n[bart-large-mnli](...)",
"errors with\n~24% abstention"), or with an aside in brackets that opens in lower case ("(a multilingual version
of RoBERTa)"), or whatever follows a word no sentence ends with ("including\nGrounded ..."): not a list item, a
label, a quote or a new sentence, which keep their own lines (and the line starts that the statements anchor on).
"""

from __future__ import annotations

from collections.abc import Iterable

_ENDS = (".", ":", "!", "?", "。", "：", "！", "？")


_NUMBER_STARTS = frozenset("0123456789~")
_GOES_ON = frozenset({"a", "an", "the", "of", "and", "or", "with", "to", "for", "in", "on", "including", "such", "as",
                      "like", "by", "from", "into", "via", "is", "are", "was", "were", "its", "their", "our"})


def unwrapped(lines: Iterable[tuple[int, str]]) -> str:
    """The lines (number, text) joined with newlines, each soft wrap inside a sentence joined with a space."""
    out: list[str] = []
    last = -1
    for number, line in lines:
        head = line.lstrip(" \t")
        if (out and number == last + 1 and (end := out[-1].rstrip(" \t*_")) and not end.endswith(_ENDS)
                and ((head[:1].islower() and head[:1].isascii())
                     # (or a link that goes on a sentence cut after a word: "it is recommended to use\n[bart-...](...)")
                     or (head[:1] == "[" and end[-1:].islower() and end[-1:].isascii())
                     # (or a number that goes on a sentence cut after a word: "off-branch errors** with\n~24%")
                     or (head[:1] in _NUMBER_STARTS and end[-1:].islower() and end[-1:].isascii())
                     # (or an aside in brackets that opens in lower case: 'version of "xlm-roberta-base"\n(a
                     # multilingual version of RoBERTa)\nusing ...', "dataset\n(https://...)"; not a mark, "(a)")
                     or (head[:1] == "(" and head[1:2].islower() and head[1:2].isascii() and head[2:3] != ")")
                     # (or any line after a word no sentence ends with: "capabilities including\nGrounded Conversation
                     # Generation (GCG)", "trained on the\nOSCAR corpus")
                     or (head[:1].isalpha() and (tail := end.rsplit(None, 1)) != [] and tail[-1] in _GOES_ON))):
            out[-1] = out[-1].rstrip(" \t") + " " + head
        else:
            out.append(line)
        last = number
    return "\n".join(out)
