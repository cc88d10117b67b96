"""MC501 metric-mismatch: a metric whose value in model-index differs from the body's."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

from ...card import Card
from ...core.rule import Option, Rule
from ...diagnostics import Finding, Severity
from ...facts.datanames import dataset_key
from ...facts.finetuned import dataset_and_config, sentences
from ...facts.lazyre import lazy
from ...facts.metrics import Metrics, Reported, reported_metrics, same_value
from ...facts.tables import parse_number, typed_tables
from ...facts.values import truncated


class MetricMismatch(Rule):
    """A metric has one value in the metadata's model-index and another in the card's text."""

    code = "MC501"
    name = "metric-mismatch"
    severity = Severity.ERROR
    options = {
        "tolerance": Option(
            0.5,
            "How far apart two values may be, in units of the last decimal of the less precise one "
            "(0.5: they round to each other)",
        ),
    }

    def check(self, card: Card) -> Iterator[Finding]:
        metrics = reported_metrics(card)
        if not metrics.index:
            return
        tolerance = self.opts["tolerance"]
        held: dict[int, set[tuple[str, int]]] | None = None  # model-index value -> (split, section) of its equals
        by_line: list[Reported] | None = None  # the text's values by line, sorted once
        # the results of the dataset the Trainer's list is on, when model-index has some: not another dataset's
        trainers = metrics.headline is not None and _TRAINERS_LIST in card.lines[max(0, metrics.headline.span.line - 2)]
        trained_on = _trained_on(card)
        ours = {i.result for i in metrics.index if i.context and any(k in dataset_key(i.context) for k in trained_on)}
        # (or the set the list's own line names: "the following results on the MOZILLA-FOUNDATION/COMMON_VOICE_8_0 -
        # SV-SE "test" set", beside a result on another set)
        intro = dataset_key(card.lines[max(0, metrics.headline.span.line - 2)]) if metrics.headline is not None else ""
        for body in metrics.body:
            # (a value decoded with a language model, "WER LM", is another evaluation than one without)
            same = [i for i in metrics.in_index(body) if _with_lm(i.label) == _with_lm(body.label)]
            if body.source == "headline" and ours:
                same = [i for i in same if i.result in ours]
            if body.source == "headline" and intro and len(same) > 1:
                named = [i for i in same if any(len(k := dataset_key(part)) >= 4 and k in intro
                                                for part in i.context.split())]
                same = named or same
            if not same or any(
                same_value(i.number, body.number, body.name, tolerance)
                # a value copied into the text may be cut instead of rounded (a list too, not the Trainer's, which
                # rounds: "This achieves the following results on the test set"; a table of results by hand, cut to
                # whole percents, "| CER | 18% |" for 18.59, not a fraction, whose other decimals pair it with another
                # result's value); and one copied by hand into model-index from the text may be cut too (the Trainer
                # writes it whole)
                or ((body.source == "text" or (body.source == "headline" and not trainers)
                     or (body.source == "table" and not trainers and body.number.decimals == 0 and body.number.percent))
                    and truncated(i.number, body.number, body.name))
                or truncated(body.number, i.number, body.name)
                for i in same
            ):
                continue
            if body.source == "table" and (_own_column(card, body, same)
                                           or _in_another_column(card, body, same, tolerance)):
                continue
            # each value is another split's, which the text gives too ("Test Loss" beside "Validation Loss"), or
            # another section's (the card's evaluation, and a comparison of variants further down)
            if held is None:  # (worked out once, by name, not by comparing every value with every other)
                held = _held(card, metrics, tolerance)
            where_said = (body.split, _section(card, body.span.line))
            if all(any(place != where_said for place in held.get(id(i), ())) for i in same):
                continue
            if body.source != "table" and _said_in_prose(card, metrics, body, same, tolerance):
                continue
            other = same[0]
            where = f"line {other.span.line}" + (f", {other.context}" if other.context else "")
            values = ", ".join(i.number.text for i in same[:3]) + (", ..." if len(same) > 3 else "")
            said = {"headline": "the results list", "table": "the results table"}.get(body.source, "the text")
            # (the model-index value is another metric's of the same table: "POS Accuracy" holding TAG_ACC's, as an
            # old version of spaCy's card generator wrote it)
            if by_line is None:
                by_line = sorted(metrics.body, key=lambda r: r.span.line)
            swapped = next((r for r in _nearby(by_line, body) if r.source == body.source == "table"
                            and any(same_value(i.number, r.number, body.name, tolerance) for i in same)), None)
            if swapped is not None and swapped.name.key == body.name.key and _LM.search("\n".join(card.lines[
                    min(body.span.line, swapped.span.line) - 1 : max(body.span.line, swapped.span.line)])):
                # (the same metric in another table beside it, the two told apart by a language model, as a card
                # gives results without and with one: model-index holds the other evaluation's value)
                continue
            why = (f"{values} is the table's {swapped.label} (line {swapped.span.line}): the value went under the "
                   "wrong name" if swapped is not None else "one of them is stale or mistyped")
            yield self.finding(
                body,
                f"{body.label} is {body.number.text} in {said} (line {body.span.line}) but "
                f"{values} in model-index ({where}): {why}, and the Hub shows the model-index value.",
                help="write in both places the value the card's evaluation gave (regenerate the card, or edit "
                "model-index and the text together)",
                metric=body.name.key, body=body.number.text, model_index=[i.number.text for i in same],
                model_index_line=other.span.line,
            )


# a number written with its decimals ("8.00"), not a part of one ("95,39", a decimal comma, is not 95)
_NUMBER = lazy(r"(?<![\w.,])\d+\.\d+(?![\w.]|,\d)")


def _said_in_prose(card: Card, metrics: Metrics, body: Reported, same: list[Reported], tolerance: float) -> bool:
    """Whether a line of prose (not a table's, nor one whose values the card's results already hold, each on its
    split) gives a model-index value beside the metric's name: "Mozilla CV 11.0 - Italian: 8.00 wer (using official
    script)" under a headline "Wer: 8.7457". The card then gives both evaluations, the one model-index holds among
    them."""
    word = re.compile(r"(?<![^\W_])" + re.escape(body.name.metric) + r"(?![^\W_])", re.I) if body.name.metric else None
    if word is None:
        return False
    read = {r.span.line for r in metrics.body}
    for n, line in card.prose_lines():
        if n in read or line.lstrip().startswith("|") or word.search(line) is None:
            continue
        for m in _NUMBER.finditer(line):
            number = parse_number(m.group())
            # (as precise as the two values compared: a test list's "Accuracy: 0.92" is not model-index's 0.9193)
            if number is not None and any(same_value(i.number, number, body.name, tolerance)
                                          and (number.decimals or 0) >= min(i.number.decimals or 0,
                                                                            body.number.decimals or 0)
                                          for i in same):
                return True
    return False


def _letters(label: str) -> str:
    """A metric's label as its letters and digits in lower case ("spBLEU" -> "spbleu", "chrF++" -> "chrf")."""
    return "".join(c for c in label.lower() if c.isalnum())


