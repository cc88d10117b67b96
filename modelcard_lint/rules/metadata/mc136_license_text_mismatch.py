"""MC136 license-text-mismatch."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...card import Card
from ...core.rule import Rule
from ...diagnostics import Finding, Severity
from ...facts.licensetext import text_license

# ids that name no one license, which a text's license may narrow without contradicting them
_OPEN = frozenset({"cc", "other", "unknown"})


class LicenseTextMismatch(Rule):
    """The metadata's `license` is another license than the one the card's text says the model is released under."""

    code = "MC136"
    name = "license-text-mismatch"
    severity = Severity.WARNING

    def check(self, card: Card) -> Iterator[Finding]:
        meta = card.meta
        node = meta.get("license") if meta is not None else None
        if node is None or not node.is_str:
            return
        given = node.value.strip().lower()
        said = text_license(card)
        if said is None or said.hub_id is None or given in _OPEN or said.hub_id in _OPEN or said.hub_id == given:
            return
        if "openrail" in (given, said.hub_id) and "openrail" in given and "openrail" in said.hub_id:
            return  # (the family's id and one of its licenses: `openrail` and "CreativeML Open RAIL-M")
        if _versioned(said.hub_id, given) or _versioned(given, said.hub_id):
            return  # (a license named without its version: "Distributed under the GPL License" over `gpl-3.0`)
        if _also_given(card, said.line, given):
            return  # (a section of licenses, one per model or part: "- [X-v1.0](...): apache-2.0", "- [X-Instruct-v1.0]
            # (...): cc-by-nc-4.0" under `license: cc-by-nc-4.0`, its own among them)
        yield self.finding(
            node,
            f"`license` is `{node.value}`, but the text says the model is released under {said.words.strip()} "
            f"(`{said.hub_id}`, line {said.line}): the Hub shows and filters by the metadata's, so one of them "
            "misleads whoever reuses the model",
            help=f"write the license the model is released under in both places (`license: {said.hub_id}` if the "
            "text is right)",
            text_license=said.hub_id,
            text_line=said.line,
        )


def _versioned(family: str, license_id: str) -> bool:
    """Whether ``license_id`` is ``family`` with a version after it (`gpl-3.0` of `gpl`; not `cc-by-sa-4.0` of
    `cc-by`, another license)."""
    version = license_id[len(family) + 1 :]
    return license_id.startswith(family + "-") and re.fullmatch(r"\d+(?:\.\d+)*", version) is not None


def _also_given(card: Card, line: int, given: str) -> bool:
    """Whether the section of the text's license also names the metadata's, by its id ("cc-by-nc-4.0")."""
    inner = None
    for section in card.sections:
        if section.heading is not None and section.line <= line <= section.end_line and (
                inner is None or section.level >= inner.level):
            inner = section
    if inner is None:
        return False
    text = "\n".join(card.lines[inner.line - 1 : inner.end_line]).lower()
    return given in text and re.search(rf"(?<![\w-]){re.escape(given)}(?![\w-])", text) is not None
