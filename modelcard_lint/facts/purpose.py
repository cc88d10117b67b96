"""Where a card says what its model is for without a heading of its own: the intended-uses statements
that ``missing-section`` (MC201) accepts (``coverage`` reads the other topics).

The shapes are the grammar of a statement of purpose, not cards' phrases: what the model is intended,
meant, designed or useful for ("is intended for", "is designed to generate"); the model as the subject of
"is used for / to / in"; what it was fine-tuned, trained or optimised for, when that is a task or an action
("fine-tuned for multiword expression identification", "optimized for the task of semantic search", "a port
of [X](...) for generating text embeddings"), never a duration or a quality ("trained for 3 epochs",
"optimized for speed"); what it aims to do; its task as a label ("Downstream-task: Extractive QA"); and the
model by the name its title gives it ("You can use astroGPT to"). The statements of intent, use and aim are
``intended.INTENDED``'s shapes; the words of tasks they share with this module's are ``taskwords``.
"""

from __future__ import annotations

import re

from ..card import Card
from .anchors import found_near
from .doings import ID_LIKE, kind_by_task, language_pair, runs_a_task, states_what_it_does, uses_by_title
from .environments import acts_in_named_environment
from .finetuned import sentences as trainer_sentences
from .intended import INTENDED
from .intents import states_intent
from .lazyre import lazy
from .linkpath import back_over_links, strip_urls
from .otherlanguages import intended_in_other_languages, names_task_in_other_languages
from .prose import prose_text
from .tasknames import HYPHENED_TASKS, names_a_benchmark, names_a_benchmark_title, names_a_task, task_family
from .taskwords import DOER, DOER_WORDS, DOES_VERBS, TASK, TASK_NOUN, converts
from .titles import title_text
from .usedby import example_shows_task, used_by_tools
from .usesections import generator_title, task_by_dataset, task_in_table, uses_by_headings

# a model named by its task: "a Textual Entailment (TE) model for Catalan", "a language generation model" ("as a
# dense passage retrieval context encoder"): apart from intended.INTENDED, since " model" is in every card, and only
# this shape is read around it ("**StripedHyena-Nous-7B** is our **chat model** for this release")
# (or an activity, a compound of a noun and a verb's -ing form: "A 48M-parameter tool-calling model"; not how
# well or how long it does it, "a well-performing model", "a long-running job", nor how it was made, "a pre-training
# algorithm")
_HOW = (r"(?:well|high|best|top|fast|slow|long|short|low|good|better|self|free|open|ever|easy|hard|strong|record|fine|"
        r"pre|post)")
# (words joined by a slash count as one: "A generalist / roleplaying model merge")
_TASK_MODEL_HEAD = (rf"(?:(?:[\w&-]+|/)[ \t]+){{0,4}}?(?:{TASK_NOUN}|(?!{_HOW}-)[a-z]+-(?-i:[a-z]{{3,}}ing))"
                    r"[ \t]+(?:\([^)\n]{1,20}\)[ \t]+)?(?:[\w-]+[ \t]+)?(?:model|encoder|system|library|toolkit|"
                    # ("a deepfake detection architecture", "coastline edge detection head for the CoastGPT framework")
                    # ("GFPGAN is a blind face restoration algorithm", "Handwritten text recognition checkpoint for X")
                    r"algorithm|network|student|architecture|head|checkpoint)")
_TASK_MODEL_TAIL = _TASK_MODEL_HEAD + r"\b"
# (a distilled model is a student: "the artifact template for a 3D papyrus-surface segmentation student"; after "our",
# in the plural too: "our instruction finetuned code generation models based on CodeLLaMA")
_TASK_MODEL = lazy(rf"\b(?:a|an|our)[ \t]+[*_]{{0,2}}{_TASK_MODEL_TAIL}|\bour[ \t]+[*_]{{0,2}}{_TASK_MODEL_HEAD}s\b"
                   rf"|\ba[ \t]+(?:family|series|collection|suite)"
                   rf"[ \t]+of[ \t]+(?:[*_]{{0,2}}[\w&-]+[ \t]+){{0,4}}?{TASK_NOUN}[ \t]+models\b", re.I)  # (a family)