def _own_column(card: Card, body: Reported, same: list[Reported]) -> bool:
    """Whether the table of ``body`` has a column of its own for the model-index metric, under the model-index's name
    for it ("spBLEU" beside "BLEU"): the two are variants of one metric, each value in its column, not one value given
    twice."""
    label = _letters(body.label)
    names = {n for i in same if (n := _letters(i.label)) and n != label}
    if not names:
        return False
    table = next((t for t in card.body.tables if t.line <= body.span.line <= t.end_line), None)
    return table is not None and any(_letters(cell.text) in names for cell in table.header)


# a column of a table by classes that holds an aggregate over them ("| Metric | HAM | SPAM | Overall |")
_AGGREGATE = lazy(r"\b(?:overall|weighted|macro|micro|avg|average|mean|total|all)\b", re.I)


def _in_another_column(card: Card, body: Reported, same: list[Reported], tolerance: float) -> bool:
    """Whether the row of ``body`` holds the model-index value in another column, one that model-index names ("F1 Score
    (Weighted)") or one of aggregates: `| F1-Score | 99% | 91% | 99% |` under `| Metric | HAM | SPAM | Overall |` gives
    one F1 per class and the overall one, which model-index holds."""
    table = next((t for t in card.body.tables if t.line <= body.span.line <= t.end_line), None)
    row = next((r for r in table.rows if r.line == body.span.line), None) if table is not None else None
    if row is None:
        return False
    for cell, head in zip(row.cells, table.header, strict=False):  # type: ignore[union-attr]
        number = parse_number(cell.text)
        if cell.span.column == body.span.column or number is None:
            continue
        named = _letters(head.text)
        if any(same_value(i.number, number, body.name, tolerance)
               and (_AGGREGATE.search(head.text) is not None or (len(named) >= 3 and named in _letters(i.label)))
               for i in same):
            return True
    return False


