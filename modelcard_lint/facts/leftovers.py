"""What card generators and templates leave in a card's text, found in linear time: HTML comments,
template variables (``{{ ... }}``, ``{% ... %}``), and the note a generated card opens with ("This model
card has been generated automatically according to the information the Trainer had access to ... then
remove this comment.") with the tool that wrote it."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache

from ..hub.lists import load_set
from .lazyre import lazy

_NOTE_START = lazy(r"this model card has been generated automatically", re.I)
_NOTE_END = lazy(r"remove this comment", re.I)
_NOTE_WRITER = lazy(r"information ((?:the )?\w+(?: \w+)?) had access to", re.I)


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


_INCLUDE = lazy(r"\{%-?[ \t]*include(?:_relative)?[ \t]")


def template_variables(text: str, code: str = "") -> Iterator[tuple[int, int]]:
    """(start, end) of every template variable left in ``text``: a ``{{ ... }}`` or ``{% ... %}`` within one line that
    has a name ("{{ model_name }}", "{% if x %}"; not set notation, "{{0}}", "{{}}"), not in inline code (a prompt
    template's slot for the reader: "`\n{{caption}}, facing the camera ...\n`", a code span over lines), nor a turn's
    marker that opens lines of a transcript. ``code`` is the text of the card's code blocks, where a prompt template's
    arguments may be shown."""
    # (not a static site's include of a part of its page, which a Jekyll page of a model holds on purpose: "{% include
    # programmingLanguageSelectScalaPythonNLU.html %}")
    found = [(a, b) for a, b in _unquoted(text, _braces(text)) if any(c.isalpha() for c in text[a + 2 : b - 2])
             and not _INCLUDE.match(text, a, b)]
    # (nor a turn's marker in a transcript, which the tool that ran it fills at each turn: a variable that opens two
    # lines or more, the turn's text after it, "{{[INPUT]}} You order black coffee", "{{[OUTPUT]}} "Black coffee," ...")
    turns: dict[str, int] = {}
    for a, b in found:
        j = a
        while j > 0 and text[j - 1] in " \t":
            j -= 1
        if (j == 0 or text[j - 1] == "\n") and text[b : b + 80].split("\n", 1)[0].strip():
            turns[text[a:b]] = turns.get(text[a:b], 0) + 1
    kept = [(a, b) for a, b in found if turns.get(text[a:b], 0) < 2]
    # (or a name in capitals between single braces, as sentence-transformers' template leaves "{MODEL_NAME}": in a
    # heading, "# {MODEL_NAME}", as a whole quoted string, "SentenceTransformer('{MODEL_NAME}')", or as a value after
    # "=", as in its link to the benchmark, "https://seb.sbert.net?model_name={MODEL_NAME}"; not a shell's
    # "${MODEL_PATH}" nor an f-string's "f'{MODEL_NAME}'"; in code, only a slot that names the model or its
    # repository: "RoleName='{IAM_ROLE_WITH_SAGEMAKER_PERMISSIONS}'" is the reader's to fill, not the author's)
    if "{" in text and _SLOT_START.search(text) is not None:  # (a quick look for one first: most cards hold none)
        for m in _NAME_SLOT.finditer(text):
            a, b = m.span("slot")
            if (m.group("quote") is None or text[b : b + 1] == m.group("quote")) and (
                    text[a - 1] not in "'\"=" or "MODEL" in m.group("slot") or "REPO" in m.group("slot")):
                kept.append((a, b))
    # (or a name in lower case between single braces, in prose, as the XLSR fine-tuning week's template leaves "on the
    # {language} test data" and stable-baselines3's "a {algo} agent playing {environment}"; not within a string on
    # its line, a prompt's "question: {question}" or an f-string's, nor LaTeX's "\documentclass[varwidth]{standalone}")
    if "{" in text:
        # (nor one beside an escape, as a prompt's format is written out in prose: "We recommend using
        # {instruction}\\n{input}", "{question}\\nPlease reason step by step"; a generator writes no escapes)
        lower = [span for m in _LOWER_SLOT.finditer(text) if not _in_string(text, (span := m.span())[0])
                 and not _escaped(text, span) and not _in_html_code(text, span[0])
                 # (nor one an instruction names as what to replace: "remember to also replace {wer_result_on_test}")
                 and not _NAMED_TO_REPLACE.search(text, max(0, span[0] - 12), span[0])]
        # (nor an argument of a prompt template the card shows in a code block, named in the prose that explains it:
        # "where {file_name}, {file_content} and {question} are arguments" over "[file name]: {file_name} ...")
        shown = code if lower else ""
        fields = _formats_fields(text) if lower else set()
        kept += (span for span in lower if not _a_templates_slot(shown, text[span[0] : span[1]])
                 and span[0] not in fields)
        # (but within a string, the whole name of the model the code loads: the same template's evaluation code,
        # `Wav2Vec2ForCTC.from_pretrained("{model_id}")`, which fails when run; not an f-string's `f"{model_id}"`)
        if "from_pretrained(" in text:
            kept += (m.span("slot") for m in _LOADED_SLOT.finditer(text))
    yield from sorted(kept)


# a table's value that is its row's label in capitals, as a generator's template names it, never filled in:
# "| Short tweets | SHORT_TWEETS |" (huggingtweets); not a value of its own in capitals, "| SKU | STANDARD_ND40RS_V2 |"
_ROW_SLOT = lazy(r"^[ \t]*\|[ \t]*([A-Za-z][A-Za-z0-9 \t]{1,60}?)[ \t]*\|"
                 r"[ \t]*(?P<slot>[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)[ \t]*\|[ \t]*$", re.M)


def row_slots(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every table value left as its row's label in capitals ("| Short tweets | SHORT_TWEETS |")."""
    for m in _ROW_SLOT.finditer(text):
        if "_".join(m.group(1).split()).upper() == m.group("slot"):
            yield m.span("slot")


_LOADED_SLOT = lazy(r"from_pretrained\([ \t]*(['\"])(?P<slot>\{[a-z]{3,}(?:_[a-z]+)*\})\1")
_NAMED_TO_REPLACE = lazy(r"\breplace[ \t]+(?:the[ \t]+)?\Z", re.I)


STRING_REACH = 300
# (three letters at least: "{a}" is a set's element)
# (the brace first, the character before it looked at after it: a pattern that opens with a look-behind is tried at
# every character of the text, one that opens with a literal only where it stands, twenty times faster)
_LOWER_SLOT = lazy(r"\{(?<![\\$}\]\w^_{`'\"]\{)[a-z]{3,}(?:_[a-z]+)*\}(?![}\w])")


# a slot after its field's label: "Human:{input}", "passage: {positive}"
_LABELLED_SLOT = lazy(r"\w[ \t]*:[ \t]*(?P<slot>\{[a-z]{3,}(?:_[a-z]+)*\})")


def _formats_fields(text: str) -> set[int]:
    """Where the slots start that are fields of a format a line shows, two or more slots on it each after its label ("in
    the format of Human:{input}\\n\\nAssistant:{output}", "(query: {query}, passage: {positive})"): the reader's to
    fill, not a generator's leftover ("Language: {language}" alone on its line still is one). Read once for the text."""
    by_line: dict[int, list[int]] = {}
    line, seen = -1, 0  # (the newline before each match, looked for only since the previous match: linear)
    for m in _LABELLED_SLOT.finditer(text):
        line = max(line, text.rfind("\n", seen, m.start()))
        seen = m.end()
        by_line.setdefault(line, []).append(m.start("slot"))
    return {at for starts in by_line.values() if len(starts) >= 2 for at in starts}


def _a_templates_slot(code: str, slot: str) -> bool:
    """Whether ``slot`` stands in ``code`` as a slot of a longer template, not as a whole quoted string: a leftover
    the code would run with (`gym.make('{environment}')`) is not a template shown to the reader."""
    at = code.find(slot)
    while at >= 0:
        before, after = code[at - 1 : at], code[at + len(slot) : at + len(slot) + 1]
        if not (before and before in "'\"" and after == before):
            return True
        at = code.find(slot, at + 1)
    return False


def _escaped(text: str, span: tuple[int, int]) -> bool:
    """Whether an escape sequence (a backslash and a letter, "\\n") stands beside the slot at ``span``: a prompt's
    format written out ("{instruction}\\n{input}", "{question}\\nPlease reason step by step")."""
    a, b = span
    return text[a - 2 : a] in _ESCAPES or text[b : b + 2] in _ESCAPES


_ESCAPES = frozenset({"\\n", "\\t", "\\r"})


def _in_html_code(text: str, at: int) -> bool:
    """Whether ``at`` stands inside an HTML ``<pre>`` or ``<code>`` element opened earlier on its line (a prompt
    template in a table's cell: "| <pre>...{system}...{prompt}...</pre> |"; read at most ``HTML_REACH`` back)."""
    start = max(text.rfind("\n", max(0, at - HTML_REACH), at) + 1, at - HTML_REACH)
    opened = max(text.rfind("<pre>", start, at), text.rfind("<code>", start, at))
    return opened >= 0 and max(text.rfind("</pre>", opened, at), text.rfind("</code>", opened, at)) < 0


HTML_REACH = 2000


def _in_string(text: str, at: int) -> bool:
    """Whether ``at`` stands within a quoted string or inline code on its line (read at most ``STRING_REACH``
    characters back, so that a line of thousands of slots is read in linear time): a quote opens one where no letter
    stands before it (an apostrophe in "model's" opens none)."""
    start = max(text.rfind("\n", max(0, at - STRING_REACH), at) + 1, at - STRING_REACH)
    open_quote = ""
    for i in range(start, at):
        c = text[i]
        if open_quote:
            open_quote = "" if c == open_quote else open_quote
        elif c in "\"`" or (c == "'" and (i == start or not text[i - 1].isalnum())):
            open_quote = c
    return bool(open_quote)


_SLOT_START = lazy(r"\{[A-Z][A-Z0-9]*_")
_NAME_SLOT = lazy(r"(?:^[ \t]*#+[ \t]*|(?<![\w$`{])(?P<quote>['\"])|(?<==))"
                  r"(?P<slot>\{[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\})(?!\})", re.M)


def _unquoted(text: str, spans: Iterator[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """The spans (in the text's order) not inside inline code: an even number of backticks between the paragraph's
    start and the span's. The paragraph breaks and the backticks are each read once (looking back from every span
    took quadratic time on a paragraph of thousands of variables)."""
    para, next_break = -1, text.find("\n\n")
    ticks, upto = 0, 0
    for a, b in spans:
        moved = False
        while next_break >= 0 and next_break + 2 <= a:  # the last break that ends before the span
            para, next_break, moved = next_break, text.find("\n\n", next_break + 1), True
        if moved:
            ticks, upto = 0, para + 1
        ticks += text.count("`", upto, a)
        upto = max(upto, a)
        if ticks % 2 == 0:
            yield a, b


def _braces(text: str) -> Iterator[tuple[int, int]]:
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


def data_writer(writers: Iterable[str]) -> str:
    """Who wrote "an unknown dataset", by the writers of the card's generated-card notes: the Keras callback when one
    of them is, else the Trainer."""
    return "Keras callback" if "Keras callback" in writers else "Trainer"


def is_generated_note(comment: str) -> bool:
    """Whether an HTML comment's text is the generated-card note."""
    m = _NOTE_START.search(comment)
    return m is not None and _NOTE_END.search(comment, m.end()) is not None


# a comment that tells the card's author what to write, as other generators' templates leave them
# (sentence-transformers: "Describe your model here"): an imperative verb first, a short sentence
_INSTRUCTION = lazy(
    r"[-#*> ]*(?:(?:TODO|FIXME)[ :]*)?(?:describe|provide|add|write|fill[ -]in|explain|insert|give|include|enter|"
    r"replace|mention|specify|summari[sz]e|state|adapt|update|paste|document)\b",
    re.I,
)
INSTRUCTION_WORDS = 40
_SPACES = lazy(r"\s+")


@cache
def _guidance() -> frozenset[str]:
    return frozenset(_SPACES.sub(" ", c).strip().lower() for c in load_set("hf_template_comments"))


def comment_kind(inner: str) -> str | None:
    """What left an HTML comment's text (its spaces made one): "trainer-note", the generated-card note; "guidance", a
    comment of the Hub's template; "instruction", a generator's template's order to the author ("Describe your model
    here"); None, the author's own comment."""
    if is_generated_note(inner):
        return "trainer-note"
    if inner.lower() in _guidance():
        return "guidance"
    if _INSTRUCTION.match(inner) and len(inner.split()) <= INSTRUCTION_WORDS:
        return "instruction"
    return None


# -- TODO, TBD and FIXME: left, or named ------------------------------------------------------------

_LIST_ITEM = lazy(r"[ \t]*(?:[-*+]|\d+[.)])[ \t]+\S")
_MARKER_HEADING = lazy(r"#{1,6}[ \t]+(?:TODO|TBD|FIXME)[ \t:]*#*[ \t]*")
# (the blanks after the #s taken possessively, the topic opening with a word: a run of hundreds of blanks was tried
# split every way between the quantifiers, found by the fuzzer)
_JOINED_HEADING = lazy(r"#{1,6}[ \t]++(?:\w[\w ]{1,39}?[ \t]*(?:\band|&|/|,)[ \t]*(?:TODO|TBD)|(?:TODO|TBD)[ \t]*"
                       r"(?:and\b|&|/|,)[ \t]*[\w ]{2,40}?)[ \t]*#*[ \t]*")
_MARKER = lazy(r"\b(?:TODO|TBD|FIXME)\b")


# a pointer to where the work is listed: "### TODO：见https://github.com/.../issues/42", "TODO: see [the roadmap](...)"
# (its blanks taken possessively: one way to split a run of them, in linear time)
_POINTER = lazy(r"[ \t]*+[:：]?[ \t]*+(?:see|见|見|参见|參見|->|→)[ \t:：]*+(?:https?://|\[[^\]\n]*\]\()", re.I)
_OPEN_QUESTION = lazy(r"[ \t]+(?:whether|if|how|when|which|what|why)\b", re.I)
# the marker used as a noun of a finished sentence, after a determiner and before its end: "A larger independent gold
# set is the top data TODO." (not "TODO." alone, nor "Results: TODO.")
_AS_NOUN = lazy(r"\b(?:the|a|our|my|one|its|their)[ \t]+(?:[\w-]+[ \t]+){0,3}\Z", re.I)
_SENTENCE_END = lazy(r"[*_]{0,2}[.!?,;)]")
_COMMENT_WORD = lazy(r"`?[*_]{0,2}[ \t]*+(?:\n[ \t]*+)?(?:comments?|markers?|tags?|lines?|items?|lists?)\b", re.I)


def marker_mentioned(text: str, start: int, end: int) -> bool:
    """Whether the marker at [start, end) is named, not left: the comments that carry it in a script ("we
    added #TODO comments all over train.py"), the items a roadmap calls so ("deferred as future **TODO** items"), or
    the marker quoted as code (`` `TODO` ``), a pointer to where the work is listed ("TODO：见https://.../issues/42"),
    "TBD" over an open question ("TBD whether it will work with the inference API");
    a "#TODO: replace {language}" left in the text by a template is no mention."""
    quoted = start > 0 and text[start - 1] == "`" and text[end : end + 1] == "`"
    # (or "to be determined" as a word of a sentence, over an open question: "TBD whether it will work with
    # huggingface inference API", a caveat, not a blank)
    question = text[start:end] == "TBD" and _OPEN_QUESTION.match(text, end) is not None
    noun = _SENTENCE_END.match(text, end) is not None and _AS_NOUN.search(text, max(0, start - 60), start) is not None
    return (quoted or question or noun or _COMMENT_WORD.match(text, end) is not None
            or _POINTER.match(text, end) is not None)


def marker_roadmap(text: str, offset: int) -> bool:
    """Whether the marker at ``offset`` is a whole heading ("## TODO") over a list: work still to do,
    published as such, not a placeholder left in place of content."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    end = len(text) if end < 0 else end
    if _JOINED_HEADING.fullmatch(text[start:end].strip()):
        # the marker as a topic beside another one ("### Limitations and TODO") over a written section
        level = len(text[start:end].strip()) - len(text[start:end].strip().lstrip("#"))
        for line in text[end:].split("\n", 12)[1:12]:
            heading = line.lstrip()
            if heading.startswith("#") and len(heading) - len(heading.lstrip("#")) <= level:
                return False  # (the next section: this one held nothing but markers)
            if line.strip() and not _MARKER.search(line):
                return True
        return False
    if not _MARKER_HEADING.fullmatch(text[start:end].strip()):
        return False
    for line in text[end:].split("\n", 8)[1:8]:
        if line.strip():  # the section opens with a list of the work: "- port the model ensemble"
            return _LIST_ITEM.match(line) is not None and "TODO" not in line and "TBD" not in line
    return False


# the Hub template's two sentences under "Recommendations" (the second holds its placeholder)
_TEMPLATE_RECOMMENDATION = lazy(
    r"users\s+\(both\s+direct\s+and\s+downstream\)\s+should\s+be\s+made\s+aware\s+of\s+the\s+risks,\s+biases\s+"
    r"and\s+limitations\s+of\s+the\s+model\.?|more\s+information\s+needed\s+for\s+further\s+recommendations\.?"
    r"|<!--.*?-->", re.I | re.S)
_WORD = lazy(r"[^\W\d_]{2,}")


def recommends_beside(lines: list[str], line: int) -> bool:
    """Whether the section holding ``line`` (1-based) gives recommendations of its own beside the Hub template's
    sentences ("Do not give this model unchecked `sudo` access." above "More information needed for further
    recommendations."): five words or more once the template's sentences and comments are taken out."""
    start = line - 1
    while start > 0 and not lines[start - 1].lstrip().startswith("#"):
        start -= 1
    end = line
    while end < len(lines) and not lines[end].lstrip().startswith("#"):
        end += 1
    own = _TEMPLATE_RECOMMENDATION.sub(" ", "\n".join(lines[start:end]))
    return len(_WORD.findall(own)) >= 5
