"""What a model was trained to do, or turns into what, as ``purpose.states_intended_use`` reads it.

"We train bidirectional LSTMs ... to predict spacecraft orbits 6 hours ahead" (not a pre-training objective,
"trained to predict the next token"); "a small, local pipeline that turns a free-form food log ... into structured
nutrition", "networks for turning AI-generated pseudo pixel art into pixel-perfect art" (the model or its kind as
the subject: not "the script converts the checkpoint into GGUF"). Each is read around its own words.
"""

from __future__ import annotations

import re

from .coverage import found_near
from .lazyre import lazy

REACH = 120  # characters around a word of the statement that it may span

# what it was trained to do: "We train bidirectional LSTMs ... to predict spacecraft orbits 6 hours ahead" (not a
# pre-training objective, "trained to predict the next token"): read around "to <verb>"
_TRAINED_TO_VERBS = ("translate", "classify", "detect", "predict", "summarize", "summarise", "transcribe", "answer",
                     "recognize", "recognise", "extract", "rank", "retrieve", "identify", "segment", "caption",
                     "paraphrase", "forecast", "estimate", "generate",
                     # ("trained to solve multi-layer 3D chip routing problems", "trained to play Pong")
                     "solve", "play", "control", "navigate", "recommend", "diagnose", "grade", "score", "assess",
                     "locate", "track", "restore", "denoise", "reconstruct", "route", "tag", "label", "write")
_TRAINED_TO = lazy(
    r"\b(?:train(?:ed|s|ing)?|fine-?tun(?:ed|es|ing)|finetun(?:ed|es|ing))\b[^.\n]{0,100}?\bto[ \t]+"
    rf"(?:{'|'.join(_TRAINED_TO_VERBS)})[ \t]+(?!(?:the[ \t]+)?(?:next|masked|missing|original|same)\b)\w",
    re.I,
)
_TRAINED_TO_WORDS = tuple(f"to {v}" for v in _TRAINED_TO_VERBS)
# what it turns into what: "a small, local pipeline that turns a free-form food log ... into structured nutrition",
# "networks for turning AI-generated pseudo pixel art into pixel-perfect art", "Distilled decoders that turn
# diffusion latents into scene-linear HDR" (the model or its kind as the subject: not "the script converts the
# checkpoint into GGUF")
_TURNS_INTO = lazy(
    r"\b(?:models?|pipelines?|networks?|systems?|adapters?|it|(?:en|de)coders?|generators?|converters?|heads?)[ \t]+"
    r"(?:(?:that|which)[ \t]+)?(?:\w+ly[ \t]+)?"
    r"(?:turns?|converts?|transforms?|maps?)\b(?:[^.\n]|\n(?![ \t]*\n)){1,120}?\binto\b"
    # ("Trained restoration networks for [ai2pixelart](...) — turning AI-generated pseudo pixel art ... into")
    r"|(?:\b(?:for|at)|[—–:])[ \t]+(?:turning|converting|transforming|mapping)\b(?:[^.\n]|\n(?![ \t]*\n)){1,120}?"
    r"\binto\b",
    re.I,
)
_TURNS_INTO_WORDS = ("turn", "convert", "transform", "maps", " map ", "mapping")


def states_what_it_does(text: str) -> bool:
    """Whether ``text`` says what the model was trained to do, or what it turns into what."""
    return (found_near(_TRAINED_TO, text, _TRAINED_TO_WORDS, REACH)
            or found_near(_TURNS_INTO, text, _TURNS_INTO_WORDS, REACH))
