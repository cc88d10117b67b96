"""The one normaliser of metric and column names, shared by every table and metric rule.

Cards spell the same quantity many ways: a training log's ``Validation Loss``,
the Trainer's ``Loss`` bullet and model-index's ``eval_loss`` are one number;
``Accuracy``, ``acc`` and ``accuracy`` are one metric.  ``normalize`` turns a
header, a bullet label or a model-index metric type into a ``Name``:

- Markup (``**``, backticks, HTML tags) and case are dropped; words are split
  on anything that is not a letter, digit or ``@``.
- A percent marker (``%``, ``(%)``, ``[%]``, ``in %``) sets ``percent``.
- A leading split word sets ``split``: ``train``/``training`` → ``train``;
  ``eval``/``evaluation``/``validation``/``valid``/``val``/``dev`` → ``eval``;
  ``test``/``testing`` → ``test``.  No split word leaves ``split`` empty.
- Synonyms become one canonical word: ``acc`` → ``accuracy``; ``f1 score``,
  ``f-score``, ``fscore``, ``f measure`` → ``f1``; ``exact match``, ``em`` → ``exact_match``;
  ``matthews correlation``, ``mcc`` → ``matthews_correlation``; ``pearsonr`` →
  ``pearson``; ``spearmanr`` → ``spearman``; ``roc auc``, ``auroc`` → ``auc``;
  ``ppl`` → ``perplexity``; ``gen len`` → ``gen_len``; ``rouge-1`` → ``rouge1``
  (also ``rouge2``, ``rougel``, ``rougelsum``); ``word error rate`` → ``wer``,
  ``character error rate`` → ``cer``; ``epochs`` → ``epoch``; ``steps``,
  ``global step``, ``iteration`` → ``step``.
- ``key`` is the remaining words joined by spaces (``cosine accuracy``): two
  names denote the same metric when their keys are equal.  ``metric`` is the
  rightmost known metric word of the key (``accuracy`` for ``cosine accuracy``),
  which gives the ``kind``.

Kinds: ``epoch``, ``step``, ``loss``, ``bounded`` (a rate in [0, 1], or in
[0, 100] as a percentage: accuracy, F1, precision, recall, exact match, AUC,
ranking metrics), ``correlation`` (in [-1, 1]), ``metric`` (other known
metrics with no upper bound, or read without one: WER, CER, BLEU, ROUGE, perplexity, generation
length, errors, PSNR, FID, IoU), ``other`` (not a metric: a model name, a label, a time).
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from ..card.body import strip_tags
from .lazyre import lazy

EPOCH, STEP, LOSS, BOUNDED, CORRELATION, METRIC, OTHER = (
    "epoch", "step", "loss", "bounded", "correlation", "metric", "other",
)

_SPLITS = {
    "train": "train", "training": "train",
    "eval": "eval", "evaluation": "eval", "validation": "eval", "valid": "eval", "val": "eval", "dev": "eval",
    "test": "test", "testing": "test",
}
# multi-word synonyms first (longest first), then single words
_PHRASES = [
    (("matthews", "correlation"), "matthews_correlation"),
    (("word", "error", "rate"), "wer"),
    (("character", "error", "rate"), "cer"),
    (("equal", "error", "rate"), "eer"),
    (("exact", "match"), "exact_match"),
    (("f1", "score"), "f1"),
    (("f", "score"), "f1"),
    (("f", "measure"), "f1"),
    (("roc", "auc"), "auc"),
    (("gen", "len"), "gen_len"),
    (("global", "step"), "step"),
    (("rouge", "1"), "rouge1"),
    (("rouge", "2"), "rouge2"),
    (("rouge", "l"), "rougel"),
    (("rouge", "lsum"), "rougelsum"),
    # an image classifier's top-1 and top-5 accuracy ("Top-1", "top5")
    (("top", "1"), "top1"),
    (("top", "5"), "top5"),
    # a regression's coefficient of determination ("R²", "R^2", "R-squared", "r2_score")
    (("r", "squared"), "r2"),
    (("r", "2"), "r2"),
    (("r2", "score"), "r2"),
    (("coefficient", "of", "determination"), "r2"),
    # spaCy's scores, as its accuracy table and its model-index name them ("DEP_LAS", "Labeled Dependencies Accuracy")
    # (and newer spaCy's: "Labeled Attachment Score (LAS)", "POS (UPOS) Accuracy", "Sentences F-Score")
    (("unlabeled", "attachment", "score", "uas"), "dep_uas"),
    (("labeled", "attachment", "score", "las"), "dep_las"),
    (("unlabeled", "attachment", "score"), "dep_uas"),
    (("labeled", "attachment", "score"), "dep_las"),
    (("pos", "upos", "accuracy"), "pos accuracy"),
    (("tag", "xpos", "accuracy"), "tag accuracy"),
    (("morph", "ufeats", "accuracy"), "morph accuracy"),
    (("sentences", "f", "score"), "senter f1"),
    (("labeled", "dependencies", "accuracy"), "dep_las"),
    (("unlabeled", "dependencies", "accuracy"), "dep_uas"),
    (("dep", "las"), "dep_las"),
    (("dep", "uas"), "dep_uas"),
    (("ents", "f"), "ner f1"),
    (("ents", "p"), "ner precision"),
    (("ents", "r"), "ner recall"),
    (("sents", "f"), "senter f1"),
    (("sents", "p"), "senter precision"),
    (("sents", "r"), "senter recall"),
]
_WORDS = {
    "acc": "accuracy", "em": "exact_match", "f1score": "f1", "fscore": "f1", "fmeasure": "f1",
    "mcc": "matthews_correlation", "matthews": "matthews_correlation", "pearsonr": "pearson", "spearmanr": "spearman",
    "auroc": "auc",
    "ppl": "perplexity", "epochs": "epoch", "steps": "step", "iteration": "step", "iterations": "step",
    "losses": "loss",
}
_KINDS = {
    "epoch": EPOCH, "step": STEP, "loss": LOSS,
    **dict.fromkeys(
        ("accuracy", "f1", "precision", "recall", "exact_match", "auc", "ndcg", "map", "mrr", "top1", "top5", "dep_las",
         # a detector's mean average precision at an IoU threshold, as YOLO and RT-DETR print it ("mAP50-95")
         # (and a text detector's harmonic mean of precision and recall, as PaddleOCR names it: "Hmean (%)")
         "dep_uas", "map50", "map75", "hmean"), BOUNDED
    ),
    **dict.fromkeys(("matthews_correlation", "pearson", "spearman"), CORRELATION),
    **dict.fromkeys(
        ("wer", "cer", "per", "eer", "bleu", "sacrebleu", "chrf", "rouge", "rouge1", "rouge2", "rougel", "rougelsum",
         # (a regression's R², at most 1 but unbounded below: no range of a correlation's)
         "perplexity", "gen_len", "mae", "mse", "rmse", "meteor", "ter", "spice", "r2",
         # images and segmentation: "PSNR", "SSIM", "LPIPS", "FID", "IoU", "Dice", captions' "CIDEr"
         "psnr", "ssim", "lpips", "fid", "iou", "miou", "dice", "cider"),
        METRIC,
    ),
}
_MARKUP = lazy(r"[*`]")  # and HTML tags, removed by strip_tags
_PERCENT = lazy(r"\(\s*%\s*\)|\[\s*%\s*\]|\bin\s*%|%")
_WORD = lazy(r"[a-z0-9@]+(?:['’][a-z]+)*")  # (a word with an apostrophe is one: "Poss'em" is a name, no EM)
# a header of differences between two results, not of results: "Δ Accuracy", "Acc. diff", "F1 gain", "WER vs. base"
_DIFFERENCE = frozenset({"delta", "diff", "difference", "differences", "change", "gain", "gains", "improvement",
                         "drop", "degradation", "vs", "versus"})


# the phrases by their first word, in their order: a label's words are looked up, not every phrase tried at every word
_PHRASES_BY_FIRST: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _phrase, _canon in _PHRASES:
    _PHRASES_BY_FIRST.setdefault(_phrase[0], []).append((_phrase, _canon))


class Name(NamedTuple):
    """A normalised metric or column name (see the module documentation)."""

    key: str
    metric: str
    kind: str
    split: str
    percent: bool


@lru_cache(maxsize=4096)
def normalize(text: str) -> Name:
    """Normalise a header, a results bullet's label or a model-index metric type."""
    # strip_tags, not a regex <[^>]+>: that looks for the ">" from every "<", in quadratic time
    low = _MARKUP.sub("", strip_tags(text)).lower().replace("²", "2")
    percent = "%" in low
    if percent:
        low = _PERCENT.sub(" ", low)
    words = _WORD.findall(low.replace("_", " "))
    split = ""
    if len(words) > 1 and words[0] in _SPLITS:
        split = _SPLITS[words.pop(0)]
    out: list[str] = []
    i = 0
    while i < len(words):
        for phrase, canon in _PHRASES_BY_FIRST.get(words[i], ()):  # (only the phrases that open with this word)
            if tuple(words[i : i + len(phrase)]) == phrase:
                out.extend(canon.split(" "))
                i += len(phrase)
                break
        else:
            word = words[i]
            if "@" in word:  # ("Acc@1": the accuracy at one)
                head, _, tail = word.partition("@")
                word = f"{_WORDS.get(head, head)}@{tail}"
            out.append(_WORDS.get(word, word))
            i += 1
    metric, kind = "", OTHER
    if "δ" in low or "∆" in low or not _DIFFERENCE.isdisjoint(words):
        return Name(" ".join(out), metric, kind, split, percent)
    for k in range(len(out) - 1, -1, -1):
        base = out[k].split("@", 1)[0]
        if base == "per" and k < len(out) - 1:  # "samples per second" is a throughput, not a phone error rate
            continue
        if base in _KINDS:
            if base == "r2" and len(out) > 1:
                continue  # (the coefficient of determination alone: "anli_r2" is ANLI's second round)
            metric, kind = base, _KINDS[base]
            break
    if kind in (EPOCH, STEP) and len(out) > 1:  # "Train Steps", "epoch time": not the log's clock
        kind = OTHER
    return Name(" ".join(out), metric, kind, split, percent)
