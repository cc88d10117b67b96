"""Structure-aware generators: whole cards built from the parts the rules read.

A generated card has a front matter of odd shapes (misspelled and duplicate
keys, values of the wrong type, block scalars, anchors and aliases, quoted
strings holding Unicode line breaks, a model-index of any type) behind one of
several fences, and a body in the transformers Trainer's layout (headline
bullets, hyperparameters, a training log with extreme numbers, ragged rows,
escaped pipes) sprinkled with placeholders, suppression comments in odd
places, HTML comments that cross headings and unclosed code fences.
Everything is drawn from the ``random.Random`` it is given, so a card is a
function of its seed.
"""

from __future__ import annotations

import random

# fmt: off
LINE_BREAKS = ("\u2028", "\u2029", "\x85", "\r", "\x0b", "\x0c", "\x1c", "\x1e")
NUMBERS = (
    "0", "1", "-1", "0.5", "1e300", "1e-300", "-1e300", "1e309", "5e-324", "nan", "NaN", ".nan", "inf", "-inf",
    ".inf", "-.inf", "Infinity", "1_000", "0x1F", "0o17", "1,000", "12%", "99.9 %", "", " ", "-", "N/A", "null",
    "~", "true", "1.0.0", "00.10", "9" * 40, "0." + "0" * 30 + "1", "1e", "e5", "+.5", "½", "٣", "0.9\\|1",
)
LICENSES = (
    "mit", "MIT", "apache-2.0", "Apache 2.0", "apache2", "gpl-2.0-or-later", "cc-by-4.0", "CC BY-SA 4.0",
    "other", "openrail++", "llama2", "unknown", "bsd", "Apache-2.0 ", "agpl-3.0", "wtfpl", "creativeml-openrail-m",
    '"MIT"', "'Apache-2.0'", "Yes", "No", "1.0",
)
LANGUAGES = (
    "en", "EN", "en-US", "en_US", "english", "English", "zh-CN", "zh", "fr", "multilingual", "code", "python", "iw",
    "us", "cn", "yue", "de-CH", "x", "Français", "sr-Latn", "Norwegian", "NO", '"NO"', "nb-NO", "Yes", "ON",
    "'off'", "Null", "1e3",
)
KEYS = (
    "license", "language", "datasets", "pipeline_tag", "library_name", "base_model", "tags", "metrics",
    "model-index", "widget", "thumbnail", "license_name", "license_link", "base_model_relation", "inference",
)
MISSPELLED = (
    "licence", "Licence", "License", "LICENSE", "langauge", "languages", "lang", "dataset", "Datasets", "tag",
    "metric", "base-model", "base model", "basemodel", "pipeline-tag", "pipeline", "library", "libary_name",
    "model_index", "modelindex", "model-indx", "pipline_tag", "licence_name",
)
PIPELINES = (
    "text-classification", "conversational", "text2text-generation", "fill-mask", "Text Classification",
    "text-generation", "summarization", "translation", "automatic-speech-recognition",
)
SUPPRESS = (
    "<!-- modelcard-lint-disable-next-line {r} -->", "<!-- modelcard-lint-disable-line {r} -->",
    "<!-- modelcard-lint-disable {r} -->", "<!-- modelcard-lint-enable {r} -->",
    "<!-- modelcard-lint-disable-file {r} -->", "<!-- modelcard-lint-disable {r}", "<!--modelcard-lint-disable-->",
    "<!-- modelcard-lint-disable-next-line {r} -- because -->",
)
RULE_SELECTORS = ("", "MC301", "MC3", "placeholder-text", "MC201, MC202", "ALL", "MC9", "MC901", "nonsense", "MC1")
PLACEHOLDERS = (
    "[More Information Needed]", "More information needed", "{{ model_name }}", "{{", "{% if x %}", "TODO", "TBD",
    "FIXME", "lorem ipsum", "[optional]", "an unknown dataset",
    "<!-- Provide a quick summary of what the model is/does. -->",
)
LOG_COLUMNS = (
    "Training Loss", "Epoch", "Step", "Validation Loss", "Accuracy", "F1", "Wer", "Loss", "Rouge1", "Bleu",
    "Gen Len", "Precision", "Recall", "Train Loss", "Learning Rate", "Perplexity",
)
SECTIONS = (
    "Model description", "Intended uses & limitations", "Training and evaluation data", "Training procedure",
    "Framework versions", "Evaluation", "Model Details", "Uses", "Bias, Risks, and Limitations",
    "How to Get Started with the Model", "Citation", "Environmental Impact", "Limitations",
)
HUB_IDS = (
    "bert-base-cased", "google/flan-t5-base", "123", "True", "null", "1e3", "~", "yes", "./checkpoint-100",
    "datasets/glue", "a" * 100, "org/name/extra", "x.y", "-bad", "openai/whisper-small",
)
# fmt: on


