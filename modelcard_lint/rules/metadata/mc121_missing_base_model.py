"""MC121 missing-base-model."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...card import Card
from ...card.yamlhub import scalar_text
from ...core.rule import Rule
from ...diagnostics import Finding, Severity, Span
from ...hub.suggest import misspelled_key
from ...hub.vocabulary import repo_id_problem

# "fine-tuned version of [label](https://huggingface.co/<id>)", found by ``_finetuned``
_FINETUNED = re.compile(r"fine[- ]?tuned version of \[", re.I)
_HUB_TARGET = re.compile(
    r"\(\s*https?://(?:www\.)?(?:huggingface\.co|hf\.co)/(?P<id>[\w.-]+(?:/[\w.-]+)?)/?\s*\)", re.I
)


def _finetuned(line: str) -> tuple[int, int, str] | None:
    """(start, end) of the first such link in ``line``, and the id it links to.

    The same answer as one regex with ``\\[[^\\]]*\\]`` for the link's label, in linear time: that
    regex looked for the ``]`` from every repetition of the phrase, to the end of the line.
    Here each ``]`` is looked for once and the target after it read once.
    """
    close = -1
    target: re.Match[str] | None = None
    for m in _FINETUNED.finditer(line):
        if close < m.end():
            close = line.find("]", m.end())
            if close < 0:
                return None
            target = _HUB_TARGET.match(line, close + 1)
        if target is not None:
            return m.end() - 1, target.end(), target.group("id")
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
        if "uned version of" not in card.text.lower():
            return
        for n, line in card.prose_lines():
            if "uned version of" not in line.lower():
                continue
            link = _finetuned(line)
            if link is None or link[2].startswith(("datasets/", "spaces/")):
                continue
            start, end, base = link
            if repo_id_problem(base) is not None:
                continue  # a link to a local checkpoint (`./checkpoint-1000`) names no Hub model
            yield self.finding(
                Span(n, start + 1, n, end + 1),
                f"the card says the model is a fine-tuned version of `{base}`, but the metadata has no "
                f"`base_model`, so the Hub does not link the model to `{base}` nor list it among its fine-tunes",
                help=f"add `base_model: {base}` to the metadata",
                fix=self.add_entry(card, "base_model", base, f"add `base_model: {scalar_text(base)}` to the metadata"),
                base_model=base,
            )
            return