# (the first paragraph may open with it, no article, more words before it: "scene-based complementary product
# recommendation model. given an outfit photo, ...", "Deberta-based Daily MapTask style dialog-act annotations ...")
_OPENS_TASK_MODEL = lazy(rf"[ \t*_>]*(?:[\w&-]+[ \t]+){{0,3}}{_TASK_MODEL_TAIL}", re.I)
# (in a title, a word between in lower case only: not an architecture's name, "# Decision Transformer model trained on
# expert trajectories")
_TITLE_TASK_MODEL = lazy(rf"[ \t*_>]*(?:[\w&-]+[ \t]+){{0,3}}?{TASK_NOUN}[ \t]+(?:(?-i:[a-z][\w-]*)[ \t]+)?"
                         r"(?:model|system|network|checkpoint)\b", re.I)
_TASK_MODEL_WORDS = (" model", "encoder", " system", " library", " toolkit", " algorithm", " network", " student",
                     " architecture", " head", " checkpoint")

# what it was made for, a task or an action: "fine-tuned for multiword expression identification", "trained for
# end-to-end question generation", "optimized for the task of semantic search", "a T5 Large fine-tuned for
# crowdsourced text aggregation tasks", "a port of [X](...) for generating text embeddings", "fine-tuned on
# [SQuAD v2](...) for **Q&A** downstream task" (not "trained for 3 epochs", "optimized for speed"): found at a "for"
# that a task follows, then read backwards from it
_MADE_FOR = lazy(
    r"\b(?:fine[- ]?tuned|finetuned|fine-?tuning|finetuning|trained|adapted|optimi[sz]ed|speciali[sz]ed|tailored|"
    r"designed|built"
    # or a model's kind after an article: "This is a pretrained model for **language identification**" (not "sentence
    # piece model for vocab generation", "If you use this model for any task")
    # (or several: "PyTorch checkpoints and deployment code for astronomical image denoising")
    # (or after the verb that loads it: "we have to load model for LM task and change pooler")
    # (a size first is not counted: "a 120M-parameter, encoder-only time series foundation model for zero-shot
    # forecasting")
    r"|(?:(?:a|an|the|this|these|use|load)\b|(?m:^)[ \t]*(?:[-*+][ \t]+)?)[ \t]*"
    r"(?:~?\d[\d.]*[KMBT]?[ \t-]?param(?:eter)?s?,?[ \t]+)?(?:[\w*.+-]+,?[ \t]+){0,4}?"
    r"(?:model|version|port|baseline|classifier|head|architecture|network|adapter|agent|system|pipeline|encoder|checkpoint|lora|operator|"
    r"emulator|surrogate|predictor|estimator|solver|ensemble|method|transformer)(?P<several>s)?"
    # or what it can be used for: "It maps sentences ... and can be used for tasks like clustering or semantic search"
    r"|(?:can|could|may)[ \t]+(?:also[ \t]+)?be[ \t]+(?:\w+ly[ \t]+)?used)\**[ \t]+"
    # (words or whole links: not into a link's text, "[Retrieval-Augmented Generation for NLP Tasks](...)")
    # (a parenthesis as one word: "U-Net ensemble (nnU-Net v2.8.1, ..., 30.9 M parameters per fold) for segmentation")
    r"(?:(?:\[[^\]\n]{0,200}\]\([^)\s]{0,500}(?:[ \t]+\"[^\"\n]{0,120}\")?\)|\([^()\n]{1,120}\)"
    r"|[^\s.\[](?:[^\s]*[^\s.])?)[ \t]+){0,6}?\Z", re.I,  # (a link's title too: "[X](https://... "X's model")")
)
_FOR = lazy(r"\b(?:for|(?P<on>on|(?<=tuned[ \t])in|(?<=trained[ \t])in))[ \t]+", re.I)  # ("fine-tuned in QG")
# a title that is a name and what it is for: "# Math-RoBerta for NLP tasks in math learning environments"
_NAME_FOR = lazy(r"[ \t]*[\w.+-]+(?:[ \t]+[\w.+-]+){0,2}?[ \t]+for[ \t]+", re.I)
# or its task after a dash or a colon: "# Element Graph Encoders (v2.1) — academic multimodal retrieval"
# (or the style its images are made in: "### Fred Herzog Photography Style", "# Pastel Art Style LoRA")
# ("LivePortrait: Efficient Portrait Animation with ...", "DepthCrafter: Generating Consistent Long Depth Sequences")
# (after a spaced hyphen too: "# HydraView - Temporal Action Detection")
_TITLE_TASK = lazy(rf"(?:[—–:]|[ \t]-)[ \t*_]+(?:(?:[\w&-]+[ \t]+){{0,5}}?{TASK_NOUN}(?:[ \t]*\Z|[ \t]+(?:with|via|"
                   r"using|through)[ \t])|(?:generat|translat|detect|segment|classify|recogniz|transcrib|summariz|"
                   r"animat|estimat|predict|restor)ing[ \t]+\w)"
                   # (one way only to split a run of blanks: a long run of tabs took quadratic time)
                   # (or the first part's last words, before a dash: "# Road Damage Detection AI — SSD-MobileNetV2")
                   rf"|\A[ \t*_]*(?:[\w&-]+[ \t]+){{1,4}}?{TASK_NOUN}(?:[ \t]+(?:AI|model|system))?[ \t]+[—–][ \t]"
                   r"|\b(?:[\w'-]+[ \t]+){1,4}?(?:(?:photography|art|painting|drawing|anime|illustration|portrait)"
                   r"[ \t]+)?style(?:[ \t]+(?:lora|model|embedding|checkpoint|v?\d[\w.]*))?[\W_]*\Z", re.I)
