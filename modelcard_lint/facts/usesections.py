"""Sections and tables that say what a model is for, as ``purpose.states_intended_use`` reads them: a section named
for a use by its verb ("## Generate face with the identical poses and expression") or, among the card's first, by a
task ("## Persian Text Classification"), a heading that asks when to use it, and a table of the model's facts that
names its task under "Task"."""

from __future__ import annotations

import re
from itertools import pairwise

from ..card import Card
from .lazyre import lazy
from .tasknames import names_a_task
from .taskwords import TASK_NOUN

# a section named for a use, by its verb: "## Generate face with the identical poses and expression", "## Control the
# facial expressions and poses of generated images" (prose and pictures under it, not code: a section of code named
# so is how to run the model)
_USE_HEADING = lazy(r"(?:\d+[.)][ \t]*)?(?:generate|create|control|edit|restore|transform|convert|translate|"
                    r"summari[sz]e|detect|classify|segment|transcribe|upscale|colori[sz]e|remove|replace|swap|"
                    r"animate|inpaint|outpaint|caption|stylize|stylise)[ \t]+(?:the[ \t]+|a[ \t]+|an[ \t]+)?"
                    r"(?!(?:it|this|the[ \t]+model|model|code|config|environment|file|files|weights)\b)\w", re.I)


_USAGE = lazy(r"\b(?:usage|how[ \t]+to[ \t]+use|use[ \t]+cases?|uses|using|inference|examples?)\b", re.I)
_WHEN_TO_USE = lazy(r"\bwhen[ \t]+(?:should|would|to|do|can)[ \t]+(?:(?:i|you|we|one)[ \t]+)?use\b|\bwhy[ \t]+use\b"
                    r"|\bwho[ \t]+(?:is[ \t]+(?:it|this)|should[ \t]+use)\b", re.I)

# a section that shows the model fine-tuned for a task: "## Fine-tuning Demo", "## Finetuning example"
_TUNING_DEMO = lazy(r"\b(?:fine-?tun|finetun)\w*[ \t]+(?:demo|example|notebook|tutorial)s?\b", re.I)
_NAMED_TASK = lazy(rf"\b{TASK_NOUN}[ \t]+tasks?\b", re.I)  # ("news classification task")


def uses_by_headings(card: Card) -> bool:
    """Whether a section below the title is named for a use of the model by its verb, or (one of the first) by a
    task, with prose or pictures under it and no code."""
    for n, section in enumerate(card.body.sections()):
        heading = section.heading
        if heading is not None and _WHEN_TO_USE.search(heading.title):
            return True  # ("## When should I use Puffin or Hermes 2?": a question of its use, answered under it)
        if (heading is not None and heading.level >= 3 and section.parent is not None
                and section.parent.heading is not None and _USAGE.search(section.parent.title)
                and names_a_task(heading.title)):
            return True  # ("## Usage" over "### Voice activity detection" and its code: the tasks it is run for)
        if heading is not None and _TUNING_DEMO.search(heading.title) and any(
                b.kind == "paragraph" and _NAMED_TASK.search(b.text[:200]) for b in section.blocks[:2]):
            return True  # ("## Fine-tuning Demo" over "On Dhivehi news classification task" and a notebook's link)
        # ("## Persian Text Classification [DigiMag, Persian News]" over "The task target is labeling texts ...")
        by_task = heading is not None and n <= FIRST_SECTIONS and heading.level == 2 and names_a_task(heading.title)
        if heading is None or heading.level < 2 or not (by_task or _USE_HEADING.match(heading.title.strip(" *_#"))):
            continue
        kinds = {b.kind for b in section.blocks}
        if kinds and "code" not in kinds and kinds & {"paragraph", "list", "html"}:
            return True
    return False


FIRST_SECTIONS = 3  # the sections a heading that names a task is read in: the card's opening ones

# a table of the model's facts that gives its task: "| 名称 Name | 任务 Task | 语言 Language(s) |" over "| AltCLIP |
# text-image representation | 中英文 |" (one row: a table of many rows under "Task" lists the evaluations)
_TASK_HEADER = lazy(r"(?:任务|任務|タスク|작업)?[ \t]*(?:tasks?|pipeline)|任务|任務|タスク", re.I)


def task_in_table(card: Card) -> bool:
    """Whether a table of one row, the model's own facts, names its task under a header "Task"."""
    for table in card.body.tables:
        if len(table.rows) != 1 or len(table.header) < 2:
            continue
        for i, cell in enumerate(table.header):
            if _TASK_HEADER.fullmatch(cell.text.strip(" *_")) and i < len(table.rows[0].cells):
                value = table.rows[0].cells[i].text.strip(" *_`")
                if sum(c.isalpha() for c in value) >= 3:
                    return True
    return False



# a model fine-tuned on a dataset named by its task: "fine-tuned on [RuSentiment dataset](...)", "trained on the
# HateSpeechCorpus corpus"; the name's parts ("Ru", "Sentiment") read as a task with a task's noun after them
_TUNED_ON = lazy(r"\b(?:fine-?tuned|trained)[ \t]+on[ \t]+(?:the[ \t]+)?\[?(?P<name>[A-Za-z][\w-]{2,40})"
                 r"(?:\][ \t]*(?:\([^)\s]{0,300}\)[ \t]*)?)?[ \t]*(?:dataset|corpus)\b", re.I)
_PART = lazy(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
_TASK_NOUNS = (" analysis", " classification", " detection", " recognition")
_GENERIC = frozenset({"language", "text", "texts", "image", "images", "speech", "audio", "data", "news", "corpus",
                      "dataset", "general", "domain", "custom", "public", "large", "small", "base"})


def task_by_dataset(text: str) -> bool:
    """Whether ``text`` says the model was fine-tuned on a dataset whose name says its task ("RuSentiment": sentiment
    analysis), as the datasets built for one task are named."""
    if "tuned on" not in text and "trained on" not in text:
        return False
    for m in _TUNED_ON.finditer(text):
        parts = [p.lower() for p in _PART.findall(m.group("name"))]
        # each part, singular too ("go_emotions"), and two parts together ("StanceDetect": stance detection)
        words = {w for p in parts for w in (p, p[:-1] if p.endswith("s") else p)}
        words |= {f"{a} {b}" for a, b in pairwise(parts) if a not in _GENERIC and b not in _GENERIC}
        if any(len(w) >= 4 and w not in _GENERIC and any(names_a_task(w + n) for n in _TASK_NOUNS) for w in words):
            return True
    return False


# a title that names the model by what it generates: "# GPT-2 Story Generator", "# Quotes Generator", "# Conditional
# ELI5 Generator" (not ELECTRA's generator, the half of it pre-training trains beside the discriminator)
_GENERATOR_TITLE = lazy(r"\w[ \t]+generators?[\W_]*\Z", re.I)


def generator_title(title: str) -> bool:
    """Whether the title names the model as a generator of something ("GPT-2 Story Generator")."""
    low = title.lower()
    return "generator" in low and "electra" not in low and _GENERATOR_TITLE.search(title) is not None