def pick(rng: random.Random, items: tuple[str, ...] | list[str]) -> str:
    return items[rng.randrange(len(items))]


def odd_text(rng: random.Random) -> str:
    """A short string that is hard to quote: line breaks, quotes, colons, hashes, control characters."""
    parts = [
        "a",
        "b c",
        ": ",
        " #",
        "'",
        '"',
        "\\",
        pick(rng, LINE_BREAKS),
        "\t",
        "\x00",
        "\x1b[2J",
        "é",
        "&x",
        "*y",
        "!t",
        "%",
        "@",
        "`",
        "|",
        ">",
        "- ",
        "[",
        "]",
        "{",
        "}",
        ",",
        "?",
        "\u202e",
        "\ufeff",
    ]
    return "".join(rng.choice(parts) for _ in range(rng.randint(1, 6)))


def scalar(rng: random.Random) -> str:
    """A YAML scalar as written: plain, quoted, with escapes, or a number of any kind."""
    kind = rng.randrange(7)
    if kind == 0:
        return pick(rng, NUMBERS) or "''"
    if kind == 1:
        return '"' + odd_text(rng).replace("\\", "\\\\").replace('"', '\\"') + '"'
    if kind == 2:
        return "'" + odd_text(rng).replace("'", "''") + "'"
    if kind == 3:
        return '"a\\u2028b\\x85c\\nd"'
    if kind == 4:
        return pick(rng, LICENSES + LANGUAGES + PIPELINES)
    if kind == 5:
        return rng.choice(["!!str 1", "!!int '3'", "!!float x", "!custom v", "!!binary aGk=", "!!null ''", "<<"])
    return rng.choice(["yes", "no", "on", "off", "2021-01-01", "12:30", "0o7", "-", "?", "|", ">"])


def flow_list(rng: random.Random, items: list[str]) -> str:
    return "[" + ", ".join(items) + "]"


def block_list(items: list[str], indent: str = "") -> str:
    return "".join(f"\n{indent}- {item}" for item in items)


def metric_value(rng: random.Random) -> str:
    kind = rng.randrange(6)
    if kind == 0:
        return "[" + ", ".join(pick(rng, NUMBERS) or "0" for _ in range(rng.randint(0, 3))) + "]"
    if kind == 1:
        return "{a: 1, b: [nan]}"
    if kind == 2:
        return scalar(rng)
    return pick(rng, NUMBERS) or "null"


