"""Which model a card says it was fine-tuned from, and when two model ids name the same model.

The Trainer writes "This model is a fine-tuned version of [bert-base-cased](https://huggingface.co/bert-base-cased)";
``finetuned_from(card)`` gives the id and the link's span, from the first prose line that says so
with a link to a Hub model (not a dataset, a Space, or a local checkpoint); where an edit made the link's text
and its address name two models, the text, which readers see.
"""

from __future__ import annotations

from ..card import Card
from ..diagnostics import Span
from ..hub.vocabulary import repo_id_problem
from .finetuned import linked_base


def finetuned_from(card: Card) -> tuple[str, Span] | None:
    """The Hub model the text says the model is a fine-tuned version of, and where it says so (the generators'
    sentence, as ``facts.finetuned`` reads it for the metadata rules)."""
    base = linked_base(card)
    return (base.id, base.span) if base is not None and base.id is not None else None


def hub_model_id(text: str) -> str | None:
    """``text`` when it is a Hub model id (not a local path, a URL or prose), else None."""
    text = text.strip()
    return text if text and repo_id_problem(text) is None else None


def same_model(a: str, b: str) -> bool:
    """Whether two ids name one model: equal but for case, or one is the other without its owner
    (`bert-base-cased`, the id before the model moved to `google-bert/bert-base-cased`)."""
    a, b = a.strip().lower(), b.strip().lower()
    if a == b:
        return True
    if "/" in a and "/" in b:
        return False
    return a.rsplit("/", 1)[-1] == b.rsplit("/", 1)[-1]
