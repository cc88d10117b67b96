"""MC303 stub-section: a section whose whole content is a non-answer."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...card import Card
from ...card.body import Block, Section, strip_tags
from ...core.rule import Option, Rule
from ...diagnostics import Finding, Severity, Span
from ...facts.lazyre import lazy

# A stub is recognised by its shape, not by its wording: a few words, none of which carries information.
# Words that carry none are the grammar of a sentence, the section's own title, and the vocabulary of
# putting off ("soon", "later", "will be added"), of absence ("n/a", "nothing", "yet") and of a
# template's instructions ("add", "describe", "here").  Any other word is information: a name, a number,
# a fact.  A stub that promises something later may hold a word or two more ("once the paper is out").
_GRAMMAR = frozenset(
    """a an the this that these those it its is are was were be been being am will would shall should can could
    may might must do does did has have had to of in on at for with by from as into about after before until
    once when upon and or but so if then than here there we i you our us they their he she my your me not no
    yet still all any some more further other soon very just also out up under now currently moment present
    please""".split()
)
_DEFERRAL = frozenset(
    """soon later coming come comes upcoming future follow follows forthcoming tba tbc tbd tbu wip pending
    progress construction announced announce release released releasing available unavailable update updated
    updates updating planned plan plans publish published publication shared share stay tuned eventually
    shortly near next time version work working progressing prepared preparing preparation draft todo
    added add adding provided provide documented document written write writing filled fill completed complete
    completing finished finish described describe insert inserted enter put explain explained summarize
    summarise list include included specify specified give given mention mentioned detail details detailed
    info information description descriptions content contents text section sections part page placeholder
    model card n a na nothing empty none yet missing development developing check back determined decided
    confirmed defined updating documentation docs blank applicable""".split()
)
# the words that make a short text a promise or an instruction (one of them must be there)
_CUES = frozenset(
    """soon later coming come upcoming future follow forthcoming tba tbc tbd tbu wip pending progress
    construction announced release released available unavailable update updated planned publish published
    tuned eventually shortly draft todo added add provided provide documented document written write filled
    fill completed complete finished described describe insert inserted enter put explain summarize summarise
    specify mention placeholder n na nothing yet missing development developing determined decided confirmed
    updating applicable""".split()
)
# a template's field that starts with one of these is an instruction to the author, whatever it names
_INSTRUCTIONS = frozenset(
    "add insert write describe fill provide put enter explain summarize summarise list include specify give "
    "mention paste state document".split()
)
_FUTURE = frozenset("will soon later coming future upcoming once after until".split())
_WORD = lazy(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_INFORMATION = lazy(r"\d|https?://|www\.|`|!\[|\]\(|@\w|\|")
_MARKUP = lazy(r"[*_~#>]+|^\s*(?:[-+*]|\d+[.)])\s+", re.M)
# words (hyphenated ones too) in angle brackets, three at least: an instruction a browser hides as an unknown tag
_INSTRUCTION_TAG = lazy(r"\s*<\s*[^\W\d_]+(?:[-'][^\W\d_]+)*(?:\s+[^\W\d_]+(?:[-'][^\W\d_]+)*){2,}\s*>\s*")
_LABEL = lazy(r"\s*\*\*([^*\n]{1,40}?):?\*\*:?")  # a bold label that opens the text
_BRACKETED = lazy(r"\s*(?:\[[^\[\]]+\]|<[^<>=/\"']+>|\{[^{}]+\}|\([^()]+\))\s*[.!]?\s*")
# left to MC301: the generators' placeholders (a quick test: this text is a few words)
_PLACEHOLDERS = ("TODO", "TBD", "FIXME", "{{", "{%")
_COMMENT_ONLY = lazy(r"(?:#+|//+|--|;+)[ \t]*([^\n]{1,80})")  # one line of code that is a comment


def _placeholder(text: str) -> bool:
    low = text.lower()
    return "information needed" in low or "lorem ipsum" in low or any(p in text for p in _PLACEHOLDERS)
_STEM = lazy(r"(?:ies|es|s|ing|ed|ion|ions)$")


def _stem(word: str) -> str:
    return _STEM.sub("", word) if len(word) > 4 else word


class StubSection(Rule):
    """A section whose whole content is a stub: a few words that say nothing ("Coming soon.", "TBA", "[Add a
    description here]")."""

    code = "MC303"
    name = "stub-section"
    severity = Severity.WARNING
    options = {
        "max-words": Option(12, "The longest text, in words, that may be reported as a stub"),
    }

    def check(self, card: Card) -> Iterator[Finding]:
        most = self.opts["max-words"]
        stack = list(card.body.root.children)  # the sections, in any order: a loop, not generators
        title = card.body.headings[0] if card.body.headings else None
        root = card.body.root  # (the title's section, when it opens the card)
        opening = root.children[0] if root.children and not root.blocks and root.children[0].level == 1 else None
        while stack:
            section = stack.pop()
            if section.children:
                stack.extend(section.children)  # (its own text above them may be a stub too, when they add nothing:
                # "## Evaluation results" over "(to do)" and a "### BibTeX entry"; not the title's, a subtitle)
                if section.level < 2 or section.heading is title:
                    continue
            elif section.end_line - section.line > 12 or (section is opening and len(root.children) > 1):
                continue  # (nor the title's own text above the card's sections: a name over a status, "#
                # robertuito-base-cased" over "**WORK IN PROGRESS**", promises nothing)
            if not section.blocks:
                continue
            blocks = section.content_blocks()
            if not blocks or blocks[-1].end_line - blocks[0].line > 5 or len(blocks[0].text) > 300:
                continue  # nothing (MC202's), or more than a few short lines
            if blocks[0].kind == "paragraph" and _placeholder(blocks[0].text):
                continue  # the Trainer's "More information needed": MC301's
            text = _visible(blocks)
            if text is None or len(text) > 300 or len(text.split()) > 2 * most or _placeholder(text):
                continue
            if _NOT_APPLICABLE.fullmatch(text.strip(" *_.")) and _TRAINING.search(section.title) and _untuned(card):
                continue  # ("N/A" under "Training Hyperparameters" of a model "No finetuning is done" on: the answer)
            if _NOT_APPLICABLE.fullmatch(text.strip(" *_.")) and _OPTIONAL.search(section.title):
                continue  # ("Not applicable." under the template's "## Glossary [optional]": the section is skipped)
            if _is_stub(text, section, most) and all(_adds_nothing(c, most) for c in section.children):
                first, last = blocks[0], blocks[-1]
                shown = " ".join(text.split())
                shown = shown if len(shown) <= 60 else shown[:57] + "..."
                yield self.finding(
                    Span(first.line, 1, last.end_line, len(card.lines[last.end_line - 1]) + 1),
                    f'section "{section.title}" holds only "{shown}"'
                    f"{' above its subsections' if section.children else ''}: a stub that tells the reader nothing, "
                    "while the heading promises information",
                    help="write the section, or delete it until there is something to say",
                    section=section.title,
                )


