"""MC131 title-name-mismatch."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...card import Card
from ...core.rule import Rule
from ...diagnostics import Finding, Severity


def _norm(text: str) -> str:
    text = text.split("/")[-1]
    return re.sub(r"[\W_]+", "", text.casefold())


_GENERATORS = frozenset({"generated_from_trainer", "generated_from_keras_callback"})


class TitleNameMismatch(Rule):
    """The title of a Trainer-generated card names a different model than its `model-index[].name`."""

    code = "MC131"
    name = "title-name-mismatch"
    severity = Severity.WARNING

    def check(self, card: Card) -> Iterator[Finding]:
        meta = card.meta
        if meta is None:
            return
        index = meta.get("model-index")
        if index is None or not index.is_seq:
            return
        # the Trainer writes the same name in both places, so a difference means an edit or a copy;
        # hand-written cards often use a display name in model-index ("XLSR Wav2Vec2 Maltese by ...")
        tags = meta.get("tags")
        if tags is None or not any(t.value in _GENERATORS for t in tags.scalars()):
            return
        found = [e.get("name") for e in index if e.is_map]
        names = [n for n in found if n is not None and n.is_str and n.value.strip()]
        if not names:
            return
        heading = next((h for h in card.body.headings if h.level == 1), None)
        if heading is None or not _norm(heading.title):
            return
        line, title = heading.line, heading.title
        shown = _norm(title)
        if any(_norm(n.value) and (_norm(n.value) in shown or shown in _norm(n.value)) for n in names):
            return
        name = names[0]
        yield self.finding(
            name,
            f"`model-index` names the model `{name.value}`, but the card's title is \"{title}\" "
            f"(line {line}); the Hub lists the evaluation results under `{name.value}`, so one of the two "
            "is probably left over from another model",
            help="make the model-index `name` and the title name the same model",
            title=title,
            name=name.value,
        )
