"""What a model was trained to do, turns into what, or is run on in usage code, as ``purpose.states_intended_use``
reads it.

"We train bidirectional LSTMs ... to predict spacecraft orbits 6 hours ahead" (not a pre-training objective,
"trained to predict the next token"); "a small, local pipeline that turns a free-form food log ... into structured
nutrition", "networks for turning AI-generated pseudo pixel art into pixel-perfect art" (the model or its kind as
the subject: not "the script converts the checkpoint into GGUF"); the model called by a Hub task's name ("This ASR
model is a fine-tuned version of ..."). Each is read around its own words.
"""

from __future__ import annotations

import re

from ..card import Card
from ..hub.languages import is_language
from .anchors import Shapes, found_near
from .lazyre import lazy
from .tasknames import names_a_task, task_words

REACH = 120  # characters around a word of the statement that it may span

# what it was trained to do: "We train bidirectional LSTMs ... to predict spacecraft orbits 6 hours ahead" (not a
# pre-training objective, "trained to predict the next token"): read around "to <verb>"
_TRAINED_TO_VERBS = ("translate", "classify", "detect", "predict", "summarize", "summarise", "transcribe", "answer",
                     "recognize", "recognise", "extract", "rank", "retrieve", "identify", "segment", "caption",
                     "paraphrase", "forecast", "estimate", "generate",
                     # ("trained to solve multi-layer 3D chip routing problems", "trained to play Pong")
                     "solve", "play", "control", "navigate", "recommend", "diagnose", "grade", "score", "assess",
                     "locate", "track", "restore", "denoise", "reconstruct", "route", "tag", "label", "write")
# (or a model to do it, or what it learns to do: "A Bert2Bert model on the Wiki Summary dataset to summarize
# articles", "It learns continuous-space hydrodynamic mappings to predict water depth")
_TRAINED_TO = lazy(
    r"\b(?:train(?:ed|s|ing)?|fine-?tun(?:ed|es|ing)|finetun(?:ed|es|ing)|models?|learn(?:s|ed|t|ing)?)\b[^.\n]{0,100}?"
    r"\bto[ \t]+"
    rf"(?:{'|'.join(_TRAINED_TO_VERBS)})[ \t]+(?!(?:the[ \t]+)?(?:next|masked|missing|original|same)\b)\w",
    re.I,
)
_TRAINED_TO_WORDS = tuple(f"to {v}" for v in _TRAINED_TO_VERBS)
# what it turns into what: "a small, local pipeline that turns a free-form food log ... into structured nutrition",
# "networks for turning AI-generated pseudo pixel art into pixel-perfect art", "Distilled decoders that turn
# diffusion latents into scene-linear HDR", "a small transformer that maps quantum circuits to embeddings" (the
# model or its kind as the subject: not "the script converts the checkpoint into GGUF")
_TURNS_INTO = lazy(
    r"\b(?:models?|pipelines?|networks?|systems?|adapters?|it|(?:en|de)coders?|generators?|converters?|heads?|"
    r"transformers?|llms?|agents?)[ \t]+(?:\([^)\n]{1,60}\)[ \t]+)?(?:(?:that|which)[ \t]+)?(?:\w+ly[ \t]+)?"
    r"(?:(?:turns?|converts?|transforms?)\b(?:[^.\n]|\n(?![ \t]*\n)){1,120}?\binto"
    # ("A small transformer (~647k parameters) that maps quantum circuits to L2-normalized 128-dim embeddings")
    r"|maps?\b(?:[^.\n]|\n(?![ \t]*\n)){1,120}?\b(?:into|to|onto))\b"
    # ("Trained restoration networks for [ai2pixelart](...) — turning AI-generated pseudo pixel art ... into")
    r"|(?:\b(?:for|at)|[—–:])[ \t]+(?:turning|converting|transforming|mapping)\b(?:[^.\n]|\n(?![ \t]*\n)){1,120}?"
    r"\binto\b",
    re.I,
)
_TURNS_INTO_WORDS = ("turn", "convert", "transforms", "transform ", "transforming", "maps", " map ", "mapping")


