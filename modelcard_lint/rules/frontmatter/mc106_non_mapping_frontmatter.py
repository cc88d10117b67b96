"""MC106 non-mapping-frontmatter."""

from __future__ import annotations

from collections.abc import Iterator

from ...card import Card
from ...core.rule import Rule
from ...diagnostics import Finding, Severity

_KIND = {"seq": "a list", "scalar": "a single value"}


class NonMappingFrontmatter(Rule):
    """The front matter is a list or a single value instead of a mapping of keys to values."""

    code = "MC106"
    name = "non-mapping-frontmatter"
    severity = Severity.ERROR

    def check(self, card: Card) -> Iterator[Finding]:
        fm = card.frontmatter
        root = fm.root if fm is not None else None
        if root is not None and not root.is_map:
            yield self.finding(
                root.span,
                f"the front matter is {_KIND.get(root.kind, root.kind)}, not a mapping of keys to values; "
                'huggingface_hub fails with "repo card metadata block should be a dict"',
                help="write the metadata as `key: value` lines, for example `license: mit`",
            )