# (or the task after the tool it serves and a colon: "Trained checkpoints for **[HerbivoR](...)** (or your local
# clone): contour / ROI completion and herbivory damage segmentation")
# (or the role it was made for: "A LoRA adapter fine-tuned from X for a restrained Publius-like constitutional
# assistant")
_FOR_TASK = lazy(r"(?:(?:\*\*)?\[[^\]\n]{1,80}\]\([^)\s]{0,300}\)(?:\*\*)?[ \t]*(?:\([^()\n]{1,60}\)[ \t]*)?:[ \t]+)?"
                 rf"(?:the[ \t]+)?(?!any\b)(?:task[ \t]+of[ \t]+|speciali[sz]ation[ \t]+in[ \t]+)?(?:{TASK})"
                 r"|an?[ \t]+(?:[\w-]+[ \t]+){0,4}?(?:assistant|co-?pilot|chat-?bot|tutor|companion)\b", re.I)
# or trained "on" a task by its name: "fine-tuned on binary sentiment classification from Yelp polarity" (a task's
# noun only: "trained on existing datasets" is no task)
_MAY_BE = lazy(r"\b(?:can|could|may|might|should|must|to|will)[ \t]+(?:also[ \t]+|easily[ \t]+)?be[ \t]+\Z", re.I)
# (or tasks of a kind: "## Fine-tuning on NLU tasks", "fine-tuned on downstream tasks")
_ON_TASK = lazy(rf"(?:the[ \t]+)?(?:[\w&-]+[ \t]+){{0,4}}?(?:{TASK_NOUN}\b(?![ \t]+(?:model|models)\b)|"
                r"(?:[\w&-]+[ \t]+)tasks\b)", re.I)

