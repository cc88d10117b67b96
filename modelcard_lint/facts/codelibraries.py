"""The libraries a card's code loads its model with: the Python packages its code blocks import, by the name the
Hub's library list gives each (``import sentence_transformers`` is `sentence-transformers`)."""

from __future__ import annotations

import re

from ..card import Card
from .lazyre import lazy

# a package's top-level module and the Hub's key for it, for the libraries a card's code most often loads a model with
MODULES = {
    "transformers": "transformers", "sentence_transformers": "sentence-transformers", "timm": "timm",
    "diffusers": "diffusers", "peft": "peft", "open_clip": "open_clip", "ultralytics": "ultralytics",
    "stable_baselines3": "stable-baselines3", "nemo": "nemo", "speechbrain": "speechbrain", "keras": "keras",
    "fastai": "fastai", "spacy": "spacy", "flair": "flair", "espnet2": "espnet", "espnet": "espnet",
    "paddlenlp": "paddlenlp", "mlx_lm": "mlx", "pyannote": "pyannote-audio", "setfit": "setfit",
    "span_marker": "span-marker", "gliner": "gliner", "lerobot": "lerobot", "sklearn": "sklearn",
    "skops": "sklearn", "fasttext": "fasttext", "transformers_js": "transformers.js",
}
# an import at the start of a line of code: "import timm", "from sentence_transformers import SentenceTransformer"
_IMPORT = lazy(r"^[ \t]*(?:>>>[ \t]*)?(?:from[ \t]+([A-Za-z_][\w]*)[\w.]*[ \t]+import\b([^\n]*)"
               r"|import[ \t]+([A-Za-z_][\w]*))", re.M)
# what a library may be imported for besides loading the model: a tokenizer, a processor, a config (the model itself
# loaded by the author's own class: "from transformers import AutoTokenizer" beside "GitPulseModel.from_pretrained")
_HELPERS = lazy(r"[\s(),]*(?:\w*(?:Tokenizer|Processor|Config|FeatureExtractor)(?:Fast)?(?:[ \t]+as[ \t]+\w+)?"
                r"[\s(),]*)+\Z")


# runtimes that load a format's files themselves: beside one, transformers only tokenizes ("core.read_model(model.xml)"
# with openvino, the tokenizer from transformers)
RUNTIMES = frozenset({"openvino", "onnxruntime", "tflite_runtime", "coremltools", "ai_edge_litert", "executorch"})


def code_imports(card: Card) -> list[str]:
    """The Hub's keys of the libraries the card's code imports to load a model, in order."""
    keys: list[str] = []
    runtime = False
    for block in card.code_blocks:
        if "import" not in block.text:
            continue
        for m in _IMPORT.finditer(block.text):
            module = m.group(1) or m.group(3)
            if m.group(1) and _HELPERS.match(m.group(2)):
                continue  # (only a tokenizer or a config from it)
            runtime = runtime or module in RUNTIMES
            key = MODULES.get(module)
            if key is not None and key not in keys:
                keys.append(key)
    return [k for k in keys if not (runtime and k == "transformers")]