def model_index(rng: random.Random) -> str:
    """model-index as a scalar, a map, a list, or the Trainer's nested lists with strange values."""
    shape = rng.randrange(8)
    if shape == 0:
        return " " + scalar(rng)
    if shape == 1:
        return "\n  name: x\n  results: " + scalar(rng)
    if shape == 2:
        return " []"
    lines = ["", f"- name: {pick(rng, HUB_IDS)}", "  results:"]
    for _ in range(rng.randint(0, 3)):
        if rng.random() < 0.15:
            lines.append(f"  - {scalar(rng)}")
            continue
        lines += ["  - task:", f"      type: {pick(rng, PIPELINES)}", f"      name: {scalar(rng)}"]
        if rng.random() < 0.8:
            lines += [
                "    dataset:",
                f"      name: {scalar(rng)}",
                f"      type: {pick(rng, ('glue', 'x', '1'))}",
                f"      args: {rng.choice(['mrpc', '{a: 1}', '[x]', '1'])}",
            ]
        lines.append("    metrics:" if rng.random() < 0.9 else "    metrics: " + scalar(rng))
        for _ in range(rng.randint(0, 4)):
            name = pick(rng, LOG_COLUMNS)
            lines += [
                f"    - name: {name}",
                f"      type: {name.lower().replace(' ', '_')}",
                f"      value: {metric_value(rng)}",
            ]
            if rng.random() < 0.2:
                lines.append(f"      verified: {rng.choice(['true', 'false', 'yes', 'x'])}")
    return "\n".join(lines)


def key_value(rng: random.Random, key: str) -> str:
    """One top-level entry, ``key: value`` in one of the shapes a real card (or a broken one) has."""
    if key == "model-index":
        return f"{key}:{model_index(rng)}"
    if key in ("license", "licence", "Licence", "License", "LICENSE"):
        value = pick(rng, LICENSES)
    elif key in ("language", "langauge", "languages", "lang"):
        value = pick(rng, LANGUAGES)
    elif key in ("pipeline_tag", "pipeline-tag", "pipeline", "pipline_tag"):
        value = pick(rng, PIPELINES)
    elif key in ("base_model", "base-model", "base model"):
        value = pick(rng, HUB_IDS)
    else:
        value = scalar(rng)
    shape = rng.randrange(10)
    if shape == 0:
        return f"{key}: {flow_list(rng, [value, scalar(rng)])}"
    if shape == 1:
        return f"{key}:{block_list([value, pick(rng, LANGUAGES + LICENSES)], rng.choice(['', '  ']))}"
    if shape == 2:
        return f"{key}: {rng.choice(['>', '|', '>-', '|+', '>2'])}\n  {value}\n{rng.choice(['', '# note', '  more'])}"
    if shape == 3:
        return f'{key}: "{value}{pick(rng, LINE_BREAKS)}"'
    if shape == 4:
        return f"{key}: {value}  # {rng.choice(['note', 'modelcard-lint-disable-line', pick(rng, LINE_BREAKS)])}"
    if shape == 5:
        return f"{key}:  \n   {value}"
    if shape == 6:
        return f"{key}: {rng.choice(['', '~', 'null', '[]', '{}', chr(39) * 2])}"
    return f"{key}: {value}"


def anchors(rng: random.Random) -> list[str]:
    """Entries that share values through anchors and aliases (the fixes must not edit the anchor)."""
    value = pick(rng, LICENSES + LANGUAGES + ("glue", "a,b"))
    first = pick(rng, ("license", "language", "datasets", "model_name", "tags", "x"))
    second = pick(rng, ("license", "language", "datasets", "pipeline_tag", "licence", "tags"))
    entries = [f"{first}: &d {value}", f"{second}: *d"]
    if rng.random() < 0.3:
        entries = [f"base: &b\n  license: {value}\n  language: EN", "<<: *b"]
    if rng.random() < 0.2:
        entries.append(f"model-index:\n- name: &n {value}\n  results: []\ndatasets: *n")
    return entries


