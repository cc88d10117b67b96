"""Whether a card is a copy of another model in another format: a quantization (GGUF, GPTQ, AWQ, EXL2,
bitsandbytes) or a conversion (MLX, ONNX, OpenVINO, Core ML), whose uses, limits, data and results are
the original model's.

Such a repository holds the same weights, rounded or rewritten; its card names the original and tells how
to run the files. What the model is for, what it must not be used for, what it was trained on and how it
scored are questions of the original's card, which the copy links to (``base_model``, or a link to a model
of the Hub in its text). The signs, each written by the tools that make these copies or by the Hub:

- the front matter's ``base_model_relation: quantized``, a ``quantized_by`` key, a format's tag or library
  (``gguf``, ``gptq``, ``awq``, ``exl2``, ``mlx``, ``onnx``, ``openvino`` ...);
- the title or a sentence naming a format's files or a quantized or converted version of the original
  ("This repo contains GGUF format model files for [X](...)", "This model was converted to MLX format
  from [X](...)", "4-bit AWQ quantized version of [X](...)").

A fine-tune, an adapter or a merge is a new model, with uses and limits of its own: none of these is a copy, and
a card that says it was fine-tuned or trained (above the original's card, when it quotes one: "# Original model
card: X") is no copy either, whatever its files' format (a fine-tune uploaded as GGUF).
"""

from __future__ import annotations

import re

from ..card import Card
from ..hub.vocabulary import base_model_relation
from .anchors import holds_any, search_near
from .lazyre import lazy
from .titles import title_text

_FORMATS = (r"(?:gguf|ggml|gptq|awq|exl2|mlx|onnx|openvino|coreml|core[ -]ml|tflite|llamafile|bnb|bitsandbytes|"
            r"ctranslate2)")
# (not "4-bit" or "bitsandbytes", which a fine-tune saved in four bits carries too)
_TAGS = frozenset({"gguf", "ggml", "gptq", "awq", "exl2", "mlx", "onnx", "openvino", "coreml", "tflite", "llamafile",
                   "quantized", "imatrix", "llama.cpp", "ctranslate2"})
# the title or a sentence: a format's files for a model, or a version of it quantized or converted
# (of another model, named next: not "A GGUF version of this model is available at ...", which a fine-tune's card says)
_COPY = lazy(
    # ("Llama.cpp compatible versions of an original [7B model](...)")
    # ("GPTQ 4bit quantization of [chavinlo/gpt4-x-alpaca](...)")
    rf"(?:\b(?:{_FORMATS}|llama\.cpp)\b[ \t]+(?:\d+[ -]?bits?[ \t]+)?(?:format[ \t]+|compatible[ \t]+)?(?:model[ \t]+)?"
    r"(?:files|weights|quants|"
    r"quantizations?|versions?|"
    r"exports?|conversions?|ports?)"
    # (or the format alone, of a model linked: "[GGUF of https://huggingface.co/X](...)", "GGUF of [X](...)")
    rf"|\b{_FORMATS}(?=[ \t]+of[ \t]+(?:\[|https?://))"
    r"|\b(?:quanti[sz]ed[ \t]+version|quanti[sz]ations?|quants|(?:the[ \t]+)?conversion)"
    # ("This model was converted to [Core ML for use on Apple Silicon devices](...)": the format as a link's text)
    rf"|\bconverted[ \t]+(?:to|into)[ \t]+(?:the[ \t]+)?\[?{_FORMATS}(?:[ \t]+format)?"
    # ("This repo contains the converted model weights for Llama-2-7B-chat in Huggingface format")
    r"|\bconverted[ \t]+(?:model[ \t]+)?(?:weights|checkpoints?|files))"
    # ("MLX ports of the TripoSplat submodules": the original's name after "the")
    # ("a community-driven quantized version of the original model [`meta-llama/X`](...)")
    # (the original's name on the next line: "GGUF format model files for\n[Command-R 35B v1.0](...)")
    r"[ \t]+(?:for|from|of):?(?:[ \t]+|[ \t]*\n[ \t]*)"
    r"(?:the[ \t]+(?=[\[`*]{0,2}(?-i:[A-Z]))|(?:the|an?)[ \t]+original[ \t]+(?:model[ \t]+)?(?=[\[`*]))?"
    r"(?!(?:this|the|these|that|our|my|your|it)\b)"
    r"(?P<name>[\[`*\w])",
    re.I,
)
# the card saying it is the copy: "This is the GGUF version of the model meant for use in [KoboldCpp](...), check the
# [Float16](https://huggingface.co/...) version for the original"
# (or holds the model in a format: "This repo contains the instruction-tuned 7B Qwen2.5 model in the GGUF Format")
_THIS_IS_COPY = lazy(rf"\bthis[ \t]+(?:repo(?:sitory)?[ \t]+|model[ \t]+)?is[ \t]+(?:the|an?)[ \t]+(?:[\w-]+[ \t]+)?"
                     rf"{_FORMATS}[ \t]+(?:version|quants?|quantizations?|conversion|export|port)\b"
                     r"|\bthis[ \t]+repo(?:sitory)?[ \t]+(?:contains|holds|hosts|provides)[ \t]+(?:[\w.-]+[ \t]+){0,5}?"
                     rf"(?:model|weights|checkpoints?)[ \t]+in[ \t]+(?:the[ \t]+)?{_FORMATS}[ \t]+format\b", re.I)
