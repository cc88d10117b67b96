"""MC201 missing-section: the card does not cover a topic a model card needs."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from ...card import Card
from ...card.body import Heading
from ...card.titles import BOLD_LABEL
from ...core.rule import Option, Rule
from ...diagnostics import Finding, Severity, Span
from ...facts import charts, labels, pointers, printed, spacycard, swallowed
from ...facts.anchors import holds_any
from ...facts.architectures import DISTINCT, SHORT_DESCRIPTION, describes_model
from ...facts.caveats import states_caveat
from ...facts.coverage import states_training_data
from ...facts.datanames import names_metadata_dataset
from ...facts.deferral import deferred_topics
from ...facts.derivative import copies_a_model, states_copy
from ...facts.describes import says_what_it_is
from ...facts.fences import unclosed_fences
from ...facts.finetuned import sentences
from ...facts.heldout import held_out_rows
from ...facts.lazyre import lazy
from ...facts.linkpath import link_target, strip_urls
from ...facts.metadatasets import datasets_key, datasets_under
from ...facts.metriccolumns import measured_columns
from ...facts.notamodel import holds_no_model
from ...facts.purpose import states_intended_use
from ...facts.redirect import points_elsewhere
from ...facts.results import reports_results
from ...facts.tasknames import names_a_task
from ...facts.titles import html_headings, opening_title, paragraph_text, unspaced_title
from ...facts.untrained import merge_config, merged_by_metadata
from ...hub.lists import load_list
from ...hub.vocabulary import repo_id_problem
from .headings_form import form, loosely, normalize
from .headings_topics import LABELS, SHORT, TOPICS
from .headings_translated import TRANSLATED
from .titles_kind import ASIDE, names_kind_title, run_heading, words_in

PROFILES: dict[str, tuple[str, ...]] = {
    "default": ("description", "intended-uses", "limitations", "training-data", "evaluation"),
    "trainer": ("trainer-description", "trainer-uses", "trainer-data", "training-procedure",
                "training-hyperparameters", "framework-versions"),
}

# a header of results in a table's later columns ("verified result (sim)", "Scores", "测试结果"; not "Expected output")
_RESULT_COLUMN = lazy(r"\b(?:results?|scores?)\b|结果|結果|得分|分数|分數|결과|점수|スコア", re.I)
# a header of what each model of a table is for ("Purpose", "Use case", "Intended use", "Best for"), its cells phrases
_USES_COLUMN = lazy(r"(?:\*\*)?(?:purpose|(?:intended |primary |main )?use[ -]?cases?"
                    r"|intended (?:uses?|usage|for)|best (?:suited )?for|used for|good for|recommended for)"
                    r"(?:\*\*)?", re.I)
_NOTE_TITLE = lazy(r"[\W_]*(?:note|nb|warning|attention|important|update|news)[\W_]*[:：]", re.I)
# "and" between two parts of a heading, as its forms write it (and in Spanish, Portuguese, Italian, French, German:
# "## Datos y límites")
_AND = (" and ", " 与 ", " 與 ", " 和 ", " 及 ", " y ", " e ", " et ", " und ")
# the topics a quantized or converted copy leaves to the original's card (``facts.derivative``)
INHERITED = frozenset({"intended-uses", "limitations", "training-data", "evaluation"})
# what a card may state without a heading, and where it is read (spaCy's feature table is its pipeline's details)
_STATED: dict[str, Callable[[Card], bool]] = {
    # (or names, in any sentence, a dataset its metadata lists: "5,000 AISHELL-1-derived utterances")
    # (or a merge of its base models, by the metadata: `base_model_relation: merge`)
    "training-data": lambda c: (states_training_data(c) or spacycard.names_sources(c) or names_metadata_dataset(c)
                                or merged_by_metadata(c.meta)),
    "evaluation": lambda c: (reports_results(c) or printed.prints_results(c) or pointers.points_to_evaluation(c)
                             or charts.shows_results_chart(c) or swallowed.reports_swallowed_results(c)
                             or held_out_rows(c) or measured_columns(c)),
    "limitations": states_caveat,
    "description": lambda c: bool(spacycard.feature_rows(c)) or says_what_it_is(c) or merge_config(c),
    "intended-uses": lambda c: states_intended_use(c) or spacycard.names_tasks(c),
}


def _labels(card: Card) -> frozenset[str]:
    """The forms of the bold labels that open a line of the body outside code (``**Training data:**``,
    ``- **Test Result**:``): a label ends with a colon, inside or right after the bold, or is the whole
    line, as a heading would be (``**Intended uses & limitations**``).  Only the lines
    where a ``**`` comes first (after a list marker at most) are tried; a line number is worked out for
    a match only."""
    text = card.text
    code = card.code_lines
    out = set()
    line, counted = 1, 0
    pos = text.find("**")
    while pos >= 0:
        start = text.rfind("\n", 0, pos) + 1
        lead = text[start:pos].strip()
        # (after a list marker at most, or a symbol: "❌ **Out-of-Scope Use**")
        marker = lead in ("", "-", "*", "+")
        symbol = not marker and len(lead) <= 3 and not any(c.isalnum() or c in "`[<|>#" for c in lead)
        if (marker or symbol) and (m := BOLD_LABEL.match(text, pos if symbol else start)):
            line += text.count("\n", counted, start)
            counted = start
            if line > card.body_line and line not in code:
                out.add(form(m.group(1) or m.group("run_in")))
        end = text.find("\n", pos)
        pos = -1 if end < 0 else text.find("**", end)
    return frozenset(out)


def _named_title(level_one: list[Heading]) -> Heading | None:
    """The card's title among its level-1 headings: the first, unless it is a pointer elsewhere or a note set as a
    heading and another follows ("# Check out more codes on our [github repository](...)!" over "# IDM-VTON :
    Improving Diffusion Models ...", "# NOTE: This repository is now superseded by ..." over "# BERTIN"; not a title
    that ends with an exclamation, "# SepFormer trained on WHAM!")."""
    for heading in level_one[:-1]:
        text = heading.text
        if not ((text.rstrip(" *_").endswith(("!", "！")) and "](" in text) or _NOTE_TITLE.match(heading.title)):
            return heading
    return level_one[-1] if level_one else None


def _open_ended(phrase: str) -> str:
    """A formed phrase (" word word ") that ends in a Hangul syllable, without its last space: it then matches a longer
    word it starts ("## 제한사항", limitations; "## 평가결과", results of the evaluation)."""
    return phrase[:-1] if "\uac00" <= phrase[-2:-1] <= "\ud7a3" else phrase


def _choices(headings: list[str], most: int = 4) -> str:
    """'"A", "B" or "C"', or the first few and how many others there are."""
    quoted = [f'"{h}"' for h in headings]
    if len(quoted) > most:
        others = len(quoted) - most
        return ", ".join(quoted[:most]) + f", or one of {others} other headings (`modelcard-lint rule MC201`)"
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " or " + quoted[-1]


def _template_topics() -> dict[str, tuple[str, ...]]:
    """One topic per required (not "[optional]") H2 section of the Hub template."""
    topics: dict[str, tuple[str, ...]] = {}
    for line in load_list("hf_template_sections"):
        level = len(line) - len(line.lstrip("#"))
        title = line.lstrip("#").strip()
        if level == 2 and "[optional]" not in title.lower():
            topics["hub-" + normalize(title).replace(" ", "-")] = (title,)
    return topics


class MissingSection(Rule):
    """The card has no section on a topic that its profile requires, such as limitations or evaluation."""

    code = "MC201"
    name = "missing-section"
    severity = Severity.WARNING
    options = {
        "profile": Option(
            "default",
            "Which topics are required: `default`, `hub-template`, `trainer`, or a profile from `profiles`",
        ),
        "profiles": Option({}, "Custom profiles: a name and the list of topics it requires"),
        "topics": Option(
            {}, "Extra headings for a topic, or new topics: a topic name and the headings that cover it"
        ),
        "intro-words": Option(
            12, "A paragraph of at least this many words under the title also covers `description` (0: off)"
        ),
        "statements": Option(
            True, "A topic stated without a heading (a `Label: value` line, a table, a sentence) counts as covered"
        ),
    }

    @classmethod
    def _catalog(cls, opts: dict[str, Any]) -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
        topics = dict(TOPICS)
        template = _template_topics()
        topics.update(template)
        for name, headings in opts.get("topics", {}).items():
            topics[name] = tuple(topics.get(name, ())) + tuple(headings)
        profiles = dict(PROFILES)
        profiles["hub-template"] = tuple(template)
        profiles.update({k: tuple(v) for k, v in opts.get("profiles", {}).items()})
        return topics, profiles

    @classmethod
    def validate_options(cls, opts: dict[str, Any]) -> None:
        topics, profiles = cls._catalog(opts)
        profile = opts.get("profile", "default")
        if profile not in profiles:
            raise ValueError(f"unknown profile {profile!r} (known: {', '.join(sorted(profiles))})")
        for name, wanted in profiles.items():
            for topic in wanted:
                if topic not in topics:
                    raise ValueError(
                        f"profile {name!r} requires unknown topic {topic!r}; define it under `topics`"
                    )

    def setup(self) -> None:
        topics, profiles = self._catalog(self.opts)
        self.required = [(t, topics[t]) for t in profiles[self.opts["profile"]]]
        # phrase -> whole-title match? ; titles are compared as " word word "
        # (and a default topic's headings in other languages: ``headings_translated``)
        # (a Korean phrase also as the start of a word: Korean joins nouns and particles to it, "제한" in "## 제한사항")
        self.phrases = {
            t: [(_open_ended(form(h.lstrip("^"))) if not h.startswith("^") else form(h[1:]), h.startswith("^"))
                for h in (*headings, *TRANSLATED.get(t, ()))]
            for t, headings in self.required
        }
        # the same, split: whole-title phrases as a set (one set test per topic), the others as a tuple
        self.whole = {t: frozenset(p for p, whole in phrases if whole) for t, phrases in self.phrases.items()}
        self.parts = {t: tuple(p for p, whole in phrases if not whole) for t, phrases in self.phrases.items()}
        # each topic's message and help, written once
        # (and, for a card with nothing but a title, its label and first heading)
        self.texts: dict[str, tuple[str, str, str, str]] = {}
        for topic, headings_for_topic in self.required:
            shown = [h.lstrip("^") for h in headings_for_topic]
            examples = " or ".join(f'"{h}"' for h in shown[:2])
            label = LABELS.get(topic) or (shown[0] if len(shown) == 1 else topic.replace("-", " "))
            self.texts[topic] = (
                f"the card has no section on {label}; readers and reviewers look for a heading such as {examples}",
                f"add a section headed {_choices(shown)}",
                SHORT.get(topic, label),
                f'"{shown[0]}"',
            )
        # the topics no heading covers, by the set of heading forms: cards made by one generator share
        # their headings (the Trainer's cards: 5 topics x 10 phrases looked for once, not once per card)
        self.missing_by_titles: dict[frozenset[str], list[str]] = {}

    def _missing(self, titles: frozenset[str]) -> list[str]:
        """The required topics that no heading of ``titles`` (heading forms) covers."""
        missing = self.missing_by_titles.get(titles)
        if missing is None:
            joined = "\0".join(titles)  # one substring search per phrase instead of one per heading
            missing = [
                topic
                for topic, _ in self.required
                if self.whole[topic].isdisjoint(titles) and not holds_any(joined, self.parts[topic])
            ]
            if len(self.missing_by_titles) >= 4096:  # a long run over varied cards: start again
                self.missing_by_titles.clear()
            self.missing_by_titles[titles] = missing
        return missing

    def _unstated(self, card: Card, missing: list[str]) -> list[str]:
        """The topics of ``missing`` that the card does not state without a heading either (``facts.coverage``):
        a plain ``Label: value`` line or a table's first header covers a topic as a heading would (a table's
        only through a phrase that may stand inside a longer heading: a results table's first column is often
        "Dataset"); a sentence covers training data, evaluation or intended uses."""
        plain = frozenset(form(text[:200]) for text in labels.plain_labels(card))
        covered = set(missing) - set(self._missing(plain)) if plain else set()
        tables = frozenset(form(text[:200]) for text in labels.table_labels(card))
        if tables:
            joined = "\0".join(tables)
            covered |= {t for t in missing if any(p in joined for p, whole in self.phrases[t] if not whole)}
        if "training-data" in missing:  # a column of the models' data, in a table of a family of models
            columns = "\0".join(form(text[:200]) for text in labels.column_labels(card))
            # (or of what each was trained on: "| run | task | trained on |", "| Model | Pretrain |", "| 模型 | 语料 |")
            parts = (" trained on ", " pretrain ", " pretraining ", *self.parts["training-data"])
            if any(p in columns for p in parts) or not self.whole["training-data"].isdisjoint(columns.split("\0")):
                covered.add("training-data")
        if "intended-uses" in missing and any(  # a column of what each model is for: "| Model | Purpose | Input |"
                _USES_COLUMN.fullmatch(cell.text.strip())
                and any(k < len(row.cells) and words_in(row.cells[k].text) >= 2 for row in table.rows)
                for table in card.body.tables for k, cell in enumerate(table.header[1:], 1)):
            covered.add("intended-uses")
        if "evaluation" in missing and any(  # a column of results: "| run | task | verified result (sim) |"
                _RESULT_COLUMN.search(cell.text[:80]) for table in card.body.tables for cell in table.header[1:]):
            covered.add("evaluation")
        covered |= deferred_topics(card)  # ("The intended uses ... are similar to [BERT-base uncased](...)")
        return [t for t in missing if t not in covered and not (t in _STATED and _STATED[t](card))]

    def _has_intro(self, card: Card) -> bool:
        """Is there a paragraph of prose under the title (or before any heading)?"""
        need = self.opts["intro-words"]
        if need <= 0:
            return False
        root = card.body.root
        # the title: the first level-1 heading naming something (not a spacer, "# ."), else the card's first heading
        titles = [s for s in root.children if s.level == 1 and any(c.isalnum() for c in s.title)]
        named = _named_title([s.heading for s in titles if s.heading is not None])
        title = next((s for s in titles if s.heading is named), root.children[0] if root.children else None)
        blocks = (title.blocks if title else []) + root.blocks
        if title is not None and title.children and not any(b.kind in ("paragraph", "list") for b in title.blocks):
            # a subtitle right under the title: one that describes the model ("## A tiny GPT2 model for
            # generating Hebrew text"), or one over its description ("## robertuito-hate-speech", "## About
            # QARiB"), not a section on another topic or on how to run it ("## Usage", "#### How to use")
            sub = title.children[0]
            # (or a sentence of ten words set as a heading below it: "##### This example uses Gradient Boosted ...")
            for k, head in enumerate((sub, *sub.children[:1])):
                if (self.opts["statements"] and describes_model(text := strip_urls(head.title), n := words_in(text))
                        and (k == 0 or n >= 10)):
                    return True
            # (or opens with a generator's sentence, whatever its heading: "## Usage" over "Fine-tuned
            # [facebook/wav2vec2-large-xlsr-53](...) in Persian (Farsi) using [Common Voice](...)")
            first = next((b for b in sub.blocks if b.kind == "paragraph"), None)
            if first is not None and any(first.line <= s.line <= first.end_line and s.base for s in sentences(card)):
                return True
            if (len(self._missing(frozenset({form(sub.title[:200])}))) == len(self.required)
                    and not ASIDE.search(sub.title)):
                if self.opts["statements"] and names_kind_title(title.title, 3) and words_in(sub.title) >= 4:
                    return True  # ("# Hindi language model" over "## Trained with ELECTRA base size settings")
                blocks = sub.blocks + blocks
        # (a quote's paragraphs too: "> **The honest LARP: a documented LoRA adapter.** ... built by fine-tuning ...")
        blocks = [x for b in blocks for x in (b.children if b.kind == "quote" else [b])]
        for b in blocks:
            if b.kind == "list" and self.opts["statements"]:  # a description in bullets: "* model: transformer"
                text = strip_urls(" ".join(x.text for x in b.walk() if x.kind == "paragraph"))
                if words_in(text) >= need:
                    return True
            if (b.kind == "code" and self.opts["statements"] and b.line > 0 and "\n" not in b.text.strip()
                    and not card.lines[b.line - 1].lstrip().startswith(("```", "~~~"))):
                # a sentence indented by mistake, which Markdown shows as code: "    Turkish text classification
                # model obtained by fine-tuning the Turkish bert model (dbmdz/bert-base-turkish-cased)"
                text = strip_urls(b.text).strip()
                if text[:1].isupper() and describes_model(text, words_in(text)):  # (a sentence: not "pip install ...")
                    return True
            if (para := paragraph_text(b)) is not None:  # (an HTML one too: "<p>This LoRA was trained on ...")
                text = strip_urls(para)
                tokens = text.lower().split()[:400]  # (not a link text repeated: spam, of few words many times)
                words = words_in(text) if len(tokens) < 3 * DISTINCT or len(set(tokens)) >= DISTINCT else 0
                # (or a short one that names the task by the Hub's name for it: "Named Entity Recognition (Token
                # Classification Head) for Serbian / Croatian", "SQuAD 1.1 question-answering based on T5-small")
                if words >= need or (self.opts["statements"] and (describes_model(text, words) or (
                        words >= SHORT_DESCRIPTION and names_a_task(text[:200])))):
                    return True
        return False

    def check(self, card: Card) -> Iterator[Finding]:
        if link_target(card) is not None or points_elsewhere(card):  # a link's path, not a card (MC205 says so), or a
            return  # notice that the model moved or was deprecated, and where to go: a signpost, nothing to complete
        headings = card.body.headings
        forms = [form(h.text[:200]) for h in headings]  # (once each: thousands of headings outgrow the cache)
        titles = set(forms) | {form(text[:200]) for text in html_headings(card)}
        # headings that an unclosed code block swallowed are the author's sections: MC203 reports the cause
        titles.update(form(text[:200]) for found in unclosed_fences(card) for _, _, text in found.headings)
        # a heading of two topics holds each whole: "## Verification and limitations" is "^Verification"'s too
        # (and so is "## 范围与数据", scope and data: the Chinese and Japanese "and" between two parts)
        titles.update(f" {part.strip()} " for t in list(titles) for sep in _AND if sep in t for part in t.split(sep))
        missing = self._missing(frozenset(titles))
        if missing:  # a topic's word anywhere in a section's heading (not the title, which names the model)
            sections = frozenset(f for h, f in zip(headings[1:], forms[1:], strict=True) if h.level > 1)
            missing = [topic for topic in missing if not loosely(topic, sections)]
        if missing:  # a bold label that stands for a heading: "**Training data:** SQuAD 2.0"
            bold = _labels(card) | {form(text[:200]) for found in unclosed_fences(card) for _, text in found.labels}
            if bold:
                covered = set(missing) - set(self._missing(bold))
                missing = [topic for topic in missing if topic not in covered and not loosely(topic, bold)]
        if missing and self.opts["statements"]:  # said without a heading: a plain label, a table, a sentence
            missing = self._unstated(card, missing)
        if missing and holds_no_model(card):  # presets or templates for an application: nothing trained to describe
            missing = [t for t in missing if t not in ("training-data", "evaluation", "limitations")]
        if missing and copies_a_model(card):  # a quantized or converted copy: the original's card holds these
            # (and a copy that says it is one says what it is)
            missing = [t for t in missing if t not in INHERITED and not (t == "description" and states_copy(card))]
        if not missing:
            return
        # on the title: the first level-1 heading, else the first heading ("## my-model"), else line 1
        anchor = opening_title(card) or _named_title([h for h in headings if h.level == 1]) or (
            headings[0] if headings else None)
        where = anchor.span if anchor else Span.at(1, 1, len(card.lines[0]) if card.lines else 0)
        missing = [t for t in missing if not (t == "description" and self._has_intro(card))]
        # (or a heading written without its space, the card's only line: "#Rick DialoGPT model")
        title = anchor.title if anchor else unspaced_title(card)
        blank = card.body.blank or (anchor is None and title is not None)
        if (title is not None and "description" in missing and self.opts["statements"]
                and names_kind_title(title, 3 if blank else SHORT_DESCRIPTION)):
            missing.remove("description")  # a title of words: "# Rick DialoGPT Model" says what the model is
        if len(missing) > 1 and (blank or len(missing) == len(self.texts)):
            # a title and nothing else, or no topic at all: one finding for the card, not one per topic it lacks
            names = [self.texts[t][2] for t in missing]
            heads = [self.texts[t][3] for t in missing]
            empty = f'is its title "{title}" and nothing else' if title else "has no text under its metadata"
            if not blank:
                empty = "has none of the sections readers and reviewers look for"
            yield self.finding(
                where,
                f"the card {empty}: it has no section on {', '.join(names[:-1])} or {names[-1]}"
                + ("" if not blank else ", which readers and reviewers look for"),
                help=f"write the card's sections: {', '.join(heads)}",
                topic=missing[0], topics=missing,
            )
            return
        for topic in missing:
            message, help_text = self.texts[topic][:2]
            key = datasets_key(card) if topic == "training-data" else None
            named = datasets_under(card, key)
            if named:  # the Hub links the datasets the metadata names, but the text says nothing of them
                shown = ", ".join(f"`{n}`" for n in named[:3]) + (" and others" if len(named) > 3 else "")
                ids = key == "datasets" and any(repo_id_problem(n, "dataset") is None for n in named)
                linked = (", which the Hub links as the data the model was trained on" if ids else
                          ", no Hub dataset id (MC122), so the Hub links nothing" if key == "datasets" else
                          f" under `{key}`, a key the Hub does not read (MC110)")
                message = (f"the card's text says nothing of its training data: the metadata names {shown}{linked}, "
                           "but readers learn nothing of what it holds")
                help_text = 'add a section headed "Training data" that says what the data holds and how it was used'
            # (the section that shows it: its heading says so and it holds code, not only a link or a gallery)
            usage = run_heading(card) if topic == "intended-uses" else None
            if usage is not None:  # how to run it is not what it is for
                message = (f'the card shows how to run the model (under "{usage.text[:60]}") but not what it is for: '
                           + message.replace("the card has no section", "it has no section"))
                help_text = ('say what the model is for (its tasks, who it is for, what it should not be used for) in '
                             'a section headed "Intended uses" or "Uses"')
            yield self.finding(where, message, help=help_text, topic=topic)
