"""MC112 invalid-license."""

from __future__ import annotations

from collections.abc import Iterator

from ...card import Card
from ...core.rule import Option, Rule
from ...diagnostics import Finding, Severity
from ...hub.lists import load_set
from ...hub.suggest import suggest_license
from ...hub.vocabulary import same_id, shown


class InvalidLicense(Rule):
    """The `license` is not one of the Hub's license identifiers, so the Hub refuses a push of the card."""

    code = "MC112"
    name = "invalid-license"
    severity = Severity.ERROR
    options = {"allow": Option([], "License ids to accept as if they were on the Hub's list")}

    def setup(self) -> None:
        self.valid = load_set("licenses") | set(self.opts["allow"])

    def check(self, card: Card) -> Iterator[Finding]:
        meta = card.meta
        node = meta.get("license") if meta is not None else None
        if node is None or node.is_null:
            return
        if node.is_map:
            yield self.finding(
                node,
                "`license` is a mapping; the Hub expects one license id or a list of ids and refuses a push of the "
                "card",
                help="write `license: <id>`, for example `license: apache-2.0`",
            )
            return
        valid = self.valid
        items = [node] if node.is_scalar else list(node)
        for item in items:
            if item.is_str and item.value in valid:
                continue
            text = shown(item)
            fix = suggest_license(item.raw) if item.is_str and item.raw.strip() else None
            if item.is_str and not item.value.strip():
                text = "empty"
            message = (
                f"license {text} is not one of the Hub's license ids, so the Hub refuses a push of the card "
                '("license" must be one of [apache-2.0, mit, ...])'
            )
            if fix:
                message += f"; did you mean `{fix}`?"
                help_text = f"write `license: {fix}`"
            else:
                help_text = (
                    "use an id from https://huggingface.co/docs/hub/repositories-licenses, "
                    "or `license: other` with `license_name` and `license_link`"
                )
            change = None
            if fix:
                # the same id written differently (`MIT`, `Apache 2.0`) is safe to rewrite;
                # another id (`gpl-2.0-or-later` -> `gpl-2.0`) changes the license and waits for --unsafe-fixes
                change = self.replace_value(item, fix, help_text, safe=same_id(item.raw, fix))
            yield self.finding(item, message, help=help_text, fix=change, value=item.raw, suggestion=fix)
