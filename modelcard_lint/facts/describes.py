"""Whether a sentence anywhere in the card says what the model is, as missing-section (MC201) reads `description`
beyond its headings and the paragraph under the title: "This model is the result of an experimental use of LoRAs on
language models and model merges", "The model is a merge of two chat models" (under "## Composition")."""

from __future__ import annotations

import re

from ..card import Card
from .anchors import found_near
from .lazyre import lazy
from .prose import prose_text

IS_REACH = 160  # characters around "is a" that a statement of what the model is may span

# "This model is a/an/the ..." and three words or more of what it is (not where it is, "is available", nor what
# becomes of it, "is a work in progress" says little of what it is but still says it is one)
_IS_A = lazy(r"\b(?:this|the|our)[ \t]+(?:model|checkpoint|network|merge|adapter|lora)[ \t]+is[ \t]+(?:a|an|the)[ \t]+"
             r"(?!(?:same|one|only)\b)(?:[*_`\[]{0,2}[\w./-]+[*_`\]]{0,2}[ \t,]+){2,}?[\w./-]+", re.I)
# a name that opens a sentence, "is a/an", and within eight words a kind of model: "Mitsua Diffusion CC0 is a latent
# text-to-image diffusion model", "**Foo-7B** is an instruction-tuned language model" (a name: one to six words, the
# first with a capital or a digit)
# (or "is my" / "is our": "**Kenshi** is my personal merges which created by combining different models together")
_NAME_IS_A = lazy(r"(?:^|(?<=[.!?:][ \t])|(?<=\n))[ \t]*(?:[*_`]{0,2}[A-Z0-9][\w.+-]*[*_`]{0,2}[ \t]+){1,6}?is[ \t]+"
                  r"(?:an?|my|our|their|the)"
                  r"[ \t]+(?:[\w./+-]+[ \t,]+){0,8}?(?:model|network|checkpoint|transformer|encoder|decoder|"
                  r"classifier|tokenizer|LLM|embeddings?|adapter|merge|fine-?tune|LoRA|"
                  # (or a doer of a task: "This is the verifier we used in General Reasoner", "This is the agent
                  # trained on retrieval-free Android UI-Simulator")
                  r"verifier|detector|tagger|parser|retriever|re-?ranker|vocoder|policy|agent)s?\b", re.M)


# the model released under its name, then what it is: "pleased to announce the release of Bllossom-Vision, a
# Korean-English vision-language model based on llama3.1"
_RELEASED_AS = lazy(r"\b(?:release|introduce|introducing|present|presenting|announce|announcing)[ \t]+(?:of[ \t]+)?"
                    r"[*_`]{0,2}[\w.-]+[*_`]{0,2},[ \t]+an?[ \t]+(?:[\w-]+[ \t]+){0,4}?"
                    r"(?:model|LLM|checkpoint|adapter)\b", re.I)
# what it copies: "This is a replica of Alpaca by Stanford' tatsu", "a reproduction of ..."
_REPLICA = lazy(r"\bthis[ \t]+is[ \t]+(?:an?|the|our)[ \t]+(?:[\w-]+[ \t]+)?(?:replica|reproduction|re-?implementation|"
                r"clone|re-?creation)[ \t]+of\b", re.I)


# what the model is based on: "This model is based on Llama-3.1-8b-Instruct" (says what kind of model it is), or at a
# line's start with what was done to it: "Based on Evt_V2 with 20 epochs fine-tuning using 35467 images"
_BASED_ON = lazy(r"\b(?:this|the|our)[ \t]+model[ \t]+is[ \t]+(?:\w+ly[ \t]+)?based[ \t]+on:?[ \t]+[\[`*]{0,2}[\w.-]"
                 r"|^[ \t*_>]*based[ \t]+on[ \t]+[\[`*]{0,2}[\w.-]+[^.\n]{0,40}?\b(?:fine-?tun\w*|trained|training|"
                 r"merged?)\b",
                 re.I | re.M)
