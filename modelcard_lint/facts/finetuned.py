"""The generators' sentence that names the base model and the training data, read once per card.

The transformers ``Trainer`` writes "This model is a fine-tuned version of [X](https://huggingface.co/X)
on the D dataset." (or "on an unknown dataset", "on the A, the B and the C datasets", "This model was
trained from scratch on ..."); TRL and PEFT write the same sentence, sentence-transformers writes "...
model finetuned from [X](https://huggingface.co/X) on the D dataset"; the XLSR fine-tuning week's template "Fine-tuned
[X](https://huggingface.co/X) on Finnish using ...", huggingtweets "The model is based on a pre-trained [GPT-2](...)
which is fine-tuned on @user's tweets", and any "This model is based on [X](https://huggingface.co/X)".
``sentences`` finds every such sentence in the card's prose (code blocks left out), in order, with the base model's
link and each dataset name at their positions.  MC121 (no `base_model`), MC133 (a `base_model` that contradicts the
sentence), MC134 (a model-index dataset the text does not name) and MC301 (the None dataset) read it.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ..card import Card
from ..diagnostics import Span
from ..hub.vocabulary import repo_id_problem
from .lazyre import lazy

# where a sentence may be: the lines with one of these are read
_TRIGGER = lazy(r"tuned (?:version of|from)|from scratch|tuned \[|model (?:is|was) based on")
_WORDS = ("uned", "UNED", "cratch", "CRATCH", "ased on", "ASED ON")
# the phrase and the "[" of the base model's link; and the other generators' forms of it: the XLSR fine-tuning week's
# template opens with "Fine-tuned [facebook/wav2vec2-large-xlsr-53](https://huggingface.co/...) on Finnish using ...",
# huggingtweets writes "The model is based on a pre-trained [GPT-2](https://huggingface.co/gpt2) which is fine-tuned
# on @user's tweets", sentence-transformers' cross-encoders "This model is based on [microsoft/deberta-v3-small](...)"
# (the model as the subject: not "Its tokenizer is based on [X](...)")
_PHRASE = lazy(r"fine[- ]?tuned (?:version of|from) \[|(?:^[ \t>*+-]*|(?<=[.!?] ))[*_]{0,2}fine[- ]?tuned \["
               r"|\b(?:this|the|our) model (?:is|was) based on (?:an? |the )?(?:pre-?trained )?\[", re.I)
_SCRATCH = lazy(r"trained from scratch\b", re.I)
# a sentence whose subject is another model: the base model's own base is not this model's
_OTHER_SUBJECT = lazy(r"\b(?:base|original|parent|underlying|teacher|backbone)[ \t]+(?:\w+[ \t]+)?model\b", re.I)
_HUB_TARGET = lazy(
    r"\(\s*https?://(?:www\.)?(?:huggingface\.co|hf\.co)/(?P<id>[\w.-]+(?:/[\w.-]+)?)/?\s*\)", re.I
)
_ANY_TARGET = lazy(r"\([^)\s]*\)")
_CHECKPOINT = lazy(r"/checkpoint-\d+\Z")
# the families of the Hub's first models, the only ones with no owner in their id ("gpt2", "t5-small",
# "distilbert-base-uncased"; since moved under organisations, their old ids redirect)
_LEGACY = lazy(r"(?:albert|bert|camembert|ctrl|distil(?:bert|gpt2|roberta)|gpt2|openai-gpt|roberta|t5"
               r"|transfo-xl|xlm|xlnet)(?:[-_.]|\Z)", re.I)
# what follows the base model: " on the D dataset" / " on an unknown dataset" / " on the A and the B datasets";
# the spaces around the names are bounded: with ``\s+`` a long run of blanks was split every way around
# every length of the names (quadratic time)
_DATA = lazy(
    r"\s+on\s+(?:(?P<unknown>an\s+unkn?own\s+dataset)|the\s{1,8}(?P<names>[^\n]{1,300}?)\s{1,8}datasets?\b)", re.I
)
_SEPARATOR = lazy(r"\s*,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?", re.I)
_ALNUM = lazy(r"[^a-z0-9]+")
_LINK = lazy(r"\[(?P<label>[^\]]*)\]\((?P<url>[^)\s]*)\)")
_DATASET_URL = lazy(r"https?://(?:www\.)?(?:huggingface\.co|hf\.co)/datasets/(?P<id>[\w.-]+(?:/[\w.-]+)?)/?$")


class Named(NamedTuple):
    """A model or dataset the sentence names: the text a reader sees, the Hub id it links to (or None)."""

    text: str
    id: str | None
    span: Span


class Sentence(NamedTuple):
    """One generator sentence.  ``base`` is None for "trained from scratch" (and for a base that is not a
    link); ``datasets`` are the names of "on the D dataset"; ``unknown`` the span of "an unknown dataset"."""

    line: int
    base: Named | None
    datasets: tuple[Named, ...]
    unknown: Span | None


def sentences(card: Card) -> list[Sentence]:
    """Every generator sentence of the card's prose, in order (computed once per card)."""
    return card.derived("finetuned", _build)


