"""Training data said by describing or counting it rather than naming it, as ``coverage.states_training_data`` reads
it: a described training corpus ("a predominantly English training corpus"), a curated set counted or made by hand
("a carefully curated dataset of approximately 6,000 images"), samples counted ("on 100k samples of high-quality
ranking data"), data counted for training ("Using only 35k WSIs for training") or after the verb ("trained ... using
9,923 clips") and another model's data ("the same training data as X"). (Not the data's date alone:
reviewers read "Knowledge cutoff: Mid-2024" as saying nothing of what the data is.)
Each pattern is tried only around its words (``DESCRIBED_WORDS``, " training", ...)."""

from __future__ import annotations

import re

from .anchors import found_near
from .lazyre import lazy

# or its training corpus, described: "Due to a predominantly English training corpus", "our synthetic training set"
# (not "the training data", nothing said of it)
DESCRIBED_CORPUS = lazy(
    r"\b(?:an?|the|its|our)[ \t]+(?:(?:predominantly|mostly|largely|mainly|primarily|entirely|exclusively)[ \t]+)?"
    r"(?:(?-i:[A-Z][a-z]+)(?:[ \t]+and[ \t]+(?-i:[A-Z][a-z]+))?|multilingual|bilingual|monolingual|synthetic|"
    r"proprietary|in-house|curated)[ \t]+(?:pre-?training|training|fine-?tuning)[ \t]+(?:corpus|corpora|data(?:set)?|"
    r"set)\b"
    # (or a curated set counted, that a training process used: "fine-tuning process using a carefully curated dataset of
    # approximately 6,000 images")
    # (or one made by hand for its kind of model: "This fine-tuned version is based on a hand-curated dataset for
    # text-to-image models")
    r"|\b(?:using|with|on)[ \t]+(?:an?|the|our)[ \t]+(?:[\w-]+[ \t]+)?(?:curated|collected|custom|filtered|synthetic|"
    r"proprietary|in-house|private)[ \t]+dataset[ \t]+of[ \t]+(?:about[ \t]+|approximately[ \t]+|around[ \t]+|"
    r"over[ \t]+|~[ \t]*)?\d"
    r"|\bbased[ \t]+on[ \t]+(?:an?|our)[ \t]+(?:hand-?|manually[ \t-]|carefully[ \t-])curated[ \t]+dataset[ \t]+"
    r"(?:of|for)\b"
    # (or counted samples of a kind of data a fine-tune took: "fine-tune of X on 100k samples of high-quality ranking
    # data")
    r"|\b(?:tune[ds]?|tuning|trained|training)[ \t]+(?:of[ \t]+[^\s]+[ \t]+)?on[ \t]+\d[\d,.]*[ \t]*[kmb]?[ \t]+"
    r"(?:samples|examples|pairs)[ \t]+of\b", re.I)
DESCRIBED_WORDS = ("training corp", "training data", "training set", "tuning corp", "tuning data", "tuning set",
                    "dataset of", "dataset for", "samples of", "examples of", "pairs of")
# or counted, what it was trained with: "Using only 35k WSIs for training, EXAONE Path 2.0 achieves ..."
COUNTED_FOR_TRAINING = lazy(
    r"\b(?:using|with)[ \t]+(?:only[ \t]+|just[ \t]+|about[ \t]+|around[ \t]+|over[ \t]+)?\d[\d,.]*[ \t]*[kmb]?[ \t]+"
    r"(?!(?:[\w-]+[ \t]+)?(?:gpus?|tpus?|cpus?|nodes?|cores?|machines?|devices?|workers?|hours?|days?|minutes?|epochs?|"
    r"steps?|iterations?|[a-z]?\d{2,4}s?)\b)"  # (not the hardware or the time: "Using 8 GPUs for training")
    r"(?:[\w-]+[ \t]+){0,2}?(?:for|in)[ \t]+(?:the[ \t]+)?(?:pre-?|fine-?)?training\b", re.I)
# or counted after the verb, in items of data: "trained from the original weights with offset noise using 9,923 clips
# and 29,769 tagged frames" (not the hardware, "trained on 8 GPUs", nor the time)
COUNTED_BY_VERB = lazy(
    r"\b(?:trained|fine-?tuned|finetuned|tuned|fine-?tuning|training)\b(?:\[[^\]\n]{0,80}\]\([^)\s]{0,200}\)|[^.\n])"
    r"{0,100}?"
    r"\b(?:using|with|on|from)[ \t]+(?:only[ \t]+|just[ \t]+|"
    r"about[ \t]+|approximately[ \t]+|around[ \t]+|over[ \t]+|~[ \t]*)?\d[\d,.]*(?:[ \t]*(?:[kKmM]\+?|thousand|"
    r"million))?[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:images|clips|frames|videos|photos|pictures|samples|examples|pairs|"
    r"sentences|documents|utterances|recordings|conversations|dialogues|texts|songs|tracks|articles|tweets|reviews)\b"
    # (not a batch's: "8 samples per batch")
    r"(?![ \t]+(?:per|each|at[ \t]+a[ \t]+time|in[ \t]+(?:a|each)[ \t]+batch)\b)",
    re.I)