NEARBY = 40  # lines around a table's value where its table's other rows are looked for (a metrics table is short)


def _nearby(by_line: list[Reported], value: Reported) -> list[Reported]:
    """The other values within ``NEARBY`` lines of ``value`` (``by_line``: the text's values sorted by line), found by
    bisection: a card of thousands of mismatched rows is read in linear time."""
    lo = bisect_left(by_line, value.span.line - NEARBY, key=lambda r: r.span.line)
    hi = bisect_left(by_line, value.span.line + NEARBY + 1, key=lambda r: r.span.line)
    return [r for r in by_line[lo:hi] if r is not value]


_LM = lazy(r"(?<![^\W_])(?:\+?LM|KenLM|n-?gram)(?![^\W_])|\blanguage[ \t]+model\b", re.I)


def _with_lm(label: str) -> bool:
    """Whether a metric's label says its value was decoded with a language model ("WER LM", "Test WER (+LM)")."""
    return _LM.search(label) is not None


_TRAINERS_LIST = "achieves the following results on the evaluation set"  # the Trainer's sentence over its list


def _trained_on(card: Card) -> list[str]:
    """The datasets of the Trainer's sentence ("... on the librispeech_asr dataset"), by ``dataset_key``: its
    results list ("the following results on the evaluation set") is that dataset's evaluation split."""
    found = sentences(card)[:1]
    # (the speech examples' script names the set with its configuration, "MOZILLA-FOUNDATION/COMMON_VOICE_8_0 - PT":
    # the set is what model-index names, the configuration is its `args`)
    return [k for s in found for n in s.datasets
            if len(k := dataset_key(n.id or dataset_and_config(n)[0])) >= 4]


def _held(card: Card, metrics: Metrics, tolerance: float) -> dict[int, set[tuple[str, int]]]:
    """For each model-index value, the splits and sections of the text's values that equal it."""
    held: dict[int, set[tuple[str, int]]] = {}
    # (and a value whose label qualifies the metric, "Recall (fractura)", holds the model-index recall written the
    # same: looked up by metric and value, not compared with every model-index value)
    same_written: dict[tuple[str, float], list[Reported]] = {}
    for i in metrics.index:
        if i.name.metric:
            same_written.setdefault((i.name.metric, i.number.value), []).append(i)
    for o in metrics.body:
        place = (o.split, _section(card, o.span.line))
        for i in metrics.in_index(o):
            if same_value(i.number, o.number, o.name, tolerance):
                held.setdefault(id(i), set()).add(place)
        for i in same_written.get((o.name.metric, o.number.value), ()) if o.name.metric else ():
            held.setdefault(id(i), set()).add(place)
    # (and a training log's column, whose last evaluation the model-index gives, "| 22000 | ... | 0.943868 |", beside a
    # test set's results in another section)
    by_key: dict[str, list[Reported]] = {}
    for i in metrics.index:
        by_key.setdefault(i.name.key, []).append(i)
    # (its last row only: a table of many rows beside many model-index values took quadratic time)
    for table in typed_tables(card):
        if not table.is_log:
            continue
        section = _section(card, table.table.line)
        for col in table.value_columns:
            numbers = col.numbers()
            if not numbers:
                continue
            last = numbers[-1].number
            for i in by_key.get(col.name.key, ()):
                if same_value(i.number, last, col.name, tolerance):
                    held.setdefault(id(i), set()).add((col.name.split, section))
    return held


def _section(card: Card, line: int) -> int:
    """The line of the last heading above ``line`` (0 above the first): which section a value stands in."""
    lines = card.derived("heading-lines", lambda c: [h.line for h in c.body.headings])
    k = bisect_left(lines, line)
    return lines[k - 1] if k else 0
