"""How well a model does, said as a measure or a finding in words, read by ``claims.states_performance`` beside its own
statements: a latency measured ("a latency as low as 226ms"), what testing indicates ("Testing so far indicates a higher
level of video coherency than the original weights"), other approaches beaten on every set ("largely outperforms all
previous approaches ... on all datasets"), a leaderboard's score ("public score 0.63142"), tests passed, counted
("passed 18 of 20 unit tests"). Each shape comes with the
words (lower case) every match of it holds."""

from __future__ import annotations

import re

from ..card import Card
from .anchors import Shapes
from .lazyre import lazy

REACH = 140

# a count of a total with its share in brackets: "850 / 1,200 (71%)", "30 / 4,910 genes (top 0.6%)"
_SHARE = (r"(?<![\w.])\d[\d,]*[ \t]*/[ \t]*\d[\d,]*(?:[ \t]+[a-z-]+)?[ \t]*\n?[ \t]*\((?:top[ \t]+|~[ \t]*)?"
          r"\d+(?:\.\d+)?[ \t]*%\)")

MEASURED = Shapes(
    (("latency",),
     r"\blatency[ \t]+(?:as[ \t]+low[ \t]+as|of|under|below|around)[ \t]+~?\d+(?:\.\d+)?[ \t]*(?:ms|milliseconds|"
     r"seconds|s)\b"),
    (("testing so far", "testing indicates", "testing shows", "testing suggests"),
     r"\btesting[ \t]+(?:so[ \t]+far[ \t]+)?(?:indicates|shows|suggests)\b"),
    (("outperform",),
     r"\boutperforms?\b[^.\n]{0,120}?\bon[ \t]+(?:all|most|every|each)[ \t]+(?:[\w-]+[ \t]+)?(?:datasets|benchmarks|"
     r"tasks)\b"),
    # a score a leaderboard or an organizer gave, by its number: "Kaggle ref 56117057, public score 0.63142", "The
    # organizer's official full-test service reported a TartanIMU score of 0.53485" (not a threshold, "a confidence
    # score of 0.5 or more")
    (("score",),
     r"\b(?:public|private|leaderboard|official|final|test|benchmark)[ \t]+score[ \t]*(?:of|was|is|:|=)?[ \t]*[*`]{0,2}"
     r"\d+(?:\.\d+)?\b"
     r"|\breported[ \t]+an?[ \t]+(?:[\w-]+[ \t]+){0,2}?score[ \t]+of[ \t]+[*`]{0,2}\d+(?:\.\d+)?\b"),
    # the tests it passed, counted in words: "It passed 18 of 20 unit tests", "solves 41 out of 50 problems" (not
    # "passed 3 of the 5 filters"); in Chinese, "通过了 18 个" (passed 18) or "通过率 90%" (a pass rate)
    (("passed", "passes", "solved", "solves", "answered", "answers"),
     r"\b(?:passed|passes|solved|solves|answered|answers)[ \t]+(?:only[ \t]+|about[ \t]+)?\d{1,6}[ \t]+"
     r"(?:of|out[ \t]+of)[ \t]+(?:the[ \t]+)?\d{1,6}[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:tests|test[ \t]+cases|cases|"
     r"problems|questions|prompts|tasks|checks|puzzles|examples|items|benchmarks|challenges|exercises|scenarios)\b"),
    (("通过", "通過"), r"(?:通过|通過)了?[ \t]*\d+[ \t]*(?:个|個|项|項|条|條|道)|(?:通过|通過)率[^。\n]{0,10}?\d"),
    # the tables of a paper its checkpoints produced: "the exact checkpoints used to produce Tables 1–8 of the paper",
    # "Reproduce paper Tables 1–6: python scripts/run_all_eval.py"
    (("tables",),
     r"\b(?:produce|reproduce|reproducing|producing)[ \t]+(?:the[ \t]+)?(?:paper(?:'s)?[ \t]+)?"
     r"(?:results[ \t]+(?:in|of)[ \t]+)?tables[ \t]+\d"),
    # the coverage its intervals reach: "Empirical 90% prediction-interval coverage is approximately 89.5%"
    (("coverage",),
     r"\b(?:empirical|measured|observed|actual|interval)[ \t]+(?:[\w-]+[ \t]+){0,2}?coverage[ \t]+(?:is|was|of|=|:|"
     r"reaches|reached)[ \t]+(?:approximately[ \t]+|about[ \t]+|around[ \t]+|~[ \t]*)?\d+(?:\.\d+)?[ \t]*%"),
    # a score it achieves, named before "score of": "it achieves a speaker similarity score of 74.9%"
    (("achieve",),
     r"\bachiev(?:es|ed|ing)[ \t]+(?:an?|the)[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:score|rate)[ \t]+of[ \t]+"
     r"\d+(?:\.\d+)?[ \t]*%"),
    # the benchmarks it was evaluated on, named: "Evaluated with BEq verification on mainstream benchmarks including
    # FormalMATH-Lite, ProverBench, and CombiBench"
    (("evaluated",),
     r"\bevaluated[ \t]+(?:(?:with|using|by)[ \t]+(?:\[[^\]\n]{1,60}\]\([^)\s]{1,200}\)|[^.\n\[]{1,60}?)"
     r"(?:[ \t]+[\w-]+){0,3}?[ \t]+)?on[ \t]+(?:[\w-]+[ \t]+){0,2}?benchmarks?"
     r"[ \t]*,?[ \t]*(?:including|such[ \t]+as|like|:)[ \t]*[*_`\[]*(?-i:[A-Z0-9])"),
    # a count of a total with its share, of what succeeded: "850 / 1,200 (71%) of generated molecules match",
    # "documented off-targets at median rank 30 / 4,910 genes (top 0.6%)" (not a split, "1/4 (25%) of the data")
    (("%)",),
     r"\b(?:rank|ranked|correct|correctly|solved|passed|matched|succeeded|successful|success(?:es)?|hits?)\b"
     r"[^.\n]{0,40}?" + _SHARE
     + r"|" + _SHARE + r"[^.\n]{0,60}?\b(?:match(?:es|ed)?|pass(?:es|ed)?|correct(?:ly)?|solved|succeed(?:s|ed)?|"
       r"successful)\b"),
    # results shown without a measure: "The rough-terrain videos are qualitative results"
    (("qualitative",), r"\bqualitative[ \t]+(?:results?|evaluations?|assessments?|comparisons?)\b"),
    # a validation score as a value ("trained ... for 20k steps with a val_metric of 0.0341 at the end"), where the
    # results are kept ("Final metrics are stored in `metadata.json`"), a measure on a named eval ("Measured on a
    # 37-question adversarial fact eval")
    (("val_", "valid_", "eval_", "test_"),
     r"\b(?:val|valid|eval|test)_(?:metric|score|acc(?:uracy)?|f1|loss|wer|cer|bleu|auc|map)[ \t]+(?:of|was|is|=|:)"
     r"[ \t]*[-+]?\d"),
    # (an evaluation's metrics, not a training run's: "Hyperparameters and metrics are recorded in the W&B training
    # run")
    (("stored in", "saved in", "logged in", "recorded in", "written to", "saved to"),
     r"(?<!training )(?<!train )\b(?:(?:final|evaluation|eval|test|validation|benchmark)[ \t]+"
     r"(?:metrics|results|scores)|results|scores)[ \t]+(?:are|is|were|was)[ \t]+"
     # (a file, a link or a name: not "The scores are stored in a list")
     r"(?:stored|saved|logged|recorded|written)[ \t]+(?:in|to)[ \t]+(?:the[ \t]+)?(?:[`\[]|[\w-]+\.[a-z]{2,5}\b|"
     r"(?-i:[A-Z]))"),
    (("measured on",),
     r"\bmeasured[ \t]+on[ \t]+(?:a|an|the|our)[ \t]+[^.\n]{0,60}?\b(?:eval|evaluation|benchmark|test[ \t]+set)\b"),
    # cases it was tried on and what it got right ("Tested against real-world breaches including Capital One (2019)
    # ... - correctly identifying root causes"), its outputs compared with the base model's ("I have compared the PEFT
    # model response with the original model response")
    (("correctly",),
     r"\btested[ \t]+(?:on|against|with)[ \t]+[^.\n]{1,160}?\bcorrectly[ \t]+[a-z]+(?:ing|ed)\b"),
    (("compared",),
     r"\bcompared[ \t]+(?:the[ \t]+)?(?:[\w-]+[ \t]+){0,3}?model(?:'s)?[ \t]+(?:responses?|outputs?|answers?|"
     r"generations?|predictions?|completions?)[ \t]+(?:with|to|against)[ \t]+(?:the[ \t]+)?(?:[\w-]+[ \t]+){0,3}?"
     r"(?:model|base|original)\b"),
    # a gain measured as a factor: "up to 70x improvement in throughput" (not a plan, "aims for a 2x speed-up")
    (("x improvement", "x speed", "× improvement", "× speed", "x increase", "x reduction", "x higher", "x lower"),
     r"(?<![\w.])\d+(?:\.\d+)?[ \t]*[x×][ \t]+(?:improvement|speed-?up|increase|reduction|higher|lower)[ \t]+"
     r"(?:in[ \t]+|of[ \t]+)?(?:the[ \t]+)?(?:throughput|speed|latency|memory|inference|tokens|accuracy|"
     r"performance)\b"),
    flags=re.I, reach=REACH,
)