# the card saying it was quantized: "*This model was quantized by [SanctumAI](https://sanctum.ai).*"
_QUANTIZED_BY = lazy(r"\b(?:this|the)[ \t]+(?:model|repo(?:sitory)?|checkpoint)[ \t]+(?:was|is|has[ \t]+been)[ \t]+"
                     r"quanti[sz]ed[ \t]+(?:by|with|using)\b", re.I)
# the original pointed to, as a re-upload's card does: "Original model is [here](https://huggingface.co/Hemlok/SuiMix-XL)
# and on [Civitai](...). This model created by [Hemlok](...)"
_ORIGINAL_IS = lazy(r"\boriginal[ \t]+(?:model|checkpoint|weights|repo(?:sitory)?)[ \t]+"
                    r"(?:is|are|can[ \t]+be[ \t]+found)[ \t]+(?:\[here\]|here:?|at|on)[ \t]*\(?(?:\[[^\]\n]{0,80}\]\()?https?://(?:www\.)?"
                    r"(?:huggingface\.co|hf\.co)/", re.I)
# or quantized from the original, in a format the title or the metadata names: "Quantized from
# mini-magnum-12b-v1.1 fp16" under "# mini-magnum-12b-v1.1-iMat-GGUF"
_QUANTIZED_FROM = lazy(r"(?:^|[.!?][ \t]+|\n)[ \t*_>-]*quanti[sz]ed[ \t]+from[ \t]+[\[`*\w]", re.I)
# the original rebuilt from its published deltas: "These files are the result of merging the [delta weights](...) with
# the original Llama7B model"
_REBUILT = lazy(r"\b(?:merging|applying|merged|applied)[ \t]+(?:the[ \t]+)?\[?(?:delta|xor|diff)[ \t]+(?:weights|files)"
                r"\]?(?:\([^)\s]{0,300}\))?[ \t]+(?:with|to|onto|on)[ \t]+(?:the[ \t]+)?original\b", re.I)
_FILE_LINK = lazy(r"\[[^\]\n]{1,80}\]\(https?://(?:www\.)?(?:huggingface\.co|hf\.co)/(?!datasets/|spaces/)[\w.-]+/"
                  r"[\w.-]+/(?:blob|resolve|tree)/")
_NAMED = lazy(r"(?:\*\*|\[|`)?(?-i:[A-Z0-9])")  # a name: bold, linked, quoted as code, or capitalised
_TITLE_FORMAT = lazy(rf"(?:^|[\W_]){_FORMATS}(?:$|[\W_])|\bquanti[sz]ed\b", re.I)
# a model of the Hub the copy links to: "[X](https://huggingface.co/org/name)", "quants of https://hf.co/org/name"
# (the model's page, at a commit too, ".../commit/30e2405", or its files called the original's, "[original
# GPT-J](https://huggingface.co/EleutherAI/gpt-j-6B/tree/main)" (not a link to its own files: "[Available
# models](.../tree/main)"); not a file of a repository: ".../blob/main/x.gguf")
_HUB_LINK = lazy(r"https?://(?:www\.)?(?:huggingface\.co|hf\.co)/(?!datasets/|spaces/)[\w.-]+/[\w.-]+"
                 r"(?:/commit/[\w]+)?/?(?=[\s)>\]]|$)"
                 r"|\[[^\]\n]{0,40}\boriginal\b[^\]\n]{0,60}\]\(https?://(?:www\.)?(?:huggingface\.co|hf\.co)/"
                 r"(?!datasets/|spaces/)[\w.-]+/[\w.-]+/tree/", re.I)
