"""MC133 base-model-text-mismatch."""

from __future__ import annotations

from collections.abc import Iterator

from ...card import Card
from ...core.rule import Rule
from ...diagnostics import Finding, Severity
from ...facts.finetuned import base_words, linked_base
from ...facts.lazyre import lazy
from ...hub.vocabulary import repo_id_problem

# a quantization or a merge names its own base in `base_model`, while its text is often the card of the
# model it was made from, with that model's own "fine-tuned version of" sentence
_OTHER_RELATIONS = frozenset({"quantized", "merge"})
_HUB_LINK = lazy(r"https?://(?:www\.)?(?:huggingface\.co|hf\.co)/([\w.-]+(?:/[\w.-]+)?)")


def same_model(a: str, b: str) -> bool:
    """Whether two Hub ids name one model: equal ignoring case, or the same name when one of them has no
    owner (`bert-base-uncased` is now `google-bert/bert-base-uncased`) or they are a model and its mirror
    under another owner."""
    a, b = a.strip().strip("/").lower(), b.strip().strip("/").lower()
    return a == b or a.rsplit("/", 1)[-1] == b.rsplit("/", 1)[-1]


class BaseModelTextMismatch(Rule):
    """`base_model` names another model than the text's "fine-tuned version of [X](https://huggingface.co/X)"."""

    code = "MC133"
    name = "base-model-text-mismatch"
    severity = Severity.WARNING

    def check(self, card: Card) -> Iterator[Finding]:
        meta = card.meta
        node = meta.get("base_model") if meta is not None else None
        if node is None or node.is_null or node.is_map:
            return
        relation = meta.get("base_model_relation") if meta is not None else None
        if relation is not None and relation.is_str and relation.value in _OTHER_RELATIONS:
            return
        ids = [item for item in node.scalars() if item.is_str and repo_id_problem(item.value) is None]
        if not ids or len(ids) != len(node.scalars()):
            return  # an id that is not one is MC120's
        base = linked_base(card)
        if base is None or base.id is None or any(same_model(item.value, base.id) for item in ids):
            return
        # a card that links to its `base_model` elsewhere ("a quantized version of [X](...)", then the
        # original card with its own sentence) names both on purpose
        linked = {m.group(1) for m in _HUB_LINK.finditer(card.text)}
        if any(same_model(item.value, other) for item in ids for other in linked):
            return
        written = ", ".join(f"`{item.value}`" for item in ids)
        yield self.finding(
            node,
            f"`base_model` is {written}, but the text says the model {base_words(card, base)} `{base.id}` "
            f"(line {base.span.line}): one of them is wrong, and the Hub's model tree lists the model under "
            f"{written}",
            help=f"write the model it was trained from in both places (`base_model: {base.id}` if the text is "
            "right)",
            base_model=[item.value for item in ids],
            text=base.id,
            text_line=base.span.line,
        )
