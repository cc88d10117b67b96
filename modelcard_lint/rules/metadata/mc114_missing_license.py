"""MC114 missing-license."""

from __future__ import annotations

from collections.abc import Iterator

from ...card import Card
from ...core.rule import Rule
from ...diagnostics import Finding, Severity, Span
from ...facts.licensetext import text_license
from ...hub.lists import load_set
from ...hub.suggest import license_of_page, misspelled_key


class MissingLicense(Rule):
    """The metadata has no `license`, so nobody can tell whether the model may be used."""

    code = "MC114"
    name = "missing-license"
    severity = Severity.WARNING

    def check(self, card: Card) -> Iterator[Finding]:
        meta = card.meta
        if meta is None or "license" in meta.value:
            return
        if any(misspelled_key(k) == "license" for k in meta.value):  # MC110 reports the misspelling
            return
        where = Span.at(meta.span.line, meta.span.column)
        help_text = ("add `license: <id>` from the Hub's list, or `license: other` with `license_name` and "
                     "`license_link`")
        named = meta.get("license_name")
        if named is not None and named.is_str and named.value.strip():
            # (a `license_name` without `license`: the Hub reads neither; a name that is one of the Hub's ids is the
            # license to give, "license_name: llama3", else it goes with `license: other`)
            value = named.value.strip()
            hub_id = value.lower() if value.lower() in load_set("licenses") else None
            yield self.finding(
                named,
                f"the metadata has `license_name: {value}` but no `license`: the Hub reads the license only from "
                "`license`, so the model page shows none and filtering by license misses the model",
                help=(f"add `license: {hub_id}` (`{hub_id}` is one of the Hub's license ids)" if hub_id else
                      "add `license: other` beside `license_name`, with `license_link` to the terms"),
                fix=(self.add_entry(card, "license", hub_id, f"add `license: {hub_id}` to the metadata", safe=False)
                     if hub_id else None),
            )
            return
        said = text_license(card)
        gate = meta.get("extra_gated_prompt")
        if said is None and gate is not None and gate.is_str and "icen" in gate.value.lower():
            yield self.finding(  # (the gated repository's access prompt shows the terms; the Hub's filters do not)
                where,
                "the metadata has no `license`, though its access prompt (`extra_gated_prompt`) gives license terms: "
                "the Hub reads the license only from `license`, so the model page shows none and filtering by license "
                "misses the model",
                help=help_text,
            )
            return
        if said is None:
            yield self.finding(
                where,
                "the metadata has no `license`, so the Hub shows no license and users cannot tell whether "
                "they may use the model",
                help=help_text,
            )
            return
        # the text gives a license: the Hub reads it only from the metadata
        why = ("the Hub reads the license only from the metadata, so the model page shows none and filtering by "
               "license misses the model")
        paged = license_of_page(card.lines[said.line - 1]) if said.hub_id is None else None
        if paged is not None:  # (the page of a license the Hub knows: "... is available at: .../llama3/license")
            yield self.finding(
                Span.at(said.line, 1, len(card.lines[said.line - 1])),
                f"the text links the license's page, that of `{paged}` (line {said.line}), but the metadata has no "
                f"`license`: {why}",
                help=f"add `license: {paged}` to the metadata",
                fix=self.add_entry(card, "license", paged, f"add `license: {paged}` to the metadata", safe=False),
                text_license=paged,
            )
            return
        if said.hub_id is None and not said.heading:  # a sentence that grants none
            yield self.finding(
                where,
                f'the text says "{said.words}" (line {said.line}), but the metadata has no `license`: {why}',
                help="say it in the metadata: `license: other` with `license_name: proprietary` (or your terms' name) "
                "and `license_link` to the terms",
            )
            return
        if said.hub_id is None:  # a section of its own, in words that name none of the Hub's licenses
            yield self.finding(
                where,
                f"the metadata has no `license`, though the card has a license section (line {said.line}): {why}",
                help=help_text,
            )
            return
        # (reported where the text gives it, as the fix comes from there; unsafe: the text may give other licenses
        # too, "weights CC BY 4.0, code MIT", and this is its first)
        yield self.finding(
            Span.at(said.line, 1, len(card.lines[said.line - 1])),
            f'the text gives the license as "{said.words}", but the metadata has no `license`: {why}',
            help=f"add `license: {said.hub_id}` to the metadata",
            fix=self.add_entry(card, "license", said.hub_id, f"add `license: {said.hub_id}` to the metadata",
                               safe=False),
            text_license=said.hub_id,
        )
