"""Crafted cards that make a careless regular expression or loop take quadratic time.

Each pattern builds a card of about ``size`` characters.  They are shared by
``tests/test_hostile.py`` (time must grow linearly with the size) and
``scripts/hostile.py`` (the time of each at 100 KB).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from modelcard_lint.facts import metricnames, written
from modelcard_lint.hub import cache as hub_cache
from modelcard_lint.rules.structure import headings_form

SEEDS = Path(__file__).resolve().parent / "cards"

HEAD = "---\nlicense: mit\n---\n\n# Model\n\n"


def _repeat(unit: str, size: int, before: str = HEAD, after: str = "\n") -> str:
    return before + unit * max(1, (size - len(before) - len(after)) // len(unit)) + after


def _lines(make: Callable[[int], str], size: int, before: str = HEAD) -> str:
    out = [before]
    total = len(before)
    i = 0
    while total < size:
        line = make(i)
        out.append(line)
        total += len(line)
        i += 1
    return "".join(out)


_LOG = "| Training Loss | Epoch | Step | Validation Loss | Accuracy |\n|---|---|---|---|---|\n| 0.5 | 1.0 | 10 | 0.4 | 0.8 |\n"


def _near_miss(i: int) -> str:
    """A key two letters away from the longest key the Hub reads: every one must be compared with it."""
    key = list("extra_gated_button_content")
    n = len(key)
    key[i % n], key[(i // n) % n] = key[(i // n // n) % n], key[(i + 7) % n]
    return "".join(key)


def _metrics_both_sides(size: int) -> str:
    """As many metrics in model-index as in the headline, each of its own name."""
    k = max(1, size // 62)
    index = "".join(f"    - type: metric{i}\n      value: {i}.5\n" for i in range(k))
    bullets = "".join(f"- Metric{i}: {i}.6\n" for i in range(k))
    return (
        "---\nlicense: mit\nmodel-index:\n- name: m\n  results:\n  - metrics:\n" + index + "---\n# Model\n\n"
        "It achieves the following results on the evaluation set:\n" + bullets
    )


def _headline_and_logs(size: int) -> str:
    """A long headline, then many training logs of which none has a headline metric."""
    bullets = "".join(f"- Metric{i}: 0.5\n" for i in range(max(1, size // 200)))
    intro = HEAD + "It achieves the following results on the evaluation set:\n" + bullets + "\n"
    return _lines(lambda i: "| Epoch | Accuracy |\n|---|---|\n| 1 | 0.5 |\n\n", size, before=intro)


def _log_alternating(size: int) -> str:
    """A training log whose every other row has its loss and accuracy exchanged: a boundary at every row."""
    def row(i: int) -> str:
        loss, acc = f"{1.2 - 0.0001 * (i % 5000):.4f}", f"{0.6 + 0.0001 * (i % 3000):.4f}"
        if i % 2:
            loss, acc = acc, loss
        return f"| 0.5 | {i / 100:.2f} | {10 * i} | {loss} | {acc} | {acc} |\n"
    header = "| Training Loss | Epoch | Step | Validation Loss | Accuracy | Recall |\n|---|---|---|---|---|---|\n"
    return _lines(row, size, before=HEAD + header)


def _log_wer_alternating(size: int) -> str:
    """A speech log whose every fourth row holds its training loss under Wer: an implausible WER in every
    fourth row, each a finding whose message names the column's largest other value."""
    def row(i: int) -> str:
        loss, wer = f"{3.5 - 0.0001 * (i % 5000):.4f}", f"{0.3 + 0.0001 * (i % 3000):.4f}"
        if i % 4 == 1:
            loss, wer = wer, loss
        return f"| {loss} | {i / 100:.2f} | {10 * i} | 0.4 | {wer} |\n"
    header = "| Training Loss | Epoch | Step | Validation Loss | Wer |\n|---|---|---|---|---|\n"
    return _lines(row, size, before=HEAD + header)


