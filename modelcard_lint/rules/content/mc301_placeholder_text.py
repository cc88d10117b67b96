"""MC301 placeholder-text: text left by a card generator or template."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

from ...card import Card
from ...core.rule import Option, Rule
from ...diagnostics import Finding, Severity, Span
from ...facts.coverage import states_training_data
from ...facts.fillins import fill_ins, filled_below, may_hold_fill_ins, metadata_fill_ins, under_hidden_heading
from ...facts.finetuned import sentences
from ...facts.lazyre import lazy
from ...facts.leftovers import (
    comment_kind,
    data_writer,
    html_comments,
    marker_mentioned,
    marker_roadmap,
    note_writer,
    recommends_beside,
    row_slots,
    template_variables,
)
from ...hub.vocabulary import LOADERS
from . import placeholder_texts as texts

# (kind, a substring that must be present (lower case unless the pattern is case-sensitive), the pattern): cheap first
# Template variables ("jinja") and row slots are found by ``template_variables`` and ``row_slots``, not by a regex.
_INLINE: list[tuple[str, str, re.Pattern[str] | None]] = [
    ("needed", "information needed",
     re.compile(r"(?P<template>\[More Information Needed\])|More information needed", re.I)),
    ("unknown", "own dataset", re.compile(r"\ban unkn?own dataset\b", re.I)),  # (older Trainers wrote "unkown")
    # sentence-transformers' heading for a training or evaluation set it was not told the name of
    # (or, past three sets, the summary of a collapsed block: "<details><summary>Unnamed Dataset</summary>")
    ("unnamed", "Unnamed Dataset", re.compile(r"(?m)(?<=# )Unnamed Dataset(?=[ \t#]*$)|(?<=<summary>)Unnamed Dataset"
                                              r"(?=</summary>)")),
    ("optional", "[optional]", re.compile(r"\[optional\]", re.I)),
    ("jinja", "{", None),
    # a table's value left as the template's name for its row: "| Short tweets | SHORT_TWEETS |"
    ("row-slot", "_", None),
    ("todo", "", re.compile(r"\b(?:TODO|TBD|FIXME)\b")),
    ("lorem", "lorem ipsum", re.compile(r"\blorem ipsum\b", re.I)),
    # a score left as a template writes it: "**Test Result**: XX.XX %", "Exact match: xx.xx%"
    ("score", "x.x", re.compile(r"(?<![\w.])[xX]{1,3}\.[xX]{1,4}(?![\w.])")),
    # or marks where a value or a link belongs: "**Test Result**: ??? %", "- WER: ???", "The script used for
    # training can be found ???" (not a question asked with them: "Why???")
    ("marks", "???", re.compile(r"(?:(?<=[:：][ \t])|(?<=[:：])|(?<=\bfound[ \t])|(?<=\bhere[ \t]))\?{3,}(?![\w?])")),
    # a generator's note to the card's author, shown to every reader: fastai's "Fill out this model card with more
    # information", "Don't forget to delete this content from your model card" (not a reader's "fill out this form")
    ("author-note", "model card", re.compile(
        r"\b(?:fill[ \t]+(?:out|in)|complete|finish)[ \t]+(?:this|the|your)[ \t]+model[ \t]+card\b"
        r"|\b(?:delete|remove)[ \t]+this[ \t]+(?:content|section|text|note|paragraph)[ \t]+from[ \t]+(?:your|this|the)"
        r"[ \t]+model[ \t]+card\b", re.I)),
    # huggingface_hub's template, its summary left as it writes it
    ("summary", "aims to be a base template", re.compile(
        r"This modelcard aims to be a base template for new models\.(?:[ \t]*It has been generated using \[this raw "
        r"template\]\([^)\s]{0,300}\)\.?)?", re.I)),
]
# the patterns of lower-case text that a case-insensitive one reads, searched in the lower-cased text (the word's
# start is looked at behind its first letters: a pattern that opens with a literal is searched for it, fast)
_LOWER_TWINS = {"unknown": re.compile(r"an(?<!\wan) unkn?own dataset\b"), "optional": re.compile(r"\[optional\]"),
                "lorem": re.compile(r"lorem(?<!\wlorem) ipsum\b")}
# a placeholder for the model's name, left as the name the example code loads: "CrossEncoder('model_name')", as a
# template of sentence-transformers' cross-encoders writes it (not a variable, `from_pretrained(model_name)`, nor a
# name the card explains, a table of ids under "`MODEL_NAME`:"); or the library's default id, which the templates of
# sentence-transformers and SetFit write when the card is saved without the model's id
# ('SentenceTransformer("sentence_transformers_model_id")', 'SetFitModel.from_pretrained("setfit_model_id")')
_NAME_LITERAL = lazy(r"\b(?:from_pretrained|CrossEncoder|SentenceTransformer|SparseEncoder|MultiVectorEncoder)"
                     r"\([ \t]*(['\"])"
                     r"(?P<slot>model[_-]name|MODEL_NAME|model[_-]id|MODEL_ID|[a-z]+(?:_[a-z]+)*_model_id)\1")
_CALL_TODO = lazy(r"\w\([ \t]*(?P<slot>TODO)[ \t]*\)")
# a code block whose every line is a comment, the first a marker: the example code a generator left to write
# (diffusers' "# TODO: add an example code snippet for running this diffusion pipeline")
_COMMENT = lazy(r"[ \t]*(?:#|//|--|/\*|\*|<!--)")
_TODO_COMMENT = lazy(r"[ \t]*(?:#+|//+|--|/\*+|<!--)[ \t]*(?:TODO|FIXME|TBD)\b[^\n]*")
_CODE_SLOT = lazy(r"(['\"])\{(?:[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[a-z]{3,}(?:_[a-z]+)*)\}\1")
_NONE = frozenset({"None", "none", "null", "NULL", "nan"})
_CASE_SENSITIVE = frozenset({"jinja", "todo", "row-slot", "unnamed"})
_TODO_WORDS = ("TODO", "TBD", "FIXME")
# the Trainer's note: the first phrase, then the second anywhere after it (two searches: one
# regex with ".*" between them goes back over the rest of the comment from every first phrase)
_SPACES = lazy(r"\s+")
# what is left of a section once its placeholders are gone, if nobody filled it in: comments
# (see ``_strip_scaffold``), list markers, bold labels such as "**Developed by:**", punctuation
_SCAFFOLD = lazy(r"\*\*[^*\n]*\*\*|^\s*(?:[-*+]|\d+[.)])\s|[\s\W_]+", re.M)
# (a run of punctuation stops before a comment's "<!--", which would otherwise be taken as punctuation: the next
# comment's text, "<!-- ### Direct Use ... -->", left as the section's own)
_SCAFFOLD_OR_COMMENT = lazy(r"<!--|\*\*[^*\n]*\*\*|^\s*(?:[-*+]|\d+[.)])\s|(?:(?!<!--)[\s\W_])+", re.M)



class PlaceholderText(Rule):
    """Placeholder text from the Hub template or the transformers Trainer was never replaced."""

    code = "MC301"
    name = "placeholder-text"
    severity = Severity.WARNING
    options = {
        "extra-phrases": Option([], "More phrases to report as placeholders (matched ignoring case)"),
    }

    def setup(self) -> None:
        phrases = [p for p in self.opts["extra-phrases"] if p.strip()]
        self.extra = re.compile("|".join(re.escape(p) for p in phrases), re.I) if phrases else None

    def check(self, card: Card) -> Iterator[Finding]:
        fm = card.frontmatter
        for node in metadata_fill_ins(card.meta if fm is not None and may_hold_fill_ins(fm.yaml_text) else None):
            message, help_text = texts.TEXT["fill-in"]
            yield self.finding(node, message.format(text=f'"{node.value}"'), help=help_text, kind="fill-in")
        language = card.meta.get("language") if card.meta is not None and card.meta.is_map else None
        for node in ([language] if language is not None and language.is_scalar else list(language or ())):
            if node.is_str and node.value == "unk":
                message, help_text = texts.TEXT["unknown-language"]
                yield self.finding(node, message, help=help_text, kind="unknown-language")
        first = card.body_line  # 0-based file line of the body's first line
        body_lines = card.lines[first:]
        text = "\n".join(body_lines)

        # (start offset, end offset, kind, quoted text); positions are worked out for hits only
        found: list[tuple[int, int, str, str]] = []
        writers: dict[str, str] = {}  # who wrote each generated-card note, by its quoted text
        comments = html_comments(text) if "<!--" in text else []
        heading_end = -1  # where the last comment that holds a heading ends ("<!-- ## Uses -->")
        for start, end in comments:
            inner = _SPACES.sub(" ", text[start + 4 : end - 3]).strip()
            kind = comment_kind(inner)
            if kind == "trainer-note":
                found.append((start, end, "trainer-note", _quote(inner)))
                writers[_quote(inner)] = note_writer(inner)
            elif kind == "guidance":
                # (not under a heading the author commented out with it: the whole section is hidden, not left)
                if not (heading_end >= 0 and not text[heading_end:start].strip()):
                    found.append((start, end, "guidance", _quote(inner)))
            elif kind == "instruction":
                found.append((start, end, "instruction", _quote(inner.lstrip("-#*> "))))
            # (a comment that ends with a heading too: "<!-- **BibTeX:** ... ## Glossary [optional] -->")
            last = text[start + 4 : end - 3].strip().rsplit("\n", 1)[-1].lstrip()
            heading_end = end if inner.startswith("#") or last.startswith("#") else -1
        comment_starts = [a for a, _ in comments]

        def in_comment(offset: int) -> bool:
            i = bisect_right(comment_starts, offset) - 1
            return i >= 0 and offset < comments[i][1]

        low = text.lower()
        for kind, needle, pattern in _INLINE:
            if kind == "todo":
                present = any(w in text for w in _TODO_WORDS)
            else:
                present = needle in (text if kind in _CASE_SENSITIVE else low)
            if not present:
                continue
            if pattern is None:
                code = "\n".join(b.text for b in card.body.walk() if b.kind == "code") if kind == "jinja" else ""
                spans = template_variables(text, code) if kind == "jinja" else row_slots(text)
                found += ((a, b, kind, f'"{text[a:b]}"') for a, b in spans if not in_comment(a))
                continue
            if kind == "needed" and len(low) == len(text):  # the common case, without a case-insensitive regex
                found += ((a, b, k, f'"{text[a:b]}"') for a, b, k in _needed(low) if not in_comment(a))
                continue
            # (a case-insensitive search is several times slower: its twin reads the lower-cased text, same offsets)
            twin = _LOWER_TWINS.get(kind) if len(low) == len(text) else None
            for m in (twin.finditer(low) if twin is not None else pattern.finditer(text)):
                named = kind == "todo" and (marker_roadmap(text, m.start())
                                            or marker_mentioned(text, m.start(), m.end()))
                if not in_comment(m.start()) and not named:
                    kind_found = "template" if m.lastgroup == "template" else kind
                    found.append((m.start(), m.end(), kind_found, f'"{text[m.start() : m.end()]}"'))
        # (a marker as a call's whole argument in code: `from_pretrained(TODO)`, which fails when run)
        if "(TODO" in text or "( TODO" in text:
            found += ((m.start("slot"), m.end("slot"), "code-todo", f'"{m.group("slot")}"')
                      for m in _CALL_TODO.finditer(text) if not in_comment(m.start()))
        if "model" in low:  # (not a name the card explains: "`MODEL_NAME` is one of the ids below")
            found += ((m.start("slot"), m.end("slot"), "code-name", f'"{m.group("slot")}"')
                      for m in _NAME_LITERAL.finditer(text) if not in_comment(m.start())
                      and f"`{m.group('slot')}`" not in text)
        found += ((a, b, "fill-in-done" if filled_below(text, a, b) else "fill-in", f'"{text[a:b]}"')
                  for a, b in fill_ins(text, low) if not in_comment(a))
        if self.extra is not None:
            for m in self.extra.finditer(text):
                if not in_comment(m.start()):
                    found.append((m.start(), m.end(), "extra", f'"{m.group(0)}"'))
        not_data = _not_datasets(card) + _todo_blocks(card)
        if not found and not not_data:
            return

        # offsets to positions: the line breaks before each offset are counted once, in order
        where = sorted({o for start, end, _, _ in found for o in (start, end)})
        positions: dict[int, tuple[int, int]] = {}
        line, line_start, counted = 0, 0, 0
        for offset in where:
            breaks = text.count("\n", counted, offset)
            if breaks:
                line += breaks
                line_start = text.rfind("\n", counted, offset) + 1
            counted = offset
            positions[offset] = first + line + 1, offset - line_start + 1

        code_lines = card.code_lines
        hits: list[tuple[Span, str, str]] = []
        for start, end, kind, shown in found:
            (l1, c1), (l2, c2) = positions[start], positions[end]
            in_code = l1 in code_lines
            if (not in_code and kind != "code-todo") or (in_code and kind in ("code-name", "code-todo")):
                hits.append((Span(l1, c1, l2, c2), kind, shown))
            elif kind == "jinja" and _CODE_SLOT.fullmatch(text, max(0, start - 1), end + 1):
                # (in code, a slot that is a whole string: "SentenceTransformer('{MODEL_NAME}')" fails when run)
                hits.append((Span(l1, c1, l2, c2), "code-slot", shown))

        hits = _outermost(hits + not_data)
        unfilled = self._unfilled_sections(card, [h[0] for h in hits])
        # a template's comment stands over a written section when the section's own text (before any subsection)
        # holds something else and no other placeholder: its lines
        bare = self._unfilled_sections(card, [h[0] for h in hits], leaves=False)
        ranges = sorted((sec.blocks[0].line, sec.blocks[-1].end_line) for sec in card.body.sections() if sec.blocks)
        starts = [a for a, _ in ranges]

        def section_of(line: int) -> int:  # the index of the section whose own text holds ``line``, or -1
            i = bisect_right(starts, line) - 1
            return i if i >= 0 and line <= ranges[i][1] else -1

        drafts = {section_of(span.line) for span, kind, _ in hits if kind not in texts.WRITTEN}
        bare.update({at.line: "" for at, kind, _ in hits if kind in texts.WRITTEN and section_of(at.line) in drafts})
        for span, kind, shown, times in _repeats(hits):
            title = unfilled.get(span.line)
            written = (kind in texts.WRITTEN and span.line not in bare) or (
                kind == "recommendations" and recommends_beside(card.lines, span.line))
            if written and under_hidden_heading(card.lines, span.line):
                continue  # ("<!--- ## Evaluation Results -->" over it: the author hid the section, heading and all)
            message, help_text = (texts.WRITTEN | texts.BESIDE)[kind] if written else texts.TEXT[kind]
            name = (shown.split(" ")[1] if kind.startswith("loader") else writers.get(shown, "Trainer")
                    if kind == "trainer-note" else data_writer(writers.values()) if kind == "unknown" else "")
            message = message.format(text=shown, name=name)
            if times > 1:
                message += f" ({times} times on this line)"
            if title is not None:
                message += f'; section "{title}" has nothing else in it, so it is unfilled'
            yield self.finding(span, message, help=help_text, kind=kind)

    @staticmethod
    def _unfilled_sections(card: Card, spans: list[Span], leaves: bool = True) -> dict[int, str]:
        """Map each placeholder line to its section's title when the section has only placeholders (with
        ``leaves`` off, also a section with subsections whose own text, before them, has only placeholders).

        ``spans`` are sorted by position; a placeholder belongs to the section of its first line,
        and only its part up to the end of that section's text is blanked out.
        """
        if not spans:
            return {}
        lines = card.lines
        span_lines = [s.line for s in spans]
        out: dict[int, str] = {}
        for section in card.body.sections():
            if (leaves and section.children) or not section.blocks:
                continue
            start = section.blocks[0].line
            end = section.blocks[-1].end_line
            inside = spans[bisect_right(span_lines, start - 1) : bisect_right(span_lines, end)]
            if not inside:
                continue
            chunk = [list(line) for line in lines[start - 1 : end]]
            for s in inside:  # blank out each placeholder
                for ln in range(s.line, min(s.end_line, end) + 1):
                    row = chunk[ln - start]
                    a = s.column - 1 if ln == s.line else 0
                    b = s.end_column - 1 if ln == s.end_line else len(row)
                    row[a:b] = [" "] * (b - a)
            if not _strip_scaffold("\n".join("".join(r) for r in chunk)):
                for s in inside:
                    out[s.line] = section.title
        return out


def _todo_blocks(card: Card) -> list[tuple[Span, str, str]]:
    """Code blocks that hold nothing but comments, the first a marker ("# TODO: add an example code snippet ..."): the
    example was never written (a comment among code is the author's note, not this)."""
    if "TODO" not in card.text and "FIXME" not in card.text and "TBD" not in card.text:
        return []
    out = []
    for section in card.body.sections():
        for block in section.blocks:
            if block.kind != "code":
                continue
            lines = [line for line in block.text.split("\n") if line.strip()]
            if lines and (m := _TODO_COMMENT.match(lines[0])) is not None and all(_COMMENT.match(x) for x in lines):
                text = m.group().strip()
                # (the comment's own line: after the fence of a fenced block, the block's first of an indented one)
                line = next((n for n in range(block.line, min(block.end_line, len(card.lines)) + 1)
                             if text in card.lines[n - 1]), block.line)
                column = max(card.lines[line - 1].find(text) + 1, 1) if line <= len(card.lines) else 1
                out.append((Span(line, column, line, column + len(text)), "todo-block",
                            f'"{text if len(text) <= 60 else text[:57] + "..."}"'))
    return out


def _not_datasets(card: Card) -> list[tuple[Span, str, str]]:
    """The generator's "on the None dataset" and "on the json dataset": Python's None or a loader of the datasets
    library as the data ("-described" when the card describes its data elsewhere); and its base model None."""
    out = []
    for sentence in sentences(card):
        # (and TRL's "a fine-tuned version of [None](https://huggingface.co/None)", its base model never given)
        if sentence.base is not None and sentence.base.text in _NONE:
            out.append((sentence.base.span, "none-base", f'"a fine-tuned version of {sentence.base.text}"'))
        for named in sentence.datasets:
            if named.text in _NONE:
                out.append((named.span, "none-dataset", f'"the {named.text} dataset"'))
            elif named.text in LOADERS:
                kind = "loader-dataset-described" if states_training_data(card) else "loader-dataset"
                out.append((named.span, kind, f'"the {named.text} dataset"'))
    return out


_RECOMMENDATIONS = " for further recommendations"


def _needed(low: str) -> Iterator[tuple[int, int, str]]:
    """What the "needed" pattern finds, from the lower-case text (of the same length): the Hub template's
    "[More Information Needed]" (kind "template") and the Trainer's "More information needed"."""
    phrase = "more information needed"
    p = low.find(phrase)
    while p >= 0:
        end = p + len(phrase)
        if p > 0 and low[p - 1] == "[" and low.startswith("]", end):
            yield p - 1, end + 1, "template"
            end += 1
        elif low.startswith(_RECOMMENDATIONS, end):  # the Hub template's sentence, not a bare placeholder
            end += len(_RECOMMENDATIONS)
            yield p, end, "recommendations"
        else:
            yield p, end, "needed"
        p = low.find(phrase, end)


def _strip_scaffold(text: str) -> str:
    """``text`` without comments, list markers, bold labels and punctuation.

    What ``re.sub(r"<!--.*?-->|" + _SCAFFOLD.pattern, "", text, flags=re.S | re.M)`` leaves, in
    linear time: that regex looks for ``-->`` from every ``<!--``; here a ``<!--`` is matched
    alone and its ``-->`` looked for once.  Once a ``<!--`` has no ``-->`` after it, no later
    one has, and the comment alternative is dropped.
    """
    out = []
    pos = 0
    pattern = _SCAFFOLD_OR_COMMENT if "<!--" in text else _SCAFFOLD
    while (m := pattern.search(text, pos)) is not None:
        start, end = m.span()
        if pattern is _SCAFFOLD_OR_COMMENT and m.group() == "<!--":
            close = text.find("-->", start + 4)
            if close >= 0:
                end = close + 3
            else:  # not a comment: what the other alternatives match here ("<" is punctuation)
                pattern = _SCAFFOLD
                rest = _SCAFFOLD.match(text, start)
                assert rest is not None
                end = rest.end()
        out.append(text[pos:start])
        pos = end
    out.append(text[pos:])
    return "".join(out)


def _outermost(hits: list[tuple[Span, str, str]]) -> list[tuple[Span, str, str]]:
    """Sorted hits without those inside another (a placeholder inside a template variable)."""
    hits.sort(key=lambda h: (h[0].line, h[0].column, -h[0].end_line, -h[0].end_column))
    kept: list[tuple[Span, str, str]] = []
    for hit in hits:
        span = hit[0]
        if kept:
            last = kept[-1][0]
            if (span.line, span.column) >= (last.line, last.column) and (span.end_line, span.end_column) <= (
                last.end_line,
                last.end_column,
            ):
                continue
        kept.append(hit)
    return kept


def _repeats(hits: list[tuple[Span, str, str]]) -> list[tuple[Span, str, str, int]]:
    """The hits with the same placeholder repeated on one line (a table row of "TBD" cells) as one, spanning them,
    with how many times it stands there."""
    out: list[tuple[Span, str, str, int]] = []
    for span, kind, shown in hits:
        if out and span.line == span.end_line:
            last, k, s, n = out[-1]
            if (k, s) == (kind, shown) and last.line == last.end_line == span.line:
                out[-1] = (Span(last.line, last.column, span.line, span.end_column), k, s, n + 1)
                continue
        out.append((span, kind, shown, 1))
    return out


def _quote(comment: str) -> str:
    short = comment if len(comment) <= 60 else comment[:57].rstrip() + "..."
    return f'"{short}"'

