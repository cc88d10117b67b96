"""Whether a repository's card is for files that are no model: presets, templates, prompts or workflows for an
application ("### SillyTavern Presets"), kept on the Hub beside models. Such a card has nothing trained to describe:
its training data, evaluation and a model's limitations are no questions of it.

Told by three signs together: one of the first headings names such files (in the plural), no metadata of a model
(`base_model`, `pipeline_tag`, `library_name`, `datasets`, `model-index`), and a text that never speaks of "the
model" or "this model" as its own subject nor of training. Or the card says so itself, whatever its metadata: the
repository holds no weights but a configuration for running other models ("This model contains no model weights,
only an IPUConfig"), or it is a template to copy ("This is a template repository for Text Classification"), or a
dummy model made to test code with ("This is a dummy model that can be used for testing the transformers `pipeline`").
"""

from __future__ import annotations

import re

from ..card import Card
from .lazyre import lazy

_FILES = lazy(r"\b(?:presets|templates|prompts|workflows|wildcards)\b", re.I)
_MODEL_KEYS = ("base_model", "pipeline_tag", "library_name", "datasets", "model-index")
_OWN_MODEL = lazy(r"\b(?:this|the|our|my)[ \t]+(?:model|checkpoint|lora|adapter|fine-?tune|merge)\b", re.I)
HEADINGS = 3  # the first headings read for the files' name


def holds_no_model(card: Card) -> bool:
    """Whether the card is for presets, templates, prompts or workflows, not a model."""
    return card.derived("holds-no-model", _build)


def _build(card: Card) -> bool:
    head = card.text[:_READ]
    low = head.lower()
    if ("weights" in low or "config" in low or "template" in low or "dummy" in low) and _SAYS_SO.search(head):
        return True
    if ("not a" in card.text or " no " in card.text) and _NOT_A_MODEL.search(card.text):
        return True  # ("This is a workflow harness, not a trained model.")
    meta = card.meta
    if meta is not None and meta.is_map and any(k in meta.value for k in _MODEL_KEYS):
        return False
    if not any(_FILES.search(h.text) for h in card.body.headings[:HEADINGS]):
        return False
    return _OWN_MODEL.search(card.text) is None and _TRAINED.search(card.text) is None


_TRAINED = lazy(r"\b(?:trained|fine-?tuned|finetuned|pre-?trained)\b", re.I)


_READ = 4000  # the card's first characters, where it says what the repository is
# "contains no model weights, only an IPUConfig", "contains just the `IPUConfig` files for running", "This is a template
# repository for", "# Text Classification repository template" (not "no weights, only the LoRA adapter": trained)
_SAYS_SO = lazy(r"\bno[ \t]+(?:model[ \t]+)?weights\b[^.\n]{0,40}?\bonly[ \t]+(?:an?[ \t]+|the[ \t]+)?`?"
                r"[\w.-]{0,40}?config"
                r"|\b(?:contains|holds|includes|has)[ \t]+(?:just|only)[ \t]+(?:an?[ \t]+|the[ \t]+)?`?[\w.-]{0,40}?"
                r"config(?:uration)?s?`?[ \t]+files?\b"
                r"|\btemplate[ \t]+repo(?:sitory)?[ \t]+(?:for|to|of)\b|\brepo(?:sitory)?[ \t]+template\b"
                # (or a dummy model, made to test code with: "This is a dummy model that can be used for testing the
                # transformers `pipeline`", which "should always give random results")
                r"|\b(?:is|are)[ \t]+(?:a|an)[ \t]+(?:[\w-]+[ \t]+){0,2}?dummy[ \t]+(?:model|checkpoint)s?\b", re.I)
# the card says what it is instead: "This is a workflow harness, not a trained model." (not "not a trained model of
# its own", "not a model for production")
# ("This is a transparent heuristic algorithm, not a trained neural-network layer"; "This repository contains no OCR
# model, model weight, tokenizer, training data")
# ("this is a rule-based system using predefined business logic, not a machine learning model.")
_NOT_A_MODEL = lazy(r"\b(?:this|it)[ \t]+is[ \t]+(?:an?[ \t]+)?(?:[\w-]+[ \t]+){0,6}?[\w-]+,?[ \t]+not[ \t]+a[ \t]+"
                    r"(?:trained[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:model|network|layer)|(?:machine[ \t-]+learning|ml|"
                    r"neural[ \t-]+network)[ \t]+model|model)[ \t]*[.;:!]"
                    r"|\b(?:repo(?:sitory)?|this)[ \t]+(?:contains|holds|includes|has)[ \t]+no[ \t]+(?:[\w-]+[ \t]+)?"
                    r"model,", re.I)
