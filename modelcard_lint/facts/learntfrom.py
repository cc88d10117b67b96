"""Data a model learnt from, said otherwise than by a set's name, as ``datatables.learnt_from_or_untrained`` reads it
for ``missing-section`` (MC201): the environment an agent was trained in, a set of crops, a version or part of a
named set, experience counted, sets combined, data collected, a model's own outputs, calibration data, a train split.

The shapes are tried only around the words every match of each holds (``anchors.Shapes``): one long alternation read
at every character of a card cost about a tenth of the rule's time, and a card of a few hundred kilobytes seconds."""

from __future__ import annotations

import re

from .anchors import Shapes
from .lazyre import lazy
from .taskwords import TASK_NOUN

# data a model learnt from, said otherwise: the environment an agent was fine-tuned in, further on in the sentence
# ("fine-tuned using GRPO via TRL + Unsloth on the **LifeStack** environment"), or a set of crops or images it was
# trained from ("Trained from a labeled crop set exported by the detector itself"; not only its size, "trained on a
# smaller pair set")
_LEARNT_FROM = Shapes(
    (("environment",),
     r"\b(?:trained|fine-?tuned|finetuned)\b(?:[^.\n]|\.(?=\S)){0,120}?\b(?:on|in|inside)[ \t]+"
     r"(?:the[ \t]+)?"
     r"(?:[*_`]{0,2}[\w().-]+[*_`]{0,2}[ \t]+){1,4}?environments?\b"),
    # or named by a Gym-style id: "V5 was trained in the custom `NeonHighwayEnv-v5` task"
    (("env", "-v"),
     r"\btrained[ \t]+(?:in|on|inside)[ \t]+(?:the[ \t]+)?(?:custom[ \t]+)?[*_`]{0,2}"
     r"(?-i:[A-Z][A-Za-z0-9]*(?:Env(?:[-_]?v\d+)?|-v\d+))\b"),
    # ("fine-tuned to solve the **IndicatorsEnv v4.0** multi-stock relative alpha RL environment")
    (("environment",),
     r"\b(?:trained|fine-?tuned|finetuned)[ \t]+(?:to[ \t]+solve|against)[ \t]+(?:the[ \t]+)?"
     r"(?:[*_`]{0,2}[\w().-]+[*_`]{0,2}[ \t]+){1,7}?environments?\b"),
    (("set",),
     r"\b(?:trained|fine-?tuned|finetuned)[ \t]+(?:on|from)[ \t]+(?:an?[ \t]+|the[ \t]+)?"
     r"(?:(?!(?:small|smaller|large|larger|big|bigger|new)\b)[\w-]+[ \t]+){0,3}?"
     r"(?:crop|image|sample|example|photo|clip|audio)[ \t]+sets?\b"),
    # or a version or a part of a named set: "fine-tuned ... with Turkish version of SQuAD"
    (("version", "translation", "subset", "portion", "sample", "split", "task"),
     r"\b(?:trained|fine-?tuned|finetuned)\b[^.\n]{0,80}?\b(?:on|with|using|from)[ \t]+"
     r"(?:an?[ \t]+|the[ \t]+)?(?:[\w-]+[ \t]+){0,2}?(?:version|translation|subset|portion|sample|"
     r"split|task)s?[ \t]+of[ \t]+(?:the[ \t]+)?[*_`\[]*(?-i:[A-Z0-9])"),  # ("the enh_both task of X")
    # or the experience it learnt from, counted or set out: "100 rollouts generated, 40 kept",
    # "Adaptive curriculum across 4 tasks"
    (("rollouts", "trajectories", "episodes", "self-play"),
     r"(?<![\w.])\d[\d,]*[ \t]+(?:rollouts|trajectories|episodes|self-play[ \t]+games)[ \t]+"
     r"(?:were[ \t]+)?(?:generated|collected|sampled|gathered|recorded)\b"),
    (("curricul",),
     r"\bcurricul(?:um|a)[ \t]+(?:across|over|of|spanning)[ \t]+(?:\d+|[\w-]+)[ \t]+(?:[\w-]+[ \t]+)?"
     r"(?:tasks|stages|levels|domains|environments)\b"),
    # or the sets combined for it: "When fine tuning for Question Answering we combined [SQuAD2.0](...)
    # and [QuAC](...)"
    (("when",),
     r"\bwhen[ \t]+(?:fine[- ]?tuning|finetuning|training|pre-?training)\b[^.\n]{0,60}?\b(?:we|i)[ \t]+"
     r"(?:combined|merged|mixed|concatenated|used)[ \t]+(?:the[ \t]+)?[\[`*]{0,2}(?-i:[A-Z0-9])"),
    # or named data after the verb's other words: "trained on 4 x 2 Tesla V100 with a total batch size
    # of 64, using Math StackExchange data with 2.7 million sentence pairs"
    (("using",),
     r"\btrain(?:ed|ing)\b[^.\n]{0,120}?\busing[ \t]+(?:the[ \t]+)?(?-i:[A-Z][\w-]*)"
     r"(?:[ \t]+(?-i:[A-Z][\w-]*)){0,3}[ \t]+(?:data|dataset|corpus)\b(?![ \t]*(?:loaders?|collators?))"),
    # or labelled data of a kind, its labels counted: "by using text classification data with 9
    # categories as follows"
    (("categories", "classes", "labels", "intents", "emotions", "topics", "types"),
     r"\bdata(?:sets?)?[ \t]+with[ \t]+\d+[ \t]+"
     r"(?:categories|classes|labels|intents|emotions|topics|types)\b"),
    # or a count of the texts it is based on: "sentiment analysis based on ~20k of App Store reviews"
    (("based",),
     r"\bbased[ \t]+on[ \t]+(?:~|about[ \t]+|around[ \t]+|over[ \t]+)?\d[\d.,]*[ \t]*"
     r"(?:[kmb]|thousand|million|billion)?[ \t]+(?:of[ \t]+)?(?:[\w-]+[ \t]+){0,4}?"
     r"(?:reviews|tweets|posts|comments|articles|sentences|documents|images|texts|utterances|hours|pairs|"
     r"examples|samples)\b"),
    # or the data the authors collected, and from where: "we collected a large amount of Korean text
    # from various sources such as blog posts, comments, news, web novels, etc."
    (("collected", "gathered", "scraped", "crawled", "compiled"),
     r"\b(?:we|i)[ \t]+(?:have[ \t]+)?(?:collected|gathered|scraped|crawled|compiled)[ \t]+"
     r"(?:[\w-]+[ \t]+){0,6}?(?:texts?|data|corpus|corpora|images|documents|posts|articles|recordings)"
     r"[ \t]+from[ \t]+\w"),
    # or what the model made itself: "Trained only from the teacher on the model's own samples",
    # "targets are simply the vision encoder's own outputs" (self-training, self-distillation)
    (("own",),
     r"\b(?:trained|fine-?tuned|finetuned|distilled|targets?)\b[^.\n]{0,60}?\b(?:on|are|is)[ \t]+"
     r"(?:simply[ \t]+|only[ \t]+)?(?:the[ \t]+|its[ \t]+)?(?:[\w-]+[ \t]+)?(?:[\w-]+'s?[ \t]+)?"
     r"own[ \t]+(?:samples|outputs|generations|predictions|rollouts)\b"),
    # or its kind, where a model draws on it: "Both leverage large-scale speech training data",
    # "utilizes the noisy web data" (not only how much: "leverages more training data"; "uses", said of
    # anything, is not read: "the leaderboard, which uses full task data")
    (("leverag", "utili", "draw"),
     r"\b(?:leverag(?:e|es|ed|ing)|utili[sz](?:e|es|ed|ing)|draws?[ \t]+on)[ \t]+"
     r"(?:[\w-]+[ \t]+){0,2}?"
     r"(?!(?:the|our|its|their|more|less|large|much|additional|enough|some|any|no|new|same|"
     r"different|extra|all|training|this|that|your|input|test|evaluation|validation)\b)[\w-]+[ \t]+"
     r"(?:training[ \t]+)?(?:data|corpus|corpora)\b(?![ \t-]*(?:parallel\w*|loaders?|collators?|"
     r"augmentation|pipelines?|types?|formats?)\b)"),
    # or texts of a named source: "pretrained from scratch using _abstracts_ from [PubMed](...)"
    (("using",),
     r"\b(?:pre-?trained|trained)[ \t]+(?:from[ \t]+scratch[ \t]+)?using[ \t]+"
     r"(?!(?:[\w-]+[ \t]+){0,3}?[*_]{0,2}(?:gpus?|tpus?|nodes|machines|compute|resources|credits|"
     r"hardware|instances|servers|chips)\b)(?:[*_]{0,2}[\w-]+[*_]{0,2}[ \t]+){1,3}?from[ \t]+[*_]{0,2}"
     r"\[?(?-i:[A-Z])"),
    # or the sets it was trained on, as a table's: "for all datasets the model was trained on"
    (("datasets", "corpora"),
     r"\b(?:datasets|corpora)[ \t]+(?:the|this)[ \t]+model[ \t]+was[ \t]+trained[ \t]+on\b"),
    # or data points of a named source: "applied to 400 million data points of CommonCrawl (CC)"
    (("points",),
     r"\bdata[ \t]+points[ \t]+(?:of|from)[ \t]+(?:the[ \t]+)?[\[`*]{0,2}(?-i:[A-Z])"),
    # or a named set it uses: "It uses the **Bo**ring **Real**ity image datasets"; synthetic data it
    # was made from: "a combination of GPT-4 and GPT-4-32k to generate synthetic data"
    (("uses",),
     r"\buses[ \t]+(?:the|our)[ \t]+(?:[*_`]{0,2}(?-i:[A-Z])[\w*_`-]*[ \t]+){1,4}"
     r"(?:image[ \t]+|text[ \t]+|audio[ \t]+)?data(?:set)?s?\b"),
    (("synthetic",),
     r"\b(?:generat|creat|produc)(?:e|es|ed|ing)[ \t]+(?:the[ \t]+)?synthetic[ \t]+(?:training[ \t]+)?"
     r"(?:data|dataset|examples|samples)\b"),
    # or a named set it draws on: "It leverages our FLD-5B dataset, containing 5.4 billion annotations"
    (("leverag", "utili"),
     r"\b(?:leverag(?:e|es|ed|ing)|utili[sz](?:e|es|ed|ing))[ \t]+(?:the|our|their)[ \t]+[*_`]{0,2}"
     r"(?-i:[A-Z0-9])[\w.-]*[*_`]{0,2}[ \t]+(?:data(?:set)?|corpus)\b"),
    # or the data a quantization was calibrated on: "AutoFP8 with calibration samples from ultrachat"
    (("calibration",),
     r"\bcalibration[ \t]+(?:samples|data(?:set)?|set|examples|texts)[ \t]+(?:from|of)[ \t]+[\[`*\w]"),
    # or the train split of a named set: "Fine-tuned on the benchmark's train split", "trained on the
    # SQuAD train split" (not "the training set" alone)
    (("split", "set"),
     r"\b(?:trained|fine-?tuned|finetuned)[ \t]+on[ \t]+(?:the[ \t]+)?"
     r"(?:[\w.-]+(?:'s|’s)|(?-i:[A-Z][\w.-]*))[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:train|training)[ \t]+"
     r"(?:split|set)s?\b"),
    # or the named set a trained model is for: "This repo provides pre-trained transducer Conformer model for the
    # LibriSpeech dataset" (the trained word and a name: not "a model for the data of your task")
    (("for the",),
     r"\b(?:pre-?trained|trained|fine-?tuned|finetuned)[ \t]+(?:[\w-]+[ \t]+){0,4}?models?[ \t]+for[ \t]+the[ \t]+"
     r"[*_`\[]{0,2}(?-i:[A-Z0-9])[\w.-]*(?:[ \t]+[\w.-]+){0,2}?[*_`\]]{0,2}[ \t]+(?:dataset|corpus)\b"),
    # or the data used as the training set: "We used the verified high-quality “Siku Quanshu” full-text corpus as the
    # training set", "Wikipedia was used as training data"
    (("training",),
     r"\bused[ \t]+(?:[^.\n]{1,120}?[ \t]+)?as[ \t]+(?:the[ \t]+|our[ \t]+)?(?:pre-?|fine-?)?training[ \t]+"
     r"(?:set|data(?:set)?|corpus|corpora)\b"),
    # or a named set's task it was tuned to: "Fine tuned sparse BERT base to MNLI (GLUE Benchmark) task" (a name of two
    # capitals or more, not a task's kind: "fine-tuned to the NER task")
    (("tuned", "trained"),
     r"\b(?:fine[- ]?tuned|finetuned|trained)[ \t]+(?:[\w-]+[ \t]+){0,4}?to[ \t]+(?:the[ \t]+)?(?!" + TASK_NOUN
     + r"\b)(?-i:[A-Z][\w.-]*[A-Z0-9][\w.-]*)(?:[ \t]+\([^)\n]{1,40}\))?[ \t]+(?:task|dataset|benchmark|corpus)\b"),
    # or a named set's size of its train split: "**banking77** (10,003 train / 3,080 test rows)"
    # (each run of blanks read once, however long: "( ~ 10,003 k train" has no two in a row)
    (("train",),
     r"\([ \t]*(?:~[ \t]*)?\d[\d,.]*(?:[ \t]*[kKmM])?[ \t]+(?:train|training)[ \t]*"
     r"(?:(?:rows|examples|samples)[ \t]*)?[/,;)]"),
    flags=re.I, reach=250,
)

# or the data before the verb, its preposition left at the end: "the cached ConvNeXt-Tiny Stage-4 activations and
# the frozen CUB classifier they were trained on." (read over the whole text: the end of the text is part of the
# shape, and a window around a word would fake it)
_TRAINED_ON_ALONE = lazy(r"\b(?:it|they|models?)[ \t]+(?:was|were|is|are)[ \t]+(?:pre-?|fine-?)?(?:trained|tuned)[ \t]+"
                         r"(?:on|from)[*_]{0,2}(?=[ \t]*(?:[.,;:)\n]|\Z))", re.I)


def learnt_from(text: str) -> bool:
    """Whether ``text`` says what a model learnt from in one of these shapes."""
    return _LEARNT_FROM.search(text) is not None or _TRAINED_ON_ALONE.search(text) is not None