# an intended-use sentence holds one of these words, its match within this many characters of it
# what it does, by a task's verb: "It translates Ainu to Japanese", "The model classifies tweets", "This model
# generate the text of ..." (the model or "it" as the subject); searched on its own, since "it" is everywhere
_DOES = lazy(  # (or after what it takes: "a model which will take keywords as inputs and generate sentences")
    r"\b(?:it|models?)[ \t]+(?:(?:that|which)[ \t]+)?(?:(?:can|will|should)[ \t]+)?(?:\w+ly[ \t]+)?(?:"
    r"(?:takes?[ \t]+[^.\n]{1,60}?[ \t]+as[ \t]+(?:(?:its|an|the)[ \t]+)?inputs?[ \t]+and[ \t]+"
    # (or what it gives back for it: "takes phonemes as an input and outputs wav data of a voice")
    r"(?:(?:returns?|outputs?|produces?|yields?|emits?)\b|" + DOES_VERBS + "))|" + DOES_VERBS + ")", re.I,
)
# the same with another subject, or the tasks it handles ("EchoGPT is a fine-tuned LLM that handles echocardiography
# report summarization tasks"), and a doer of its task opening a line, in lower case ("Fine-tuned structurally
# pruned YOLOv8n detector for the six DeepPCB defect classes"; not a label's name, "- Golden Retriever: 90%"), or a
# game it plays ("a policy+value transformer that plays chess"; not "plays a key role"): read around their own words
_DOES_MORE = lazy(
    r"\b(?:it|model|llm|adapter|network|agent|system|transformer|policy|net)[ \t]+(?:(?:that|which)[ \t]+)?"
    r"(?:(?:can|will|should)[ \t]+)?(?:\w+ly[ \t]+)?(?:" + DOES_VERBS + r"|(?:handle|perform|solve|tackle)s?[ \t]+"
    r"(?:[\w-]+[ \t]+){0,4}?tasks?\b|plays?[ \t]+(?!(?:a|an|the|its|no|some|any)\b)\w)"
    rf"|(?m:^)[ \t]*(?:[*_]{{0,2}}[\w&-]+[*_]{{0,2}}[ \t]+){{0,5}}?(?-i:{DOER})\b"
    # (in capitals too, for what it is made for: "Tokenizer, POS-Tagger and Dependency-Parser for Classical Chinese")
    rf"|(?m:^)[ \t]*(?:[*_]{{0,2}}[\w&,-]+[*_]{{0,2}}[ \t]+){{0,5}}?(?:[\w]+-)?{DOER}s?[ \t]+for[ \t]+\w",
    re.I,
)
# a doer after an article, far from it, past words in bold or a parenthesis ("a Vision Transformer (ViT) based
# **Kuzushiji** classifier"): read around the doers' own words only
_A_DOER = lazy(rf"\b(?:a|an)[ \t]+(?:(?:\([^()\n]{{1,30}}\)|[*_]{{0,2}}[\w&.-]+[*_]{{0,2}})[ \t]+){{0,6}}?"
               rf"(?-i:{DOER})\b", re.I)
_DOES_MORE_WORDS = ("llm", "adapter", "network", "agent", "system", "classifier", "detector", "tagger", "summari",
                    "translator", "recogni", "retriever", "ranker", "parser", "captioner", "segmenter", "encoder",
                    "transformer", "policy", "net ", "predictor", "estimator", "scorer", "forecaster", "router")
DOES_MORE_REACH = 80
HEADINGS = 50  # the headings read for what the model was made for ("## A tiny GPT2 model for generating Hebrew text")
PURPOSE_REACH = 160  # after a verb of making, the words and links up to its purpose (links' addresses not counted)


def states_intended_use(card: Card) -> bool:
    """Whether a sentence, or the title, says what the model is intended or meant for, or its usage code runs it on a
    task ("# bert-base-cased fine-tuned on PAWS-X-de for Paraphrase Identification", "### Generate Arabic reviews")."""
    title = title_text(card)
    # (the title's first part too: "## INTERPRESS TURKISH NEWS CATEGORY CLASSIFICATION MODEL - TEST - v0.2")
    if (runs_a_task(card) or names_a_task(title) or names_task_in_other_languages(title) or _DOER_TITLE.search(title)
            or _DOER_TITLE.search(_TITLE_PARTS.split(title, maxsplit=1)[0])
            or _OPENS_VERB.match(title) or any(_OPENS_VERB.match(part) for part in _TITLE_PARTS.split(title)[1:3])
            or ((m := _NAME_FOR.match(title)) is not None and _FOR_TASK.match(title, m.end()))
            or _TITLE_TASK.search(title) is not None or states_intent(title[:300]) or uses_by_headings(card)
            # (or a model named by its task: "# Hyperion Toolkit Speaker Verification pre-trained Model")
            or _TITLE_TASK_MODEL.match(title) is not None
            # (a title that is a sentence of its use: "# This model is specifically designed for legal domain.")
            or INTENDED.search(title[:300]) is not None
            or task_in_table(card)
            or any(_made_for(h.text) or converts(h.text) for h in card.body.headings[:HEADINGS])):
        return True
    text = prose_text(card)
    low = text.lower()
    # (or the Trainer's sentence names one as its dataset: "fine-tuned version of [X](...) on the
    # MOZILLA-FOUNDATION/COMMON_VOICE_8_0 - FR dataset", a link between the verb and the set)
    if (("you can " in low and uses_by_title(title, text)) or _DOES.search(text) or names_a_benchmark(text)
            or names_a_benchmark_title(title) or _named_does(title, text) or generator_title(title)
            or any(names_a_benchmark_title(d.text) for s in trainer_sentences(card) for d in s.datasets)):
        return True
    if (("environment" in low and _ACTS_IN.search(text)) or acts_in_named_environment(card, text)
            or _intro_names_task(card)):
        return True
    if "autogenerated by huggingpics" in low:  # HuggingPics' card: an image classifier of the classes it shows
        return True
    return (INTENDED.search(text) is not None or _made_for(text) or kind_by_task(text, low) or used_by_tools(text)
            or found_near(_TASK_MODEL, text, _TASK_MODEL_WORDS, DOES_MORE_REACH)
            or found_near(_DOES_MORE, text, _DOES_MORE_WORDS, DOES_MORE_REACH)
            or found_near(_A_DOER, text, DOER_WORDS, DOES_MORE_REACH) or task_by_dataset(text)
            or states_what_it_does(text) or states_intent(text) or intended_in_other_languages(text)
            or example_shows_task(text) or _kind_for_task(text))