def frontmatter_entries(rng: random.Random) -> list[str]:
    keys = [pick(rng, KEYS) for _ in range(rng.randint(0, 7))]
    keys += [pick(rng, MISSPELLED) for _ in range(rng.randint(0, 2))]
    if rng.random() < 0.2:
        keys.append(keys[0] if keys else "license")  # a duplicate key
    entries = [key_value(rng, k) for k in keys]
    if rng.random() < 0.25:
        entries += anchors(rng)
    if rng.random() < 0.15:
        entries.insert(rng.randint(0, len(entries)), "# " + odd_text(rng))
    if rng.random() < 0.1:
        entries.insert(rng.randint(0, len(entries)), f"# modelcard-lint-disable-next-line {pick(rng, RULE_SELECTORS)}")
    rng.shuffle(entries)
    return entries


def frontmatter(rng: random.Random) -> str:
    """The metadata block behind one of the fences a card may have (most of them the Hub's own)."""
    entries = frontmatter_entries(rng)
    body = "\n".join(entries)
    if rng.random() < 0.05:
        body = "{" + ", ".join(e.replace("\n", " ") for e in entries) + "}"
    fence = rng.random()
    if fence < 0.75:
        return f"---\n{body}\n---\n"
    variants = (
        f"----\n{body}\n---\n",
        f"--- \n{body}\n---  \n",
        f"\ufeff---\n{body}\n---\n",
        f"\n\n---\n{body}\n---\n",
        f"Title\n---\n{body}\n---\n",
        f"{body}\n---\n",
        f"---\n{body}\n",
        "---\n---\n",
        f"---\n{body}\n----\n",
        f"---\n{body}\n...\n---\n",
        f"  ---\n{body}\n---",
        "",
    )
    return pick(rng, variants)