# a sub-section that is no part of its parent's topic: the card's citation, license, contacts or thanks
_ASIDE = lazy(r"cit|bibtex|reference|licen|contact|acknowledg|author|thank", re.I)


def _adds_nothing(section: Section, most: int) -> bool:
    """Whether a sub-section adds nothing to its parent's topic: it is an aside (``_ASIDE``), or it and its own
    sub-sections are empty or stubs ("### Preprocessing" over "To be completed")."""
    if _ASIDE.search(section.title):
        return True
    if not all(_adds_nothing(c, most) for c in section.children):
        return False
    blocks = section.content_blocks()
    if not blocks:
        return True
    text = _visible(blocks)
    return text is not None and len(text) <= 300 and (_placeholder(text) or _is_stub(text, section, most))


def _visible(blocks: list[Block]) -> str | None:
    """The text a reader sees in these blocks, or None when they hold more than short text (code, a
    table, an image, HTML that is not a bracketed instruction such as `<fill in the introduction>`)."""
    parts = []
    for block in blocks:
        for inner in block.walk():
            if inner.kind == "paragraph" and inner.text:
                parts.append(inner.text)
            elif inner.kind == "item" and not inner.children:
                parts.append(inner.text or "-")  # (an item's text is its paragraph's, read there; or a bare marker)
            elif inner.kind == "html":
                # a bracketed instruction, not an element: `<fill in the introduction>`, `<describe the out-of-scope
                # use>`, not `<br>`, `<details open>`
                if not _INSTRUCTION_TAG.fullmatch(inner.text):
                    return None
                parts.append(inner.text)
            elif inner.kind == "code" and (comment := _COMMENT_ONLY.fullmatch(inner.text.strip())) is not None:
                parts.append(comment.group(1))  # a code block of one comment: "```python\n# coming soon\n```"
            elif inner.kind in ("code", "table", "rule", "heading"):
                return None
    return "\n".join(parts) if parts else None


