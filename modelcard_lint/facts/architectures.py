"""What kind of thing a model is, as a short paragraph or a title says it (``missing-section``): a word for a
model's kind, or one of the best-known architectures."""

from __future__ import annotations

import re

from ..hub.languages import language_hints
from .lazyre import lazy

# the best-known architectures, which a title of words names as the model's kind ("# German BERT with old
# vocabulary"): read in titles only, where a repository's name ("bert-base-cased") is no sentence of words
_ARCHITECTURE = lazy(
    r"\b(?:bert|roberta|electra|albert|distilbert|gpt(?:-?[234j]|-?neox?)?|t5|mt5|byt5|bart|mbart|xlnet|deberta|"
    r"xlm(?:-roberta)?|wav2vec2?|whisper|hubert|vit|clip|llama|mistral|bloom|falcon|gemma|qwen|dialogpt|pegasus|"
    r"longformer|bigbird|camembert|flaubert|herbert|mpnet|minilm|ernie|convbert|funnel|layoutlm|"
    # and vision and speech ones ("# Unet Model Card", segmentation-models-pytorch's title)
    r"u-?net(?:\+\+)?|resnet\d*|yolo(?:v?\d+\w?)?|detr|segformer|mask2former|swin|convnext|efficientnet\w*|"
    r"mobilenet\w*|deeplab(?:v3\+?)?|dinov[23]|conformer|tacotron2?|fastspeech2?|lstm|cnn"
    # and BERT's kin named by a prefix in capitals ("SBERT-Large", "RuBERT", "BioBERT"; not "Robert" or "Hubert")
    r"|(?-i:[A-Z][A-Za-z]{0,10}BERT))\b",
    re.I,
)


def names_architecture(text: str) -> bool:
    """Whether ``text`` names one of the best-known architectures ("BERT", "RoBERTa", "wav2vec2", "T5")."""
    return _ARCHITECTURE.search(text) is not None


SHORT_DESCRIPTION = 4  # words of a paragraph that names the model's kind
DISTINCT = 5  # a description holds this many different words at least (not a link text repeated, "free robux")
_KIND = lazy(
    r"\b(?:models?|checkpoints?|adapters?|networks?|pipelines?|transformers?|encoders?|decoders?|classifiers?|"
    r"taggers?|recogni[sz]ers?|embeddings?|fine(?:-|[ \t])?tuned|pre-?trained|distilled|lora|loras|"  # ("fine tuned")
    # or a doer of its task: "The most accurate visual document retriever"
    r"retrievers?|re-?rankers?|detectors?|segmenters?|parsers?|translators?|summari[sz]ers?|captioners?|embedders?|"
    r"forecasters?|vocoders?|synthesi[sz]ers?|upscalers?|denoisers?|punctuators?|annotators?|normali[sz]ers?|"
    r"(?:punctuation|entity|boundary)[ \t]+markers?)\b"  # ("A Classical Chinese Punctuation Marker.")
    # or another model's variant: "Uncensored version of [google/gemma-4-26B-A4B-it](...) with refusal behavior removed"
    r"|\b(?:version|variant|fork|derivative)[ \t]+of[ \t]+\S|模型|モデル|모델"
    # or a tokenizer, the paragraph's subject: "Toy Wordlevel Tokenizer created for testing." (a tokenizer's own
    # repository; not "The Usage of tokenizer for Lao is in ...", "Please use BertTokenizerFast as tokenizer")
    r"|^[ \t*_]*(?:(?:an?|the|this)[ \t]+)?(?:(?!of\b|use\b)[\w-]+[ \t]+){0,3}?tokeni[sz]er[ \t]+(?:created|made|built|"
    r"trained|for|that|which)\b"
    # (or a fine-tune, the noun after its article: "A custom finetune of GPT-2 trained on ... victorian literature")
    r"|\b(?:an?|the|this|my|our)[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:fine-?tune|finetune)[ \t]+of\b"
    # or a kind of AI or bot, after its article, ending its noun phrase: "An generative AI made using
    # [microsoft/DialoGPT-small](...)", "A Discord chatbot that talks like ..." (not "the Acme AI team")
    r"|\b(?:an?|the|this)[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:(?-i:AI)|chat-?bots?|bots?|LLMs?|assistants?)"
    r"(?=[ \t]*(?:[.,;:!)]|$)|[ \t]+(?:made|built|trained|fine-?tuned|tuned|that|which|who|for|based|created|"
    r"developed|using|with|to|from|of|in|on)\b)",
    re.I,
)


def describes_model(text: str, words: int) -> bool:
    """Whether a paragraph of ``words`` words (link targets and URLs not counted: ``text`` without them) names
    what kind of thing the model is (or, in two words, a language's name and an architecture: "Swedish RoBERTa")."""
    return (words >= SHORT_DESCRIPTION and (names_kind(text) or (
        _TRAINED.search(text) is not None and names_architecture(text)))) or language_and_architecture(text)


# (or an architecture trained: "Trained GPT2-XL on "Choose Your Own Adventure" stories")
_TRAINED = lazy(r"\b(?:trained|retrained)\b", re.I)


def language_and_architecture(text: str) -> bool:
    """Whether ``text`` is two words, a language's name and an architecture's ("Swedish RoBERTa", "BERT Persian"; not a
    repository's name beside one, "samyarn-bert-base-multilingual-cased kao")."""
    two = [w.strip("*_`.,:") for w in text.split()]
    if len(two) != 2:
        return False
    hints = language_hints()
    return any(("name", a.lower()) in hints and _ARCHITECTURE.fullmatch(b) is not None for a, b in (two, two[::-1]))


def names_kind(text: str) -> bool:
    """Whether ``text`` names a kind of model ("model", "checkpoint", "classifier", "fine-tuned", 模型 ...)."""
    return _KIND.search(text) is not None
