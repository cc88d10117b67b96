"""Fill-ins a template leaves for its author to replace: a bracketed field addressed to them ("<YOUR AUROC>",
"[Your Name]", "{your_username}") and a user name never written into an address
("https://github.com/USERNAME/tiny-sql-gpt"). Found by their shape: brackets around "your", "insert" or "enter"
and a word, or the name fields of an address; not in inline code, where a card tells its reader what to type
("replace `your-username` with your Hub name"), nor as a command's argument ("--voice=<your_subdirectory_name>").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..card.yamlnode import Node
from .anchors import lower
from .lazyre import lazy

# (tried where a bracket stands before one of its words; the brackets must pair, and a bracket's text followed by
# "(" is a link's: "[your own runs](...)")
_BRACKETED = lazy(r"[<\[{](?:your|insert|enter)[ _-][^<>\[\]{}\n]{1,40}[>\]}](?!\()", re.I)
_PAIRS = {"<": ">", "[": "]", "{": "}"}
# a user or organisation never named, in an address: "github.com/USERNAME/repo", "huggingface.co/your-username/x"
_IN_ADDRESS = lazy(r"(?<=/)(?:(?-i:(?:YOUR[_-])?(?:HF[_-])?USERNAME)|your[_-]?(?:hf[_-])?(?:user(?:name)?|"
                   r"org(?:ani[sz]ation)?|name|repo))(?=/)", re.I)


_OPTION = lazy(r"(?<![\w-])--?[A-Za-z][\w-]*(?:=|[ \t]+)\Z")
_OPENERS = tuple(f"{b}{w}" for b in "<[{" for w in ("your", "insert", "enter"))
_WORDS = ("your", "insert", "enter", "username")  # one of them in every fill-in
TOKEN = 300  # characters of an address read around a user name's word


def fill_ins(text: str, low: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each fill-in of ``text`` (``low`` its lower case) outside inline code, in order: the text is
    read once for each of the words a fill-in holds, and the shapes are tried only where a bracket or a slash stands
    before one."""
    if len(low) != len(text):
        low = lower(text)  # (a letter whose lower case is longer, "İ": offsets kept)
    spans = []
    for i in _each(low, _WORDS):
        before = low[i - 1] if i else ""
        if before in _PAIRS and (m := _BRACKETED.match(text, i - 1)) is not None and _PAIRS[before] == m.group()[-1]:
            spans.append(m.span())
        elif before in "/_-" and i and low.startswith(("your", "username"), i):
            # (a user name's word in an address: "https://github.com/USERNAME/tiny-sql-gpt")
            # the word the name stands in (read at most TOKEN characters each way, however long the line)
            lo, hi = max(0, i - TOKEN), min(len(text), i + TOKEN)
            start = max(text.rfind(" ", lo, i), text.rfind("\n", lo, i), lo - 1) + 1
            end = min((j for j in (text.find(" ", i, hi), text.find("\n", i, hi)) if j >= 0), default=hi)
            token = text[start:end]
            if "://" in token or "](" in token:
                spans += (m.span() for m in _IN_ADDRESS.finditer(text, max(start, i - 12), min(end, i + 40)))
    # (whether each stands between backticks on its line, counted once along the text: linear however many there are)
    counted, ticks = 0, 0
    for start, end in sorted(set(spans)):
        newline = text.rfind("\n", counted, start)  # (only the text since the last one is read)
        if newline >= 0:
            counted, ticks = newline + 1, 0
        ticks += text.count("`", counted, start)
        counted = start
        # (nor a command's argument, which the reader types: "Run tortoise utilities with --voice=<your_subdirectory>")
        if ticks % 2 == 0 and _OPTION.search(text[max(0, start - 60) : start]) is None and not _in_format(
                text, start, end) and not _beside_a_slot(text, start, end):
            yield start, end


# a prompt's slot for a party of the chat or what it writes, filled at run time: "<CHAR NAME>", "{USER}", "[INPUT]"
_ROLE = r"(?-i:(?:CHAR|CHARACTER|USER|BOT|ASSISTANT|AI|HUMAN|SYSTEM|PROMPT|INPUT|QUERY|QUESTION|INSTRUCTION|MESSAGE)"
_ROLE += r"(?:[ _-]?(?:NAME|PROMPT|MESSAGE|INPUT))?)"
_SLOT = {"<": lazy(rf"<{_ROLE}>"), "[": lazy(rf"\[{_ROLE}\](?!\()"), "{": lazy(rf"\{{{_ROLE}\}}")}


