"""MC113 incomplete-other-license."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...card import Card
from ...core.rule import Rule
from ...diagnostics import Finding, Severity
from ...hub.lists import load_set

_NAME = re.compile(r"[a-z0-9][a-z0-9.+-]*\Z")
_LINK = re.compile(r"(?:https?://\S+|[\w./-]+)\Z")


class IncompleteOtherLicense(Rule):
    """`license: other` without a usable `license_name` and `license_link`, so nobody can tell which license applies."""

    code = "MC113"
    name = "incomplete-other-license"
    severity = Severity.WARNING

    def check(self, card: Card) -> Iterator[Finding]:
        meta = card.meta
        if meta is None:
            return
        node = meta.get("license")
        if node is None:
            return
        other = next((n for n in node.scalars() if n.value == "other"), None)
        if other is None:
            return
        name, link = meta.get("license_name"), meta.get("license_link")
        if name is None or not name.is_str or not name.value.strip():
            yield self.finding(
                name if name is not None else other,
                "`license: other` needs a `license_name` (an id for the license, such as `my-license-1.0`); "
                "without it the Hub shows only \"other\" and users cannot tell which license applies",
                help="add `license_name: <short-lowercase-id>`",
                missing="license_name",
            )
        elif not _NAME.match(name.value):
            slug = re.sub(r"[^a-z0-9.+]+", "-", name.value.lower()).strip("-")
            hub_id = f" (it is a Hub license id: use `license: {slug}` instead)" if slug in load_set("licenses") else ""
            yield self.finding(
                name,
                f"`license_name: {name.raw}` should be short, lower case and without spaces, as the Hub's "
                f"license pages expect{hub_id}",
                help=f"write `license_name: {slug}`" if slug else "use a short lower-case id",
                suggestion=slug,
            )
        if link is None or not link.is_str or not link.value.strip():
            yield self.finding(
                link if link is not None else other,
                "`license: other` needs a `license_link`: a license file in the repository (`LICENSE`, "
                "`LICENSE.md`) or a URL, so that users can read the terms",
                help="add `license_link: LICENSE` and commit the license text in that file",
                missing="license_link",
            )
        elif not _LINK.match(link.value.strip()):
            yield self.finding(
                link,
                f"`license_link: {link.raw}` is neither a file in the repository nor a URL, so the Hub's "
                "license link leads nowhere",
                help="point `license_link` at a file such as `LICENSE`, or at the license's URL",
            )
