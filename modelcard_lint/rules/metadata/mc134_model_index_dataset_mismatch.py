"""MC134 model-index-dataset-mismatch."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...card import Card
from ...card.yamlnode import Node
from ...core.rule import Rule
from ...diagnostics import Finding, Severity
from ...facts.datanames import dataset_key
from ...facts.finetuned import sentences
from ...facts.lazyre import lazy
from ...facts.titles import title_text
from ...hub.vocabulary import (
    LOADERS,
    benchmark_suite,
    evaluation_benchmark,
    metric_items,
    model_index_results,
    run_elsewhere,
)

_DATASET_ID = lazy(r"[\w.-]+/[\w.-]+")  # a tag that is a dataset's id on the Hub: `org/name`
_SUITE = 3  # results on this many datasets or more, none in the text, are an evaluation on a set of benchmarks
_NOT_LETTER = lazy(r"[^a-z]+")
_NOT_ALNUM = lazy(r"[^a-z0-9]+")


def mention_key(text: str) -> str:
    """What to look for in the text to tell whether it mentions a dataset: its key, or with the digits
    when the letters alone are too few to tell (`kde4`, `wmt16`); "" when even that is too short."""
    key = dataset_key(text)
    if len(key) >= 4:
        return key
    text = text.strip().lower()
    if not any(c.isspace() for c in text):
        text = text.rstrip("/").rsplit("/", 1)[-1]
    key = _NOT_ALNUM.sub("", text)
    return key if len(key) >= 4 else ""


# a dataset described by pointing back at the card's own: "Test split of combined dataset using all datasets mentioned
# above", "a held-out split of the data listed above"
_REFERS_BACK = lazy(r"\b(?:mentioned|listed|described|named)[ \t]+(?:above|earlier|before)\b|\babove[ \t]+"
                    r"(?:data(?:sets?)?|corpora)\b", re.I)
_DATA_WORDS = frozenset({"dataset", "datasets", "data", "set", "corpus", "benchmark"})
_HEAD = lazy(r"[^,(;]+")  # a descriptive name's head: "Nyaya-Eval-v1" of "Nyaya-Eval-v1, never-audited slice"
_PARTS = lazy(r"[-_ ]+")


def mention_keys(text: str, prefixes: frozenset[str], languages: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """The ways the text may mention a dataset named ``text``: its whole name (``mention_key``), a name of two words
    the other way round, the head of a
    descriptive name ("Nyaya-Eval-v1" of "Nyaya-Eval-v1, never-audited slice (n=118)"), and either without the
    project's own prefix, one of ``prefixes`` (the first word of the model's names: "Eval-v1" of "Nyaya-Eval-v1"
    in the card of "Nyaya-Embed-v1"), or without the code of one of ``languages`` that ends it ("ALFFA" of "ALFFA
    sw")."""
    heads = [text, *(m.group() for m in [_HEAD.match(text.strip())] if m is not None)]
    out = []
    for head in heads:
        out.append(mention_key(head))
        name = head.strip().rstrip("/").rsplit("/", 1)[-1]
        parts = _PARTS.split(name.strip())
        if len(parts) == 2:  # (its two words the other way round: "LAMBDA OpenAI" in a table for "OpenAI LAMBDA")
            out.append(mention_key(f"{parts[1]} {parts[0]}"))
        if len(parts) >= 2 and parts[0].lower() in prefixes:
            out.append(mention_key(" ".join(parts[1:])))
        # (without the word that says it is data: "Chess CV OpenBoard Dataset" is `S1M0N38/chess-cv-openboard`)
        if len(parts) >= 2 and parts[-1].lower() in _DATA_WORDS:
            out.append(mention_key(" ".join(parts[:-1])))
        # (its words' initials and its version: "CV10" of `mozilla-foundation/common_voice_10_0`, "Common Voice 10.0")
        k = next((k for k, p in enumerate(parts) if p[:1].isdigit()), 0)
        version = parts[k].split(".", 1)[0] if k >= 2 else ""
        if version.isdigit() and all(p.isalpha() for p in parts[:k]):
            out.append(mention_key("".join(p[0] for p in parts[:k]) + version))
        # (without the card's own language: "ALFFA" of "ALFFA sw" on a Swahili card; not "Common Voice id" on Marathi)
        if len(parts) >= 2 and parts[-1].lower() in languages:
            out.append(mention_key(" ".join(parts[:-1])))
    return tuple(dict.fromkeys(k for k in out if k))


def _prefixes(card: Card, meta: Node) -> frozenset[str]:
    """The first words (lower case, 3 letters or more) of the model's names: its model-index name and its title."""
    names = [title_text(card)]
    index = meta.get("model-index")
    if index is not None and index.is_seq:
        names += [n.value for item in index if item.is_map and (n := item.get("name")) is not None
                  and n.is_str]
    firsts = (_PARTS.split(name.strip().rsplit("/", 1)[-1].strip())[0].lower() for name in names)
    return frozenset(w for w in firsts if len(w) >= 3 and w.isalpha())


def _identity(result: Node, dataset: Node) -> tuple:
    """What tells one evaluation from another, as huggingface_hub's `EvalResult.unique_identifier`: the
    task, the dataset, its configuration and its split."""
    task = result.get("task")
    parts = [task.get("type") if task is not None and task.is_map else None]
    parts += [dataset.get(k) for k in ("type", "name", "config", "args", "split")]
    return tuple(n.raw if n is not None and n.is_scalar else None for n in parts)


def _same(a: str, b: str) -> bool:
    """Whether two keys name one dataset: one holds the other ("glue" and "gluestsb", "squad" and "squadv")."""
    return len(a) >= 3 and len(b) >= 3 and (a in b or b in a)


def _in_environment(result: Node) -> bool:
    """Whether a result is a reinforcement-learning agent's, its "dataset" the environment it was scored in (a custom
    `airhockey-2d-v0`), not data: `datasets:` lists what it learnt from (demonstrations), another thing."""
    task = result.get("task")
    kind = task.get("type") if task is not None and task.is_map else None
    return kind is not None and kind.is_str and kind.value.strip().lower() == "reinforcement-learning"


def _values(result: Node) -> list[str]:
    """The metric values of a model-index result, as written (``59.4``)."""
    out = []
    for metric in metric_items(result):
        value = metric.get("value")
        if value is not None and value.is_scalar and value.raw and any(c.isdigit() for c in value.raw):
            out.append(value.raw.strip())
    return out


_RUN = lazy(r"(?<![\d.])\d[\d.]*")  # a number as written, with the dots of its decimals (or of a version)
_PLAIN = lazy(r"\d+(?:\.\d+)*")  # a value that only such a run can hold


def _number_lines(lines: list[str]) -> dict[str, list[int]]:
    """For each value a line holds as a whole number (not preceded by a digit or a dot, not followed by a digit:
    each run of digits and dots up to a dot or its end), the lines that hold it: built once, so that each result's
    values are looked up, not searched for in every line."""
    index: dict[str, list[int]] = {}
    for i, line in enumerate(lines):
        for m in _RUN.finditer(line):
            run = m.group()
            ends = {k for k, ch in enumerate(run) if ch == "."} | {len(run)}
            for k in ends:
                if k:
                    rows = index.setdefault(run[:k], [])
                    if not rows or rows[-1] != i:
                        rows.append(i)
    return index


def _reported(lines: list[str], index: dict[str, list[int]], mentions: list[tuple[str, ...]],
              values: list[str], eval_set: bool) -> bool:
    """Whether a line of the text gives one of the result's values beside one of its dataset's names (the name a
    person reads, when the id is not in the text: ``| Penn Treebank PPL | **59.4** |`` for `Penn Treebank` /
    `ptb_text_only`)."""
    if not values:
        return False
    # the lines that give a value: looked up for a plain number (the index holds it only as a whole number), searched
    # for in every line for a value written otherwise ("95%", "-0.5")
    where = {v: set(index.get(v, ())) for v in values if _PLAIN.fullmatch(v)}
    others = [v for v in values if not _PLAIN.fullmatch(v)]
    for v in others:
        where[v] = {i for i, line in enumerate(lines)
                    if v in line and re.search(rf"(?<![\d.]){re.escape(v)}(?!\d)", line)}
    found = set().union(*where.values())
    if eval_set and len(where) >= 2 and all(where.values()) and _together(where):
        # (a result on an evaluation set of the card's own, every value of it, two or more, a few lines apart: the
        # text reports this evaluation, whatever it calls the set)
        return True
    for i in sorted(found):
        letters, digits = _NOT_LETTER.sub("", lines[i]), _NOT_ALNUM.sub("", lines[i])
        if any(m in (letters if m.isalpha() else digits) for alternatives in mentions for m in alternatives):
            return True
    return False


_EVAL_SET = lazy(r"\b(?:eval(?:uation)?|test|tests|benchmark|held-?out|validation|dev)\b", re.I)
_NEAR = 6  # values of one result given within this many lines of each other are one report of it


def _own_eval_set(fields: list[Node], named: list[tuple[str, str]]) -> bool:
    """Whether a result's dataset is an evaluation set of the card's own: its name says it is one ("Sunflower
    Translation Eval", "Composite Basque test splits"), and it is `custom` or published by an owner of a dataset the
    card names (`Sunbird/sunflower-translation-eval` beside `Sunbird/salt`), not another party's benchmark."""
    owners = {text.split("/", 1)[0].strip().lower() for text, _ in named if "/" in text}
    return any(_EVAL_SET.search(n.value) for n in fields) and any(
        _OWN.fullmatch(n.value.strip()) or ("/" in n.value and n.value.split("/", 1)[0].strip().lower() in owners)
        for n in fields)


def _together(where: dict[str, set[int]]) -> bool:
    """Whether some line holding the first value has every other value within ``_NEAR`` lines of it."""
    first, *rest = where.values()
    return any(all(any(abs(i - j) <= _NEAR for j in lines) for lines in rest) for i in first)


# words that call data the card's own without naming it ("on the private datasets", a result on "Custom Dataset"; a
# held-out split of its training mix, `type: mixed`)
_OWN_DATA = ("private", "custom", "internal", "own", "in-house", "proprietary", "mixed", "combined", "merged")
_OWN = lazy(rf"(?:(?:{'|'.join(_OWN_DATA)})[ \t_-]*)+(?:data(?:[ \t_-]?sets?)?|corpus)?", re.I)


class ModelIndexDatasetMismatch(Rule):
    """The model-index evaluates on a dataset that `datasets:` and the text do not name anywhere."""

    code = "MC134"
    name = "model-index-dataset-mismatch"
    severity = Severity.WARNING

    def check(self, card: Card) -> Iterator[Finding]:
        meta = card.meta
        if meta is None or "model-index" not in meta.value:
            return
        named = self._named(card, meta)
        if not named:
            return  # nothing to compare with
        results = []
        identities = []
        prefixes = _prefixes(card, meta)
        language = meta.get("language")  # (the card's own languages, as codes: `sw` of `sw` or `sw-KE`)
        codes = language.scalars() if language is not None else ()
        languages = frozenset(str(v.value).lower().split("-")[0] for v in codes)
        benchmarks = 0  # results on benchmarks made only for evaluation, or on a benchmark's suite
        for _, result in model_index_results(meta):
            dataset = result.get("dataset")
            if dataset is None or not dataset.is_map or run_elsewhere(result) or _in_environment(result):
                continue
            metrics = result.get("metrics")
            if metrics is None or not metrics.is_seq or not len(metrics.value):
                continue  # (no metrics: the Hub lists nothing under the dataset; MC124 reports the result)
            if benchmark_suite(result) or evaluation_benchmark(result):
                benchmarks += 1
                continue  # (a benchmark's suite, or one made only for evaluation: "openai_humaneval", "cais/mmlu")
            name = dataset.get("name")
            if name is not None and name.is_str and len(name.value.split()) >= 4 and _REFERS_BACK.search(name.value):
                continue  # ("Test split of combined dataset using all datasets mentioned above": the card's own data)
            fields = [n for n in (dataset.get("name"), dataset.get("type")) if n is not None and n.is_str]
            if fields and all(_OWN.fullmatch(n.value.strip()) for n in fields):
                continue  # ("Custom Dataset" / `custom`: the card's own data, named by no name another card could give)
            if any(_OWN.fullmatch(n.value.strip()) for n in fields) and any(
                    len(n.value.split()) >= 3 and _EVAL_SET.search(n.value) for n in fields):
                continue  # ("Public Russian prompt-injection validation split" / `mixed`: a held-out split of its own)
            keys = [k for k in (dataset_key(n.value) for n in fields) if k]
            if fields and keys:
                mentions = [m for m in (mention_keys(n.value, prefixes, languages) for n in fields) if m]
                results.append((fields, keys, mentions, _values(result)))
                identities.append(_identity(result, dataset))
        declared = [dataset_key(text) for text, _ in named]
        # a card may also evaluate on other datasets than it was trained on (a benchmark, a shared test
        # set): only a model-index in which no result is on a dataset the card names is a contradiction
        if not results or any(_same(k, d) for _, keys, _, _ in results for k in keys for d in declared):
            return
        text = "\n".join(card.lines[card.body_line :]).lower()
        body, body_digits = _NOT_LETTER.sub("", text), _NOT_ALNUM.sub("", text)
        shown = ", ".join(dict.fromkeys(f"`{text}`" for text, _ in named))
        said = " and ".join(sorted({w for _, w in named}))
        groups: dict[tuple, list[int]] = {}
        for i, identity in enumerate(identities):
            groups.setdefault(identity, []).append(i)
        lines = text.split("\n")
        index = _number_lines(lines)
        event = _in_event(meta)

        def in_text(alternatives: tuple[str, ...]) -> bool:
            return any(m in (body if m.isalpha() else body_digits) for m in alternatives)

        # (a result is said when the text names its dataset by every field, or by a name of words: "95% accuracy on
        # Vietnamese SMS dataset" for `name: Vietnamese SMS Dataset` beside `type: custom-vietnamese-sms`; not by a
        # one-word type that is also a word, `LAMBDA` in "the lambda layers")
        unsaid = [bool(mentions) and not all(in_text(alternatives) for alternatives in mentions)
                  and not any(" " in n.value.strip() and in_text(mention_keys(n.value, prefixes, languages))
                              for n in fields)
                  and not _reported(lines, index, mentions, values, _own_eval_set(fields, named))
                  and not (event and _event_set(fields))
                  for fields, _, mentions, values in results]
        if all(unsaid) and len({keys[0] for _, keys, _, _ in results}) + benchmarks >= _SUITE:
            # results on several datasets, none trained on and none in the text: an evaluation on a set of
            # benchmarks given in the metadata only, not a result copied from another card (the benchmarks made only
            # for evaluation beside them count: StarCoder2's CruxEval-I and RepoBench beside HumanEval and DS-1000)
            return
        for i, (fields, _, _, _) in enumerate(results):
            value = " / ".join(dict.fromkeys(f"`{n.value}`" for n in fields))
            same = groups[identities[i]]
            if len(same) > 1:  # the same evaluation twice: one of them was meant to be on the card's data
                if i == same[0]:
                    yield self._finding(
                        fields,
                        f"the model-index result is on {value}, like the result at line "
                        f"{results[same[1]][0][0].span.line}, and no result is on {shown}, which {said} name: one "
                        "of the two was probably meant to be on it",
                    )
                continue
            if unsaid[i]:
                yield self._finding(
                    fields,
                    f"the model-index result is on {value}, a dataset the card never mentions, while {said} name "
                    f"{shown}: the Hub lists these results under a dataset the model may never have been "
                    "evaluated on, probably copied from another card",
                )

    def _finding(self, fields: list[Node], message: str) -> Finding:
        return self.finding(
            fields[0],
            message,
            help="give the model-index result the dataset the evaluation was run on (`name`, `type`, `config`), "
            "or name that dataset in `datasets:` and the text",
            dataset=[n.value for n in fields],
        )

    @staticmethod
    def _named(card: Card, meta: Node) -> list[tuple[str, str]]:
        """(dataset, where) of the datasets the card names outside model-index: `datasets:` and the
        generator's sentence "on the D dataset"."""
        out = []
        node = meta.get("datasets")
        if node is not None and not node.is_map:
            out += [(item.value, "`datasets:`") for item in node.scalars() if item.is_str and item.value.strip()]
        # (and a tag that is a dataset's id, as the 2022 speech event's cards tag `mozilla-foundation/common_voice_7_0`)
        tags = meta.get("tags")
        if tags is not None and not tags.is_map:
            out += [(tag, "`tags:`") for item in tags.scalars()
                    if item.is_str and _DATASET_ID.fullmatch(tag := item.value.strip().removeprefix("dataset:"))]
        for sentence in sentences(card)[:1]:
            for named in sentence.datasets:
                if named.text not in LOADERS and named.text.lower() not in ("none", "null", *_OWN_DATA):
                    out.append((named.id or named.text, f"line {named.span.line}"))
        return [(text, where) for text, where in out if dataset_key(text)]


# the Robust Speech Event's dev set, on which the event had every model it tagged evaluated: a result there needs no
# mention in such a card (in another, it is one copied from an event card)
_EVENT_SETS = frozenset({"speech-recognition-community-v2/dev_data", "robust speech event - dev data"})


def _event_set(fields: list[Node]) -> bool:
    return any(n.value.strip().lower() in _EVENT_SETS for n in fields)


def _in_event(meta: Node) -> bool:
    tags = meta.get("tags")
    return tags is not None and any(t.is_str and t.value.strip().lower() == "robust-speech-event"
                                    for t in tags.scalars())
