"""Where a card says its evaluation is instead of giving scores, or what a test without scores found, as
``missing-section`` (MC201) reads `evaluation` beside the scores ``results`` reads: its script is elsewhere, it
publishes none, its results are in a paper, a manual test confirmed it works, it keeps the original's accuracy."""

from __future__ import annotations

import re

from ..card import Card
from .anchors import found_near
from .claims import states_performance
from .lazyre import lazy
from .prose import prose_text
from .titles import title_text

# where the evaluation is to be found instead of its scores: "The evaluation script and test manifest are in the
# [GitHub repository](...). We are not publishing our own scores for this model."
_EVALUATION_ELSEWHERE = lazy(
    # ("see our [GitHub](...) and learn more about the benchmarks and costs")
    r"\b(?:learn|read|see|find)[ \t]+more[ \t]+about[ \t]+(?:the[ \t]+|our[ \t]+|its[ \t]+)?(?:benchmarks?|"
    r"evaluations?|benchmark[ \t]+results|scores)\b|"
    r"\beval(?:uation)?[ \t_-]+(?:scripts?|code|harness|tooling|notebooks?|suite)\b[^.\n]{0,60}?"
    r"(?:\b(?:is|are)[ \t]+(?:in|at|on|available|provided|included)\b|\bcan[ \t]+be[ \t]+found\b|https?://|\]\()"
    r"|\bnot[ \t]+(?:publishing|reporting|releasing|sharing|advertising|claiming)[ \t]+(?:our[ \t]+(?:own[ \t]+)?|"
    r"any[ \t]+)?(?:benchmark[ \t]+)?(?:scores|results|numbers|benchmarks?|metrics)\b"
    # ("so this card does not advertise benchmark scores", "Historical ROUGE results have not been independently
    # reproduced", "Model quality has not been established by these smoke tests")
    r"|\b(?:carries|gives|reports|includes|contains|has)[ \t]+no[ \t]+(?:[\w-]+[ \t]+(?:or[ \t]+)?){0,3}?"
    r"(?:figures|numbers|scores|metrics|benchmarks|results)\b"
    r"|\b(?:does|do|did)[ \t]+not[ \t]+(?:publish|report|advertise|claim|give|list)[ \t]+(?:any[ \t]+)?"
    r"(?:benchmark[ \t]+|evaluation[ \t]+)?(?:scores|results|numbers|benchmarks|metrics)\b"
    r"|\b(?:results|scores|quality|performance|accuracy)[ \t]+(?:has|have)[ \t]+not[ \t]+(?:yet[ \t]+)?been[ \t]+"
    r"(?:independently[ \t]+|formally[ \t]+)?(?:reproduced|verified|established|measured|assessed|benchmarked)\b"
    # or that there is none yet: "I have no idea of its performance yet", "The model has not been evaluated yet"
    r"|\bno[ \t]+idea[ \t]+(?:of|about)[ \t]+(?:its|the[ \t]+model's)[ \t]+performance\b"
    r"|\b(?:has|have|was|were)[ \t]+not[ \t]+(?:yet[ \t]+)?(?:been[ \t]+)?(?:evaluated|benchmarked)\b"
    r"|\bno[ \t]+(?:formal[ \t]+|public[ \t]+|official[ \t]+|systematic[ \t]+)?(?:evaluations?|benchmarks?)"
    r"(?:[ \t]+(?:results|benchmarks|numbers|scores|yet))?\b(?![ \t]+(?:data|set|split))"
    # or a link to a page of its own: "[EVAL.md](https://huggingface.co/hexgrad/Kokoro-82M/blob/main/EVAL.md)" (the
    # link's whole text; not a benchmark's or a paper's name, "[General Language Understanding Evaluation (GLUE)](...)",
    # nor a link to a heading of the card, which is a section of its own or no evaluation at all)
    r"|\[[ \t*_`]*eval(?:uation)?s?(?:[ \t_-]?results?)?(?:\.md)?[ \t*_`]*\]\((?!#)[^)\s]{1,300}\)"
    # or where its results are: "We provide extensive evaluation results ... in the [SeamlessM4T](...) and [Seamless]
    # (...) papers", "evaluation results are in our technical report"
    r"|\beval(?:uation)?[ \t]+results?\b[^.\n]{0,100}?\bin[ \t]+(?:the|our|these|this|its)[ \t]+"
    r"(?:\[|(?:[\w-]+[ \t]+){0,2}?(?:papers?|reports?|files?|repository|repo|blog)\b)"
    # ("Evaluations of our model are available on the original MIT saliency benchmark"; a file of them: "evaluation
    # JSON artifacts", "| `report.json` | Training / eval report |")
    r"|\bevaluations?[ \t]+(?:results[ \t]+)?(?:of[ \t]+(?:our|the|this)[ \t]+model[ \t]+)?(?:are|is)[ \t]+"
    r"available[ \t]+(?:on|at|in|from)\b|\beval(?:uation)?[ \t]+(?:json[ \t]+|results[ \t]+)?(?:artifacts?|reports?)\b"
    # ("For further details or evaluation results, please visit the associated [paper](...) or [GitHub repository]";
    # or a file: "If you want to know about training details or evaluation results, see SlovakT5_report.pdf")
    r"|\beval(?:uation)?[ \t]+results?\b[^.\n]{0,60}?\b(?:visit|see|refer[ \t]+to|check|read)[ \t]+"
    r"(?:(?:the|our|its)[ \t]+(?:associated[ \t]+|accompanying[ \t]+|original[ \t]+)?(?:\[|(?:[\w-]+[ \t]+){0,2}?"
    r"(?:papers?|reports?|repository|repo|blog|github)\b)|[`*_\[]{0,2}[\w.-]+\.(?:pdf|md|html?|ipynb|txt|json|csv)\b)"
    # or a service that shows them: "Benchmarks shared on wandb using validation and test sets of iapp_wiki_qa_squad"
    r"|\b(?:benchmarks?|results|metrics|evaluations?|scores)[ \t]+(?:are[ \t]+|were[ \t]+)?(?:shared|logged|published|"
    r"tracked|reported|available)[ \t]+(?:on|in|at|via)[ \t]+\[?(?:wandb|w&b|weights[ \t]*(?:&|and)[ \t]*biases|"
    r"tensorboard|comet|mlflow|neptune)\b"
    # ("see the paper for datasets, losses and evaluation", "Please refer to our technical report for the evaluation",
    # "Please check our blog post for more details, samples, evaluations and more")
    r"|\b(?:see|refer[ \t]+to|read|check)[ \t]+(?:out[ \t]+)?(?:the|our|its)[ \t]+(?:[\w-]+[ \t]+)?(?:paper|report|"
    r"preprint|article|publication|blog(?:[ \t]+post)?|website|project[ \t]+page)[ \t]+for[ \t]+(?:the[ \t]+)?"
    r"(?:[\w-]+,?[ \t]+){0,6}?(?:evaluations?|results|benchmarks?|experiments)\b"
    # or how it was evaluated, said as what was done: "To evaluate model quality, we fine-tuned DistilRuBERT-small on
    # classification, NER and question answering tasks", "To evaluate improvements in the inference speed, we ran ..."
    r"|\bto[ \t]+evaluate[ \t]+(?:the[ \t]+)?(?:model(?:'s)?[ \t]+)?(?:[\w-]+[ \t]+){0,3}?(?:quality|performance|speed|"
    r"accuracy|improvements?)\b[^.\n]{0,80}?,[ \t]+we[ \t]+(?:ran|fine-?tuned|tested|measured|compared|evaluated|"
    r"trained|benchmarked)\b", re.I)