# the model as the subject of its task's verb, a few words on ("A Bert2Bert model on VoA Persian Corpus (a
# medium-sized corpus of 7.9 million words) generates headlines"), or where it is used, opening a sentence
# ("GPT-2 finetuned on 0.5m PubMed abstracts. Used in the writemeanabstract.com and the following preprint")
_DOES_VERBS = ("translates", "classifies", "detects", "predicts", "summarizes", "summarises", "transcribes",
               "recognizes", "recognises", "extracts", "ranks", "retrieves", "identifies", "segments", "captions",
               "paraphrases", "forecasts", "estimates", "generates", "recommends",
               # ("A 1.2M-parameter model that builds CAD parts in FreeCAD", "a Transformer that encodes one CGM day
               # into a fingerprint"; not what a model "builds on")
               "builds", "encodes",
               # ("Sudoku Net V2 model solves sudoku puzzles", "The model answers questions about tables")
               "solves", "answers",
               # ("It adds punctation, and capitalises the correct words": a text's restorer; "Rates Twitter
               # biographies on decision-making preference")
               "corrects", "restores", "capitalises", "capitalizes", "punctuates", "normalises", "normalizes",
               "rates", "grades")
# (or the verb opening a sentence or an item of a list, the model its subject left out: "Generates new drone
# landscapes, textures, and atmospheres", "- generates icons inspired by fantasy games"; "Neural networks predict packet
# loss before it happens")
# (or a fine-tune or an adapter of another model: "Fine-tune of **t-tech/T-lite-it-2.1** (Qwen3-8B) that segments
# Russian documents into self-contained semantic chunks"; a number's point read on: "of 7.9 million words")
_MODEL_DOES = lazy(rf"\b(?:models?|transformers?|networks?|fine-?tunes?|adapters?)\b(?:[^.\n]|\.(?=\d)){{0,100}}?"
                   rf"[ \t](?:{'|'.join(_DOES_VERBS)})"
                   r"[ \t]+(?!on\b|upon\b)\w"
                   # (plural, its verb right after it: "Neural networks predict packet loss")
                   r"|\b(?:models|networks|transformers)[ \t]+(?:predict|classify|detect|translate|generate|"
                   r"summari[sz]e|transcribe|recogni[sz]e|segment|forecast|estimate|identify|retrieve|rank|"
                   r"recommend)[ \t]+(?!on\b|upon\b)\w"
                   r"|(?:^|[.!?][ \t]+)used[ \t]+(?:in|by)[ \t]+(?:the[ \t]+)?\S"
                   # (or "It" opening the sentence after the model's: "... is a sequence-to-sequence model that is
                   # reversing this process. It adds punctation, and capitalises the correct words")
                   rf"|\bmodel\b[^.\n]{{0,100}}\.[ \t]+It[ \t]+(?:[\w,]+[ \t]+){{0,4}}?(?:{'|'.join(_DOES_VERBS)})"
                   r"[ \t]+(?!on\b|upon\b)\w"
                   rf"|(?:^[ \t]*(?:[-*+][ \t]+)?|[.!?][ \t]+)[*_]{{0,2}}(?:{'|'.join(_DOES_VERBS)})[*_]{{0,2}}[ \t]+"
                   r"(?!on\b|upon\b|a[ \t]+warning\b|an[ \t]+error\b)\w", re.I | re.M)
_MODEL_DOES_WORDS = (*_DOES_VERBS, "models ", "networks ", "transformers ", "used in", "used by")


# what it is run on something else for: "a diffusion model that runs on top of Wan 2.1's VAE-decoded video frames to
# fix the "plastic" / waxy look", "We extend it to video ... as a plug-in for Wan 2.1"
_RUNS_TO = lazy(r"\b(?:models?|networks?|adapters?|modules?|heads?|plug-?ins?)[ \t]+(?:that|which)[ \t]+(?:runs|works|"
                r"sits|operates|plugs)[ \t]+(?:on|in|into|inside|after|before|atop)\b(?:[^.\n]|\.(?=\S)){0,120}?"
                r"[ \t]to[ \t]+(?:fix|improve|remove|reduce|enhance|correct|restore|clean|sharpen|upscale|denoise|"
                r"stabili[sz]e|refine|repair)\b"
                r"|\bas[ \t]+an?[ \t]+(?:plug-?in|add-?on|drop-?in[ \t]+replacement)[ \t]+for[ \t]+\S", re.I)
