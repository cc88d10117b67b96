"""MC130 language-config-mismatch."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...card import Card
from ...core.rule import Rule
from ...diagnostics import Finding, Severity, Span
from ...facts.finetuned import Named, dataset_and_config, sentences
from ...facts.languagenames import evaluation_data_languages, related, title_clash
from ...facts.lazyre import lazy
from ...hub.languages import code_info, is_collective, is_region, language_of
from ...hub.vocabulary import benchmark_suite, model_index_results

# datasets whose configurations are named by language code (three-letter codes that are only in
# ISO 639-3 count as a language only for these, so that `rte` or `wic` are not read as languages)
_BY_LANGUAGE = ("common_voice", "voice", "speech", "fleurs", "voxpopuli", "openslr", "mls", "tatoeba",
                "flores", "opus", "xnli", "wikiann", "oscar", "mc4", "cc100", "dev_data", "babel")


# a card that tells of transfer to languages it was not trained on, whose results on them are the point
_TRANSFER = lazy(r"unseen[ \t]+(?:tasks?[ \t]*(?:&|and)[ \t]*)?languages?"
                 r"|zero-?shot[ \t]+(?:cross-?lingual|to[ \t]+(?:new|other|unseen)[ \t]+languages)"
                 r"|cross-?lingual[ \t]+(?:zero-?shot|transfer|generali[sz]ation)", re.I)


class LanguageConfigMismatch(Rule):
    """The model-index evaluates the model on a dataset configuration in a language the card does not declare."""

    code = "MC130"
    name = "language-config-mismatch"
    severity = Severity.WARNING

    def check(self, card: Card) -> Iterator[Finding]:
        meta = card.meta
        if meta is None:
            return
        node = meta.get("language")
        if node is None:
            return
        configs = []
        for _, result in model_index_results(meta):
            if benchmark_suite(result):
                continue  # a suite's tasks (MTEB's Tatoeba pairs) span languages the model never claims, by design
            dataset = result.get("dataset")
            if dataset is not None and dataset.is_map:
                # (the arguments only without a configuration: the configuration is what was loaded, "config: uz"
                # beside a stray "args: da" copied from another card)
                cfg = dataset.get("config")
                if cfg is None or not cfg.is_str:
                    cfg = dataset.get("args")
                if cfg is not None and cfg.is_str:
                    configs.append((dataset, cfg))
        # the configuration the training script ran with, as the Trainer writes it in its sentence ("on the
        # MOZILLA-FOUNDATION/COMMON_VOICE_7_0 - HU dataset"): a by-language set's only, its language code alone
        trained = [(named, config) for sentence in sentences(card) for named in sentence.datasets
                   if (config := _sentence_config(named)) is not None]
        loaded = _loaded(card) if "load_dataset" in card.text else []
        mentioned = evaluation_data_languages(card)
        if not configs and not trained and not loaded and not mentioned:
            return  # most cards: no need to look up the declared languages
        declared: set[str] = set()
        for item in node.scalars():
            if item.is_str and is_collective(item.value.strip().lower()):
                return  # a group of languages (ISO 639-5: `zle`, `gem`): which ones it holds is not known here
            if item.is_str:
                lang = language_of(item.value)
                if lang is not None:
                    declared.update(x for x in lang if x)
        if not declared or "mul" in declared:
            return
        low = card.text.lower()
        if ("unseen" in low or "shot" in low or "lingual" in low) and _TRANSFER.search(card.text) is not None:
            return  # results on languages it was not trained on, on purpose: "generalization to unseen languages"
        declared_raw = ", ".join(sorted(i.raw for i in node.scalars()))
        # the languages reported: the code that loads one too is the same mistake (as is the one the title names
        # against `language`, which language-title-mismatch reports)
        told: set[str] = {clash.other} if (clash := title_clash(card)) is not None else set()
        for named, config in trained:
            info = code_info(config)
            if info is None or info[0] in declared or (info[1] and info[1] in declared):
                continue
            yield self.finding(
                named.span,
                f"the text says the model was fine-tuned on `{named.text}` (configuration `{config}`, language "
                f"`{info[0]}`), but its metadata declares `language: {declared_raw}`; the Trainer writes the "
                "configuration the training ran with, so the sentence was copied from another model's card, or "
                "`language` is wrong",
                help=f"check which data the model was trained on: if it was `{config}`, correct `language`; if not, "
                "the sentence",
                config=config,
                config_language=info[0],
            )
            told.add(info[0])
            break
        reported: set[int] = set()
        for dataset, cfg in configs:
            kind = dataset.get("type")
            by_language = kind is not None and kind.is_str and any(k in kind.value.lower() for k in _BY_LANGUAGE)
            langs = _config_languages(cfg.value, by_language)
            missing = [code for code, macro in langs if code not in declared and (not macro or macro not in declared)]
            if not langs or not missing or id(dataset) in reported:
                continue
            reported.add(id(dataset))
            told.add(missing[0])
            yield self.finding(
                cfg,
                f"the model is evaluated on `{kind.raw if kind is not None else 'a dataset'}` configuration "
                f"`{cfg.value}` (language `{missing[0]}`), but its metadata declares `language: "
                f"{declared_raw}`; the configuration was copied from another "
                "model's card, or the result is another model's, or `language` is wrong",
                help=f"check the evaluation's configuration; if the model handles `{missing[0]}`, add it to `language`",
                config=cfg.value,
                config_language=missing[0],
            )
        for span, set_id, loaded_config in loaded:
            langs = _config_languages(loaded_config, True)
            missing = [code for code, macro in langs if code not in declared and (not macro or macro not in declared)]
            if len(langs) != 1 or not missing or missing[0] in told:
                continue
            yield self.finding(
                span,
                f"the card's code loads `{set_id}` configuration `{loaded_config}` (language `{missing[0]}`), but its "
                f"metadata declares `language: {declared_raw}`; the code was copied from another model's card, or "
                "`language` is wrong",
                help=f"check which language the model is for: if it is `{missing[0]}`, correct `language`; if not, "
                "the code's configuration",
                config=loaded_config,
                config_language=missing[0],
            )
            told.add(missing[0])
            break
        # the language a sentence names as the evaluation data ("on the Portuguese test data of Common Voice")
        for span, name, code in mentioned:
            if code in told or any(related(code, d) for d in declared):
                continue
            yield self.finding(
                span,
                f"the text says the model is evaluated on the {name.title()} test data (language `{code}`), but its "
                f"metadata declares `language: {declared_raw}`; the sentence was copied from another model's card, "
                "or `language` is wrong",
                help=f"check which language the model is for: if it is `{code}`, correct `language`; if not, the "
                "sentence",
                config_language=code,
            )
            break


# a call that loads a configuration of a dataset: `load_dataset("common_voice", "pl", split="test")`
_LOAD = lazy(r"""\bload_dataset\(\s*["']([\w./-]+)["']\s*,\s*(?:name\s*=\s*)?["']([\w-]+)["']""")


def _loaded(card: Card) -> list[tuple[Span, str, str]]:
    """The configurations of datasets organised by language that the card's code loads, where each is written."""
    out = []
    for n in sorted(card.code_lines):
        line = card.lines[n - 1] if n <= len(card.lines) else ""
        for m in _LOAD.finditer(line) if "load_dataset" in line else ():
            if any(k in m.group(1).lower() for k in _BY_LANGUAGE):
                out.append((Span(n, m.start(2) + 1, n, m.end(2) + 1), m.group(1), m.group(2)))
    return out


def _config_languages(config: str, by_language: bool) -> list[tuple[str, str]]:
    """The languages a configuration name stands for: `kmr`, `sv-SE`, `deu-eng`, `afr deu devtest`; else []."""
    parts = re.split(r"([-_ ])", config)
    tokens = [t for t in parts[::2] if t]
    if not tokens or len(tokens) > 3:
        return []
    # (a lower-case region after an underscore, as FLEURS names its configurations: `pt_br`, `ko_kr`, `en_us`)
    regions = {parts[k + 1] for k in range(1, len(parts) - 1, 2)
               if parts[k] == "_" and len(parts[k + 1]) == 2 and is_region(parts[k + 1])}
    found: list[tuple[str, str]] = []
    for i, token in enumerate(tokens):
        if i > 0 and (token.isupper() or token.isdigit() or len(token) > 3 or token in regions):
            continue  # a region (`SE`, `br` of `pt_br`), a variant (`vallader`) or a split name (`devtest`)
        info = code_info(token) if token.islower() else None
        if info is None:
            return []
        language, macro = info
        if len(token) == 3 and token == language and not by_language:
            return []  # an ISO 639-3-only code outside a by-language dataset: `rte`, `wic`, `sts`
        found.append((language, macro))
    return found


def _sentence_config(named: Named) -> str | None:
    """The language code of "D - CONFIG", the Trainer's name of a dataset run with a configuration, lower-cased (the
    Trainer writes both in capitals): only for a dataset organised by language, its first part only (`SV-SE`)."""
    dataset, config = dataset_and_config(named)
    if not config or not any(k in dataset.lower() for k in _BY_LANGUAGE):
        return None
    code = re.split(r"[-_ ]", config.strip(), maxsplit=1)[0].lower()
    return code if code.isalpha() and 2 <= len(code) <= 3 else None