COUNTED_BY_VERB_WORDS = ("trained", "tuned", "tuning", "training")
# or the same data as another model's, which names it there: "use the same training data and strategies as the
# gte-Qwen2-7B-instruct model", "trained on the same dataset as X" (not "the same data format as")
SAME_DATA = lazy(
    r"\b(?:uses?|used|using|shares?|shared|trained[ \t]+on|tuned[ \t]+on|with)[ \t]+the[ \t]+same[ \t]+"
    r"(?:(?:pre-?|fine-?)?training[ \t]+)?(?:data(?:sets?)?|corpus|corpora|training[ \t]+set)"
    r"(?:[ \t]+(?:and|&)[ \t]+[\w-]+)?[ \t]+(?:as|like)\b"
    # (or compared in the sentence before: "Compared to the gte-Qwen1.5-7B-instruct model, the gte-Qwen2-7B-instruct
    # model uses the same training data and training strategies")
    r"|\b(?:uses?|used|using|shares?|shared)[ \t]+the[ \t]+same[ \t]+(?:pre-?|fine-?)?training[ \t]+(?:data(?:sets?)?|"
    r"corpus|corpora)\b"
    # (or said as a note: "Same Dataset used as Stheno v3.2 -> See notes there.")
    r"|\bsame[ \t]+(?:training[ \t]+)?(?:data(?:sets?)?|corpus)[ \t]+(?:was[ \t]+|is[ \t]+)?used[ \t]+as\b", re.I)
SAME_DATA_WORDS = ("the same", "same data", "same training", "same corpus")

# or data used for its training, by kind ("We used large-scale Chinese data for incremental pre-training"), a set of
# paired records it was trained on ("trained on a large dataset of paired 3D and text data"; not "a large corpus of
# text data", which says nothing of it), open data only ("By
# training only on open-source datasets"; not "trained on public datasets", which says nothing of which)
USED_FOR_TRAINING = lazy(
    r"\b(?:used|using|use|uses)[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:data|corpus|corpora|datasets?)[ \t]+for[ \t]+"
    r"(?:(?:incremental|continued|further|additional|the)[ \t]+)?(?:pre-?training|training|fine-?tuning)\b"
    r"|\btrained[ \t]+on[ \t]+(?:an?|the)[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:dataset|data[ \t]+set|corpus|collection)"
    r"[ \t]+of[ \t]+(?!(?:raw[ \t]+)?(?:text|textual|unlabell?ed)[ \t]+data\b)(?:[\w-]+[ \t]+){0,5}?"
    r"(?:data|pairs|texts|images|videos|recordings|documents)\b"
    r"|\btrain(?:ed|ing)[ \t]+(?:only|exclusively|solely|entirely)[ \t]+on[ \t]+"
    r"(?:publicly[ \t]+available|open-?source|public|open|licensed|permissively[ \t]+licensed)[ \t]+"
    r"(?:data(?:sets?)?|corpora|corpus)\b", re.I)
# or tokens of a kind it was trained on: "has undergone pre-training with 1.4T bilingual tokens"
KIND_OF_TOKENS = lazy(
    r"\b(?:pre-?training|trained|training)\b[^.\n]{0,40}?(?<![\w.])\d[\d.,]{0,6}[ \t]*"
    r"(?:[BMT]|billion|trillion|million)[ \t]+(?:bilingual|multilingual|monolingual|code|web|high-quality|"
    r"(?-i:[A-Z][a-z]+))[ \t]+tokens\b", re.I)
# or the data a phase of training took: "In the instruction fine-tuning phase of the CogVLM, there are some English
# image-text data from the [MiniGPT-4](...), [LLAVA](...) ... projects"
PHASE_DATA = lazy(
    r"\b(?:fine-?tuning|training|pre-?training)[ \t]+(?:phase|stage)\b[^.\n]{0,80}?\b(?:data|datasets?|corpus|corpora)"
    r"[ \t]+(?:from|of)[ \t]+(?:the[ \t]+)?[\[*_`]{0,2}(?-i:[A-Z])", re.I)
# or what was done to it ("The dataset has been filtered to avoid extremely NSFW materials"), or its kind, the
# makers' own ("with our large-scale high-quality multimodal dataset"; not "a large amount of data")
DATA_WORKED = lazy(
    r"\b(?:the|our)[ \t]+(?:training[ \t]+)?(?:dataset|data|corpus)[ \t]+(?:has|have|was|were)[ \t]+(?:been[ \t]+)?"
    r"(?:carefully[ \t]+|heavily[ \t]+)?(?:filtered|cleaned|deduplicated|de-duplicated|curated)\b"
    r"|\b(?:with|on|using)[ \t]+our[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:multimodal|multilingual|bilingual|synthetic|"
    r"instruction|conversational|image-text|text-image|video|audio|speech|code|math|medical|legal|proprietary|"
    r"in-house|internal|curated)[ \t]+(?:dataset|data|corpus)\b", re.I)