_RUNS_TO_WORDS = ("runs", "works", "sits", "operates", "plugs", "plug-in", "plugin", "add-on", "addon", "drop-in")
# or what it is, a kind of thing for doing something: "IUS is an interpretable measure for assessing the utility of
# synthetic medical image datasets", "a lightweight tool for detecting ..." (not "a model for example")
_KIND_FOR = lazy(r"\b(?:is|are)[ \t]+(?:a|an|the)[ \t]+(?:[\w-]+[ \t]+){0,5}?(?:models?|measures?|metrics?|methods?|"
                 r"tools?|systems?|networks?|framework|checkpoints?|adapters?|pipelines?|approach|encoders?|agents?|"
                 r"modules?|heads?)[ \t]+for[ \t]+(?!(?:the|a|an|this|example|instance|more|details)\b)"
                 # (or the task's noun and what it acts on: "This is a model for evaluation of naturalness of short
                 # Russian texts")
                 r"(?:[a-z]{3,}ing\b|[a-z]{3,}(?:tion|sion|ment|sis)[ \t]+of[ \t]+\w)")
_KIND_FOR_WORDS = (" is a", " is an", " is the", " are ")


# what the reader can use it for, however far the sentence puts it ("You can using it from huggingface or PyThaiNLP
# (in the future) for few-shot learning works or text generation"; not "for inference", "for example", "to run")
_USE_IT_FOR = lazy(r"\b(?:you[ \t]+can|only)[ \t]+(?:use|using)[ \t]+it\b[^.\n]{0,80}?[ \t]for[ \t]+"
                   r"(?!(?:inference|example|instance|free|now|more|details|pre-?training|fine-?tuning|training)\b)"
                   r"[\w-]{3,}", re.I)
_USE_IT_WORDS = ("use it", "using it")
# the task it performs: "provides all the necessary tools to perform audio source separation with a SepFormer model"
_PERFORMS = lazy(r"\bperform(?:s|ing)?[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:separation|recognition|classification|detection|"
                 r"segmentation|translation|summari[sz]ation|transcription|enhancement|diari[sz]ation|tagging|parsing|"
                 r"extraction|generation|synthesis|disambiguation|retrieval|captioning|verification)\b", re.I)


# the tasks it improves: "as result, it can improve downstream tasks (NER, Text Classification, ...) in Cyber Security
# Domain" (its purpose, said by what it serves)
_IMPROVES = lazy(r"\b(?:it|model|this)[ \t]+(?:can|could|will)[ \t]+improve[ \t]+(?:the[ \t]+performance[ \t]+(?:of|on)"
                 r"[ \t]+)?(?:[\w-]+[ \t]+){0,2}?(?:downstream[ \t]+)?tasks?\b", re.I)


# (or a verb of finding opening a sentence, the model its subject left out, and what it finds in an input: "Lists the
# personal information in a text as `LABEL: value` lines", "Flags toxic messages in a chat"; not "Lists the
# hyperparameters used", which finds nothing in an input)
_FINDS = lazy(r"(?:^[ \t>*_-]*|[.!?][ \t]+)(?:Lists|Finds|Locates|Flags|Spots|Redacts|Masks|Marks|Highlights|Pinpoints)"
              r"[ \t]+(?:[\w`'-]+[ \t]+){1,6}?(?:in|from|within|across)[ \t]+(?:a|an|the|each|any|every|your)?[ \t]*"
              r"(?:[\w-]+[ \t]+)?(?:texts?|documents?|images?|photos?|pictures?|sentences?|transcripts?|e-?mails?|"
              r"recordings?|audio|videos?|chats?|messages?|code|logs?|pages?|scans?|frames?)\b", re.M)
_FINDS_WORDS = ("lists", "finds", "locates", "flags", "spots", "redacts", "masks", "marks", "highlights", "pinpoints")


