"""MC121 missing-base-model."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...card import Card
from ...card.yamlhub import scalar_text
from ...core.rule import Rule
from ...diagnostics import Finding, Severity
from ...facts.finetuned import base_words, linked_base
from ...facts.lazyre import lazy
from ...facts.titles import title_text
from ...hub.suggest import misspelled_key

# a size in a model's name: "300m", "1b", "1.5B" (not inside a word: "wav2vec2")
# a size in a model's id, in parameters or by name (`300m`, `1b`; `t5-small`, `bert-large-cased`)
_SIZE = lazy(r"(?<![a-z0-9.])(\d+(?:\.\d+)?[mbk]|tiny|mini|small|base|medium|large|xl|xxl)(?![a-z0-9])", re.I)


def other_size(base_id: str, names: list[str]) -> tuple[str, str] | None:
    """A name of the model that gives the base's family another size (`wav2vec2-xls-r-1b-ca-lm` for the base
    `facebook/wav2vec2-xls-r-300m`: the same words before the size, another size), as (name, its size), or None."""
    base = base_id.rsplit("/", 1)[-1].lower()
    m = _SIZE.search(base)
    if m is None or m.start() < 3:
        return None
    family, size = base[: m.start()], m.group(1)
    sizes = {s.group(1) for s in _SIZE.finditer(base)}
    for name in names:
        low = name.strip().rsplit("/", 1)[-1].lower()
        n = _SIZE.search(low)
        # (sizes of one kind only: a count against a name is no clash, M2M100's smallest, `418M`, fits "small";
        # nor a size the base's name holds too: `plus-bert-court-90k-end` goes on from `plus-bert-court-50k-90k`)
        if (n is not None and low[: n.start()] == family and n.group(1) not in sizes
                and n.group(1)[0].isdigit() == size[0].isdigit()):
            return name.strip(), n.group(1)
    return None


class MissingBaseModel(Rule):
    """The body says the model is a fine-tuned version of a Hub model, but the metadata has no `base_model`."""

    code = "MC121"
    name = "missing-base-model"
    severity = Severity.WARNING

    def check(self, card: Card) -> Iterator[Finding]:
        meta = card.meta
        if meta is None or "base_model" in meta.value:
            return
        if any(misspelled_key(k) == "base_model" for k in meta.value):
            return
        base = linked_base(card)
        if base is None or base.id is None:
            return
        index = meta.get("model-index")
        names = [title_text(card), *(n.value for e in (index if index is not None and index.is_seq else [])
                                     if e.is_map and (n := e.get("name")) is not None and n.is_str)]
        clash = other_size(base.id, names)
        # (a name that gives the base's family another size: which base it was is for the author to check, so the
        # fix is not applied without --unsafe-fixes; nor when the title is the base's name, which a run resumed from
        # the model's own checkpoint writes: its base is then the model it was first fine-tuned from)
        itself = "/" in base.id and names[0].strip().lower() == base.id.rsplit("/", 1)[1].lower()
        also = (f"; the model's name `{clash[0]}` gives another size ({clash[1]}), so check which of the two it was"
                if clash is not None else "; its name is also the card's title: if the model was resumed from its own "
                "checkpoint, that names the model itself, and its base is the model it was first fine-tuned from"
                if itself else "")
        said = base_words(card, base)  # (in the sentence's words: "Fine-tuned [X](...)", "is based on [X](...)")
        yield self.finding(
            base.span,
            f"the card says the model {said} `{base.id}`, but the metadata has no "
            f"`base_model`, so the Hub does not link the model to `{base.id}` nor list it among its fine-tunes{also}",
            help=f"add `base_model: {base.id}` to the metadata" + (", or the base of the size the name gives"
                                                                  if clash is not None else
                                                                  ", or the model it was first fine-tuned from"
                                                                  if itself else ""),
            fix=self.add_entry(
                card, "base_model", base.id, f"add `base_model: {scalar_text(base.id)}` to the metadata",
                safe=clash is None and not itself,
            ),
            base_model=base.id,
        )
