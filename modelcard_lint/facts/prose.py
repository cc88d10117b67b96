"""The card's prose, as the statements of ``missing-section`` (MC201) read it: the body's lines outside code blocks,
headings, tables and HTML comments, a quote's sentences across their lines, prose indented by mistake, the sections an
unclosed code block swallowed and the abstract of a cited paper; and the ``Label: value`` lines among them."""

from __future__ import annotations

import re

from ..card import Card
from .citations import cited_abstracts
from .fences import swallowed_prose
from .lazyre import lazy
from .leftovers import html_comments
from .otherlanguages import CASELESS
from .softwrap import unwrapped

# a label line, "Label: value", its label in any alphabet ("Dữ liệu: ...", "Données : ..."), or a dash after its word,
# "* Dataset- mc4 Bengali"; in Chinese, Japanese or Korean, bold, a full-width colon
LABEL = lazy(r"[ \t]*(?:[-*+][ \t]+)?([^\W\d_](?:[^\W_]|[ &/()\-]){0,48}?)[ \t]*(?::(?:[ \t]+|(?=\[))|(?<=[A-Za-z])-"
             rf"[ \t]+)(\S.*)|[ \t]*(?:[-*+][ \t]+)?\**({CASELESS}[^:：*\n]{{0,11}}?)\**[ \t]*[:：]\**[ \t]*(\S.*)")


def prose_text(card: Card) -> str:
    """The body's lines outside code blocks, headings and tables, joined (computed once per card), without
    inline HTML tags ("trained on the <b>OSCAR</b> corpus"): the statements are
    sentences and labels; tables are read as tables."""
    def build(c: Card) -> str:
        # (a heading written without its space is a paragraph: "#GuaPeTe-2-tiny: A proof of concept tiny GPT-2 like
        # model trained on Spanish Wikipedia corpus")
        # (a quote's markers left out, so that its sentence reads across its lines: "> ... trained on" / "> the PushT
        # 2-D pushing benchmark")
        # (a blank line, most lines of a long card, passes at once)
        text = unwrapped((n, _QUOTE.sub("", line) if ">" in line else line) for n, line in c.prose_lines()
                         if not line or (not line.lstrip(" \t").startswith("|") and not _ATX.match(line)))
        # (and prose indented by mistake, which Markdown shows as code: "    This `roberta-base` model was fine-tuned")
        indented = [_SOFT_BREAK.sub(" ", b.text) for b in c.body.code_blocks  # (its lines are one paragraph's)
                    if b.line > 0 and _indented_prose(c, b.line, b.text)]
        indented += swallowed_prose(c)  # (and the sections an unclosed code block swallowed)
        indented += cited_abstracts(c)  # (and the abstract of a paper cited in BibTeX, its summary of the model)
        # (and a heading run on into its paragraph in lower case, as in TextAttack's cards: "... TextAttack" / "and")
        indented += [f"{h.text} {c.lines[h.line].strip()}" for h in c.body.headings
                     if h.line < len(c.lines) and c.lines[h.line][:1].islower() and len(h.text.split()) > 6]
        text = "\n".join([text, *indented]) if indented else text
        # (not what an HTML comment hides from readers: a template's guidance, "<!-- Provide a quick summary of what
        # the model is/does. -->", or text the author took out)
        text = _without_comments(text) if "<!--" in text else text
        text = _BLOCK_TAG.sub("\n", _INLINE_TAG.sub("", text)) if "<" in text else text
        # (a hyphen or a non-breaking hyphen, U+2010 and U+2011, read as "-": "fine‑tuned", "representation‑based")
        text = text.translate(_HYPHENS) if "\u2010" in text or "\u2011" in text else text
        # (a negation stressed in bold or italics, read as plain: "This model is **not** intended for direct
        # conversational use", "should *never* be used")
        text = _STRESSED.sub(_unstressed, text) if "*" in text or "_" in text else text
        # (a verb of training misspelt with a doubled n, read as spelt: "trainned on", "fine-tunned", "trainning data")
        return _DOUBLED_N.sub("", text) if "nn" in text else text
    return card.derived("prose-text", build)


