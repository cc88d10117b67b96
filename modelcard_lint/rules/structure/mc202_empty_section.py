"""MC202 empty-section: a heading with nothing under it."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from itertools import pairwise

from ...card import Card
from ...card.body import Heading
from ...core.rule import Rule
from ...diagnostics import Finding, Severity
from ...facts.lazyre import lazy
from ...facts.leftovers import comment_kind, html_comments
from ...facts.secondblock import second_blocks
from .headings_template import STEM, section_title, stems, template_stems, under_in_template

_WORD = lazy(r"\w[\w-]*")
# a heading that is a label and its value, a number ("##### Learning Rate: **1e-4**", "##### Epochs: **1**"; not "###
# Step 1: Install"): its text is the content
# (or a word or three: NVIDIA's "### Deployment Geography: Global"; not a step's title, "## Step 1: Install", nor a
# marker, "## TODO: Citing & Authors")
_LABELLED = lazy(r"[ \t*_]*(?:[A-Za-z][\w ()/-]{0,40}?[ \t*_]*:[ \t*_`]*[-+~]?\d[\w.,%+-]*"
                 r"|(?![^:\n]*\b(?:TODO|TBD|TBA|FIXME)\b)[A-Za-z][A-Za-z ()/-]{0,40}?[ \t*_]*:[ \t*_`]*[A-Z]"
                 r"[\w.,&/+-]*(?:[ \t]+[\w.,&/+-]+){0,2}"
                 # (or a repository's id or an address: "### model: hun3359/klue-bert-base-sentiment")
                 r"|(?![^:\n]*\b(?:TODO|TBD|TBA|FIXME)\b)[A-Za-z][A-Za-z ()/-]{0,40}?[ \t*_]*:[ \t*_`]*"
                 r"(?:https?://[^\s)]+|[\w.-]+/[\w.-]+))[ \t*_`]*\Z")
_LINK = lazy(r"\[[^\]\n]+\]\([^)\s]+\)")
_HELP = "write the section, or delete the heading if the card does not need it"
# a heading that introduces a card quoted below it, whose own title comes next: "# Original model card: X" over
# "# Model Card: X", as the cards of quantized copies quote their original's
_QUOTED_CARD = lazy(r"\boriginal\b[^\n]*\b(?:card|readme)\b|\b(?:card|readme)\b[^\n]*\boriginal\b", re.I)


class EmptySection(Rule):
    """A heading has nothing under it before the next heading of the same or a higher level."""

    code = "MC202"
    name = "empty-section"
    severity = Severity.WARNING

    def check(self, card: Card) -> Iterator[Finding]:
        headings = card.body.headings
        following = {id(a): b for a, b in pairwise(headings)}
        position = {id(h): n for n, h in enumerate(headings)}  # (looked up, not searched: many empty headings)
        sections = [(s, s.content_blocks()) for s in card.body.sections()]  # (its blocks: computed once)
        coded = {id(s.heading) for s, blocks in sections
                 if s.heading is not None and any(b.kind == "code" for b in blocks)}
        code_only = {id(s.heading) for s, blocks in sections
                     if s.heading is not None and blocks and all(b.kind == "code" for b in blocks)}
        tabled = {id(s.heading) for s, blocks in sections if any(b.kind == "table" for b in blocks)}
        pictured = {id(s.heading) for s, blocks in sections if blocks and _PICTURE.match(blocks[0].text)}
        too_high = None  # (built once, for the first heading it is asked of)
        for section, shown in sections:
            if section.children or any(b.kind != "code" or b.text.strip() for b in shown):
                continue
            heading = section.heading
            assert heading is not None
            if _LINK.fullmatch(heading.text.strip()) or "://" in heading.text:
                continue  # "## [Colab Demo](https://...)", "### TODO：见https://.../issues/42": the link is the content
            if not heading.title.strip():  # a heading with no text: MC204 reports it, a section named "" says nothing
                continue
            if _LABELLED.match(heading.title):  # a label and its value set as a heading
                continue
            if any(b.open_line < heading.line < b.close_line for b in second_blocks(card)):
                continue  # a metadata line of a second block, shown as a heading: unrecognized-frontmatter (MC102)
            if heading is headings[0] and (len(headings) > 1 or card.body.blank):
                # the card's title ("# Model Card for X" straight above "# Model Details"): the card is its content;
                # a card that is its title alone is an empty card, which missing-section (MC201) reports
                continue
            nxt = following.get(id(heading))
            if nxt is not None and not shown and not section.blocks and _QUOTED_CARD.search(heading.text):
                continue  # the quoted card's title follows: its text is the section's
            if nxt is not None and nxt.level < heading.level and id(nxt) in code_only:
                # "### Direct Use" over "# Use a pipeline as a high-level helper" and its code: code pasted without
                # its fence, whose comments Markdown shows as headings of the highest level; the code is the section's
                continue
            if nxt is not None and nxt.level < heading.level and (
                    too_high := too_high or _TooHigh(headings)).holds(heading):
                # "## 使い方" over "# Inference:" and "# Training:", then "## 今後の改善案": its sub-sections written
                # at the title's level, between sections of its own; readers find them under it
                continue
            if nxt is not None and nxt.level < heading.level and id(nxt) in pictured and _GALLERY.search(heading.title):
                # "## Video Demos" over "# Batman" and its GIF: the gallery's pictures, each under a name set too high
                continue
            if nxt is not None and nxt.level == heading.level and (_after_break(card.lines, heading.line)
                                                                   or _shares_a_word(heading.title, nxt.title)):
                # "----" then "### Textual inversion embeddings" over "### stable diffusion embeddings of characters":
                # a rule across the page, then the name of the part it opens, whose sections follow at its level; or
                # "## Donate & Support" over "## Why Support Us?": the name of the part its next section continues
                continue
            if nxt is not None and nxt.level == heading.level and under_in_template(heading.title, nxt.title):
                # "# Evaluation" straight over "# Testing Data" and its text: the template's sub-section, written at its
                # level
                continue
            if nxt is not None and nxt.level == heading.level and _QUALIFIED.match(nxt.title):
                # "## Usage" straight over "## In Transformers" and its code: the next heading goes on from it, a
                # sub-section written at its level
                continue
            if (nxt is not None and nxt.level == heading.level and _USAGE.fullmatch(heading.title.strip(" *_:#"))
                    and id(nxt) in coded and (after := following.get(id(nxt))) is not None
                    and after.level == heading.level and id(after) in coded):
                # "#### How to use" straight over "#### Install" and "#### Generate 1 word", each with its code: the
                # steps of its use, written at its level (two at least: one such section may be a section of its own)
                continue
            if nxt is not None and _MARKER_TITLE.fullmatch(nxt.title.strip()):
                # "## Training" straight over "## TODO" and the section's text: the marker, a heading by mistake, holds
                # it (placeholder-text reports the marker; one finding, not two)
                continue
            if heading.line >= 2 and _CODE_LINE.match(card.lines[heading.line - 2]):
                # "tokenizer.decode(encoded['input_ids'])" straight over "# <s>Stručnjaci te bolnice ...</s>": a comment
                # of code pasted without its fence, which Markdown shows as a heading; the missing fence is the defect
                continue
            if _ruled_text(card, heading) or (nxt is not None and _ruled_text(card, nxt)):
                # "## Recommended VAE" over "vae-ft-mse-840000-ema-pruned<br/><br/>" and a "---" meant as a rule: the
                # lines over the rule are the section's text, which Markdown shows as a heading
                continue
            if _heads_a_run(position[id(heading)], headings):
                # "## Model Use" over "## Intended Use", "## Primary Intended Uses", "## Out-of-Scope Use Cases": the
                # part's sections written at its level, each continuing its name (template words too, as a run)
                continue
            if _over_tables(position[id(heading)], headings, tabled):
                # "## 测评结果" (evaluation results) over "## [C-Eval](...)", "## [MMLU](...)", each a table of scores:
                # the part's sections, written at its level, each holding its table
                continue
            if _VALUE.search(heading.title):
                # "### Expected WER: 4.74%", "#### Total Character Model: 62 Models", "### prompt: ...": a label and
                # its value set as a heading
                continue
            if (nxt is not None and nxt.level == heading.level and nxt.line == heading.line + 1
                    and (_LABELLED.match(nxt.title) or _VALUE.search(nxt.title))):
                # "#### Finetuned on SQUAD2.0 Dataset" on the line over "#### F1: 83.7387": lines of text set as
                # headings, the next one a label and its value
                continue
            if nxt is not None and nxt.level <= heading.level and (nxt.title.rstrip().endswith((".", "。")) or (
                    heading.title.rstrip().endswith((":", "："))
                    and (_sentence(nxt.title) or nxt.title.rstrip().endswith("?")))):
                # "## Update 03/SEP/2024:" over "## 👋 Looking for a Text Encoder for Flux.1 to replace CLIP-L? 👀":
                # a label and its text, a line of text set as a heading too ("## Model Description" over "## This is
                # the GGUF version of the model, made for the llama.cpp inference engine.": a sentence that ends as one)
                continue
            if nxt is None and _SIGN_OFF.match(unicodedata.normalize("NFKC", heading.title)):
                continue  # "## 𝓽𝓱𝓪𝓷𝓴 𝔂𝓸𝓾 𝓪𝓲𝓴𝓲𝓶𝓲 𝓫𝓲𝓰 𝓵𝓸𝓿𝓮" at the card's end: a sign-off set as a heading, no section
            if _sentence(heading.title) or _NOTE.match(heading.title) or _contact(heading.title):
                # "## This is a joint project continuing our research on ...", "#### 注意，请使用BertTokenizer加载中文
                # 词表" (note: use BertTokenizer to load the Chinese vocabulary): a line of text set as a heading
                # (or a contact line: "## If you have any questions, please contact: Tiantian Feng (t@usc.edu)")
                continue
            before = headings[position[id(heading)] - 1] if position[id(heading)] else None
            if (nxt is not None and _translated(heading, nxt)) or (before is not None and _translated(before, heading)):
                continue  # "## 1. 模型概述" straight over "## 1. Model Overview": one heading in two languages
            if len(headings) > 2 and heading is headings[1] and _subtitle(headings[0], heading):
                continue  # "# ALBERT-Persian" over "## ALBERT-Persian: A Lite BERT for ...": the title's second line
            if not shown and section.blocks and _left_by_template(section.blocks):
                # (only a generator's or a template's comment: placeholder-text (MC301) reports it and says that its
                # section is unfilled; one finding, not two)
                continue
            if shown:  # code blocks with nothing in them: an empty box
                comment = " (its code block is empty)"
            else:
                comment = " (an HTML comment is not shown to readers)" if section.blocks else ""
            if nxt is not None and nxt.level == heading.level and not (
                    section_title(heading.title) and section_title(nxt.title)):
                # "#### How to use" straight over "#### Install": often sub-sections written a level too high (not two
                # sections of their own side by side, "## Training data" over "## Training procedure", "### Training
                # results" over "### Framework versions", "## Usage" over "## Results")
                help_text = (f'{_HELP}; if "{nxt.title}" and the headings after it belong under it, give them one '
                             f"more `#` (level {heading.level + 1})")
            else:
                help_text = _HELP
            yield self.finding(
                heading,
                f'section "{heading.title}" is empty{comment}: readers see a heading with nothing under it',
                help=help_text,
            )


def _left_by_template(blocks: list) -> bool:
    """Whether ``blocks`` hold HTML comments only, each left by a generator or a template (``comment_kind``)."""
    comments = [" ".join(b.text[a + 4 : z - 3].split()) for b in blocks for a, z in html_comments(b.text)]
    return bool(comments) and all(comment_kind(c) is not None for c in comments)


_MARKER_TITLE = lazy(r"(?:TODO|TBD|FIXME)[ \t:.!]*")  # a marker left as a heading of its own
# a line of code: a call, an assignment or an import ("tokenizer.decode(encoded['input_ids'])", "x = f(y)")
_CODE_LINE = lazy(r"[ \t]*(?:[\w.\[\]'\"]+[ \t]*=[ \t]*\S|[\w.]+\(.*\)[ \t]*$|(?:from|import)[ \t]+[\w.]+)")
# a heading of how to use the model, which its steps may follow at its level ("#### How to use" over "#### Install")
_USAGE = lazy(r"how[ \t]+to[ \t]+use(?:[ \t]+it)?|usage|quick[ \t]*start|getting[ \t]+started|examples?", re.I)
# a heading that opens with a preposition, going on from the one above: "In Transformers", "With the pipeline", "Using
# ONNX Runtime"
_QUALIFIED = lazy(r"[\W_]*(?:in|with|using|via|through|from)[ \t]+\w", re.I)

class _TooHigh:
    """Which empty headings are straight over a run of their sub-sections written too high: the run sits at the level
    of the card's title (which a card keeps for its title), the card ran at the heading's level before it and goes on at
    that level or below after it ("## 使い方" over "# Inference:" and "# Training:", then "## 今後の改善案"; but
    "### Limitations (TODO)" over "## Training data" and its "### Training procedure" is empty, and so is "## Details"
    in a card of chapters, "# Model / ## Details / # Uses / ## Direct use / # Bias"). The headings' places, the
    lowest level from each one on and the first heading of each level are worked out once per card: linear however
    many empty headings it has."""

    def __init__(self, headings: list) -> None:
        self.headings = headings
        self.place = {id(h): k for k, h in enumerate(headings)}
        n = len(headings)
        self.lowest = [0] * (n + 1)  # the smallest level (the highest heading) from each place on
        self.lowest[n] = 7
        for k in range(n - 1, -1, -1):
            self.lowest[k] = min(headings[k].level, self.lowest[k + 1])
        self.first: dict[int, int] = {}  # level -> the first place after the title that has it
        for k in range(1, n):
            self.first.setdefault(headings[k].level, k)

    def holds(self, heading) -> bool:
        headings, level = self.headings, heading.level
        i = self.place[id(heading)]
        title = headings[0].level
        if i == 0 or self.first.get(level, i) >= i:
            return False  # (the card did not run at its level before it)
        j = i + 1
        while j < len(headings) and headings[j].level < level:
            if headings[j].level != title:
                return False
            j += 1
        return j > i + 1 and j < len(headings) and self.lowest[j] >= level


def _subtitle(title, heading) -> bool:
    """Whether ``heading``, straight under the title and one level below it or more, repeats the title's words
    and goes on: a subtitle ("## ALBERT-Persian: A Lite BERT for Self-supervised Learning ..."), not a section."""
    words, more = _WORD.findall(title.title.lower()), _WORD.findall(heading.title.lower())
    if heading.level <= title.level:
        return False
    # (or gives its version on the line below it: "# Google Inception V3 for Caffe" over "## revision 2")
    if heading.line == title.line + 1 and _VERSION.fullmatch(heading.title.strip(" *_")):
        return True
    # (or, in a bilingual title, names the model beside the title's last words: "# Sentiment Analysis in Vietnamese -
    # Phân tích cảm xúc trong tiếng Việt" over "## Phở Bert phân tích cảm xúc")
    shared = [w for w in more if w in words and len(w) > 1]
    return (len(more) > len(words) > 0 and more[: len(words)] == words) or (
        len(shared) >= 3 and len(shared) * 2 >= len(more))


_VERSION = lazy(r"(?:rev(?:ision)?|version|ver\.?|release|v)[ \t.]*\d[\w.-]*", re.I)


def _translated(heading, nxt) -> bool:
    """Whether ``nxt``, on the next line at the same level, is ``heading`` in another script: one of the two is
    written in ASCII and the other holds letters outside the Latin alphabets (a bilingual card's heading pair)."""
    if nxt.level != heading.level or nxt.line != heading.line + 1:
        return False
    texts = heading.title, nxt.title
    return sum(t.isascii() for t in texts) == 1 and any(map(_other_script, "".join(texts)))


def _other_script(ch: str) -> bool:
    """Greek to Ethiopic, Indic, CJK, Hangul (compared as characters: a character class of these wide ranges takes
    milliseconds to compile, in every run)."""
    return "\u0370" <= ch <= "\u1fff" or "\u3040" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af"


_BREAK = lazy(r" {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*")


def _after_break(lines: list[str], line: int) -> bool:
    """Whether the last line written above file line ``line`` (1-based) is a thematic break ("----", "***")."""
    k = line - 2
    while k >= 0 and not lines[k].strip():
        k -= 1
    return k >= 1 and not lines[k - 1].strip() and _BREAK.fullmatch(lines[k]) is not None


_VALUE = lazy(r"[:：][ \t]*[*_`]{0,2}[~≈<>]?[ \t]*\d[\d.,]*(?:[ \t]*[*x×]?[ \t]*\d[\d.,]*)?[ \t]*"
              # (a count and a few words of what it counts, "Training data: 100 million parallel pairs"; a product
              # of counts, "Training equipment: 4 * 3090", its `*` taken as markup)
              r"(?:%|[A-Za-z]{1,12}(?:[ \t]+[A-Za-z]{1,12}){0,3})?[*_`]{0,2}[ \t]*\Z"
              # (or a version it needs: '## "transformers_version" >= "4.43.1"')
              r"|(?:>=|<=|==|~=|>|<)[ \t]*[\"']?v?\d[\w.]*[\"']?[ \t]*\Z"
              # or a prompt given as a heading, over the images it made: "### prompt: 一只带着帽子的小狗"
              r"|\A[ \t*_]*(?:negative[ \t]+)?(?:prompt|input|caption)[*_]*[ \t]*[:：][ \t]*\S", re.I)
# (a section that names a collection of pictures, and a picture first in a section)
_GALLERY = lazy(r"\b(?:demos?|examples?|samples?|galler(?:y|ies)|showcases?|previews?|outputs?|images?|videos?|"
                r"gifs?|pictures?|renders?)\b", re.I)
_PICTURE = lazy(r"[ \t]*(?:\[?!\[|<img\b|<video\b|<a\b[^>\n]{0,300}>[ \t]*<img\b)", re.I)
def _shares_a_word(title: str, other: str) -> bool:
    """Whether two headings share a word of four letters or more (by its first ``STEM`` letters) that is not a word of
    the template's headings."""
    return bool((stems(title) & stems(other)) - template_stems())


def _ruled_text(card: Card, heading: Heading) -> bool:
    """Whether ``heading`` is lines of text that a ``---`` under them made a heading (a setext heading of more than one
    line, with line breaks in it, a sentence, a link, or a metadata line): the author meant a rule across the page."""
    first = card.lines[heading.line - 1].lstrip(" ") if heading.line <= len(card.lines) else ""
    text = heading.text.strip()
    under = heading.line + text.count("\n")  # (the underline's index, for a heading made by one)
    if not first.startswith("#") and under < len(card.lines) and len(card.lines[under].strip()) < 3:
        return True  # (one or two dashes under a line: "There will be an upcoming study" over "-", a list left empty)
    # (or one line: a sentence, "For an automated evaluation of this model, see the [...](...)" over "------", or a
    # metadata line left below the text, "license: creativeml-openrail-m" over "---")
    return not first.startswith("#") and ("\n" in text or "<br" in text.lower() or _sentence(heading.title)
                                          or "](" in text or _METADATA_LINE.fullmatch(text) is not None)


_METADATA_LINE = lazy(r"[a-z][a-z0-9_-]{1,30}:[ \t]+\S[^:\n]*")


RUN = 2  # the next sections, at the heading's level, that continue its name when they are a part's sections
_GENERIC = frozenset({"and", "the", "for", "with", "our", "its", "your", "this", "model", "card"})


def _words(title: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(title) if len(w) >= 3 and w.isalpha()} - _GENERIC


def _heads_a_run(i: int, headings: list[Heading]) -> bool:
    """Whether the ``RUN`` headings after ``headings[i]`` are at its level and each shares a word with it (by its first
    ``STEM`` letters, or one word the start of the other: "Use" and "Uses")."""
    heading = headings[i]
    words = _words(heading.title)
    run = headings[i + 1 : i + 1 + RUN]
    if not words or len(run) < RUN or any(h.level != heading.level for h in run):
        return False
    return all(any(a[:STEM] == b[:STEM] or a.startswith(b) or b.startswith(a) for a in words for b in _words(h.title))
               for h in run)


def _over_tables(i: int, headings: list[Heading], tabled: set[int]) -> bool:
    """Whether the ``RUN`` headings after ``headings[i]`` are at its level and each section of theirs holds a table."""
    run = headings[i + 1 : i + 1 + RUN]
    return len(run) == RUN and all(h.level == headings[i].level and id(h) in tabled for h in run)


SENTENCE_WORDS = 12  # a heading this long is a line of text set as a heading, not a section's name
# thanks or a farewell (its letters read as plain ones: "𝓽𝓱𝓪𝓷𝓴 𝔂𝓸𝓾" is "thank you")
_SIGN_OFF = lazy(r"[\W_]*(?:thanks|thank[ \t]+you|have[ \t]+fun|enjoy|cheers|good[ \t]+luck|bye|goodbye|"
                 r"see[ \t]+you|happy[ \t]+[a-z]+ing)\b", re.I)
SHOUTED_WORDS = 7  # or this long, in capitals
# or a note: its word, a colon or a comma, then what it says ("Note: ...", "注意，..."; not "### Note" alone)
_CONTACT = lazy(r"[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}")  # an e-mail address


def _contact(title: str) -> bool:
    """Whether a heading holds an e-mail address, looked for around each "@" only (a search from every character of a
    long run of letters took quadratic time)."""
    at = title.find("@")
    while 0 <= at < 4096:
        if _CONTACT.search(title, max(0, at - 64), at + 256) is not None:
            return True
        at = title.find("@", at + 1)
    return False
_NOTE = lazy(r"[\W_]*(?:note|nb|n\.b\.|warning|attention|important|caution|tip|注意|提示|警告|注)[*_]*[ \t]*"
             r"[:：,，][ \t]*[*_]*\w{2}", re.I)


def _sentence(title: str) -> bool:
    """Whether a heading reads as a sentence: it ends as one does, runs to ``SENTENCE_WORDS`` words, or is a credit."""
    text = title.strip()
    # (its words counted with two CJK characters for one: "# 新消息：DPO 版本在~13B排名第1 🤗 Open LLM 排行榜上同尺寸的
    # 所有模型中评分最高")
    words = len(text.split()) + (0 if text.isascii() else sum(1 for c in text if "\u3040" <= c <= "\u9fff") // 2)
    # (or shouted, in capitals: "## GOOGLE COLAB IS A SCAM DO NOT USE THE PAID VERSION")
    return (text.endswith((".", "!", "。", "！")) or words >= SENTENCE_WORDS
            or (len(text.split()) >= SHOUTED_WORDS and text.isupper()) or _CREDIT.match(text) is not None)


# a credit set as a heading: "### Published on HF.co with the OpenSkyML team", "## Made by the X lab" (who, after the
# verb: not a template's label left empty, "## Developed by")
_CREDIT = lazy(r"(?:published|made|created|developed|uploaded|released|shared|powered|sponsored|maintained|"
               r"hosted|brought[ \t]+to[ \t]+you)[ \t]+(?:by|on|with|at)[ \t]+\S", re.I)