# a concept an image model was taught, as the Stable Diffusion concepts library's cards say: "This is the
# `<hitokomoru-style>` concept taught to Stable Diffusion via Textual Inversion"
_TAUGHT = lazy(r"\bconcept[ \t]+taught[ \t]+to[ \t]+\S", re.I)
# a named base model said tuned: "This `bert-base-uncased` model was fine-tuned for sequence classification"
_NAMED_TUNED = lazy(r"\bthis[ \t]+[`*]{0,2}[\w./-]*[\w][`*]{0,2}[ \t]+model[ \t]+(?:was|has[ \t]+been)[ \t]+"
                    # (how fast between: "This llama model was trained 2x faster with Unsloth", Unsloth's card)
                    r"(?:fine-?tuned|finetuned|trained|pre-?trained|distilled)[ \t]+"
                    r"(?:\d+(?:\.\d+)?x[ \t]+faster[ \t]+)?"
                    r"(?:for|on|from|to|with|using)\b"
                    # (or its training continued from one: "We continued the pre-training of [gpt2](...)")
                    r"|\b(?:we|i)[ \t]+continued[ \t]+(?:the[ \t]+)?(?:pre-?)?training[ \t]+(?:of|from)[ \t]+[\[`*]?\w"
                    # (or the model it started from: "This model started with [AraGPT2-Medium](...), from AUB MIND Lab")
                    r"|\b(?:this|the|our)[ \t]+model[ \t]+(?:started|starts|began|begins)[ \t]+(?:with|from|as)[ \t]+"
                    r"[\[`*]?\w", re.I)


# a line that opens with the model it was fine-tuned from, the subject left out: "Fine-tuned on Multilingual Pretrained
# Model [CLSRIL-23](...)", "Fine-tuned [facebook/wav2vec2-large-xlsr-53](https://huggingface.co/...) on Greek" (not
# the data alone, "Fine-tuned on SQuAD", nor a dataset's link)
_TUNED_FROM = lazy(r"^[ \t*_>]*(?:fine-?tuned|finetuned)[ \t]+(?:(?:on|from)[ \t]+)?(?:the[ \t]+|a[ \t]+)?"
                   r"(?:(?:[\w-]+[ \t]+){0,4}?(?:pre-?trained[ \t]+)?model[ \t]+[\[`*]?\w"
                   r"|\[[^\]\n]{1,200}\]\(https?://huggingface\.co/(?!datasets/|spaces/)[\w.-]+)", re.I | re.M)


# a line that opens with a kind of model and what it is for: "Textual-inversion embedding for use in unconditional
# (negative) prompt", "LoRA for generating pixel art"
# (or what it comes with, at a line's start: "Model with built-in VAE for both background and character quality")
_KIND_FOR = lazy(r"^[ \t*_>]*(?:[\w-]+[ \t]+){0,3}?(?:embedding|model|lora|adapter|checkpoint|vae|controlnet)s?"
                 r"[ \t]+(?:for[ \t]+(?:use|generating|creating|making|the|[a-z]+ing)\b|with[ \t]+(?:an?|the|built-in|"
                 r"baked-in|integrated)[ \t]+\w)", re.I | re.M)


# a part or a model named and what it does: "a modality conversion module, named as DePlot, which translates the
# image of a plot or chart to a linearized table"
_NAMED_DOES = lazy(r"\b(?:module|model|network|system|method|architecture|pipeline)s?,?[ \t]+(?:named|called)[ \t]+"
                   r"(?:as[ \t]+)?[*_`\"]{0,2}(?-i:[A-Z])[\w.+-]*[*_`\"]{0,2},?[ \t]+(?:which|that)[ \t]+[a-z]+s\b",
                   re.I)


# a first paragraph that opens with what the model does: "Returns facial emotion with about 91% accuracy based on facial
# human image" (the model is the verb's subject)
_DOES_FIRST = lazy(r"[ \t*_>]*(?:returns|detects|classifies|predicts|generates|translates|recogni[sz]es|segments|"
                   r"estimates|transcribes|extracts|identifies|summari[sz]es|converts|answers)[ \t]+[\w-]+[ \t]+\w",
                   re.I)


# a heading "About <name>" (a capital or a digit first: "About Us" and "About the dataset" name no model)
_ABOUT = lazy(r"about[ \t]+(?:the[ \t]+)?([A-Z0-9][\w.+-]*(?:[ \t]+[\w.+-]+){0,3}?)[ \t]*:?", re.I)
_NOT_A_NAME = frozenset({"us", "me", "dataset", "data", "author", "authors", "team", "license", "training", "company"})
_MODEL_ID = lazy(r"\b[\w.-]+/([\w.-]+)")


