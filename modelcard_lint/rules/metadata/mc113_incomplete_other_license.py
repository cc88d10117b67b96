"""MC113 incomplete-other-license."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...card import Card
from ...core.rule import Rule
from ...diagnostics import Finding, Severity
from ...facts.lazyre import lazy
from ...hub.lists import load_set

_NAME = lazy(r"[a-z0-9][a-z0-9.+-]*\Z")
_LINK = lazy(r"(?:https?://\S+|[\w./-]+)\Z")
# a link in the text to a license file: "[Modified MIT License](LICENSE)", '<a href=".../blob/main/LICENSE">'
# (or a license's page: "[NVIDIA Open Model License](https://www.nvidia.com/.../nvidia-open-model-license/)")
# (or a bare address: "Please read the full license here: https://huggingface.co/x/y/blob/main/LICENSE.md")
_LICENSE_FILE = lazy(r"(?:\]\(|href=[\"'])(?P<target>[^)\s\"'<>]{0,300}?\bLICEN[CS]E(?:\.(?:md|txt)|/)?)[)\"']"
                     r"|(?<![\w(\[\"'/])(?P<bare>https?://[^)\s\"'<>]{0,300}?\bLICEN[CS]E(?:\.(?:md|txt)|/)?)"
                     r"(?=[\s,;]|\.?$)", re.I | re.M)


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
        linked = link is not None and link.is_str and bool(link.value.strip())
        if name is None or not name.is_str or not name.value.strip():
            # (with a link to the terms, readers can read them; what the Hub lacks is the license's name)
            why = ("the Hub shows only \"other\" beside the link to the terms, and nobody can find or filter the "
                   "license by its name" if linked else "the Hub shows only \"other\" and users cannot tell which "
                   "license applies")
            yield self.finding(
                name if name is not None else other,
                "`license: other` needs a `license_name` (an id for the license, such as `my-license-1.0`); "
                f"without it {why}",
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
        if not linked:
            said = _linked_license(card, name.value if name is not None and name.is_str else "")
            yield self.finding(
                link if link is not None else other,
                "`license: other` needs a `license_link`: a license file in the repository (`LICENSE`, "
                "`LICENSE.md`) or a URL, so that users can read the terms",
                help=(f"add `license_link: {said[1]}`, the license {'page' if '://' in said[1] else 'file'} the text "
                      f"links (line {said[0]})" if said else
                      "add `license_link: LICENSE` and commit the license text in that file"),
                missing="license_link",
            )
        elif link is not None and not _LINK.match(link.value.strip()):
            yield self.finding(
                link,
                f"`license_link: {link.raw}` is neither a file in the repository nor a URL, so the Hub's "
                "license link leads nowhere",
                help="point `license_link` at a file such as `LICENSE`, or at the license's URL",
            )


def _linked_license(card: Card, name: str) -> tuple[int, str] | None:
    """The license file or page the card's text links, and its line: the metadata's `license_link` to be. Of several,
    the one whose address holds the `license_name` (the NVIDIA Open Model License's page, not the base model's
    Qwen license linked below it), else the first."""
    found: list[tuple[int, str]] = []
    for n, line in card.prose_lines():
        if "icen" in line or "ICEN" in line:
            found += [(n, m.group("target") or m.group("bare")) for m in _LICENSE_FILE.finditer(line)]
    key = str(name).strip().lower()
    named = [f for f in found if key and key in f[1].lower()]
    return (named or found)[0] if found else None