# a model's kind with its task in brackets after it: "This is a base language model (text completion)", "a small
# classifier (sentiment analysis)"
_KIND_TASK = lazy(r"\b(?:model|classifier|encoder|detector|tagger|recogni[sz]er|network|adapter|lora|checkpoint)s?\**"
                  r"[ \t]*\((?P<task>[^()\n]{2,60})\)", re.I)


def _kind_for_task(text: str) -> bool:
    """Whether a model's kind is followed by its task in brackets (one of the Hub's names for tasks)."""
    return "(" in text and any(names_a_task(m["task"]) for m in _KIND_TASK.finditer(text))


def _named_does(title: str, text: str) -> bool:
    """Whether a sentence opens with the model's name, its title, and says what it does by a task's verb ("VTS
    (Voice To Sound) generates sound effects from ...", under "# VTS")."""
    name = _CARD_WORDS.sub("", title.strip(" *_`"))  # (its name without "Model Card": "# Dyna-1 Model Card")
    if not 2 <= len(name) <= 40:
        return False
    i = text.find(name)
    while i >= 0:
        # (at a line's or a sentence's start, after a bold label too: "- **Accurate Cloning.** OpenVoice can clone";
        # or after an opening clause: "Given a sequence and/or structure, Dyna-1 will predict the probability ...")
        before = text[max(0, i - 8) : i].rstrip(" *_`")
        if (not before or before[-1] in "\n.!?:,") and _NAMED_DOES.match(text, i + len(name)):
            return True
        i = text.find(name, i + 1)
    return False

_CARD_WORDS = lazy(r"[ \t]+(?:model[ \t]+)?card\Z", re.I)

# (or uses something to do it: "StabilityArc uses frozen ESMC-600M sequence embeddings to predict single amino-acid
# substitution effects")
_NAMED_DOES = lazy(rf"[*_`]{{0,2}}[ \t]+(?:\([^)\n]{{1,80}}\)[ \t]+)?"
                   rf"(?:(?:(?:can|will)[ \t]+)?(?:\w+ly[ \t]+)?{DOES_VERBS}"
                   rf"|(?:uses|applies|combines|leverages)\b[^.\n]{{0,120}}?[ \t]to[ \t]+{DOES_VERBS})", re.I)

# a title that ends with a doer of its task ("# TUNiB-Electra Stereotype Detector"), or names one after the name and a
# colon ("# ColQwen2: Visual Retriever based on Qwen2-VL-2B"); a tokenizer's title too ("# Hindi BPE Tokenizer"),
# and static embeddings' ("# KGR10 word2vec Polish word embeddings", "# Hungarian word vectors for HuSpaCy")
_DOERS = (r"(?:classifier|detector|tagger|summari[sz]er|translator|recogni[sz]er|retriever|re-?ranker|parser|captioner|"
          r"segmenter|transcriber|predictor|estimator|scorer|forecaster|router|vocoder|synthesi[sz]er|upscaler|"
          r"denoiser|paraphraser|rewriter|corrector|extractor|punctuator|punctuation[ \t]+marker|chat-?bot|"
          r"tokeni[sz]er|(?:word|sentence|document|static)[ \t-]+(?:embedding|vector))s?")
