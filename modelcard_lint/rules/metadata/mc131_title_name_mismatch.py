"""MC131 title-name-mismatch."""

from __future__ import annotations

import re
from typing import Iterator

from ...card.body import clean_title
from ...card import Card
from ...diagnostics import Finding, Severity
from ...core.rule import Rule


_ATX = re.compile(r" {0,3}#(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})")
_SETEXT = re.compile(r" {0,3}=+[ \t]*$")


def _title(card: Card) -> tuple[int, str] | None:
    """The first level-1 heading as (line, text), found by a scan of the lines, not the Markdown parser:
    the Trainer writes `# name`, and this rule should not pay for a full parse."""
    lines = card.lines
    fence = ""
    for n in range(card.body_line, len(lines)):
        line = lines[n]
        m = _FENCE.match(line)
        if m:
            marker = m.group(1)
            if not fence:
                fence = marker[0] * len(marker)
            elif marker.startswith(fence):
                fence = ""
            continue
        if not fence:
            h = _ATX.match(line)
            if h:  # the first one counts, even if empty (then there is no title to compare)
                return n + 1, clean_title(h.group(1) or "")
            if line.strip() and n + 1 < len(lines) and _SETEXT.match(lines[n + 1]):
                return n + 1, clean_title(line.strip())
    return None


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
        index = meta.get("model-index") if meta is not None else None
        if index is None or not index.is_seq:
            return
        # the Trainer writes the same name in both places, so a difference means an edit or a copy;
        # hand-written cards often use a display name in model-index ("XLSR Wav2Vec2 Maltese by ...")
        tags = meta.get("tags")
        if tags is None or not any(t.value in _GENERATORS for t in tags.scalars()):
            return
        names = [e.get("name") for e in index if e.is_map]
        names = [n for n in names if n is not None and n.is_str and n.value.strip()]
        if not names:
            return
        found = _title(card)
        if found is None or not _norm(found[1]):
            return
        line, title = found
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
