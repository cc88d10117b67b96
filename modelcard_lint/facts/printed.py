"""Results an evaluation printed, pasted into a code block of the card: what ``missing-section`` (MC201) reads
as the card's evaluation when no heading or sentence gives it.

    {'exact': 64.88, 'f1': 68.17, 'HasAns_exact': 69.75, ...}
    loss: 0.2096 - accuracy: 0.9570 - val_loss: 0.0407 - val_accuracy: 0.9805
    eval_accuracy = 0.9123

A code block holds printed results when at least ``PRINTED`` of its ``key: number`` (or ``key = number``)
pairs are metrics (``metricnames``: accuracy, F1, SQuAD's ``exact``, WER, BLEU, a correlation; not a training loss, an
epoch, a learning rate or a count), losses on held-out data (``eval_loss``) or benchmarks of language models (``gsm8k:
0.5709``), as an evaluation script's output has; a configuration's or a training command's numbers are no metrics.
The card's blocks together hold printed results when ``SPREAD`` of them are such metrics, one block each (a notebook
pasted into the card, each test set's cell printing its score: ``CETUC WER: 0.1384``).
"""

from __future__ import annotations

import re

from ..card import Card
from .lazyre import lazy
from .metricnames import normalize

PRINTED = 2  # metric values a block holds at least
SPREAD = 3  # or the card's blocks hold together, one each: a notebook's cells, each printing one test set's score
# a number after a colon or an equals sign, found first (few places hold one), then the key just before it
_VALUE = lazy(r"[:=][ \t]*\(?-?\d")
_KEY = lazy(r"""([A-Za-z][\w@.-]{0,40})["']?[ \t]*\Z""")
_METRIC_KINDS = frozenset({"bounded", "correlation", "metric"})
MAX_BLOCK = 20_000  # characters of a block read at most: printed results are short


# a block's words that say its values are an evaluation's
_EVALUATION = lazy(r"\b(?:eval(?:uation)?[ \t]+(?:metrics?|results?|scores?)|test[ \t]+(?:set[ \t]+)?(?:metrics?|"
                   r"results?|scores?)|valid(?:ation)?[ \t]+(?:set[ \t]+)?(?:metrics?|results?|scores?))\b", re.I)
# or scikit-learn's classification report, its header a row of metric names: "precision    recall  f1-score   support"
_REPORT = lazy(r"^[ \t]*precision[ \t]+recall[ \t]+f1-score[ \t]+support[ \t]*$", re.M)


# or the mean reward of an agent's final checkpoint, as ML-Agents' training status records it and cards paste under
# "### Stats": ``"final_checkpoint": {"steps": 3000022, ..., "reward": 1.87466665605704, ...}``
_FINAL_REWARD = lazy(r'"final_checkpoint"[ \t]*:[ \t]*\{[^{}]{0,400}?"reward"[ \t]*:[ \t]*-?\d')


# the benchmarks of language models an evaluation harness prints scores of, by their names' letters and digits
_BENCHMARKS = ("mmlu", "cmmlu", "gsm8k", "hellaswag", "swag", "truthfulqa", "winogrande", "humaneval", "mbpp",
               "mtbench", "bbh", "gpqa", "ifeval", "alpacaeval", "ceval", "agieval", "arcchallenge", "arceasy", "piqa",
               "boolq", "lambada", "openbookqa", "siqa")


def _benchmark(key: str) -> bool:
    plain = "".join(c for c in key.lower() if c.isalnum())
    return plain.startswith(_BENCHMARKS)


def prints_results(card: Card) -> bool:
    """Whether a code block of the card holds an evaluation's printed results, or its blocks do, one value each."""
    spread = 0
    for block in card.body.code_blocks:
        text = block.text[:MAX_BLOCK]
        if ("f1-score" in text and _REPORT.search(text)) or ("final_checkpoint" in text and _FINAL_REWARD.search(text)):
            return True
        if ":" not in text and "=" not in text:
            continue
        found = 0
        for m in _VALUE.finditer(text):
            key = _KEY.search(text, max(0, m.start() - 44), m.start())
            if key is None:
                continue
            name = normalize(key.group(1))
            # (SQuAD's evaluation prints exact match as 'exact'; a harness prints a benchmark's name: "gsm8k: 0.5709")
            # (and a loss on held-out data, as the Trainer's own list of results gives it: "'eval_loss': 0.0746" beside
            # "'eval_accuracy': 0.980375")
            if ((name.kind in _METRIC_KINDS or name.key.endswith("exact") or _benchmark(key.group(1))
                 or (name.kind == "loss" and name.split in ("eval", "test"))) and "thresh" not in name.key):
                found += 1
                spread += 1
                if found >= PRINTED or spread >= SPREAD:
                    return True
        if found and _EVALUATION.search(text):  # (one value, said to be an evaluation's: "Eval metrics (10% valid
            return True  # set): {'accuracy': 0.9114740008594757}")
    return False
