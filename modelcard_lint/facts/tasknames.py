"""The Hub's names of tasks, as the statements of ``purpose`` read them: a title or an opening that names the task
the model does ("# Russian Speech Recognition model"), not a pre-training objective ("fill-mask"); and the best-known
benchmarks of one task each ("fine-tuned on SQuAD v2", "# roberta-base-squad2")."""

from __future__ import annotations

import re
from functools import cache

from ..hub.lists import load_list
from .lazyre import lazy

# the Hub's tasks written with hyphens between three words or more, which a repository's name also has
HYPHENED_TASKS = frozenset({"text-to-speech", "speech-to-text", "text-to-image", "image-to-text", "text-to-video",
                            "image-to-image", "text-to-audio", "audio-to-audio", "image-to-video", "text-to-3d"})
# the Hub's tasks that say nothing of what a model is for: a language model's objective, not a use
_NO_USE = frozenset({"other", "any-to-any", "fill-mask", "language-modeling", "masked-language-modeling", "robotics",
                     "graph-ml", "conversational", "dialogue-modeling"})


@cache
def _task_names() -> frozenset[tuple[str, ...]]:
    """The Hub's names of tasks and sub-tasks as word sequences, and the last two words of the longer ones
    ("speech recognition" of "automatic-speech-recognition"), with a few short forms."""
    names = {("ner",), ("nli",), ("asr",), ("tts",), ("stt",), ("vad",), ("mt",), ("nmt",), ("pos", "tagging"),
             ("sentiment", "analysis"), ("summarisation",), ("text2image",), ("txt2img",), ("img2img",), ("ocr",),
             ("diar",), ("diarization",), ("diarisation",),  # ("## ESPnet2 DIAR pretrained model")
             ("enh",), ("speech", "enhancement"), ("speech", "separation"),  # ("## Example ESPnet2 ENH model")
             ("source", "separation"), ("frame", "disambiguation"), ("verb", "disambiguation"),
             # what sentence similarity serves: "# SOTA Semantic Code Search"
             ("semantic", "search"), ("code", "search"),
             # text-to-text tasks without a Hub name: "# Paraphrase Generation with IndoT5 Base"
             ("paraphrase",), ("paraphrasing",), ("question", "generation"), ("error", "correction"),
             ("document", "similarity"), ("text", "similarity"), ("semantic", "similarity"),
             # what a base language model does ("a base language model (text completion)"), and a code model
             ("text", "completion"), ("code", "completion"),
             # families made for one task: an image generator, a speech recogniser, an object detector
             ("sdxl",), ("stable", "diffusion"), ("whisper",), ("yolo",), ("yolov5",), ("yolov7",), ("yolov8",),
             ("yolov9",), ("yolov10",), ("yolo11",), ("yolov11",), ("yolov12",), ("parakeet",),
             # a speech task without a Hub name: "# SoftVC-VITS Voice (Singing) Conversion"
             ("voice", "conversion"), ("singing", "voice", "conversion")}
    for name in (*load_list("pipeline_tags"), *load_list("pipeline_subtasks")):
        if name not in _NO_USE:
            words = tuple(name.split("-"))
            names.add(words)
            if len(words) > 2:
                names.add(words[-2:])
    return frozenset(names)


@cache
def task_words() -> frozenset[str]:
    """Every word of the Hub's task names (a quick test before reading words as a task's name)."""
    return frozenset(w for name in _task_names() for w in name)


_TITLE_WORD = lazy(r"[^\W_]+")
_YOLO = lazy(r"yolo(?:v?\d{1,2})?[nsmlxt]?")


def task_family(word: str) -> bool:
    """Whether ``word`` names a family made for one task with its version and size ("YOLOv8s", "yolo11n")."""
    low = word.strip("*_`,.;:()").lower()
    return low.startswith("yolo") and _YOLO.fullmatch(low) is not None


