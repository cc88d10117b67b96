"""MC115 invalid-language."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...card import Card
from ...card.yamlnode import Node
from ...core.rule import Option, Rule
from ...diagnostics import Edit, Finding, Fix, Severity, Span
from ...facts.titles import title_text
from ...hub.languages import is_iso639, is_language, is_region, language_fix, language_hints, language_of
from ...hub.vocabulary import same_id, shown

# (the Hub's own words, as it refuses such a push: "\"language\" with value \"jp\" is not valid. It must be an ISO
# 639-1, 639-2 or 639-3 code")
_REFUSED = "so the Hub refuses a push of the card"
_REJECTED = f'{_REFUSED} ("It must be an ISO 639-1, 639-2 or 639-3 code")'


def language_pair(raw: str) -> tuple[str, str] | None:
    """The two languages of a value that joins them (`si-en`: Sinhala to English, `en` being no region;
    `en-multilingual`), or None when the second part may be a region, a script or a variant."""
    parts = [p for p in re.split(r"[-_]", raw) if p]
    if len(parts) != 2 or not is_language(parts[0].lower()) or not parts[1].islower() or not is_language(parts[1]):
        return None
    if (len(parts[1]) == 2 and not is_region(parts[1])) or len(parts[1]) > 8:
        return parts[0].lower(), parts[1]
    return None


def _help(raw: str, fix: str | None, reason: str, codes: str | None) -> str:
    if fix:  # (a second part that is a language too may be one: "en-de" of an English-German pair)
        second = _second_language(raw, fix)
        return f"write `{fix}`" + (f", or list `{fix}` and `{second}` if the model handles both" if second else "")
    if reason == "names":
        return f"write them as a list: `language: [{codes}]`"
    if reason == "split":
        return f"write the code of the language the model handles, among `{'`, `'.join((codes or '').split(','))}`"
    if (pair := language_pair(raw)) is not None:
        if pair[0] == pair[1]:  # ("multilingual-multilingual": one value twice)
            return f"write `{pair[0]}`"
        return f"write them as a list: `language: [{', '.join(pair)}]`"
    return "use the ISO 639-1 code (or 639-3 when there is none), or remove it"


def _second_language(raw: str, fix: str) -> str:
    """The second part of a region form that is a language code too (`de` of `en-de`), else ""."""
    parts = [p for p in re.split(r"[-_]", raw) if p]
    second = parts[1] if len(parts) == 2 else ""
    return second if second.islower() and second != fix and is_iso639(second) else ""


def _named_codes(card: Card) -> frozenset[str]:
    """The codes of the languages the card names in its title and prose ("Vietnamese") that its `language` does not
    list (a code the list holds already is not the one a value misspells: `kz` beside `uz` is no Uzbek)."""
    node = card.meta.get("language") if card.meta is not None else None
    values = [node] if node is not None and node.is_scalar else list(node or ())
    listed = {info[0] for v in values if v.is_str and (info := language_of(v.value)) is not None}
    hints = language_hints()
    text = " ".join([title_text(card), *(line for _, line in card.prose_lines())])
    return frozenset(code for word in set(re.findall(r"[^\W\d_]{3,}", text.lower()))
                     if (code := hints.get(("name", word))) is not None and code not in listed)


def _one_letter_off(raw: str, codes: frozenset[str]) -> str | None:
    """The one code among ``codes`` that ``raw`` misspells by one letter (`vu` for `vi`), else None."""
    low = raw.strip().lower()
    near = [c for c in codes if len(c) == len(low) and sum(a != b for a, b in zip(c, low, strict=True)) == 1]
    return near[0] if len(near) == 1 else None


def _explain(raw: str, named: frozenset[str] = frozenset()) -> tuple[str, str | None]:
    reason, fix = language_fix(raw)
    quoted = f"`{raw}`" if raw.strip() else '`""` (an empty string)'
    if reason == "case":
        return (
            f"{quoted} must be written in lower case, as `{fix}`, {_REFUSED} "
            '("language" must only contain lowercase characters)',
            fix,
        )
    if reason == "region" and (pair := language_pair(raw)) is not None:
        first, second = pair
        why = "is no region" if len(second) == 2 else "is no BCP-47 subtag"
        return (f"{quoted} joins two languages in one value (`{second}` {why}), {_REJECTED}; list `{first}` and "
                f"`{second}` separately"), None
    if reason == "region":
        message = (
            f"{quoted} is a region or variant form (BCP-47), not an ISO 639 code, {_REJECTED}; use `{fix}`, "
            f"and put `{raw}` under `language_bcp47` if the variant matters"
        )
        second = [p for p in re.split(r"[-_]", raw) if p][1]
        if second.islower() and is_iso639(second) and second != fix:
            message += (f" (if `{second}` stands for a second language, not a region, list `{fix}` and `{second}` "
                        "separately)")
        return message, fix
    if reason == "name":
        return f"{quoted} is a language name, not a code, {_REJECTED}; the ISO 639 code is `{fix}`", fix
    if reason == "names":  # several languages in one value: a list of their codes, for the author to write
        codes = fix.split(", ") if fix else []
        listed = ", ".join(f"`{c}`" for c in codes)
        return f"{quoted} names {len(codes)} languages in one value, {_REJECTED}; list their codes: {listed}", None
    if reason == "retired":
        # (the Hub's own cards keep some: openai/whisper-large-v3-turbo lists `jw`, so a refusal is not certain)
        return (f"{quoted} is a withdrawn code, replaced by `{fix}`: readers filtering the Hub by `{fix}` do not find "
                "the model, and the Hub's check against ISO 639 may refuse the card"), fix
    if reason == "split":
        successors = ", ".join(f"`{c}`" for c in (fix or "").split(","))
        return (f"{quoted} is a withdrawn code, split into {successors}: readers filtering the Hub by the language's "
                "code do not find the model, and the Hub's check against ISO 639 may refuse the card"), None
    if reason == "programming":
        return f"{quoted} is a programming language, {_REJECTED}; the Hub's value for those is `code`", fix
    if reason == "country" and (typo := _one_letter_off(raw, named)) is not None and typo != fix:
        # (`vu` on a Vietnamese card is `vi` mistyped, not Vanuatu's Bislama)
        return (f"{quoted} is not a language code, {_REJECTED}; it is most likely `{typo}` mistyped, a language the "
                f"card names (as a country code, {quoted} would point to `{fix}`)"), typo
    if reason == "country":
        # (a value that does not start as that language's code may stand for another: `kz` for Kazakh, where Russian
        # is most used; `hn` for Hindi)
        other = (fix or "")[:1] != raw.strip()[:1].lower()
        maybe = f", though {quoted} may stand for another language" if other else ""
        return (
            f"{quoted} is not a language code but looks like a country code, {_REJECTED}; "
            f"the language most used in that country is `{fix}`{maybe}",
            fix,
        )
    return (
        f"{quoted} is not an ISO 639-1, 639-2 or 639-3 code nor a value the Hub accepts (`code`, "
        f"`multilingual`), {_REJECTED}",
        None,
    )


class InvalidLanguage(Rule):
    """A `language` value is not an ISO 639 code or a value the Hub accepts, so the Hub refuses a push of the card."""

    code = "MC115"
    name = "invalid-language"
    severity = Severity.ERROR
    options = {"allow": Option([], "Language values to accept as if the Hub took them")}

    def check(self, card: Card) -> Iterator[Finding]:
        meta = card.meta
        node = meta.get("language") if meta is not None else None
        if node is None or node.is_null:
            return
        if node.is_map:
            yield self.finding(
                node,
                "`language` is a mapping; the Hub expects a language code or a list of codes and refuses a push of "
                "the card",
                help="write `language: en`, or a list such as `language: [en, fr]`",
            )
            return
        for item in [node] if node.is_scalar else list(node):
            if item.is_str and (is_language(item.value) or item.value in self.opts["allow"]):
                continue
            if not item.is_scalar or item.is_null or not item.is_str:
                what = shown(item)
                yield self.finding(
                    item,
                    f"language {what} is not a language code, so the Hub refuses a push of the card "
                    '("language" must be a string)',
                    help="write each language as an ISO 639 code, for example `en`",
                )
                continue
            reason, codes = language_fix(item.value)
            message, fix = _explain(item.value, _named_codes(card) if reason == "country" else frozenset())
            if reason == "split" and codes and not node.is_scalar:  # (one of its successors listed already)
                held = [c for c in codes.split(",") if any(o.is_str and o.value == c for o in node)]
                if held:
                    message += f" (the list already holds `{held[0]}`, one of them)"
            if fix and not node.is_scalar and any(o is not item and o.is_str and o.value == fix for o in node):
                # the list holds the code already: remove this one rather than write it twice
                if "readers filtering the Hub by" in message:  # (they find it: the list holds that code)
                    message = (f"{shown(item)} is a withdrawn code, replaced by `{fix}`, which the list already "
                               "holds: the withdrawn one adds nothing, and the Hub's check against ISO 639 may refuse "
                               "the card")
                else:
                    head, code, tail = message.rpartition(f"`{fix}`")  # (said right after the code)
                    message = f"{head}{code}, which the list already holds{tail}" if code else message
                yield self.finding(
                    item, f"language {message}", help=f"remove `{item.value}`",
                    # (as safe as writing the code would be: `EN` beside `en` is, `ly` beside `ar` is a guess)
                    fix=_remove_item(card, item, f"remove `{item.value}`", safe=same_id(item.value, fix)),
                    value=item.value, suggestion=fix,
                )
                continue
            # only a change of case is safe; `zh-CN` -> `zh` or `English` -> `en` is a guess
            change = self.replace_value(item, fix, f"write `{fix}`", safe=same_id(item.value, fix)) if fix else None
            reason, codes = language_fix(item.value)  # (cached)
            yield self.finding(
                item,
                f"language {message}",
                help=_help(item.value, fix, reason, codes),
                fix=change,
                value=item.value,
                suggestion=fix,
            )


def _remove_item(card: Card, item: Node, message: str, safe: bool) -> Fix | None:
    """A fix that deletes the line of a block list's item (``- ajp``); None for an item of a flow list or one that
    shares its line."""
    line = item.span.line
    text = card.lines[line - 1] if line <= len(card.lines) else ""
    if item.span.end_line != line or not re.fullmatch(r"[ \t]*-[ \t]+" + re.escape(text[item.span.column - 1 :
                                                                                        item.span.end_column - 1])
                                                         + r"[ \t]*(?:#.*)?", text):
        return None
    return Fix(message, (Edit(Span(line, 1, line + 1, 1), ""),), safe=safe)