def linked_base(card: Card) -> Named | None:
    """The first base model a generator sentence links to on the Hub ("fine-tuned version of
    [X](https://huggingface.co/X)"), or None; links to datasets, Spaces or local checkpoints name no model (a
    Trainer's saved folder, "[common6/checkpoint-3500](https://huggingface.co/common6/checkpoint-3500)" or
    "[outputDAQonly09/](https://huggingface.co/outputDAQonly09/)", neither), nor does an id with no owner outside the
    families of the Hub's first models, which alone have none ("[resnet18](https://huggingface.co/resnet18)", timm's
    name for an architecture; a local folder the Trainer linked)."""
    for sentence in sentences(card):
        base = sentence.base
        if base is None or base.id is None or base.id.startswith(("datasets/", "spaces/")):
            continue
        if _CHECKPOINT.search(base.id) or base.text.rstrip().endswith("/"):
            continue  # a Trainer's saved folder ("common6/checkpoint-3500", "outputDAQonly09/"), linked as if an id
        if "/" not in base.id and not _LEGACY.match(base.id):
            continue  # a local folder or a library's own name ("resnet18" to timm), linked as if a canonical id
        if repo_id_problem(base.id) is None:
            return base
    return None


def base_words(card: Card, base: Named) -> str:
    """How the sentence of ``base`` relates the model to it, in its own words: "is a fine-tuned version of" (the
    Trainer's, and "finetuned from"), "was fine-tuned from" (the XLSR template's "Fine-tuned [X](...)"), "is based
    on"."""
    line = card.lines[base.span.line - 1].lower()
    return ("is a fine-tuned version of" if _VERSION_OF.search(line) else "was fine-tuned from" if "tuned [" in line
            else "is based on")


_VERSION_OF = lazy(r"tuned (?:version of|from) \[")


def dataset_and_config(named: Named) -> tuple[str, str]:
    """The set and the configuration of a dataset the speech examples' script names with its configuration
    ("MOZILLA-FOUNDATION/COMMON_VOICE_8_0 - PT"); the name and "" for any other, and for the script's "NA", which it
    writes when it was given no configuration ("OPENSLR_SLR66 - NA"; not Nauruan)."""
    dataset, sep, config = named.text.rpartition(" - ")
    if not (sep and dataset):
        return named.text, ""
    return dataset, "" if config.strip().lower() == "na" else config


def _build(card: Card) -> list[Sentence]:
    raw = card.text
    # the lines that may hold a sentence: those with "tuned" or "scratch" in some case, found with
    # str.find (no copy of the whole text in lower case, no case-insensitive scan)
    starts = sorted(
        {raw.rfind("\n", 0, p) + 1 for word in _WORDS for p in _positions(raw, word)}
    )
    if not starts:
        return []
    out = []
    lines = card.lines
    code = card.code_lines
    n, counted = 0, 0  # n: the 0-based line of offset `counted`
    for start in starts:
        n += raw.count("\n", counted, start)
        counted = start
        if n + 1 <= card.body_line or n + 1 in code or not _TRIGGER.search(lines[n].lower()):
            continue
        found = _sentence(n + 1, lines[n])
        if found is not None:
            out.append(found)
    return out


def _positions(text: str, word: str) -> list[int]:
    found = []
    p = text.find(word)
    while p >= 0:
        found.append(p)
        p = text.find(word, p + len(word))
    return found


