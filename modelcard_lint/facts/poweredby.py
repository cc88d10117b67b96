"""What a model powers, and a task given as its type or as what to use it for: statements of what it is for that
``intents.states_intent`` reads besides its shapes ("The model powers our search engine", "- **Model Type:** Image
classification / feature backbone", "In order to use this model **speech recognition**")."""

from __future__ import annotations

import re

from .anchors import found_near
from .lazyre import lazy
from .tasknames import names_a_task

# or what it powers: "These models power the [Kaya](...) app, a web-based Go application", "The model powers our
# search engine" (an application or a product of its own; a link counts as one word)
_POWERS = lazy(r"\b(?:models?|checkpoints?|weights|it|this)[ \t]+(?:\w+[ \t]+)?powers?[ \t]+(?:the|our|a|an|their|"
               r"this)[ \t]+(?:(?:\[[^\]\n]{0,80}\]\([^)\s]{0,300}\)|[\w-]+)[ \t,]+){0,6}?(?:app|apps|"
               r"application|service|product|engine|feature|tool|bot|assistant|website|site|plugin|extension|game|"
               r"platform)\b", re.I)
POWERS_REACH = 400
# a label of the model's kind whose value is a task: timm's "- **Model Type:** Image classification / feature backbone"
_KIND_LABEL = lazy(r"^[ \t]*(?:[-*+][ \t]+)?[*_]{0,2}model[ \t]+type[*_]{0,2}[ \t]*[:：][*_]{0,2}[ \t]*"
                   r"(?P<value>[^\n]{3,120})", re.I | re.M)
# what to do to use it for a task: "In order to use this model **speech recognition**, a tokenizer should be created"
_USE_FOR_TASK = lazy(r"\bto[ \t]+use[ \t]+(?:this|the)[ \t]+(?:model|checkpoint)[ \t]+"
                     r"(?:for[ \t]+|in[ \t]+|as[ \t]+an?[ \t]+)?[*_]{0,2}(?P<task>[A-Za-z][\w -]{2,40})", re.I)


def powers_or_typed_by_task(text: str) -> bool:
    """Whether ``text`` says what the model powers, or gives a task, by one of the Hub's names, as the model's type or
    as what to use it for."""
    if found_near(_POWERS, text, ("power",), POWERS_REACH):
        return True
    if "to use" in text and any(names_a_task(m.group("task")) for m in _USE_FOR_TASK.finditer(text)):
        return True
    if "ype" not in text:
        return False
    return any(names_a_task(m.group("value")) for m in _KIND_LABEL.finditer(text))
