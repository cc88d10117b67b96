"""The card's title as missing-section reads it: its first level-1 heading, else its first heading, or the one line
of a card that wrote its title without the heading's space."""

from __future__ import annotations

import html
import re

from ..card import Card
from ..card.body import Block, Heading
from .lazyre import lazy

TITLE_CHARS = 300  # a title is read this far: a "heading" of a whole paragraph or more is no title's name


def title_text(card: Card) -> str:
    """The title's text: an HTML `<h1>` above every heading of the Markdown, else the first level-1 heading, else
    the first heading (its first ``TITLE_CHARS`` characters)."""
    return card.derived("title-text", lambda c: _title_text(c)[:TITLE_CHARS])


def html_title(card: Card) -> str:
    """The text of an HTML `<h1>` above every heading of the Markdown, the card's title; "" without one."""
    headings = card.body.headings
    first = headings[0].line if headings else card.body.last_line + 1
    for block in card.body.blocks:
        if block.line >= first:
            break
        if block.kind == "html" and "<h1" in block.text.lower() and (m := _HTML_H1.search(block.text)) is not None:
            text = " ".join(_TAG.sub(" ", m.group(1)).split())
            if text:
                return text
    return ""


def _title_text(card: Card) -> str:
    if text := html_title(card):
        return text
    headings = card.body.headings
    # (a level-1 heading that names something: not a spacer, "# .", nor a banner of emoji, nor a sub-heading whose
    # marks were doubled, "# ## labels" over the list of classes)
    top = next((h for h in headings if h.level == 1 and any(c.isalnum() for c in h.title) and h.text[:1] != "#"),
               next((h for h in headings if h.level == 1), None))
    if top is None:
        return headings[0].text if headings else ""
    opening = opening_title(card)
    return opening.text if opening is not None else top.text


def opening_title(card: Card) -> Heading | None:
    """The heading a card opens with, at level 2 or lower, when its level-1 heading comes further down, one a script
    appended under the card's own (ESPnet's "## ESPnet2 DIAR model" over its results, "# RESULTS"): the title."""
    return card.derived("opening-title", _opening_title)


def _opening_title(card: Card) -> Heading | None:
    headings = card.body.headings
    opening = headings[0] if headings else None
    if opening is None or opening.level == 1 or not any(h.level == 1 for h in headings):
        return None
    # (nothing but HTML above it: the body's blocks are in order, so the first other block tells)
    first = next((b for b in card.body.blocks if b.kind != "html"), None)
    if not any(c.isalnum() for c in opening.title) or (first is not None and first.line < opening.line):
        return None
    # (not a section's own name, news over the card: "## News" then "- 2022年09月: 上线Huge模型", then "# OFA-图像描述")
    return None if _NEWS.fullmatch(opening.title) else opening


_NEWS = lazy(r"[\W_]*(?:(?:latest[ \t]+)?news|updates?|changelog|change[ \t]+log|release[ \t]+notes|announcements?|"
             r"what['’]?s[ \t]+new|更新|更新日志|新闻|新聞|最新消息|动态|動態|お知らせ|ニュース|업데이트|소식)[\W_]*",
             re.I)


def html_headings(card: Card) -> list[str]:
    """The texts of the headings written in HTML (`<h2 style="...">About the model</h2>`), which Markdown shows as
    headings too."""
    return card.derived("html-headings", _html_headings)


def _html_headings(card: Card) -> list[str]:
    text = card.text
    if "<h" not in text and "<H" not in text and "<strong>" not in text and "<b>" not in text:
        return []
    out = []
    for block in card.body.walk():
        if block.kind == "html" and ("<h" in block.text or "<H" in block.text):
            out += [t for m in _HTML_H.finditer(block.text) if (t := " ".join(_TAG.sub(" ", m.group(2)).split()))]
        if block.kind == "html" and ("<strong>" in block.text or "<b>" in block.text):
            # (or a line that is bold text alone, in a large font, which reads as a heading: '<p><strong><font
            # size="5">Benchmarks</font></strong></p>')
            out += [t for m in _HTML_BOLD_LINE.finditer(block.text) if (t := " ".join(m.group(2).split()))]
    return out


_HTML_H = lazy(r"<h([1-6])\b[^>]*>(.*?)</h\1\s*>", re.I | re.S)
_HTML_H1 = lazy(r"<h1\b[^>]*>(.*?)</h1\s*>", re.I | re.S)
_TAG = lazy(r"<[^>]*>")
_HTML_BOLD_LINE = lazy(r"^[ \t]*(?:<p\b[^>\n]{0,200}>[ \t]*)?<(strong|b)>[ \t]*(?:<font\b[^>\n]{0,200}>[ \t]*)?"
                       r"([^<>\n]{1,80}?)[ \t]*(?:</font>[ \t]*)?</\1>[ \t]*(?:</p>[ \t]*)?$", re.I | re.M)


def paragraph_text(block: Block) -> str | None:
    """A paragraph's text, or an HTML paragraph's without its tags and entities (`<p>This LoRA was trained on 65
    images ...</p>`, as cards imported from image-model sites write their description); None for another block."""
    if block.kind == "paragraph":
        return block.text
    if block.kind != "html":
        return None
    if _HTML_P.match(block.text) is None:
        # (or the text a line after a heading in HTML holds, in the same block: "<h1>Tamil Named Entity
        # Recognition</h1>" / "Fine-tuning bert-base-multilingual-cased on Wikiann dataset for performing NER")
        m = _HTML_H_THEN.match(block.text)
        return None if m is None else " ".join(html.unescape(_SHORT_TAG.sub(" ", m.group(2))).split()) or None
    return " ".join(html.unescape(_SHORT_TAG.sub(" ", block.text)).split())


_HTML_P = lazy(r"[ \t]*<p[ \t>]", re.I)
_HTML_H_THEN = lazy(r"[ \t]*<h([1-6])\b[^>\n]{0,300}>[^\n]{0,300}?</h\1>[ \t]*\n[ \t]*([^<\s][\s\S]*)", re.I)
_SHORT_TAG = lazy(r"<[^<>\n]{0,300}>")


def unspaced_title(card: Card) -> str | None:
    """The title of a card whose only line is a heading written without its space ("#Rick DialoGPT model", which
    Markdown reads as a paragraph), or None."""
    blocks = [b for b in card.body.blocks if not (b.kind == "thematic-break" or b.is_comment)]
    if len(blocks) != 1 or blocks[0].kind != "paragraph":
        return None
    text = blocks[0].text.strip()
    if "\n" in text or not text.startswith("#") or text.startswith("#!"):
        return None
    title = text.lstrip("#").strip()
    return title if 0 < len(title.split()) <= 8 else None
