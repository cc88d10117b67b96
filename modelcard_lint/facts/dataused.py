"""Statements that data was used for training: "Synthetic dataset has been used", "The datasets we used to fine-tune
Phrase-BERT are here", "3.7M pairs of images and texts were used", "We used a corpus of over 40,000+ technical
documents"; not a use ruled out ("No user data is used for training") nor one asked for ("[TODO: describe the data
used to train the model]"); and a model made for a named shared task, which gives its data ("a new baseline model
for the German [CLEF-HIPE shared task](...)")."""

from __future__ import annotations

import re

from .anchors import matches_near
from .lazyre import lazy
from .otherlanguages import names_language
from .taskwords import TASK_NOUN

REACH = 120  # characters around "used" or "using" that a statement may span

# data, or its amount, said to be used for training: "Syntethic voice data over 60 hrs used for initial
# training", "We used 200 hours of speech for training", "The datasets we used to fine-tune Phrase-BERT are here"
# (not a use ruled out: "No user data is used for training", "the test set was not used for training")
_USED_FOR = lazy(r"(?<!\bno[ \t])(?<!\btest[ \t])(?<!\beval[ \t])(?<!\bvalidation[ \t])"
                 r"\b(?:data(?:sets?)?|corpus|corpora|hours|hrs|recordings|utterances|images|texts)\b"
                 r"(?:(?!\b(?:not|never|no)\b|n't)[^.\n]){0,60}?\bused[ \t]+(?:(?:for|in|during)[ \t]+(?:the[ \t]+)?"
                 r"(?:initial[ \t]+|first[ \t]+|further[ \t]+|additional[ \t]+|model[ \t]+)?"
                 r"(?:pre-?|fine-?)?(?:training|tuning)|to[ \t]+(?:pre-?|fine-?)?(?:train|tune))\b"
                 r"|\bwe[ \t]+used[ \t]+(?:about[ \t]+|over[ \t]+|around[ \t]+|~[ \t]*)?\d[\d,.]*[ \t]*[kKmM]?[ \t]+"
                 r"(?:[\w-]+[ \t]+){0,2}?(?:hours|hrs|recordings|utterances|images|examples|samples|sentences|"
                 r"documents|texts)\b[^.\n]{0,40}?\bfor[ \t]+(?:the[ \t]+)?(?:pre-?|fine-?)?(?:training|tuning)\b"
                 # (or counted, then used: "3.7M pairs of images and texts were used, including 0.7M Chinese
                 # image-caption pairs"; not "200 images were used for evaluation")
                 r"|(?<![\w.])\d[\d,.]*+[ \t]*[kKmMbB]?[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:pairs|examples|samples|sentences|"
                 r"documents|texts|images|reviews|utterances|hours|recordings|conversations|dialogues|tweets|articles|"
                 r"posts|comments|questions)(?:[ \t]+of[ \t]+(?:[\w-]+[ \t]+){0,3}?[\w-]+)?[ \t]+(?:were|was|have"
                 r"[ \t]+been)[ \t]+used\b(?![ \t]+(?:for|in|as)[ \t]+(?:the[ \t]+)?(?:test|eval|evaluation|validation|"
                 r"inference))"
                 # (or a corpus counted that the authors used: "We used a corpus of over 40,000+ technical
                 # documents", or the training used: "pretrained from [X] on masked language modeling, using a
                 # dataset of ~40,000 PubMed papers"; not one to test on, "We used a dataset of 500 images to evaluate")
                 r"|\b(?:we[ \t]+(?:have[ \t]+)?used|(?:pre-?trained|trained|fine-?tuned|finetuned)\b[^.\n]{0,100}?"
                 r"[ \t]using)[ \t]+(?:a|an|our)[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:corpus|dataset|"
                 r"data[ \t]+set|collection)[ \t]+of[ \t]+(?:over[ \t]+|about[ \t]+|around[ \t]+|~[ \t]*)?"
                 r"\d[\d,.]*+\+?[ \t]*[kKmM]?\+?[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:documents|texts|articles|sentences|"
                 r"examples|samples|images|pairs|papers|utterances|hours|tweets|reviews)\b"
                 r"(?![^.\n]{0,60}\b(?:to|for)[ \t]+(?:the[ \t]+)?(?:test|evaluat|valid))"
                 # (or loaded for the fine-tuning that follows: "the glue dataset loaded using the `nlp` library. The
                 # model was fine-tuned for 5 epochs")
                 r"|\b(?:the|a)[ \t]+[\w.-]+[ \t]+data(?:set)?[ \t]+loaded[ \t]+using\b[^\n]{0,80}?"
                 r"\b(?:fine-?tuned|trained)\b"
                 # (or a named set the authors used to train: "We used the HARD dataset of hotels review to fine tune
                 # the model")
                 r"|\bwe[ \t]+(?:have[ \t]+)?used[ \t]+(?:the[ \t]+)?(?-i:[A-Z][\w.-]*)[^.\n]{0,60}?"
                 r"\b(?:data(?:set)?|corpus)\b[^.\n]{0,60}?\bto[ \t]+(?:pre-?|fine[- ]?)?(?:train|tune)\b"
                 # (or a list's item that opens with it, the subject left out, in a card that speaks of training:
                 # "- used the Wizard of Wikipedia dataset parsed into a chat transcript structure"; not a test set's)
                 r"|(?m:^)[ \t]*[-*+][ \t]+used[ \t]+the[ \t]+(?-i:[A-Z][\w.-]*)[^.\n]{0,40}?"
                 r"\b(?:data(?:set)?|corpus)\b"
                 r"(?![^.\n]{0,60}\b(?:to|for)[ \t]+(?:the[ \t]+)?(?:test|evaluat|valid|benchmark))",
                 re.I)