# what the model serves, said otherwise: "a dermatological reasoning vision language model for research and
# education", "Useful for: local scoring at a specific transcript position", "how to use the model to evaluate the
# question" (not to load, run or convert it, nor to get a text's features; not what one cannot use it to do),
# "Hoping to use this as a base model for further fine tunes"
_SERVES = Shapes(
    (("for research", "for education", "for teaching"),
     r"\b(?:models?|checkpoints?|adapters?|weights|encoders?)[ \t]+for[ \t]+(?:research|education|teaching)\b"),
    (("useful for", "good for", "best for", "suited for", "suitable for"),
     r"(?:(?m:^)[ \t>*_-]*|[.!?][ \t]+)[*_]{0,2}(?:useful|good|best|suited|suitable)[ \t]+for[*_]{0,2}[ \t]*:"),
    (("use the model to", "use this model to", "use our model to"),
     r"(?<!not[ \t])(?<!n't[ \t])(?<!cannot[ \t])(?<!never[ \t])\buse[ \t]+(?:the|this|our)[ \t]+model[ \t]+to[ \t]+"
     r"(?!(?:load|run|download|save|convert|export|quanti[sz]e|deploy|install|reproduce|serve|train|fine-?tune|"
     r"finetune|get|obtain|extract[ \t]+(?:the[ \t]+)?features)\b)[a-z]{3,}"),
    (("as a base",),
     r"\buse[ \t]+(?:this|it)[ \t]+as[ \t]+(?:a|the)[ \t]+base(?:[ \t]+model)?[ \t]+for[ \t]+(?:further[ \t]+)?"
     r"(?:fine[- ]?tun|finetun|training|merg)"),
    # (or what it writes, opening a sentence, the model its subject left out: "Writes a customer-support reply to a
    # request."; not "_Writes checkpoints to outputs/train/..._")
    (("writes", "drafts", "composes"),
     r"(?:(?m:^)[ \t>*_-]*|[.!?][ \t]+)(?:Writes|Drafts|Composes)[ \t]+(?:a|an|the|short|concise)[ \t]+"
     r"(?:[\w-]+[ \t]+){0,3}?"
     r"(?:repl(?:y|ies)|responses?|answers?|summar(?:y|ies)|captions?|descriptions?|e-?mails?|messages?|stor(?:y|ies)|"
     r"poems?|articles?|headlines?|titles?|reviews?|letters?|posts?|tweets?|lyrics|essays?)\b"),
    # (or what it can turn into what, the model the sentence's subject: "This specific model has been trained on the
    # SAMSum dataset, and can invert summaries into full-length news articles"; not "the script can convert the
    # checkpoint into GGUF")
    (("turn", "convert", "transform", "invert", "expand", "rewrite"),
     r"\b(?:model|it)\b[^.\n]{0,100}?\b(?:can|will|could)[ \t]+(?:turn|convert|transform|invert|expand|rewrite)[ \t]+"
     r"(?!(?:the[ \t]+|its[ \t]+)?(?:checkpoints?|weights|model|it)\b)(?:[\w-]+[ \t]+){1,4}?into\b"),
    flags=re.I, reach=REACH,
)


def states_what_it_does(text: str) -> bool:
    """Whether ``text`` says what the model was trained to do, what it turns into what, or does."""
    return (_SERVES.search(text) is not None or found_near(_TRAINED_TO, text, _TRAINED_TO_WORDS, REACH)
            or found_near(_TURNS_INTO, text, _TURNS_INTO_WORDS, REACH)
            or found_near(_MODEL_DOES, text, _MODEL_DOES_WORDS, REACH)
            or found_near(_RUNS_TO, text, _RUNS_TO_WORDS, RUNS_TO_REACH)
            or found_near(_KIND_FOR, text, _KIND_FOR_WORDS, RUNS_TO_REACH)
            or found_near(_USE_IT_FOR, text, _USE_IT_WORDS, REACH)
            or found_near(_PERFORMS, text, ("perform",), REACH) or found_near(_IMPROVES, text, ("improve",), REACH)
            or found_near(_FINDS, text, _FINDS_WORDS, REACH))


RUNS_TO_REACH = 200


# usage code that names the task it runs the model on
# (or that generates with it, or embeds sentences: ``model.generate(input_ids)``, ``TextGenerationPipeline(...)``,
# ``model.encode(sentences)``, not ``tokenizer.encode(text)``, which prepares the input; or the transformers example
# script of a task: ``python run_generation.py --model_name_or_path ...``, not the pre-training ``run_mlm.py``)
_TASK_CODE = lazy(r"""\bpipeline\(\s*(?:task\s*=\s*)?["'][a-z][\w-]+["']|\b[A-Z]\w*For[A-Z][A-Za-z]+\b"""
                  r"|\.generate\(|\b[A-Z]\w*(?:Generation|Classification|Summarization|Translation)Pipeline\b"
                  r"|\bmodel\.encode\(|\brun_(?:generation|squad|qa|ner|glue|summarization|translation|classification)"
                  r"\w*\.py\b"
                  # (or a diffusers pipeline's images: "images = pipeline(prompt=...).images", or an image generation
                  # API's request, its "negative_prompt": text to image)
                  r"|\)\s*\.images\b|\bnegative_prompt\b")
