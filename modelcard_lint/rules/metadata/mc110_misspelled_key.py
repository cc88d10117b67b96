"""MC110 misspelled-key."""

from __future__ import annotations

from collections.abc import Iterator

from ...card import Card
from ...core.rule import NoFix, Rule
from ...diagnostics import Finding, Fix, Severity
from ...hub.languages import is_language, language_fix
from ...hub.lists import load_set
from ...hub.suggest import misspelled_key

_MODELSCOPE_KEYS = frozenset({"tasks", "domain", "frameworks", "studios", "backbone"})


class MisspelledKey(Rule):
    """A metadata key is a misspelling of one the Hub reads, so its value is silently ignored."""

    code = "MC110"
    name = "misspelled-key"
    severity = Severity.ERROR

    def check(self, card: Card) -> Iterator[Finding]:
        meta = card.meta
        if meta is None:
            return
        present = {k.raw: k for k, _ in meta.pairs if k.is_scalar}
        values = {id(k): v for k, v in meta.pairs}
        misspelled = [(key, right) for key, _ in meta.pairs if key.is_scalar and (right := misspelled_key(key.raw))]
        if len(_MODELSCOPE_KEYS & present.keys()) >= 2:
            # a card written for ModelScope (`tasks`, `domain`, `frameworks`, `studios`): its `widgets` is that site's
            # own key, in its own format, not the Hub's `widget` misspelled
            misspelled = [(key, right) for key, right in misspelled if key.raw != "widgets"]
        for key, right in misspelled:
            value = values[id(key)]
            if (right == "pipeline_tag" and right in present and value.is_scalar
                    and value.text not in load_set("pipeline_tags")):
                # a key of the card's own beside the Hub's, its value no task: MultiMolecule's `pipeline:
                # regulatory-track` beside `pipeline_tag: other`, which the Hub ignores as it should
                continue
            message = (
                f"`{key.raw}` is not a key the Hub reads, so its value is ignored: "
                f"the key is spelled `{right}`"
            )
            if right == "license" and value.is_scalar and value.text not in load_set("licenses"):
                # TRL's template writes `licence: license`: renamed, the value is still no license
                message += f"; its value `{value.text}` is no license id either, so set the real one"
            # (segmentation-models-pytorch's template writes `languages: python`)
            elif right == "language" and (odd := next((v.text for v in value.scalars() if not is_language(v.text) and (
                    language_fix(v.text)[0] in ("programming", "unknown"))), None)):
                message += f"; its value `{odd}` is no language code either"
                message += " (`code` for a programming language)" if language_fix(odd)[0] == "programming" else ""
            other = present.get(right)
            # two misspellings of one key (`licence`, `Licence`): renaming both would make a duplicate key,
            # renaming one picks one of two values; neither is renamed
            twin = next((k for k, r in misspelled if r == right and k is not key), None)
            fix: Fix | NoFix | None = None
            if other is not None:
                message += f"; the card also has `{right}` (line {other.span.line}), so merge the two"
            elif twin is not None:
                message += f"; `{twin.raw}` (line {twin.span.line}) is `{right}` misspelled too, so keep one of them"
            elif key.style is None:  # a plain key: renaming it cannot change anything else
                fix = self.replace_value(key, right, f"rename `{key.raw}` to `{right}`")
            yield self.finding(
                key, message, help=f"rename `{key.raw}` to `{right}`", fix=fix, key=key.raw, expected=right
            )
