"""Where a card covers a topic without a heading of its own: what ``missing-section`` (MC201) accepts
besides headings and bold labels.

Many cards, older ones above all, say what a model card must say in their own way: a plain label
line (``Pretraining Dataset: C4``, ``- Dataset: GitHub Typo Corpus``), a table whose first header
names the topic (the Model Card Toolkit's ``| Intended Use | Description |``), or a sentence under
the title ("a RoBERTa model trained on the CodeSearchNet dataset", "reaches an F1 score of 86.9 on
the dev set", "it is intended to be fine-tuned on a downstream task").  Each function reads one such
shape; the shapes are the grammar of the statement, not lists of cards' phrases:

- ``plain_labels``: ``Label: value`` lines of prose (a label of at most four words, a value on the
  same line that is not code, a link alone or a version number: ``Datasets: 4.3.0`` in a list of
  framework versions is no dataset);
- ``table_labels``: the first header cell of each table;
- ``states_training_data``: a sentence saying the model was (pre-)trained or fine-tuned on named data:
  a link, a name that starts with a capital or a digit ("on 1 million reviews"), not hardware ("on 8
  GPUs", "on a TITAN RTX") and not a possibility ("can be fine-tuned on NER");
- ``reports_results``: results the card gives, wherever they are: model-index metrics (the Hub shows
  them on the model page), the Trainer's results list, a table with a metric column holding numbers,
  or a metric's value in a sentence ("an accuracy of 91.3", "84.4 F1");
- ``states_intended_use``: "is intended for", "are meant to", "you can use this model for";
- ``describes_model``: a short paragraph that names what kind of thing the model is ("Pretrained
  ELECTRA base language model for Malay and Indonesian.").
"""

from __future__ import annotations

import re

from ..card import Card
from .metricnames import LOSS
from .metrics import reported_metrics
from .tables import typed_tables

LABEL_WORDS = 4  # a label longer than this is the start of a sentence, not a label
_LABEL = re.compile(r"[ \t]*(?:[-*+][ \t]+)?([A-Za-z][A-Za-z0-9 &/()\-]{0,48}?)[ \t]*:[ \t]+(\S.*)")
_NOT_A_VALUE = re.compile(r"`|\d+(?:\.\d+){2,}\b|https?://\S+\s*\Z")

_TRAINED = re.compile(
    # a verb, up to five words or links ("fine-tuned version of [X](...)", "fine-tuned for sequence
    # classification"), "on", the data's name
    r"\b(?:pre-?trained|fine-?tuned|finetuned|trained|distilled|pre-?training|fine-?tuning|training)[ \t]+"
    r"(?:(?:\[[^\]\n]{0,200}\]\([^)\s]{0,500}\)|[^\s.]+)[ \t]+){0,5}?on[ \t]+"
    r"(?:(?:the|a|an)[ \t]+)?(?P<what>\[|[*_`]{0,2}[A-Z0-9])"
    # or the data as the subject: "The training corpus was papers taken from Semantic Scholar"
    r"|\b(?:pre-?)?training[ \t]+(?:data(?:set)?|corpus|corpora|set)[ \t]+(?:is|was|were|are|consists?|comes?|"
    r"includes?|contains?)\b(?P<subject>)",
    re.I,
)
_HARDWARE = re.compile(  # what a model is trained on that is no data: "on 8 GPUs", "on a single TITAN RTX"
    r"(?:\S+[ \t]+){0,2}?(?:gpus?|tpus?|cpus?|v100s?|a100s?|h100s?|titan|rtx|nvidia|tesla|colab|cores?|nodes?|"
    r"machines?|instances?|clusters?)\b",
    re.I,
)
_POSSIBLE = re.compile(r"\b(?:can|could|may|might|should|must|to|will)[ \t]+be[ \t]+\Z", re.I)
_BASED = re.compile(r"\bbased[ \t]+on[ \t]+(?:(?:the|a|an)[ \t]+)?\Z", re.I)  # "approach is based on [RoBERTa]"
_TOKENIZER = re.compile(r"tokeni[sz]er\b[^.\n]*\Z", re.I)  # "the tokenizer was trained on X": not the model's data
_NOT_DATA = frozenset({"None"})  # the Trainer's "on the None dataset" (MC301 reports it)