_NOT_APPLICABLE = lazy(r"n/?a|not[ \t]+applicable|none", re.I)
_OPTIONAL = lazy(r"[\[(]optional[\])]", re.I)  # the template's mark of a section an author may leave out
_TRAINING = lazy(r"\b(?:train\w*|fine-?tun\w*|finetun\w*|hyper-?parameters?|preprocessing|speeds?)\b", re.I)
# the card says that the model was not trained or tuned: "No finetuning is done and control of the model is performed
# through prompting", "No additional training was done on the base model"
_UNTUNED = lazy(r"\bno[ \t]+(?:additional[ \t]+|further[ \t]+|extra[ \t]+)?(?:training|fine-?tuning|finetuning)"
                r"[ \t]+(?:is|was|has[ \t]+been|were)[ \t]+(?:done|performed|applied|carried[ \t]+out|needed)\b",
                re.I)


def _untuned(card: Card) -> bool:
    return ("no " in card.text or "No " in card.text) and _UNTUNED.search(card.text) is not None


def _is_stub(text: str, section: Section, most: int) -> bool:
    if _INFORMATION.search(text):
        return False  # a number, a link, code, an image, a mention, a table row
    bare = strip_tags(text) if not text.lstrip().startswith("<") else text
    bracket = _BRACKETED.fullmatch(bare)
    bracketed = bracket is not None
    # a template's field ("[Your name here]", "<model id>") may name what belongs there; prose in
    # parentheses ("(English)") is an answer
    template = bracketed and not bare.strip().startswith("(")
    words = [w.lower() for w in _WORD.findall(_MARKUP.sub(" ", bare))]
    if not words:
        return bool(re.fullmatch(r"[\s.…\-–—?!]+", bare))  # "...", "-", "?"
    title = {_stem(w.lower()) for w in _WORD.findall(section.title)}
    if (label := _LABEL.match(text)) is not None:  # "- **Paper:** *coming soon*.": the label names what is pending
        title |= {_stem(w.lower()) for w in _WORD.findall(label.group(1))}
    # the section's own title, repeated, says nothing more: it does not count towards the length
    if sum(1 for w in words if _stem(w) not in title) > most:
        return False
    unknown = [w for w in words if w not in _GRAMMAR and w not in _DEFERRAL and _stem(w) not in title]
    # "will ... once" (or after, until) promises something later as surely as "soon" does
    promise = "will" in words and any(w in ("once", "after", "until") for w in words)
    # ("follow" with its object is a pointer, not a promise: "For more details follow the documentation.")
    cues = [w for i, w in enumerate(words) if w in _CUES and not (
        w == "follow" and i + 1 < len(words) and words[i + 1] in ("the", "this", "these", "our", "its", "my"))]
    if not (bracketed or promise or cues):
        return False
    if words[0] in ("no", "none") and any(w in ("was", "were") for w in words) and not any(
            w in _FUTURE or w == "yet" for w in words):
        return False  # a fact told in the past: "No original model card was available." (none exists; nothing to add)
    if template and words[0] in _INSTRUCTIONS:
        return True
    # a promise of later ("will be added once the paper is out") may name what it waits for
    allowed = 2 if len(words) >= 4 and any(w in _FUTURE for w in words) else 1 if template else 0
    return len(unknown) <= allowed
