"""MC108 pyyaml-boolean."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...card import Card
from ...card.yamlnode import MAP, SEQ, Node
from ...core.rule import Rule
from ...diagnostics import Finding, Severity
from ...facts.lazyre import lazy

# the words PyYAML reads as booleans and YAML 1.2 as strings (`true` and `false` are booleans in both); YAML 1.1
# also lists `y` and `n`, but PyYAML keeps those letters strings
_YES = lazy(r"yes|Yes|YES|on|On|ON")
_NO = lazy(r"no|No|NO|off|Off|OFF")
# a value of those words, after a key, a list's dash or in a flow collection, an anchor or a tag between (a cheap test
# before the values are walked)
_ANY = lazy(r"[:\-,\[{][ \t]*(?:[&!]\S*[ \t]+)*(?:yes|on|no|off)[ \t]*(?:[#,\]}]|$)", re.I | re.M)
# keys whose value is a boolean for the Hub: there `no` is a mistake of another kind, not a string to keep
_BOOLEAN_KEYS = frozenset({"inference", "private", "gated", "disabled"})


def _plain_strings(root: Node) -> Iterator[tuple[str, Node]]:
    """Each plain (unquoted) string of the front matter, with the top-level key it stands under."""
    stack: list[tuple[str, Node]] = list(root.items()) if root.kind == MAP else []
    while stack:
        key, node = stack.pop()
        if node.kind == SEQ:
            stack.extend((key, item) for item in node.value)
        elif node.kind == MAP:
            stack.extend((key, value) for _, value in node.items())
        elif node.style is None and node.is_str:
            yield key, node


class PyyamlBoolean(Rule):
    """A plain metadata value that huggingface_hub's YAML 1.1 loader reads as a boolean, such as `language: no`."""

    code = "MC108"
    name = "pyyaml-boolean"
    severity = Severity.WARNING

    def check(self, card: Card) -> Iterator[Finding]:
        fm = card.frontmatter
        meta = card.meta
        # (the front matter's text first: few hold such a word, and only those are walked)
        if meta is None or not meta.is_map or fm is None or _ANY.search(fm.yaml_text) is None:
            return
        for key, node in _plain_strings(meta):
            raw = node.raw.strip()
            yes = _YES.fullmatch(raw) is not None
            if key in _BOOLEAN_KEYS or not (yes or _NO.fullmatch(raw)):
                continue
            read = "true" if yes else "false"
            norwegian = " (`no` is Norwegian's code)" if key == "language" and raw.lower() == "no" else ""
            yield self.finding(
                node,
                f"`{raw}` under `{key}` is a string for the Hub{norwegian}, but huggingface_hub's loader (PyYAML, "
                f"YAML 1.1) reads it as the boolean `{read}`: `ModelCard.load` gives `{read.title()}`, and a card it "
                f"saves back (`push_to_hub`, `metadata_update`) holds `{read}` there",
                help=f"quote it: `'{raw}'`",
                fix=self.replace_value(node, raw, f"quote `{raw}`"),
                key=key,
                value=raw,
            )