def finetuned(line: str) -> tuple[int, int, str] | None:
    """(start, end) of the first "fine-tuned version of [X](https://huggingface.co/X)" link of ``line``
    (or "finetuned from [X](...)"), and the id it links to.

    The same answer as one regex with ``\\[[^\\]]*\\]`` for the link's label, in linear time: that
    regex looked for the ``]`` from every repetition of the phrase, to the end of the line.
    Here each ``]`` is looked for once and the target after it read once.
    """
    close = -1
    target: re.Match[str] | None = None
    for m in _PHRASE.finditer(line):
        if close < m.end():
            close = line.find("]", m.end())
            if close < 0:
                return None
            target = _HUB_TARGET.match(line, close + 1)
        if target is not None:
            return m.end() - 1, target.end(), target.group("id")
    return None


def _sentence(n: int, line: str) -> Sentence | None:
    """The generator sentence of ``line``: its base model's link (on the Hub or not), then its data; None for a
    sentence about another model ("The base language model [X](...) is a fine-tuned version of [Y](...)")."""
    hub = finetuned(line)
    if hub is not None:
        start, end, id_ = hub
        if _OTHER_SUBJECT.search(line, line.rfind(". ", 0, start) + 1, start):
            return None
        close = line.find("]", start)
        label = line[start + 1 : close].strip("` ")
        # the Trainer writes the id twice, as the link's text and in its address; where an edit made them differ,
        # the text is what readers see: "[klue/roberta-large](https://huggingface.co/klue/olajidewurld)"
        # (as it stands: a label that an id needs stripped first, "e/f<U+2028>", is no id to write)
        # (but where the two differ only by punctuation, the address is the id that resolves, and the text an id spelt
        # from memory: "[CompVis/stable-diffusion-v1-4-original](https://huggingface.co/CompVis/stable-diffusion-v-1-4-
        # original)")
        # (and where the text is the family's name that the address goes on from, the address is the checkpoint:
        # "[microsoft/Florence-2](https://huggingface.co/microsoft/Florence-2-large)")
        # (a canonical model's id too, without an owner, its words joined: "[t5-small](https://huggingface.co/best-
        # models/H)")
        if label != id_ and ("/" in label or (_CANONICAL.fullmatch(label) and not set(re.split(r"[-_.]", label.lower()))
                                             & set(re.split(r"[-_./]", id_.lower())))) \
                and label == label.strip() and repo_id_problem(label) is None \
                and _ALNUM.sub("", label.lower()) != _ALNUM.sub("", id_.lower()) \
                and not id_.lower().startswith((label.lower() + "-", label.lower() + "_", label.lower() + ".")):
            id_ = label
        return _with_data(n, line, end, Named(label, id_, Span(n, start + 1, n, end + 1)))
    m = _PHRASE.search(line)
    if m is not None:
        close = line.find("]", m.end())
        other = _ANY_TARGET.match(line, close + 1) if close >= 0 else None
        if other is not None:  # a link outside the Hub: no id, but the data part is still the generator's
            base = Named(line[m.end() : close].strip("` "), None, Span(n, m.end(), n, other.end() + 1))
            return _with_data(n, line, other.end(), base)
    m = _SCRATCH.search(line)
    return _with_data(n, line, m.end(), None) if m is not None else None


_CANONICAL = lazy(r"[a-z0-9]+(?:[-_.][a-z0-9]+)+")  # the id of one of the Hub's first models: "t5-small"


def _with_data(n: int, line: str, at: int, base: Named | None) -> Sentence:
    m = _DATA.match(line, at)
    if m is None:
        return Sentence(n, base, (), None)
    if m.group("unknown"):
        return Sentence(n, base, (), Span(n, m.start("unknown") + 1, n, m.end("unknown") + 1))
    start = m.start("names")
    names = m.group("names")
    datasets = []
    pos = 0
    for sep in [*_SEPARATOR.finditer(names), None]:
        end = sep.start() if sep is not None else len(names)
        item = names[pos:end]
        if item.strip():
            datasets.append(_dataset(n, item, start + pos))
        if sep is None:
            break
        pos = sep.end()
    return Sentence(n, base, tuple(datasets), None)


def _dataset(n: int, item: str, offset: int) -> Named:
    lead = len(item) - len(item.lstrip())
    text = item.strip()
    link = _LINK.fullmatch(text)
    span = Span(n, offset + lead + 1, n, offset + lead + len(text) + 1)
    if link is None:
        return Named(text.strip("`*_"), None, span)
    url = _DATASET_URL.match(link.group("url"))
    return Named(link.group("label").strip("`*_ "), url.group("id") if url else None, span)