def _beside_a_slot(text: str, start: int, end: int) -> bool:
    """Whether the fill-in's line holds, in its brackets, a slot of a chat's party or input: a prompt template the user
    fills when running the model ("Write <CHAR NAME>'s next reply in a chat between <YOUR NAME> and <CHAR NAME>")."""
    slot = _SLOT.get(text[start])
    if slot is None:
        return False
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    return slot.search(text, line_start, line_end if line_end >= 0 else len(text)) is not None


def _in_format(text: str, start: int, end: int) -> bool:
    """Whether the fill-in stands in a quoted input format with more in it, a slot the reader fills when using the
    model: 'write "gec: [YOUR SENTENCE HERE]"' (a quoted "[Your Name]" alone is still the author's to fill)."""
    line_start = max(text.rfind("\n", max(0, start - 200), start) + 1, start - 200)
    before = text[line_start:start]
    if before.count('"') % 2 == 0:
        return False
    close = text.find('"', end, end + 200)
    inside = before[before.rfind('"') + 1 :] + text[end:close]
    return close >= 0 and "\n" not in text[end:close] and bool(inside.strip())


def _each(low: str, needles: tuple[str, ...]) -> Iterator[int]:
    """Where each of ``needles`` stands in ``low``, needle by needle (``str.find`` reads a text faster than a
    regular expression or the anchors' automaton, which copies it, for a few words)."""
    for needle in needles:
        i = low.find(needle)
        while i >= 0:
            yield i
            i = low.find(needle, i + 1)


def may_hold_fill_ins(text: str) -> bool:
    """Whether ``text`` (a front matter's YAML) may hold a bracketed fill-in or a template's value: a cheap test before
    its values are walked."""
    low = text.lower()
    return any(o in low for o in _OPENERS) or "array of" in low or "valid license identifier" in low or (
        "iso 639-1 code for" in low) or "??" in low or "x.x" in low


# keys whose values are templates a user fills when running the model, not the author when writing the card:
# TheBloke's `prompt_template: "... Write <CHAR NAME>'s next reply in a chat between <YOUR NAME> and <CHAR NAME>"`
_RUN_TIME_KEYS = frozenset({"prompt_template", "chat_template", "system_prompt", "prompt_format"})


# the values the Hub's first model card template (2020-2021) gave its metadata, for the author to replace
_TEMPLATE_VALUES = frozenset({"array of tags", "array of dataset identifiers", "array of metric identifiers",
                              "any valid license identifier", "list of iso 639-1 code for your language",
                              "url to a thumbnail used in social sharing"})


# a score left as marks where its digits belong: `value: ???`, `value: XX.XX`
_SCORE_MARK = lazy(r"(?:\?{2,}|\?+[.,]\?+|[xX]{1,3}[.,][xX]{1,4})[ \t]*%?")


def metadata_fill_ins(meta: Node | None) -> Iterator[Node]:
    """The metadata's string values that hold a bracketed fill-in (``value: <YOUR AUROC>`` in model-index), or a value
    of the Hub's first template (``- array of metric identifiers``), not those of a prompt template (its slots are
    filled at run time)."""
    stack = [meta] if meta is not None else []
    while stack:
        node = stack.pop()
        if node.is_scalar:
            if node.is_str and isinstance(node.value, str) and (any(
                    _PAIRS[m.group()[0]] == m.group()[-1] for m in _BRACKETED.finditer(node.value))
                    or node.value.strip().lower() in _TEMPLATE_VALUES or _SCORE_MARK.fullmatch(node.value.strip())):
                yield node
        elif node.is_map:
            stack.extend(v for k, v in reversed(list(node.items())) if k not in _RUN_TIME_KEYS)
        elif node.is_seq:
            stack.extend(reversed(list(node)))


def filled_below(text: str, start: int, end: int) -> bool:
    """Whether the fill-in at ``text[start:end]`` points below itself ("[Insert the expected release date below]") and
    the next line that is not blank holds text that is not a heading: the value was written where it pointed."""
    if "below" not in text[start:end].lower():
        return False
    eol = text.find("\n", end)
    if eol < 0:
        return False
    after = text[eol + 1 : eol + 400].lstrip("\n \t")
    line = after.split("\n", 1)[0].strip()
    return bool(line) and not line.startswith("#")


# a heading put in a comment: "<!--- ## Evaluation Results -->"
_HIDDEN_HEADING = lazy(r"[ \t]*<!--+[ \t]*#{1,6}[ \t]")


def under_hidden_heading(lines: list[str], line: int) -> bool:
    """Whether the nearest line above ``line`` (1-based) that is not blank is a heading put in a comment: a template's
    comment under it belongs to a section the author hid, heading and all, not to the section above."""
    k = line - 2
    while k >= 0 and not lines[k].strip():
        k -= 1
    return k >= 0 and _HIDDEN_HEADING.match(lines[k]) is not None