DATA_WORKED_WORDS = ("filtered", "cleaned", "deduplicated", "de-duplicated", "curated", "with our", "on our",
                     "using our")
# or more of it than before ("Kandinsky 3.0 incorporates more data and specifically related to Russian culture"), or a
# share of another's ("requiring mere **0.1\\% (10k)** of the training data when compared to the original SAM-H")
DATA_SHARE = lazy(
    r"\bincorporates?[ \t]+(?:more|additional|new|extra)[ \t]+(?:training[ \t]+)?data\b"
    r"|(?<![\d.])\d+(?:\.\d+)?[ \t]*\\?%[ \t]*(?:\([^)\n]{1,20}\))?[*_]{0,2}[ \t]*of[ \t]+(?:the[ \t]+)?"
    r"(?:original[ \t]+)?training[ \t]+data\b", re.I)
# or its set counted in brackets ("re-caption the base set (5k images)"), its kind ("this is a realistic training
# set"), or a Hub dataset linked for a stage of training ("[OpenOrca](https://huggingface.co/datasets/...) and
# [MOSS](...) for alignment")
DATA_SET_KIND = lazy(
    r"\b(?:base|training|train|fine-?tuning)[ \t]+(?:data[ \t]*)?set[ \t]*\([ \t]*(?:~|about[ \t]+|around[ \t]+)?"
    r"\d[\d,.]*[ \t]*[kKmM]?[ \t]+(?:images|photos|pictures|samples|examples|clips|videos)\b"
    r"|\b(?:this|it)[ \t]+is[ \t]+an?[ \t]+(?:[\w-]+[ \t]+){1,2}?training[ \t]+(?:data[ \t]*)?set\b"
    r"|\]\(https?://huggingface\.co/datasets/[^)\s]{1,200}\)(?:\[[^\]\n]{0,80}\]\([^)\s]{0,200}\)|[^.\n]){0,80}?"
    r"\bfor[ \t]+(?:alignment|training|"
    r"fine-?tuning|pre-?training|instruction[ \t]+tuning|sft|dpo|rlhf)\b", re.I)
DATA_SET_KIND_WORDS = ("set (", "set(", "training set", "training data set", "/datasets/")
# or another's data it was tuned on ("Open Assistant's native fine-tune of Llama 30b on their dataset"), public data
# of a kind ("fine-tuned ... using publically available medical data"; not "publicly available data"), sets combined
# ("Its training protocol combines real and synthetic datasets"), sources used ("All considered potential data
# sources were included for final training")
DATA_OWNED = lazy(
    r"\bfine-?tunes?\b[^.\n]{0,60}?\bon[ \t]+(?:their|its|our)[ \t]+(?:own[ \t]+)?(?:dataset|data)\b"
    r"|\b(?:using|on|with)[ \t]+(?:publicl?y|publically|openly)[ \t]+available[ \t]+(?:[\w-]+[ \t]+){1,2}?"
    r"(?:data|datasets?|corpora)\b"
    r"|\btrain(?:ing|ed)?\b[^.\n]{0,40}?\bcombin\w*[ \t]+(?:[\w-]+[ \t]+){0,3}?datasets\b"
    r"|\bdata[ \t]+sources?[ \t]+(?:were|was)[ \t]+(?:included|used)[ \t]+(?:for|in)[ \t]+(?:the[ \t]+)?"
    r"(?:final[ \t]+)?training\b", re.I)
DATA_OWNED_WORDS = ("their data", "its data", "our data", "their own", "its own", "our own", "available", "combin",
                    "data source")
USED_FOR_TRAINING_WORDS = ("for pre", "for train", "for fine", "for incremental", "for continued", "for further",
                           "for additional", "for the", "dataset of", "data set of", "corpus of", "collection of",
                           "only on", "exclusively on", "solely on", "entirely on")


def describes_training_data(text: str) -> bool:
    """Whether ``text`` describes or counts the training data without naming it, or points to another model's."""
    return (found_near(DESCRIBED_CORPUS, text, DESCRIBED_WORDS, 80)
            or found_near(COUNTED_FOR_TRAINING, text, (" training",), 60)
            or found_near(COUNTED_BY_VERB, text, COUNTED_BY_VERB_WORDS, 140)
            or found_near(SAME_DATA, text, SAME_DATA_WORDS, 60)
            or found_near(USED_FOR_TRAINING, text, USED_FOR_TRAINING_WORDS, 120)
            or found_near(KIND_OF_TOKENS, text, (" tokens",), 80)
            or found_near(PHASE_DATA, text, (" phase", " stage"), 140)
            or found_near(DATA_WORKED, text, DATA_WORKED_WORDS, 80)
            or found_near(DATA_SHARE, text, ("incorporate", "training data"), 60)
            or found_near(DATA_SET_KIND, text, DATA_SET_KIND_WORDS, 260)
            or found_near(DATA_OWNED, text, DATA_OWNED_WORDS, 100))
