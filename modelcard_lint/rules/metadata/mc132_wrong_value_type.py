"""MC132 wrong-value-type."""

from __future__ import annotations

from collections.abc import Iterator

from ...card import Card
from ...core.rule import Rule
from ...diagnostics import Finding, Severity
from ...hub.vocabulary import shown

# key -> (the kind the Hub requires, its words in the Hub's error, how to write it)
_REQUIRED = {
    "tags": ("seq", '"tags" must be an array', "a list: `tags: [{raw}]`"),
    "widget": ("seq", '"widget" must be an array', "a list of examples: `widget:` then `- text: ...`"),
    "extra_gated_fields": ("map", '"extra_gated_fields" must be of type object', "a mapping of field names to types"),
}


# a tabular model's widget is one mapping of columns to example values (the Hub's widget documentation)
_TABULAR = ("structuredData", "structured_data")


class WrongValueType(Rule):
    """A metadata key holds a value of a type the Hub rejects, such as `tags` written as a single string."""

    code = "MC132"
    name = "wrong-value-type"
    severity = Severity.ERROR

    def check(self, card: Card) -> Iterator[Finding]:
        meta = card.meta
        if meta is None:
            return
        for key, (kind, hub_error, fix) in _REQUIRED.items():
            node = meta.get(key)
            if node is None or node.is_null or node.kind == kind:
                continue
            if key == "widget" and node.is_map and any(k in node.value for k in _TABULAR):
                continue  # the Hub's documented form for the widget of a tabular model
            how = fix.format(raw=node.raw if node.is_scalar else "...")
            if key == "tags" and node.is_str:
                # (what is sure of a single string: the spec's list, and huggingface_hub's reading of it letter by
                # letter, "autonlp" as the tags a, u, t, o, n, l, p)
                letters = ", ".join(f"`{c}`" for c in list(dict.fromkeys(str(node.value)))[:4])
                why = (f"the metadata spec makes `tags` a list of strings: some versions of huggingface_hub read a "
                       f"single string letter by letter (the tags {letters}, ...), and the Hub's check may refuse a "
                       f"push of the card ({hub_error})")
            else:
                why = (f"the Hub requires {how.split(':')[0]} and rejects a push of the card ({hub_error}); a card "
                       "pushed before that check shows a \"YAML Metadata Error\" on its page instead")
            yield self.finding(
                node,
                f"`{key}` is {shown(node)}, but {why}",
                help=f"write `{key}` as {how}",
                key=key,
            )