# or what a test without scores found: "Manual probe testing post-merge confirmed responses are coherent prose", "In
# our tests, it handled ..." (not a test set's description, "the test set contains")
_TESTED = lazy(
    r"\b(?:manual|human|qualitative|informal|internal|spot|probe|blind|side-by-side|our|my|initial|early|further|"
    r"extensive|limited)[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:tests?|testing|evaluations?|checks|reviews?|trials?)[ \t]+"
    r"(?:[\w-]+[ \t]+){0,3}?(?:confirm(?:s|ed)|show(?:s|ed)?|reveal(?:s|ed)|found|finds|indicat(?:es|ed)|"
    r"suggest(?:s|ed))\b"
    r"|\bin[ \t]+(?:our|my)[ \t]+(?:own[ \t]+)?(?:[\w-]+[ \t]+)?(?:tests|testing|experiments|evaluations?|trials)"
    r"(?:[ \t]*,|[ \t]+the[ \t])"  # ("In my tests the 2k model was the one that got the most creativity"; not "In
    # my early experiments it seems to be doing very well", which reviewers held too vague)
    # or that it scores as the model it was made from: "the same representations produced by the original model which
    # preserves the original accuracy", "retains the full model's quality", "without any loss of accuracy"
    r"|\b(?:preserv|retain|keep|maintain|match)(?:es|s|ed|ing|e)?[ \t]+(?:the[ \t]+|its[ \t]+)?(?:original|same|full|"
    r"base)[ \t]+(?:model'?s[ \t]+)?(?:accuracy|performance|quality|scores?)\b"
    r"|\bwithout[ \t]+(?:any[ \t]+)?(?:significant[ \t]+|noticeable[ \t]+|measurable[ \t]+)?(?:loss|drop|degradation)"
    r"[ \t]+(?:of|in)[ \t]+(?:accuracy|performance|quality)\b"
    # or outputs checked equal to the original's, as a converted copy's card says: "preserves encoder-output parity",
    # "parity with the pinned reference"
    r"|\b(?:output|outputs|encoder-output|numerical|logits?)[ \t]+parity\b|\bparity[ \t]+(?:with|against)[ \t]+\w"
    # or the state of the art this model reaches on a named benchmark: "A single unified model reaches
    # state-of-the-art retrieval on CT-RATE" (the model or "it" the subject, not a method a paper names)
    r"|\b(?:models?|it|we)[ \t]+(?:\w+[ \t]+)?(?:reach|achiev|obtain|attain|set)(?:es|s|ed|e)?[ \t]+(?:a[ \t]+)?"
    r"(?:new[ \t]+)?state[- ]of[- ]the[- ]art\b(?:[ \t]+[\w-]+){0,3}?[ \t]+on[ \t]+(?:the[ \t]+)?[*_`\[]*(?-i:[A-Z])"
    # or a score compared with another model's, in words: "Mamba-3 and the hybrid have lower perplexity than the
    # Transformer in every seed" (a score, not a cost: "lower latency than")
    r"|\b(?:has|have|had|achieves?|achieved|shows?|showed|gets?|got|reaches|reached|obtains?|obtained)[ \t]+"
    r"(?:(?:a|consistently|slightly|much|significantly|far|notably)[ \t]+)?(?:higher|lower|better|worse)[ \t]+"
    r"(?:[\w-]+[ \t]+)?(?:accuracy|perplexity|f1|bleu|wer|cer|scores?|precision|recall|auc|rouge)[ \t]+than\b",
    re.I)


