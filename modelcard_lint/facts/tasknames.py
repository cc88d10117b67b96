"""The Hub's names of tasks, as the statements of ``purpose`` read them: a title or an opening that names the task
the model does ("# Russian Speech Recognition model"), not a pre-training objective ("fill-mask")."""

from __future__ import annotations

import re
from functools import cache

from ..hub.lists import load_list

# the Hub's tasks that say nothing of what a model is for: a language model's objective, not a use
_NO_USE = frozenset({"other", "any-to-any", "fill-mask", "language-modeling", "masked-language-modeling", "robotics",
                     "graph-ml", "conversational", "dialogue-modeling"})


@cache
def _task_names() -> frozenset[tuple[str, ...]]:
    """The Hub's names of tasks and sub-tasks as word sequences, and the last two words of the longer ones
    ("speech recognition" of "automatic-speech-recognition"), with a few short forms."""
    names = {("ner",), ("nli",), ("asr",), ("tts",), ("stt",), ("vad",), ("mt",), ("pos", "tagging"),
             ("sentiment", "analysis"), ("summarisation",), ("text2image",), ("txt2img",), ("img2img",), ("ocr",),
             ("diar",), ("diarization",), ("diarisation",),  # ("## ESPnet2 DIAR pretrained model")
             # what sentence similarity serves: "# SOTA Semantic Code Search"
             ("semantic", "search"), ("code", "search"),
             # families made for one task: an image generator, a speech recogniser, an object detector
             ("sdxl",), ("stable", "diffusion"), ("whisper",), ("yolo",), ("yolov5",), ("yolov7",), ("yolov8",),
             ("yolov9",), ("yolov10",), ("yolo11",), ("yolov11",), ("yolov12",)}
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


_TITLE_WORD = re.compile(r"[^\W_]+")


def names_a_task(title: str) -> bool:
    """Whether the title names the task the model does by one of the Hub's names for it ("# Russian Speech
    Recognition model", "# Bert2Bert Summarization", "# roberta-base-squad2-question-answering"): its words,
    hyphens and underscores between them, compared with the names' words; not "fill-mask" or "language modeling",
    a pre-training objective."""
    words = _TITLE_WORD.findall(title.lower())
    names = _task_names()
    longest = max(map(len, names))
    return any(tuple(words[i:i + n]) in names for i in range(len(words)) for n in range(1, longest + 1))