# or a task trained on, then the named texts it was learnt from: "we fine-tuned on binary mortality prediction in MIMIC
# admission notes" (not a language, "classification in English": a name, then what calls it texts)
_TASK_IN_DATA = lazy(rf"\b(?:fine-?tuned|finetuned|trained)[ \t]+(?:it[ \t]+|the[ \t]+model[ \t]+)?on[ \t]+"
                     rf"(?:(?:the|an?)[ \t]+)?(?:[\w-]+[ \t]+){{0,4}}?{TASK_NOUN}(?:[ \t]+tasks?)?[ \t]+"
                     r"(?:in|from|of|on|using)[ \t]+(?:the[ \t]+)?(?P<name>(?-i:[A-Z][\w.-]*))"
                     r"(?:[ \t]+[\w-]+){0,3}?[ \t]+"
                     r"(?:notes|texts|data|dataset|corpus|reviews|tweets|articles|documents|records|reports|papers|"
                     r"abstracts|posts|comments|dialogues|conversations|emails|messages|transcripts|recordings)\b",
                     re.I)
_TASK_IN_WORDS = ("tuned on", "trained on", "tuned it on", "trained it on", "the model on")


# a use denied ("No user data is used") or asked for ("[TODO: describe the data used to train the model]")
_UNSAID = lazy(r"\b(?:no|not|never|none|describe|specify|mention|todo)\b", re.I)


def used_for_training(text: str) -> bool:
    """Whether ``text`` says that data was used for training, and not that some was not or that it should be said."""
    return any(_UNSAID.search(text, max(0, m.start() - 24), m.start()) is None
               for m in matches_near(_USED_FOR, text, ("used", "using"), REACH))


def trained_on_task_in_named_data(text: str) -> bool:
    """Whether ``text`` says the model was trained on a task in named texts ("fine-tuned on binary mortality
    prediction in MIMIC admission notes")."""
    return any(not names_language(text, m.start("name"))
               for m in matches_near(_TASK_IN_DATA, text, _TASK_IN_WORDS, REACH))


# a model made for a shared task, whose organisers give its data: "we release a new baseline model for the German
# [CLEF-HIPE shared task](...)", "This Spanish language model was created for the MEDDOPROF shared task" (not a cited
# paper's title: "Introduction to the CoNLL-2003 Shared Task", nor "Findings of the First Shared Task on ...")
_FOR_SHARED_TASK = lazy(r"\b(?:model|baseline|system|submission|classifier|tagger)\b[^.\n]{0,80}?\bfor[ \t]+the[ \t]+"
                        r"[^.\n]{0,60}?\bshared[ \t-]+task\b", re.I)


def made_for_shared_task(text: str) -> bool:
    """Whether ``text`` says the model was made for a named shared task (whose data it was trained on)."""
    return next(matches_near(_FOR_SHARED_TASK, text, ("shared task", "shared-task"), REACH), None) is not None