# ("# Himachali → Hindi Translator (mT5)", "# WD EVA02-Large Tagger v3")
_DOER_TITLE = lazy(rf"\b{_DOERS}(?:[ \t]*\([^()\n]{{1,40}}\))?(?:[ \t]+v\d[\w.]*)?[\W_]*\Z"
                   rf"|\A(?:[^:\n]{{1,40}}:[ \t]+|[ \t]*)(?:[\w-]+[ \t]+){{0,3}}?{_DOERS}[ \t]+"
                   r"(?:based|for|with|from|using|fine-?tuned|finetuned|trained)\b"
                   # or a model named by its task: "# Cursive Chinese Calligraphy Recognition Model"
                   rf"|\b{TASK_NOUN}[ \t]+models?[\W_]*\Z"
                   # or a title that is its task, before what does it: "# Handwritten Digit Classification — CNN +
                   # Transformer Hybrid"
                   # (or on what: "# Graph Classification on SNAP Reddit Threads")
                   rf"|\A[^\w\n]*(?:[\w-]+[ \t]+){{0,3}}{TASK_NOUN}[ \t]*(?:[—–:|]|[ \t]-[ \t]|\Z|[ \t]+on[ \t]+\w)",
                   re.I)
_IMAGES = lazy(r"!\[[^\]\n]{0,300}\]\([^)\s]{0,500}\)")
OPENING_WORDS = 8  # the first words of the card's first paragraph, read for the task it opens with
OPENING_CHARACTERS = 60  # or its first characters, in a script written without spaces


def _intro_names_task(card: Card) -> bool:
    """Whether the card's first paragraph opens with the model's task by one of the Hub's names for it ("Named Entity
    Recognition (Token Classification Head) for Serbian", "Silero VAD model micro", "Multilingual sentiment
    classification of Arabic reviews"): a label that says what the model does. (Later words may name a task the
    model was only compared on or could be fine-tuned for: "... and can be fine-tuned on NER".)"""
    root = card.body.root
    title = next((s for s in root.children if s.level == 1), root.children[0] if root.children else None)
    blocks = root.blocks + (title.blocks if title is not None else [])
    blocks = [x for b in blocks for x in (b.children if b.kind == "quote" else [b])]  # (a quote's paragraphs too)
    # (not a picture alone: "![aurasr example](...)" over "GAN-based Super-Resolution for upscaling generated images")
    first = next((b for b in blocks if b.kind == "paragraph" and _IMAGES.sub("", b.text).strip()
                  and not _NOTE.match(b.text)), None)  # (nor a note over it: "*Note: model needs to be trained ...*")
    if first is None:
        return False
    # its words, not its links' addresses or repositories' names ("bert-base-nli-stsb-mean-tokens", "Slavic-BERT-NER")
    # (a family made for one task keeps its digits: "YOLOv8s trained on solar panels dataset")
    words = [w for w in strip_urls(first.text[:400]).split() if (not ID_LIKE.search(w) or task_family(w))
             and "/" not in w and "://" not in w
             and (w.count("-") < 2 or w.strip("*_,.;:()").lower() in HYPHENED_TASKS)]
    opening = " ".join(words[:OPENING_WORDS])
    # (Chinese and Japanese are written without spaces: their first characters, whatever they hold)
    return (names_a_task(opening) or _OPENS_DOING.match(first.text) is not None
            or bool(_OPENS_TASK_MODEL.match(first.text)) or bool(_TITLE_TASK.search(first.text[:99].partition("\n")[0]))
            # (a link's address not counted: "本仓库是基于 [RVC](https://github.com/...) 框架微调的 ... 语音转换模型")
            or names_task_in_other_languages(opening if first.text.isascii()
                                             else strip_urls(first.text[:400])[:OPENING_CHARACTERS])
            or _names_its_task(title.title if title is not None else "", first.text[:400]))