def _without_comments(text: str) -> str:
    """``text`` without its whole HTML comments (``leftovers.html_comments``, in one pass), each kept as its line
    breaks; one whose close stood on a line left out (a table's) hides nothing."""
    parts: list[str] = []
    at = 0
    for start, end in html_comments(text):
        parts += (text[at:start], "\n" * text.count("\n", start, end))
        at = end
    return "".join(parts) + text[at:] if parts else text


_HYPHENS = {0x2010: "-", 0x2011: "-"}
# (the marks first, so that the search skips to them; what stands before them is checked by ``_unstressed``)
_STRESSED = lazy(r"([*_][*_]?)(not|never|no|cannot|can't|can ?not|do not|does not|don't|doesn't|only)\1(?![\w*])",
                 re.I)


def _unstressed(m: re.Match[str]) -> str:
    """The stressed word without its marks, unless they touch a word before them or mix ``*`` and ``_``."""
    at = m.start()
    if (at and (m.string[at - 1].isalnum() or m.string[at - 1] in "_*")) or m.group(1) in ("*_", "_*"):
        return m.group()
    return m.group(2)
_DOUBLED_N = lazy(r"(?:(?<=[Tt]rain)|(?<=[Tt]un))n(?=(?:ed|ing)\b)")
_SOFT_BREAK = lazy(r"(?<!\n)[ \t]*\n(?![ \t]*\n)[ \t]*")  # a line break inside a paragraph
_ATX = lazy(r"[ \t]*#{1,6}(?:[ \t]|$)")
_QUOTE = lazy(r"\A[ \t]{0,3}(?:>[ \t]?)+")
_CODE_CHARS, _BOXES = frozenset("=(){}[];<>$\\"), frozenset({"", "bash", "sh", "shell", "zsh", "text"})
_CODE_WORDS = lazy(r"\bimport[ \t]|\bdef[ \t]|>>>|\bprint\(|=[ \t]|^[ \t]*[$#]", re.M)


def _indented_prose(card: Card, line: int, text: str) -> bool:
    """Whether a code block is prose indented by mistake, or fenced as a shell's, as text or bare: sentences of words (a
    full stop and a space, few of code's signs; an introduction in a ```bash block, a disclaimer in a bare fence)."""
    first = card.lines[line - 1].lstrip(" ") if line <= len(card.lines) else ""
    info = first.strip("`~ \t").lower() if first.startswith(("```", "~~~")) else None
    lines = [x for x in text.split("\n") if x.strip()]
    # (a box of a few lines, not a sample of many outputs: "```\n0: TODO: should we check the other edges?\n1: ...")
    if (info is not None and info not in _BOXES) or len(text) > 20_000 or (info in ("", "text") and len(lines) > 4):
        return False
    if len(lines) >= 2 and all(LABEL.match(x) for x in lines) and not _CODE_WORDS.search(text):  # ("  Base model: X")
        return True
    sentences = re.search(r"[.!?](?:[ \t]|$)", text, re.M) is not None  # (or a line each: "  The AI can be weird!")
    return (sentences and not _CODE_WORDS.search(text) and sum(ch in _CODE_CHARS for ch in text) < len(text) / 50
            and sum(ch.isalpha() for ch in text) > len(text) / 2)

# (and a link's tags, its text kept: "trained with <a href="...">RedPajama dataset</a> for 100B tokens")
_BLOCK_TAG = lazy(r"</?(?:p|div|li|ul|ol|h[1-6]|center|body|html|br)\b[^<>\n]{0,300}>", re.I)  # (read as a line break)
_INLINE_TAG = lazy(r"</?(?:b|i|em|strong|u|sup|sub|span|code|mark|small|a|font|abbr|kbd|summary|details)\b"
                   r"[^<>\n]{0,300}>", re.I)