_TASK_CODE_WORDS = ("pipeline", "Pipeline", "For", ".generate(", ".encode(", "run_", ".images",
                    "negative_prompt")  # every match holds one


def runs_a_task(card: Card) -> bool:
    """Whether a code block runs the model on a task it names: a pipeline given its task
    (``pipeline("ner", model=...)``, ``pipeline(task="fill-mask")``) or a model class for one
    (``AutoModelForSequenceClassification``, ``Wav2Vec2ForCTC``), not a bare ``AutoModel``; code set in HTML's
    ``<pre>`` too."""
    return any((b.kind == "code" or (b.kind == "html" and "<pre" in b.text))
               and any(w in b.text for w in _TASK_CODE_WORDS) and _TASK_CODE.search(b.text) for b in card.body.walk())


# "You can use astroGPT to generate a daily horoscope", "You can fine-tune GuwenBERT for downstream tasks": the
# model by the name its title gives it
_USE_NAMED = lazy(
    r"\byou[ \t]+can[ \t]+(?:use|fine-?tune|finetune)[ \t]+([\w./-]{3,})[ \t]+(?:model[ \t]+)?(?:to|for)\b", re.I
)


def uses_by_title(title: str, text: str) -> bool:
    """Whether ``text`` says what "you can use" the model for, calling it by a name its ``title`` holds."""
    title = title.lower()
    return any(m.group(1).lower() in title for m in _USE_NAMED.finditer(text))


def language_pair(text: str, start: int, at: int) -> bool:
    """Whether two languages' codes stand at ``at``, after a "for" at ``start`` in a sentence that says the model was
    trained: the direction of a translation ("finetuned on a subset of the UN corpus for en_ar")."""
    pair = _PAIR.match(text, at)
    return (pair is not None and pair[1] != pair[2] and is_language(pair[1]) and is_language(pair[2])
            and _TRAINED_BEFORE.search(text, max(0, start - 160), start) is not None)


_PAIR = lazy(r"(?-i:([a-z]{2})[_-]([a-z]{2}))\b")
_TRAINED_BEFORE = lazy(r"\b(?:fine-?tuned|finetuned|trained|model)\b[^.\n]*\Z", re.I)


# the words before "model" in "This ASR model is a fine-tuned version of", "a text-to-speech model": the model's kind
_ARTICLES = frozenset({"a", "an", "this", "the", "our", "my"})
KIND_REACH = 80  # characters before "model" read for its kind
KIND_WORDS = 6  # words between the article and "model" at most (an abbreviation in brackets not counted)
# a repository's name, not a kind: "the bert-base-nli-stsb-mean-tokens pretrained model" (a digit, or four hyphens)
ID_LIKE = lazy(r"\d|(?:-[^-\s]*){4}")


def kind_by_task(text: str, low: str) -> bool:
    """Whether a sentence calls the model by a Hub task's name ("This ASR model is a fine-tuned version of ...",
    "our speech recognition model", "the most capable monocular depth estimation (MDE) model"), the task being what
    it is for."""
    tried: set[tuple[str, ...]] = set()  # (a sentence said many times is read once)
    i = low.find(" model")
    while i >= 0:
        words = [w for w in low[max(0, i - KIND_REACH) : i].rsplit("\n", 1)[-1].split(" ")
                 if not (w.startswith("(") and w.endswith(")"))][-KIND_WORDS - 1 :]
        k = next((k for k in range(len(words) - 2, -1, -1) if words[k] in _ARTICLES), -1)
        if k >= 0 and (kind := tuple(words[k + 1 :])) not in tried:
            tried.add(kind)
            if (any(w in task_words() for w in kind) and names_a_task(" ".join(kind))
                    and not any(ID_LIKE.search(w) for w in kind)):
                return True
        i = low.find(" model", i + 1)
    return False