# a pointer to a folder of results that scores this model: timm's "Explore the dataset and runtime metrics of this model
# in timm [model results](...)", for an ImageNet-1k classifier (`efficientnet_b0.ra_in1k`), whose top-1 and top-5 that
# folder lists (reviewers of most sets held it the model's evaluation; a model trained only on ImageNet-21k, or
# without a classifier, DINO's, has no scores there)
_RESULTS_OF_THIS = lazy(r"\bmetrics[ \t]+of[ \t]+this[ \t]+model[ \t]+in[ \t]+[^.\n\[]{0,40}\[[^\]\n]{0,40}results\]\(",
                        re.I)
_IN1K = lazy(r"[._]in1k(?![a-z0-9])", re.I)  # (fine-tuned on it too: "mobilevitv2_200.cvnets_in22k_ft_in1k_384")


def points_to_evaluation(card: Card) -> bool:
    """Whether the card says where its evaluation is instead of giving scores (its script, or that it publishes
    none), or what a test without scores found."""
    text = prose_text(card)
    if "metrics of this model" in text and _RESULTS_OF_THIS.search(text) and _IN1K.search(title_text(card)):
        return True
    return (found_near(_EVALUATION_ELSEWHERE, text, _ELSEWHERE_WORDS, TESTED_REACH)
            or found_near(_SCORES_LINKED, text, _SCORES_LINKED_WORDS, 60)
            or found_near(_TESTED, text, _TESTED_WORDS, TESTED_REACH) or states_performance(card))


# a named benchmark's scores linked: "Russian SuperGLUE [metrics](https://russiansuperglue.com/...)"
_SCORES_LINKED = lazy(r"\b(?-i:[A-Z][\w-]*)(?:[ \t]+[\w-]+){0,3}?[ \t]+\[(?:metrics|results|scores|leaderboard)\]\(",
                      re.I)
_SCORES_LINKED_WORDS = ("[metrics]", "[results]", "[scores]", "[leaderboard]")
# the words every shape of _EVALUATION_ELSEWHERE and _TESTED holds, and how far around them they are tried
_ELSEWHERE_WORDS = ("eval", "not ", "idea", "benchmark")
_TESTED_WORDS = ("confirm", "show", "reveal", "found", "finds", "indicat", "suggest", "in our", "in my", "preserv",
                 "retain", "keep", "maintain", "match", "without", "state-of-the-art", "state of the art", "parity",
                 "higher", "lower", "better", "worse")
TESTED_REACH = 120