# (or its files' listing, for a repository that says it saves the original's files: "[official model
# repository](https://huggingface.co/guoyww/animatediff/tree/main)")
_TREE_LINK = lazy(r"https?://(?:www\.)?(?:huggingface\.co|hf\.co)/(?!datasets/|spaces/)[\w.-]+/[\w.-]+/tree/[\w.-]+/?"
                  r"(?=[\s)>\]]|$)")


def copies_a_model(card: Card) -> bool:
    """Whether the card is a quantized or converted copy of a model it names (``base_model`` or a Hub link)."""
    return card.derived("copies-a-model", _copies) > 0


def states_copy(card: Card) -> bool:
    """Whether the card says in words that it is such a copy ("GGUF format model files for [X](...)", "static quants
    of ..."): that says what the model is, as a description would."""
    return card.derived("copies-a-model", _copies) == STATED


# a model of its own: "Finetuned from model: unsloth/llama-3-8b-bnb-4bit", "This model was trained with ..."
# (not what could be done with it: "The base model can be fine-tuned")
_NEW_MODEL = lazy(r"(?<!can be )(?<!to be )(?<!may be )(?<!could be )\b(?:fine-?tuned|finetuned|trained|merged?)\b",
                  re.I)
# the original's card quoted below the copy's own text: "# Original model card: NousResearch's Yarn Mistral 7B"
_ORIGINAL = lazy(r"^[ \t]{0,3}#{1,6}[ \t].*\boriginal\b.*$", re.I | re.M)
_FORMAT_WORDS = ("gguf", "ggml", "gptq", "awq", "exl2", "mlx", "onnx", "openvino", "coreml", "core ml", "core-ml",
                 "tflite", "llamafile", "bnb", "bitsandbytes", "ctranslate2")
# every sign of a copy holds one of these (lower case): a format's name, or a word of quantizing or converting
_WORDS = (*_FORMAT_WORDS, "quant", "convert", "conversion", "imatrix", "llama.cpp")
# (every sentence of _COPY starts at one of these)
_COPY_WORDS = (*_FORMAT_WORDS, "quant", "converted", "conversion", "llama.cpp")
# the original's weights as they are, with another runtime around them: "The model weights are **identical** to the
# original Wan2.2" (not a fine-tune's frozen base, "the base weights are unchanged")
_SAME_WEIGHTS = lazy(r"\bweights[ \t]+are[ \t]+[*_]{0,2}identical[*_]{0,2}[ \t]+to[ \t]+(?:the[ \t]+)?"
                     r"(?:original|base)\b"
                     # (or a label that says so: "- weights: original ChatGLM-6B weights released by THUDM.")
                     # (its blanks may be no-break spaces)
                     # (one way only to read the blanks around the item's marker: a long run took quadratic time)
                     r"|(?m:^)[ \t]*(?:[-*+][ \t]*)?[*_]{0,2}weights[*_]{0,2}[ \t\xa0]*:[ \t\xa0]*[*_]{0,2}"
                     r"(?:the[ \t\xa0]+)?original\b", re.I)
# the original with its weights in another format: "https://huggingface.co/X with ONNX weights to be compatible"
_WITH_WEIGHTS = lazy(rf"\bwith[ \t]+{_FORMATS}[ \t]+(?:weights|files|exports?)\b", re.I)
# converted or quantized from the original, into a format named in the same sentence
_CONVERTED_FROM = lazy(rf"\b(?:converted|quanti[sz]ed)[ \t]+from[ \t]+[\[`*\w](?:[^.\n]|\.(?=\S)){{0,200}}?"
                       rf"\b(?:{_FORMATS}|nf4|int[48]|fp8|[48]-bit)\b"
                       # (or the format first: "Converted using BitsAndBytes to NF4 (with double quantization) from
                       # [nvidia/NVLM-D-72B](...)")
                       rf"|\b(?:converted|quanti[sz]ed)[ \t]+(?:using|with|to|into)[ \t]+[^.\n]{{0,80}}?"
                       rf"\b(?:{_FORMATS}|nf4|int[48]|fp8|[48]-bit)\b[^.\n]{{0,60}}?\bfrom[ \t]+[\[`*\w]", re.I)