def _squash(text: str) -> str:
    return "".join(c for c in text.lower() if c.isalnum())


def about_the_model(card: Card) -> bool:
    """Whether a section headed "About <name>" describes the model by its name, in a paragraph of a few words: the name
    is the end of a model id the card writes ("### About NegaNetizen" over "Trained on conversations from a friend for
    use within their discord server.", in a card that loads "jordanhagan/DialoGPT-medium-NegaNetizen")."""
    ids: set[str] | None = None
    for section in card.body.sections():
        found = _ABOUT.fullmatch(section.title.strip())
        if found is None or found.group(1)[:1].islower():
            continue
        name = _squash(found.group(1))
        if len(name) < 3 or name in _NOT_A_NAME or not any(
                b.kind == "paragraph" and len(b.text.split()) >= 4 for b in section.blocks):
            continue
        if ids is None:
            ids = {_squash(i) for i in _MODEL_ID.findall(card.text)}
        if any(i.endswith(name) for i in ids):
            return True
    return False


# "This model is a/an ..." in Russian, Spanish, Portuguese, French, German and Italian: "Эта модель является
# квантизированной версией", "Este modelo es una versión ajustada de ...", "Ce modèle est un ..."
_IS_A_ELSEWHERE = lazy(r"\b(?:эта|данная)[ \t]+модель[ \t]+(?:является|представляет[ \t]+собой)[ \t]+\w"
                       r"|\b(?:este|esse)[ \t]+modelo[ \t]+(?:es|é)[ \t]+(?:un|una|um|uma)[ \t]+\w"
                       r"|\bce[ \t]+modèle[ \t]+est[ \t]+(?:un|une)[ \t]+\w"
                       r"|\bdieses[ \t]+modell[ \t]+ist[ \t]+(?:ein|eine)[ \t]+\w"
                       r"|\bquesto[ \t]+modello[ \t]+è[ \t]+(?:un|una|uno)[ \t]+\w", re.I)


def says_what_it_is(card: Card) -> bool:
    """Whether a sentence of the card's prose says what the model is ("This model is a merge of two chat models")."""
    if about_the_model(card):
        return True
    # (or a heading that says it: "### This model is based on: [Mistral-Nemo-Instruct-2407](...)")
    if any("based on" in h.text.lower() and _BASED_ON.search(h.text) for h in card.body.headings):
        return True
    first = next((b for b in card.body.walk() if b.kind == "paragraph"), None)
    if first is not None and _DOES_FIRST.match(first.text):
        return True
    text = prose_text(card)
    low = text.lower()
    if "tuned " in low and _TUNED_FROM.search(text) is not None:
        return True
    # (read around the word for "model" in those languages, not over the whole text: "model" is in every card)
    if found_near(_IS_A_ELSEWHERE, text, ("модель", "modelo", "modèle", "modell"), IS_REACH):
        return True
    if " is a" not in low and " is the" not in low and "taught" not in low and " for " not in low and (
            " with " not in low) and ", a" not in low and (
            "based on" not in low) and " is my" not in low and " is our" not in low and " is their" not in low and (
            " model was " not in low and " model has been " not in low and " continued " not in low
            and " model start" not in low and " model beg" not in low):
        return ("named" in low or "called" in low) and _NAMED_DOES.search(text) is not None
    # (read around their words, "is a", "is the", "is my": the patterns open with any word of a name or "this")
    return (found_near(_IS_A, text, ("is a", "is the"), IS_REACH)
            or found_near(_NAME_IS_A, text, ("is a", "is my", "is our", "is their", "is the"), IS_REACH)
            or _REPLICA.search(text) is not None
            or found_near(_RELEASED_AS, text, ("release", "introduc", "present", "announc"), IS_REACH)
            or ("taught" in low and _TAUGHT.search(text) is not None)
            or ((" model was " in low or " model has been " in low or " continued " in low or " model start" in low
                 or " model beg" in low) and _NAMED_TUNED.search(text) is not None)
            or ((" for " in low or " with " in low) and _KIND_FOR.search(text) is not None)
            or ("based on" in low and _BASED_ON.search(text) is not None)
            or (("named" in low or "called" in low) and _NAMED_DOES.search(text) is not None))