def number(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return f"{rng.uniform(0, 3):.{rng.randint(0, 6)}f}"
    return pick(rng, NUMBERS)


def training_log(rng: random.Random) -> str:
    """A Trainer log table: extreme numbers, ragged rows, empty cells, escaped pipes."""
    columns = ["Training Loss", "Epoch", "Step", "Validation Loss"] + [
        pick(rng, LOG_COLUMNS) for _ in range(rng.randint(0, 3))
    ]
    if rng.random() < 0.2:
        rng.shuffle(columns)
    lines = [
        "| " + " | ".join(columns) + " |",
        "|" + "|".join(rng.choice([":---:", "---", ":-", "-"]) for _ in columns) + "|",
    ]
    steps_per_epoch = rng.choice([1, 7, 230, 1e300, 1e-300, 0.0, -5])
    for r in range(rng.randint(0, 12)):
        epoch = (r + 1) * rng.choice([1.0, 0.5, 1e-300, 1e300])
        cells = []
        for c in columns:
            if c == "Epoch":
                cells.append(f"{epoch:g}" if rng.random() < 0.8 else number(rng))
            elif c == "Step":
                cells.append(f"{epoch * steps_per_epoch:g}" if rng.random() < 0.8 else number(rng))
            elif c == "Training Loss" and r == 0 and rng.random() < 0.5:
                cells.append("No log")
            else:
                cells.append(number(rng))
        if rng.random() < 0.15:
            cells = cells[: rng.randint(0, len(cells))] if rng.random() < 0.5 else [*cells, number(rng)]
        if rng.random() < 0.05:
            cells.append("a \\| b")
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def headline(rng: random.Random) -> str:
    where = rng.choice(["on the evaluation set", "on the test set", "", " on the None dataset", "[x](y)"])
    bullets = [f"- {pick(rng, LOG_COLUMNS)}: {number(rng)}" for _ in range(rng.randint(0, 5))]
    return f"It achieves the following results {where}:\n" + "\n".join(bullets)


def intro(rng: random.Random, name: str) -> str:
    base = pick(rng, HUB_IDS)
    link = rng.choice(
        [
            f"[{base}](https://huggingface.co/{base})",
            f"[{base}](https://hf.co/{base}/)",
            f"[x]( https://huggingface.co/{base} )",
            f"[{base}](./{base})",
            base,
        ]
    )
    dataset = rng.choice(["the glue dataset", "an unknown dataset", "the None dataset", "[x](y) dataset"])
    return f"This model is a fine-tuned version of {link} on {dataset}."


def hyperparameters(rng: random.Random) -> str:
    names = (
        "learning_rate",
        "train_batch_size",
        "eval_batch_size",
        "seed",
        "num_epochs",
        "gradient_accumulation_steps",
        "total_train_batch_size",
        "lr_scheduler_type",
        "training_steps",
        "num_devices",
    )
    items = [f"- {pick(rng, names)}: {number(rng)}" for _ in range(rng.randint(0, 8))]
    return "The following hyperparameters were used during training:\n" + "\n".join(items)


def odd_block(rng: random.Random) -> str:
    """A block the body parser and the suppression parser must survive."""
    choices = (
        lambda: pick(rng, SUPPRESS).format(r=pick(rng, RULE_SELECTORS)),
        lambda: "Text <!-- This model card has been generated automatically\n## Next\nremove this comment -->",
        lambda: "<!-- " + pick(rng, PLACEHOLDERS) + "\n\n## " + pick(rng, SECTIONS) + "\n-->",
        lambda: "```" + rng.choice(["", "python", "yaml"]) + "\n" + pick(rng, SUPPRESS).format(r="") + "\n",
        lambda: "~~~\ncode\n```\n" + pick(rng, PLACEHOLDERS),
        lambda: pick(rng, PLACEHOLDERS),
        lambda: "- " * rng.randint(1, 30) + pick(rng, PLACEHOLDERS),
        lambda: "> " * rng.randint(1, 30) + pick(rng, PLACEHOLDERS),
        lambda: "| a | b |\n|---|---|\n| " + " | ".join(number(rng) for _ in range(rng.randint(0, 4))) + " |",
        lambda: "| Metric | Value |\n|---|---|\n| " + pick(rng, LOG_COLUMNS) + " | " + number(rng) + " |",
        lambda: "#" * rng.randint(1, 8) + " " + odd_text(rng),
        lambda: "Title\n" + rng.choice(["===", "---", "==="]),
        lambda: "<details>\n<summary>x</summary>\n\n" + pick(rng, PLACEHOLDERS) + "\n</details>",
        lambda: "[" + odd_text(rng) + "](" + odd_text(rng) + ")",
        lambda: "---",
    )
    return choices[rng.randrange(len(choices))]()


def body(rng: random.Random) -> str:
    name = pick(rng, HUB_IDS)
    blocks = []
    if rng.random() < 0.5:
        blocks.append(
            "<!-- This model card has been generated automatically according to the information the "
            "Trainer had access to. You\nshould probably proofread and complete it, then remove this comment. -->"
        )
    blocks.append(f"# {name}" if rng.random() < 0.9 else f"# {odd_text(rng)}")
    if rng.random() < 0.8:
        blocks.append(intro(rng, name) + ("\n" + headline(rng) if rng.random() < 0.8 else ""))
    for section in rng.sample(SECTIONS, rng.randint(0, 6)):
        blocks.append("#" * rng.randint(2, 3) + " " + section)
        blocks.append(pick(rng, PLACEHOLDERS) if rng.random() < 0.5 else odd_block(rng))
    if rng.random() < 0.6:
        blocks += ["### Training hyperparameters", hyperparameters(rng)]
    if rng.random() < 0.7:
        blocks += ["### Training results", training_log(rng)]
    for _ in range(rng.randint(0, 4)):
        blocks.insert(rng.randint(0, len(blocks)), odd_block(rng))
    return "\n\n".join(blocks) + rng.choice(["\n", "", "\n\n", "\n```\n"])


def card(rng: random.Random) -> str:
    """A whole generated card, sometimes with Windows or old-Mac line endings."""
    text = frontmatter(rng) + rng.choice(["\n", "", "\n\n"]) + body(rng)
    ending = rng.random()
    if ending < 0.08:
        text = text.replace("\n", "\r\n")
    elif ending < 0.11:
        text = text.replace("\n", "\r")
    return text