# (or the format it was converted in: "This is a https://huggingface.co/chavinlo/alpaca-native converted in OLD GGML
# (alpaca.cpp) format and quantized to 4 bits")
_CONVERTED_IN = lazy(rf"\bconverted[ \t]+in(?:to)?[ \t]+(?:[\w.-]+[ \t]+){{0,2}}?(?:{_FORMATS})\b", re.I)
# the original's files, repackaged, held by the repository: "This repository hosts pruned `.safetensors` modules of
# [ControlNet](https://huggingface.co/lllyasviel/ControlNet)" (not its own weights: "contains the weights of our model")
_HOSTS_COPIES = lazy(r"\b(?:repo(?:sitory)?|this)[ \t]+(?:hosts|contains|holds|provides|mirrors)[ \t]+"
                     r"(?:[\w`.*-]+[ \t]+){0,3}?(?:pruned|converted|extracted|compressed|mirrored|re-?uploaded|copied|"
                     r"fp16|bf16|half-precision|`?\.?safetensors`?)[ \t]+(?:[\w`.*-]+[ \t]+){0,2}?"
                     r"(?:modules|weights|files|checkpoints|copies|versions|models)[ \t]+(?:of|from|for)[ \t]+"
                     r"(?:the[ \t]+)?\["
                     # (or saves them in another format: "This repository saves all AnimateDiff models in fp16 &
                     # safetensors format for A1111 AnimateDiff users")
                     r"|\b(?:repo(?:sitory)?|this)[ \t]+(?:hosts|contains|holds|provides|mirrors|saves|stores)[ \t]+"
                     r"(?:all[ \t]+)?(?:[\w`.*-]+[ \t]+){0,3}?(?:models|weights|checkpoints)[ \t]+in[ \t]+"
                     r"(?:fp16|bf16|half-precision|safetensors)(?:[ \t]*(?:&|and|/|\+)[ \t]*(?:fp16|bf16|safetensors))?"
                     r"[ \t]+format\b", re.I)
# the original by its name, quantized to a number format: "Meta-Llama-3-8B-Instruct quantized to FP8 weights and
# activations" (the name is the original's when the card's code loads it by its id:
# "meta-llama/Meta-Llama-3-8B-Instruct")
_QUANTIZED_TO = lazy(r"(?:^|[\s(*_`])(?P<name>(?-i:[A-Z0-9])[\w.-]{2,80})[*_`]{0,2}[ \t]+quanti[sz]ed[ \t]+"
                     r"(?:to|in|into)[ \t]+(?:fp8|fp4|int[48]|nf4|[2-8][ -]?bits?|w\d+a\d+)\b", re.I)
# in Chinese: converted or quantized weights, model or version, or a mirror of them ("本仓库是 ... 维护的转换权重镜像":
# "this repository is a mirror of converted weights", "量化版本": "a quantized version")
_CJK_COPY = lazy(r"(?:转换|轉換|量化)(?:后|後)?的?(?:权重|權重|模型|版本|镜像|鏡像)")
MARKED, STATED = 1, 2  # a copy by its metadata or title's format; a copy the text says it is