def names_a_task(title: str) -> bool:
    """Whether the title names the task the model does by one of the Hub's names for it ("# Russian Speech
    Recognition model", "# Bert2Bert Summarization", "# roberta-base-squad2-question-answering"): its words,
    hyphens and underscores between them, compared with the names' words; not "fill-mask" or "language modeling",
    a pre-training objective."""
    # (a YOLO model's size and version are one word: "YOLOv8s", "yolo11n")
    words = ["yolo" if w.startswith("yolo") and _YOLO.fullmatch(w) else w for w in _TITLE_WORD.findall(title.lower())]
    names = _task_names()
    longest = max(map(len, names))
    return any(tuple(words[i:i + n]) in names for i in range(len(words)) for n in range(1, longest + 1))


# the best-known benchmarks, each of one task, after a verb of training in the same sentence: a model fine-tuned on
# SQuAD answers questions, one on MNLI tells entailment, one on CoNLL-2003 tags named entities, one on SST-2 or
# IMDB tells sentiment, one on CNN/DailyMail or XSum summarises, one on WMT translates, one on Common Voice or
# LibriSpeech transcribes speech, one on PAWS, QQP or MRPC finds paraphrases ("Distilbert base uncased trained on
# SQuAD v2"); not GLUE, a set of many tasks
_ONE_TASK = (r"squad(?:[ _-]?v?[12](?:\.[01])?)?|[mxsq]nli|multinli|rte|conll(?:[ -]?200[23])?|wikiann|ontonotes|"
             r"germeval\w*|sst-?2|cnn[ _/]?daily[ _]?mail|xsum|wmt\d*|common[ _]voice|librispeech|paws(?:-x)?|qqp|"
             r"mrpc|sts-?b|sts[ -]?benchmark|tydi[ _]?qa|fquad|korquad|eli5")
_BENCHMARK = lazy(
    rf"\b(?:fine[- ]?tuned|finetuned|trained)\b[^.\n]{{0,60}}?\b(?:{_ONE_TASK}|(?P<texts>imdb|yelp))\b",
    re.I,
)
# the model named after one (its title, hyphens and underscores as spaces: "# DistilBart-MNLI",
# "# roberta-base-squad2"); not IMDB or Yelp, whose texts a language model may only have learnt to write
_NAMED_BENCHMARK = lazy(rf"(?:^|[\W_])(?:{_ONE_TASK})(?:$|[\W_\d])", re.I)


# a model fine-tuned for a benchmark, or using it, which it was trained on: "bert-base-uncased models fine-tuned for
# SQuADv1", "BERT-base tuned for Squadv1.1 is pruned with ...", "fine-tuned using STSbenchmark [Cer et al 2017]
# translated to Slovak" (not what it can be: "can be fine-tuned for SQuAD")
_TUNED_FOR = lazy(rf"(?<!be[ \t])(?<![\w-])(?<!fine[ \t])(?:(?:fine[- ]?)?tuned|finetuned|trained)[ \t]+(?:for|using)"
                  rf"[ \t]+(?:the[ \t]+)?\[?(?:{_ONE_TASK})\b", re.I)


def tuned_for_benchmark(text: str) -> bool:
    """Whether ``text`` says the model was fine-tuned for a benchmark of one task, or using it, so on its data."""
    return ("ed for " in text or "ed For " in text or "ed using " in text) and _TUNED_FOR.search(text) is not None


def names_a_benchmark(text: str) -> bool:
    """Whether ``text`` says the model was trained on a benchmark made for one task ("fine-tuned on SQuAD v2"); not a
    language model fine-tuned on the reviews of IMDB or Yelp ("A GPT2 language model fine-tuned on the IMDB dataset"
    writes reviews)."""
    low = text.lower()
    if not any(w in low for w in ("tuned", "trained")):
        return False
    return any(not (m.group("texts") and "language model" in low[max(0, m.start() - 40):m.start()])
               for m in _BENCHMARK.finditer(text))


def names_a_benchmark_title(title: str) -> bool:
    """Whether the title names a benchmark of one task ("# DistilBart-MNLI", "# roberta-base-squad2")."""
    return _NAMED_BENCHMARK.search(title) is not None