def _log_long_runs(size: int) -> str:
    """A steady speech log whose training loss and WER trade places in long runs, twenty of them whatever
    the size: each boundary's runs of every length are tried on both sides (the steady tie-breaker)."""
    rows = max(40, size // 32)  # 32 bytes a row
    def row(i: int) -> str:
        loss, wer = 0.9 - 0.5 * i / rows, 0.5 - 0.2 * i / rows
        if (i * 20 // rows) % 2:
            loss, wer = wer, loss
        return f"| {loss:.5f} | {i:07d} | {wer:.5f} |\n"
    return _lines(row, size, before=HEAD + "| Training Loss | Step | Wer |\n|---|---|---|\n")


def _log_wide(size: int) -> str:
    """A training log with sixteen noisy metric columns: every pair and triple of them is compared."""
    names = ["Validation Loss"] + [f"{m} {k}" for k in ("Loc", "Per", "Org") for m in ("Precision", "Recall", "F1")]
    names += ["Accuracy", "Wer", "Cer", "Bleu", "Rouge1", "Rouge2"]
    header = "| Epoch | Step | " + " | ".join(names) + " |\n|" + "---|" * (len(names) + 2) + "\n"

    def row(i: int) -> str:
        cells = [f"{(0.5 + 0.37 * ((i * 7919 + j * 104729) % 1000) / 1000):.4f}" for j in range(len(names))]
        return f"| {i / 10:.1f} | {10 * i} | " + " | ".join(cells) + " |\n"
    return _lines(row, size, before=HEAD + header)


def _real_text(size: int) -> str:
    """The bodies of the seed cards, over and over: ordinary text, at scale."""
    bodies = []
    for path in sorted(SEEDS.glob("*.md")):
        text = path.read_text(encoding="utf-8")
        if text.startswith("---\n"):
            text = text[text.index("\n---\n", 4) + 5 :]
        bodies.append(text)
    unit = "\n".join(bodies)
    return _repeat(unit, size, after="")


def _results(k: int, dataset: Callable[[int], str]) -> str:
    """A model-index of ``k`` results on the datasets ``dataset`` names, each with a WER."""
    results = "".join(
        f"  - task:\n      type: automatic-speech-recognition\n    dataset:\n      name: {dataset(i)}\n"
        f"      type: common_voice\n    metrics:\n    - type: wer\n      value: {i}.25\n"
        for i in range(k)
    )
    return "---\nlicense: mit\ndatasets:\n- librispeech\nmodel-index:\n- name: m\n  results:\n" + results + "---\n# Model\n\n"


def _benchmark_rows(size: int) -> str:
    """Many results that share a word, and a table with a row for each: every row names many results."""
    k = max(1, size // 220)
    rows = "".join(f"| Common Voice {i} | {i}.5 |\n" for i in range(k))
    return _results(k, lambda i: f"Common Voice {i}") + "| Dataset | WER |\n|---|---|\n" + rows


def _models_table(size: int) -> str:
    """Many results and a table of as many models that share their values: every row may anchor to any."""
    k = max(1, size // 220)
    rows = "".join(f"| org/model-{i} | {i}.25 |\n" for i in range(k))
    return _results(k, lambda i: f"Common Voice {i}") + "| Model | WER |\n|---|---|\n" + rows


def _written_values(size: int) -> str:
    """Many results with a WER, and as many `WER: x` lines in the text."""
    k = max(1, size // 200)
    lines = "".join(f"- Test WER: {i}.5\n" for i in range(k))
    return _results(k, lambda i: f"Common Voice {i}") + "## Results\n\n" + lines


PATTERNS: dict[str, Callable[[int], str]] = {
    # issue 7
    "heading-spaces": lambda n: _repeat(" ", n, before=HEAD + "## Title", after="x\n"),
    "heading-spaces-hash": lambda n: _repeat(" ", n, before=HEAD + "## Title", after="#x\n"),
    "jinja-open": lambda n: _repeat("{{", n, before=HEAD + "Text "),
    "jinja-block-open": lambda n: _repeat("{%", n, before=HEAD + "Text "),
    "jinja-variables-paragraph": lambda n: _repeat("{{a}} ", n, before=HEAD + "Text "),
    # (lower-case slots on one line, each looked back from for a quote that would hide it)
    "lower-slots-line": lambda n: _repeat('"{language} ', n, before=HEAD + "Text "),
    "comment-open": lambda n: _repeat("<!--", n, before=HEAD + "Text "),
    "comment-open-block": lambda n: _repeat("<!--", n),
    # (unclosed comments beside empty links on one line: empty-link reads the line's comments once)
    "comment-open-empty-links": lambda n: _repeat("<!-- [x]() ", n, before=HEAD + "Text "),
    "suppression-open": lambda n: _repeat("<!-- modelcard-lint-disable MC301 ", n, before=HEAD + "Text "),
    "suppression-disables": lambda n: _lines(lambda i: "<!-- modelcard-lint-disable MC301 -->\n", n),
    "suppressed-lines": lambda n: _lines(
        lambda i: "<!-- modelcard-lint-disable-next-line MC301 -->\nMore information needed\n", n
    ),
    "misspelled-keys": lambda n: _lines(lambda i: f"lisence_{i:06d}: x\n", n, before="---\n") + "---\n# Model\n",
    "near-miss-keys": lambda n: _lines(lambda i: f"{_near_miss(i)}: x\n", n, before="---\n") + "---\n# Model\n",
    "link-open": lambda n: _repeat("](", n),
    "headline-repeat": lambda n: _repeat("It achieves the following results ", n),
    "heading-brackets": lambda n: _repeat("[", n, before=HEAD + "## "),
    "heading-link-open": lambda n: _repeat("[a](", n, before=HEAD + "## "),
    "needed-lines": lambda n: _lines(lambda i: "More information needed\n", n),
    # template fill-ins on one line, between backticks and not: each one's place in inline code counted once
    "fill-ins-one-line": lambda n: _repeat("`a` <your x> https://github.com/USERNAME/r ", n),
    "fill-ins-one-address": lambda n: _repeat("/your-username", n, before=HEAD + "https://x.org"),
    "needed-sections": lambda n: _lines(lambda i: f"## Section {i}\n\nMore information needed\n\n", n),
    "real-text": _real_text,
    # found by the audit of every regex and loop
    "fine-tuned-open": lambda n: _repeat("fine-tuned version of [", n),
    "header-tags-open": lambda n: _repeat("<", n, before=HEAD + "| Epoch | ", after=" |\n|---|---|\n| 1 | 2 |\n"),
    "trainer-note-repeat": lambda n: _repeat(
        "this model card has been generated automatically ", n, before=HEAD + "<!-- ", after="-->\n"
    ),
    # found by scripts/fuzz.py --seed 36: mistune's opening-tag regex on a tag full of tabs
    "tag-of-tabs": lambda n: _repeat("\t", n, before=HEAD + "<video src=", after='](>"x.mp4" controls loop/>\n'),
    # found by scripts/fuzz.py --seed 38: a TODO followed by a run of tabs (MC301 looks for "comments" after it)
    "todo-then-tabs": lambda n: _repeat("\t", n, before=HEAD + "python run.py TODO", after="...\n"),
    # statements read without a heading (facts/coverage.py)
    "trained-on-repeat": lambda n: _repeat("trained with the [a b](c) on ", n),
    "trained-words": lambda n: _repeat("fine-tuned x ", n),
    "parentheses-before-for": lambda n: _repeat("(a (b) c) (d, e) for segmentation ", n),
    "language-pairs": lambda n: _repeat("trained, or not, for en_ar ", n),
    "tab-separated-headers": lambda n: _lines(lambda i: "Epoch\tF1\tAccuracy\n", n),
    "hash-lines": lambda n: _lines(lambda i: f"#tag{i} trained on #x\n", n),
    "fractions": lambda n: _repeat("1/2 a b c d ", n),
    "run-in-bold": lambda n: _repeat("**a b c d e f g h i j k l m n o p q r s t.** x ", n),
    "plain-labels": lambda n: _lines(lambda i: f"- Training data {i % 7}: a{i}\n", n),
    "metric-values": lambda n: _repeat("accuracy of 9", n),
    "scaffold-comments": lambda n: _repeat("<!-- x ", n, before=HEAD + "## Model\n\nMore information needed "),
    "bullet-spaces": lambda n: _repeat(
        "\u00a0", n, before=HEAD + "It achieves the following results on the evaluation set:\n- \u00a0", after="Loss: 1 x\n"
    ),
    "hyperparameter-spaces": lambda n: _repeat(
        " ", n, before=HEAD + "## Training hyperparameters\n\n- num_epochs: 3", after=f"x\n\n{_LOG}"
    ),
    "metrics-both-sides": _metrics_both_sides,
    "headline-and-logs": _headline_and_logs,
    # the cross-checks of metadata against the text (issue 9)
    "benchmark-rows": _benchmark_rows,
    "models-table": _models_table,
    "written-values": _written_values,
    "stub-sections": lambda n: _lines(lambda i: f"## Section {i}\n\nComing soon.\n\n", n),
    "unclosed-fence-headings": lambda n: _lines(lambda i: f"## Heading {i}\n", n, before=HEAD + "```python\n"),
    "fine-tuned-on-blanks": lambda n: _repeat(
        "\t", n, before=HEAD + "This model is a fine-tuned version of [a/b](https://hf.co/a/b) on the", after=" x.\n"
    ),
    "unclosed-fence-heading-spaces": lambda n: _repeat(" ", n, before=HEAD + "```yaml\n### Training", after="s\n"),
    "nested-openers": lambda n: _lines(lambda i: "```\nx\n```python\ny\n```\n\n", n),
    "fine-tuned-sentences": lambda n: _lines(
        lambda i: f"This model is a fine-tuned version of [a/b{i}](https://huggingface.co/a/b{i}) on the None dataset.\n",
        n,
    ),
    "dataset-results": lambda n: _results(max(1, n // 120), lambda i: f"corpus {i}"),
    # found by scripts/fuzz.py --seed 61: a number before a run of tabs (the training data counted, "56 training images")
    "number-then-tabs": lambda n: _repeat("\t", n, before=HEAD + "- train_batch_size: 1", after=".0.0\n"),
    # the statements added since: a wrapped sentence, what a model turns into what, data listed after a colon
    "wrapped-lines": lambda n: _lines(lambda i: "a network for odor identity\n", n),
    "turns-into-repeat": lambda n: _repeat("a pipeline that turns x ", n, after="\n"),
    "trained-over-datasets": lambda n: _repeat("trained over three datasets ", n, after=":\n"),
    # and the day after: a model doing a task some words on, an activity's model, a title's name, results that differ
    "model-then-verbs": lambda n: _repeat("a model of the model to model ", n, after="generates\n"),
    "activity-models": lambda n: _repeat("a tool-calling tool-calling ", n, after="\n"),
    "results-differ": lambda n: _repeat("results results will ", n, after="differ\n"),
    "dataset-of": lambda n: _repeat("trained on a large dataset of ", n, after="\n"),
    # the shapes of the full review of the corpus's missing-section warnings: claims of a state of the art, topics said
    # to be the same as another model's, the metadata's datasets named in the text
    "state-of-the-art-claims": lambda n: _repeat("x achieves state-of-the-art results ", n, after="\n"),
    "same-as-claims": lambda n: _repeat("the uses are the same as ", n, after="\n"),
    # one long run of blanks where two may stand in a row (a link's target, a train split's count): found by fuzzing
    "blank-link-target": lambda n: _repeat("\t", n, before=HEAD + "This model is a fine-tuned version of [](",
                                           after="./\n(~"),
    # empty sections each straight over a heading at the title's level: each asked whether its sub-sections were
    # written too high (empty-section)
    "empty-over-title-level": lambda n: _lines(lambda i: f"## a{i}\n\n# b{i}\n\ntext\n\n", n,
                                               before=HEAD + "## intro\n\ntext\n\n"),
    "metadata-datasets": lambda n: _repeat(
        "cifar 10 ", n, before="---\nlicense: mit\ndatasets:\n" + "".join(f"- d{i}/cifar10\n" for i in range(50))
        + "---\n\n# m\n\n", after="\n"),
    # a letter whose lower case is longer ("İ"), then a long run of tabs: statements were searched over the whole
    # text instead of around their words (found by fuzzing)
    "dotted-capital-tabs": lambda n: _repeat("\t", n, before=HEAD + "(İsim Varlık Tanıma) modeli...\n\n* precision = 0.",
                                             after="9461980692049029\n"),
    # a title whose words a long run of tabs parts ("style" titles), and a TODO before a long run of spaces (its
    # pointer to a list of work): found by fuzzing
    "title-tabs": lambda n: _repeat("\t", n, before="---\nlicense: mit\n---\n\n# ArXiv-NLP GPT-2 checkponan",
                                    after="!x int\n"),
    "todo-spaces": lambda n: _repeat(" ", n, before=HEAD + "| `CATS TODO", after="_MICRO_R` | 58.65 |\n"),
    # a table's one row whose score cell holds a long run of tabs inside its number, under no heading: the cell was
    # tried for a score with each split of the tabs between the number and what may follow it (found by fuzzing)
    "score-cell-tabs": lambda n: _repeat("\t", n, before=HEAD + "| a | b |\n|---|---|\n| 1.34",
                                         after="8699 | 1.7321 | 0x1F |\n"),
    # a list item's second line of tabs after a line with a pipe: read as a table's delimiter row, the tabs were split
    # every way between the pipe's two sides (found by fuzzing)
    "delimiter-row-tabs": lambda n: _repeat("\t", n, before=HEAD + "* a \\| b\n", after="ml, getting-started\n"),
    # a heading's marks with no space after them, then blanks and `#`s in turn: its closing `#`s were looked for after
    # every length of its text
    "unspaced-heading-hashes": lambda n: _repeat(" #", n, before=HEAD + "#a", after="x\n"),
    # a heading's mark, a long run of blanks, then a marker: the blanks were split every way between the quantifiers of
    # the pattern of a heading that joins a topic and the marker ("### Limitations and TODO"): found by fuzzing
    "blanks-before-a-heading-marker": lambda n: _repeat(" ", n, before=HEAD + "#", after="`!!str\x0bTODO# x\n"),
    # a long number inside a word, in a text that is not ASCII (a score in points, in Japanese or Chinese, was read
    # from each of its digits to the end of the run): found by fuzzing
    "digits-in-a-word-not-ascii": lambda n: _repeat("0", n, before=HEAD + "The block above i",
                                                    after="s never closed, so\ufeff it runs.\n"),
    # a count in a sentence of training, then a long run of tabs in a link's text: the blanks were split every way
    # between a count and its unit ("trained models in this [wandb 9<tabs> project](...)"; found by fuzzing)
    "tabs-after-a-count": lambda n: _repeat("\t", n, before=HEAD + "The logs of these trained models are in this [wandb 9",
                                            after=" project](https://wandb.ai/x/y).\n"),
    # a `language` value of many words: each word's misspellings were looked for among the languages' names (found by
    # fuzzing)
    "language-of-many-words": lambda n: _repeat(
        "to go from the bottleneck ratio to all stages ", n, before="language: tl\n ", after="\n---\n"),
    # prose with the dotted capital I, whose lower case is two characters: every search around anchor words lowered
    # the whole card character by character (found by fuzzing)
    # a line of blanks where a copy's "- weights: original" label may start (the blanks around its marker)
    "blank-line-before-weights-label": lambda n: _repeat(
        " ", n, before=HEAD + "A copy of [X](https://huggingface.co/org/x), the original model.\n", after="k\n"),
    # a run of digits after a Chinese word, where a count of tokens trained on may start, and a heading of one long
    # word, where an e-mail address may (found by fuzzing)
    "cjk-digit-run": lambda n: _repeat("0", n, before=HEAD + "精度 \ufeff", after="\n"),
    "heading-word-run": lambda n: _repeat("0", n, before=HEAD + "# Model\n# 精度 \ufeff", after="\n"),
    "dotted-capital-i-prose": lambda n: _repeat(
        "İstanbul'da eğitilen model (trained on Turkish data) iyi çalışır. ", n, before=HEAD + "# İ model\n\n"),
    # one long word: each of its letters was tried as the start of a model's name before a verb of evaluation ("ESM-1b
    # has been evaluated on"; found by fuzzing)
    "one-long-word": lambda n: _repeat("a", n, before=HEAD, after="e: de\n"),
    # training logs: boundaries at every row, many columns compared in pairs and triples
    "log-alternating": _log_alternating,
    "log-wer-alternating": _log_wer_alternating,
    "log-long-runs": _log_long_runs,
    "log-wide": _log_wide,
}


def forget_caches() -> None:
    """Empty the caches of answers about names and values, so that a run does the work a first run does."""
    hub_cache.clear_caches()
    metricnames.normalize.cache_clear()
    headings_form._normalize_cached.cache_clear()
    headings_form.form.cache_clear()
    headings_form._respelt.cache_clear()
    written._label.cache_clear()