def measures_in_words(text: str) -> bool:
    """Whether ``text`` says how well the model does as a measure or a finding in words (``MEASURED``)."""
    return MEASURED.search(text) is not None


# a table's cell of cases passed: "| Smoke test | 6/6 PASS |"; or a count of successes under a column of them: "|
# Protocol | Backend | Success |" over "| Demo-mean `home_joints` | EGL | **1/10** |"
_PASSED_CELL = lazy(r"[*_]{0,2}\d{1,3}[ \t]*/[ \t]*\d+[*_]{0,2}[ \t]+(?:pass(?:ed)?|solved)\b", re.I)
_COUNT_CELL = lazy(r"[*_]{0,2}\d{1,4}[ \t]*/[ \t]*\d{1,5}[*_]{0,2}(?:[ \t]|\Z)")
_SUCCESS_HEAD = lazy(r"\b(?:success(?:es)?|successful|solved|passed|pass[ \t]+rate|correct|wins?|accuracy)\b", re.I)


def passes_in_tables(card: Card) -> bool:
    """Whether a table counts cases passed, in a cell that says so or under a column of successes."""
    for table in card.tables:
        heads = [i for i, cell in enumerate(table.header) if _SUCCESS_HEAD.search(cell.text)]
        for row in table.rows:
            if any(_PASSED_CELL.match(cell.text) for cell in row.cells) or any(
                    i < len(row.cells) and _COUNT_CELL.match(row.cells[i].text) for i in heads):
                return True
    return False