_METRIC = (r"(?:accuracy|f1(?:[- ]score)?|f-score|exact[ -]match|bleu|sacrebleu|rouge(?:-?(?:1|2|l|lsum))?|wer|cer|"
           r"perplexity|precision|recall|auc|mcc|matthews correlation|spearman|pearson|map|mrr|ndcg(?:@\d+)?)")
_VALUE = r"\*{0,2}(?:\d+(?:[.,]\d+)?[ \t]*%|\d*[.,]\d+)\*{0,2}"
_RESULT = re.compile(
    rf"\b{_METRIC}\b(?:[ \t]+score)?[^.\n\d]{{0,30}}?(?<![\w.])(?:{_VALUE})"
    rf"|(?<![\w.])(?:{_VALUE})[ \t]*(?:[\w-]+[ \t]+)?{_METRIC}\b",
    re.I,
)

_INTENDED = re.compile(
    r"\b(?:is|are|was|were)[ \t]+(?:\w+[ \t]+)?(?:intended|meant)[ \t]+(?:to|for)\b"
    r"|\b(?:we|i)[ \t]+intend[ \t]+(?:for|to|it|this)\b"
    r"|\byou[ \t]+can[ \t]+use[ \t]+(?:this|the)[ \t]+model[ \t]+(?:for|to)\b",
    re.I,
)

SHORT_DESCRIPTION = 4  # words of a paragraph that names the model's kind
_KIND = re.compile(
    r"\b(?:models?|checkpoints?|adapters?|networks?|pipelines?|transformers?|encoders?|decoders?|classifiers?|"
    r"taggers?|recogni[sz]ers?|embeddings?|fine-?tuned|finetuned|pre-?trained|distilled)\b",
    re.I,
)


def _prose(card: Card) -> str:
    """The body's lines outside code blocks and headings, joined (computed once per card)."""
    return card.derived("prose-text", lambda c: "\n".join(
        text for _, text in c.prose_lines() if not text.lstrip(" ").startswith("#")))


def plain_labels(card: Card) -> list[str]:
    """The labels of the card's ``Label: value`` lines of prose."""
    out = []
    for line in _prose(card).split("\n"):
        if ":" not in line:
            continue
        m = _LABEL.match(line)
        if m is None or len(m.group(1).split()) > LABEL_WORDS or _NOT_A_VALUE.match(m.group(2)):
            continue
        out.append(m.group(1))
    return out


def table_labels(card: Card) -> list[str]:
    """The first header cell of each of the card's tables."""
    return [table.header[0].text for table in card.body.tables if table.header]


def states_training_data(card: Card) -> bool:
    """Whether a sentence says the model was trained or fine-tuned on named data."""
    text = _prose(card)
    for m in _TRAINED.finditer(text):
        if m.group("subject") is not None:
            return True
        if not text[m.end() - 1].isupper() and not text[m.end() - 1].isdigit() and text[m.end() - 1] != "[":
            continue  # the pattern is read without case for its verbs, the name must start with a capital
        named = text[m.start("what") :].lstrip("*_`")
        if named.split(maxsplit=1)[0].strip(".,;:") in _NOT_DATA:
            continue
        if (_HARDWARE.match(text, m.start("what")) or _POSSIBLE.search(text, max(0, m.start() - 12), m.start())
                or _BASED.search(text, m.start(), m.start("what"))
                or _TOKENIZER.search(text, max(0, m.start() - 30), m.start())):
            continue
        return True
    return False


def reports_results(card: Card) -> bool:
    """Whether the card gives results: in model-index, the Trainer's list, a table or a sentence."""
    metrics = reported_metrics(card)
    if any(r.number.finite for r in metrics.index) or metrics.headline is not None or metrics.tables:
        return True
    for table in typed_tables(card):
        for col in table.value_columns:
            if col.kind != LOSS and col.name.metric and any(v.number.finite for v in col.numbers()):
                return True
    return _RESULT.search(_prose(card)) is not None


def states_intended_use(card: Card) -> bool:
    """Whether a sentence says what the model is intended or meant for."""
    return _INTENDED.search(_prose(card)) is not None


def describes_model(text: str, words: int) -> bool:
    """Whether a paragraph of ``words`` words (link targets and URLs not counted: ``text`` without them) names
    what kind of thing the model is."""
    return words >= SHORT_DESCRIPTION and _KIND.search(text) is not None