# the model's name and its task, in the opening paragraph: the title of its paper, linked ("the checkpoint from
# the paper [DeltaVLM: Interactive Remote Sensing Image Change Analysis via Instruction-guided Difference
# Perception](...)"),
# or an apposition ("Weights for **SAM3D-Part**, interactive part-level 3D generation: click a part ...")
_LINK_TEXT = lazy(r"\[([^\]\n]{3,200})\]\(")
_APPOSED_TASK = lazy(rf"(?<![\w.+-])([\w.+-]{{3,}})[*_`]{{0,2}},[ \t]+(?:an?[ \t]+|the[ \t]+)?(?:[\w&-]+[ \t]+){{0,5}}?"
                     rf"{TASK_NOUN}\b", re.I)


def _names_its_task(title: str, text: str) -> bool:
    """Whether the opening paragraph gives the name the card's title opens with, then its task: in the title of a
    linked paper ("<name>: <task> via ...") or in an apposition ("<name>, <task>")."""
    words = title.split()
    name = words[0].strip(" *_#`:,").lower() if words else ""
    if len(name) < 3 or name not in text.lower():
        return False
    for m in _LINK_TEXT.finditer(text):
        before, colon, after = m.group(1).partition(":")
        if colon and before.strip(" *_").lower() == name and _TITLE_TASK.search(":" + after):
            return True
    return any(m.group(1).lower() == name for m in _APPOSED_TASK.finditer(text))

# or with what the model does, the subject left out: "Translates Himachali dialects (Bilaspuri, Mandeali) into Hindi."
_NOTE = lazy(r"[ \t*_>]*note\b", re.I)  # (a note above is skipped; emoji may open the line: "🗣 🇺🇸 Classify ...")
_VERB_FIRST = (r"[^\w\n]{0,16}(?:Translate|Classif(?:y|ie)|Detect|Predict|Generate|Summari[sz]e|Transcribe|Answer|"
               r"Recogni[sz]e|Segment|Caption|Paraphrase|Forecast|Estimate|Identif(?:y|ie)|Retrieve|Rank|Recommend|"
               r"Score|Tag|Label)s?[*_]{0,2}[ \t]+\w")
_OPENS_VERB = lazy(_VERB_FIRST, re.I)  # (a title too: "### Generate Arabic reviews"; not "Notes on the generation")
# (or a title's part after its name: "## DALL·E mini - Generate images from text")
_TITLE_PARTS = lazy(r"[ \t]+[-–—|][ \t]+|:[ \t]+")
# (or opens with the task it does, a quote's line too: "> **Open hotword detection for private voice systems.**")
_OPENS_DOING = lazy(_VERB_FIRST + rf"|[ \t*_>]*(?:[\w&-]+[ \t]+){{0,3}}?{TASK_NOUN}[*_]{{0,2}}[ \t]+(?:for|of|in|on)"
                    r"[ \t]+\w", re.I)

# a reinforcement-learning model by the environment it acts in: "A(n) APPO model trained on the
# doom_health_gathering_supreme environment", "a DQN agent capable of landing in the Gymnasium LunarLander-v3
# environment" (searched on its own: the sentence runs longer than the windows around the words above)
_ACTS_IN = lazy(r"\b(?:trained|agents?)\b[^.\n]{0,80}?\b(?:on|in|for)[ \t]+(?:the[ \t]+)?"
                r"(?:[*_`]{0,2}[\w.-]+[*_`]{0,2}[ \t]+){1,3}environments?\b", re.I)
def _made_for(text: str) -> bool:
    """Whether a "for" that a task follows is what the model was made for (``_MADE_FOR`` just before it)."""
    for m in _FOR.finditer(text):
        on = m.group("on")
        if not on and language_pair(text, m.start(), m.end()):  # ("finetuned on ... the UN corpus for en_ar")
            return True
        if not (_ON_TASK if on else _FOR_TASK).match(text, m.end()):
            continue
        # ("built on top of [`sentence-transformers/...`](https://huggingface.co/...) for matching ...")
        made = _MADE_FOR.search(text, back_over_links(text, m.start(), PURPOSE_REACH), m.start())
        # (models "on" tasks are others compared with it: "outperforms previous state-of-the-art models on three
        # downstream tasks"; a verb after them may still say it: "Models fine-tuned on narrow multimodal tasks")
        while on and made and made.group("several"):
            made = _MADE_FOR.search(text, made.start() + 1, m.start())
        # (what it could be fine-tuned on is a possibility: "can be fine-tuned on NER")
        if made and not (on and _MAY_BE.search(text, max(0, made.start() - 24), made.start())):
            return True
    return False
