"""The best-known architectures, which a title of words names as the model's kind (``missing-section``)."""

from __future__ import annotations

import re

from .lazyre import lazy

# the best-known architectures, which a title of words names as the model's kind ("# German BERT with old
# vocabulary"): read in titles only, where a repository's name ("bert-base-cased") is no sentence of words
_ARCHITECTURE = lazy(
    r"\b(?:bert|roberta|electra|albert|distilbert|gpt(?:-?[234j]|-?neox?)?|t5|mt5|byt5|bart|mbart|xlnet|deberta|"
    r"xlm(?:-roberta)?|wav2vec2?|whisper|hubert|vit|clip|llama|mistral|bloom|falcon|gemma|qwen|dialogpt|pegasus|"
    r"longformer|bigbird|camembert|flaubert|herbert|mpnet|minilm|ernie|convbert|funnel|layoutlm|"
    # and vision and speech ones ("# Unet Model Card", segmentation-models-pytorch's title)
    r"u-?net(?:\+\+)?|resnet\d*|yolo(?:v?\d+\w?)?|detr|segformer|mask2former|swin|convnext|efficientnet\w*|"
    r"mobilenet\w*|deeplab(?:v3\+?)?|dinov[23]|conformer|tacotron2?|fastspeech2?|lstm|cnn)\b",
    re.I,
)


def names_architecture(text: str) -> bool:
    """Whether ``text`` names one of the best-known architectures ("BERT", "RoBERTa", "wav2vec2", "T5")."""
    return _ARCHITECTURE.search(text) is not None