def _copies(card: Card) -> int:
    """0: no copy; ``MARKED``: a copy by its metadata or its title's format, and no word of its own says it was
    trained; ``STATED``: a sentence or the title says it is a quantization or conversion of another model (which
    outweighs the original's own words quoted beside it: "further fine-tuned to maximize ...")."""
    meta = card.meta
    base = meta.get("base_model") if meta is not None and meta.is_map else None
    text = card.text
    # the original named: in the metadata, or by a link to the Hub (a plain search first: most cards have none)
    names_origin = (base is not None and not base.is_null) or (
        ("huggingface.co/" in text or "hf.co/" in text) and _HUB_LINK.search(text) is not None)
    low = text.lower()
    if names_origin and ("identical" in low or "original" in low) and _SAME_WEIGHTS.search(text) and (
            not _NEW_MODEL.search(text)):
        return STATED  # the original's weights, packaged otherwise ("weights are **identical** to the original X")
    if (names_origin or ("/tree/" in text and _TREE_LINK.search(text))) and search_near(
            _HOSTS_COPIES, text, ("hosts", "contains", "holds", "provides", "mirrors", "saves", "stores"), 120):
        return STATED  # ("This repository hosts pruned `.safetensors` modules of [ControlNet](...)")
    if "quanti" in low and (m := search_near(_QUANTIZED_TO, text, ("quantized", "quantised"), 100)) is not None and (
            names_origin or any(f'/{m.group("name")}"' in b.text or f"/{m.group('name')}'" in b.text
                                for b in card.code_blocks)):
        return STATED
    if names_origin and "quanti" in low and (_QUANTIZED_BY.search(text) is not None or (
            _QUANTIZED_FROM.search(text) is not None and (_TITLE_FORMAT.search(title_text(card)) or (
                meta is not None and meta.is_map and _copy_metadata(meta))))):
        return STATED  # ("This model was quantized by [SanctumAI](...)", the original in `base_model`)
    if names_origin and ("delta" in low or "xor" in low) and _REBUILT.search(text) is not None:
        return STATED  # ("the result of merging the [delta weights](...) with the original Llama7B model")
    if names_origin and "original" in low and _ORIGINAL_IS.search(text) is not None:
        # a re-upload that points to its original ("Original model is [here](https://huggingface.co/...)"), unless
        # its own words say it was trained or merged
        return 0 if _NEW_MODEL.search(text) else MARKED
    if not holds_any(low, _WORDS):  # no format and no word of copying
        return 0
    if names_origin and "from" in low and search_near(_CONVERTED_FROM, text, (
            "converted from", "quantized from", "quantised from", "converted using", "converted with", "converted to",
            "quantized with", "quantized using", "quantized to"), 260) is not None:
        return STATED  # ("Converted from [X](...) using BitsAndBytes with NF4 (4-bit) quantization")
    if names_origin and "converted in" in low and _CONVERTED_IN.search(text) is not None:
        return STATED  # ("This is a https://huggingface.co/X converted in OLD GGML (alpaca.cpp) format")
    if names_origin and search_near(_WITH_WEIGHTS, text, _FORMAT_WORDS, 20) is not None:
        return STATED  # ("https://huggingface.co/org/model with ONNX weights to be compatible with Transformers.js")
    if names_origin and "this" in low and search_near(_THIS_IS_COPY, text, _FORMAT_WORDS, 80) is not None:
        return STATED  # ("This is the GGUF version of the model ..., check the [Float16](...) version")
    stated = search_near(_COPY, text, _COPY_WORDS, 40)  # around its words: most cards hold none
    if stated is not None and (names_origin or _NAMED.match(text, stated.start("name"))
                               or _FILE_LINK.match(text, stated.start("name"))):
        # (the original named in the sentence, without a link: "CoreML exports of **Supertonic 2**"; or by a link to
        # its file: "a conversion of [the original checkpoint](https://huggingface.co/org/name/blob/main/x.pth)")
        return STATED
    if (("转" in text or "轉" in text or "量化" in text) and meta is not None and meta.is_map and _copy_metadata(meta)
            and _CJK_COPY.search(text) is not None and not _NEW_MODEL.search(text)):
        return STATED  # a format's tag, and the text says in Chinese that it holds converted weights
    if not names_origin:
        return 0
    if meta is not None and meta.is_map and _quantized_relation(meta):
        return MARKED  # (the author says so: a word "trained" in its notes, "no trained weights for", is no fine-tune)
    if not (_TITLE_FORMAT.search(title_text(card)) or (meta is not None and meta.is_map and _copy_metadata(meta))):
        return 0
    body = "\n".join(card.lines[card.body_line :])
    quoted = _ORIGINAL.search(body)
    own = body[: quoted.start()] if quoted is not None else body
    if meta is not None and meta.is_map and meta.get("quantized_by") is not None:
        # (who quantized it, a key only a copy's card carries: what the original "is trained on", in the words it
        # repeats, "but is trained on even more", is no training of its own; "was fine-tuned" still is)
        return 0 if any(not own[max(0, m.start() - 4) : m.start()].lower().endswith(("is ", "are "))
                        for m in _NEW_MODEL.finditer(own)) else MARKED
    return 0 if _NEW_MODEL.search(own) else MARKED


def _quantized_relation(meta) -> bool:
    return base_model_relation(meta) == "quantized"


def _copy_metadata(meta) -> bool:
    if _quantized_relation(meta):
        return True
    if meta.get("quantized_by") is not None:
        return True
    library = meta.get("library_name")
    if library is not None and library.is_scalar and str(library.value).strip().lower() in _TAGS:
        return True
    tags = meta.get("tags")
    return tags is not None and tags.is_seq and any(
        t.is_scalar and isinstance(t.value, str) and t.value.strip().lower() in _TAGS for t in tags)

