"""What the metadata rules share: the keys the Hub reads, repository ids, model-index helpers.

Languages are in ``hub.languages`` and did-you-mean suggestions in ``hub.suggest``; every table is
read from ``data/`` on first use, so a card whose metadata has no ``language`` never loads the ISO
639 tables, and a valid value never loads the suggestion tables.
"""

from __future__ import annotations

import re

from ..card.yamlnode import Node

#: top-level keys the Hub or huggingface_hub read (ModelCardData's fields and the Hub's documented keys);
#: other keys are kept but unused
KNOWN_KEYS = frozenset(
    """language language_bcp47 language_details license license_name license_link license_details
    tags datasets metrics model-index pipeline_tag library_name base_model base_model_relation
    new_version widget inference thumbnail co2_eq_emissions model_name mask_token instance_prompt
    extra_gated_prompt extra_gated_fields extra_gated_heading extra_gated_description
    extra_gated_button_content finetuned_from buckets""".split()
)

#: tasks removed from the Hub's list, and what the Hub files those models under now
REMOVED_TASKS = {"conversational": "text-generation", "text2text-generation": "text-generation"}
# task types that the sentence-transformers library writes into model-index itself, from the evaluator
# a model was trained with, on every save of a card (sentence_transformers/model_card.py)
SENTENCE_TRANSFORMERS_TASKS = frozenset({
    "semantic-similarity", "information-retrieval", "triplet", "binary-classification", "paraphrase-mining",
    "reranking",
})

BASE_MODEL_RELATIONS = ("adapter", "merge", "quantized", "finetune")

#: the datasets library's packaged loaders (`load_dataset("json", data_files=...)`): names of file formats,
#: not of datasets; a card generator writes them when the data came from local files
LOADERS = frozenset(
    """arrow audiofolder csv imagefolder json pandas parquet sql text videofolder webdataset xml generator
    spark folder_based_builder""".split()
)

# a Hub repository id: `name` or `owner/name` (letters, digits, `-`, `_`, `.`; at most 96 characters)
_REPO_ID = re.compile(r"[A-Za-z0-9](?:[\w.-]*[\w])?(?:/[\w](?:[\w.-]*[\w])?)?\Z")
_HUB_URL = re.compile(r"https?://(?:www\.)?(?:huggingface\.co|hf\.co)/(datasets/)?([\w.-]+(?:/[\w.-]+)?)/?\Z")


def same_id(written: str, id_: str) -> bool:
    """Whether ``written`` is ``id_`` in other case or punctuation (`MIT`, `Apache 2.0`)."""
    squash = re.compile(r"[^a-z0-9]+")
    return squash.sub("", written.lower()) == squash.sub("", id_.lower())


def shown(node: Node) -> str:
    """A value as a message quotes it: `` `raw` ``, "empty", "a list" or "a mapping"."""
    if node.kind == "scalar":
        if node.value is None:
            return "empty"
        if not node.raw.strip():
            return '`""`'
        return f"`{node.raw if len(node.raw) <= 60 else node.raw[:57] + '...'}`"
    return "a list" if node.kind == "seq" else "a mapping"


# -- identifiers ------------------------------------------------------------


# huggingface_hub's cache names a repository's folder models--{org}--{name} (datasets--..., spaces--...)
_CACHE_PATH = re.compile(r"(?:^|[\\/])(?:models|datasets|spaces)--((?:(?!--)[\w.-])+)--((?:(?!--)[\w.-])+)(?:[\\/]|$)")


def repo_id_problem(text: str, kind: str = "model") -> tuple[str, str | None] | None:
    """Why ``text`` is not a Hub repository id, and the id it probably meant; None if it is one.

    ``kind`` is "model" or "dataset" (a dataset URL carries ``/datasets/``).
    """
    value = text.strip()
    if not value:
        return "it is empty", None
    if value.lower() in ("none", "null", "nan", "n/a", "-"):
        return f"`{value}` is a placeholder, not an id", None
    m = _HUB_URL.match(value)
    if m:
        return "it is a URL, not an id", m.group(2)
    if any(c.isspace() for c in value):
        return "it is prose, not an id", None
    if "://" in value or value.startswith("www."):
        return f"it is a link outside the Hub, not a {kind} id", None
    cached = _CACHE_PATH.search(value)
    if cached is not None:  # ("/home/x/.cache/huggingface/hub/models--Qwen--Qwen3-8B/snapshots/b968826d...")
        return "it is a path into the Hugging Face cache on the author's machine", f"{cached[1]}/{cached[2]}"
    if "\\" in value or re.match(r"[A-Za-z]:[\\/]", value):
        name = re.split(r"[\\/]", value.rstrip("\\/"))[-1]
        return "it is a Windows path on the author's machine", name or None
    if value.startswith(("/", "./", "../", "~")) or value.endswith("/"):
        name = value.rstrip("/").split("/")[-1]
        return "it is a local path on the author's machine", name if _REPO_ID.match(name) else None
    if value.count("/") > 1:  # ("data/out/final", "mozilla-foundation/common_voice_11_0/hi", "xsum/samsum/dialogsum")
        return (f"it holds {value.count('/')} slashes where an id holds one (`owner/name`): a local path, an id "
                f"with a configuration, or several {kind}s in one entry"), None
    if len(value) > 96 or not _REPO_ID.match(value) or "--" in value or ".." in value:
        return f"it is not a valid {kind} id", None
    return None


#: tasks whose models take no human language as input or output
NO_LANGUAGE_TASKS = frozenset(
    """image-classification object-detection image-segmentation depth-estimation image-to-image
    unconditional-image-generation video-classification tabular-classification tabular-regression
    time-series-forecasting reinforcement-learning robotics voice-activity-detection image-feature-extraction
    mask-generation keypoint-detection graph-ml image-to-3d image-to-video video-to-video audio-to-audio
    zero-shot-image-classification""".split()
)


# -- model-index ------------------------------------------------------------


def model_index_results(meta: Node) -> list[tuple[Node, Node]]:
    """(entry, result) for every result mapping under ``model-index`` (malformed parts skipped)."""
    out: list[tuple[Node, Node]] = []
    index = meta.get("model-index")
    if index is None or not index.is_seq:
        return out
    for entry in index:
        results = entry.get("results") if entry.is_map else None
        if results is not None and results.is_seq:
            out.extend((entry, r) for r in results if r.is_map)
    return out


def metric_items(result: Node) -> list[Node]:
    metrics = result.get("metrics")
    return [m for m in metrics if m.is_map] if metrics is not None and metrics.is_seq else []


def run_elsewhere(result: Node) -> bool:
    """Whether a model-index result is a run by someone else than the card's author: a leaderboard's (a
    `source` on a Hub Space, or named a leaderboard) or the Hub evaluator's (a metric `verified: true`)."""
    if not result.is_map:
        return False
    source = result.get("source")
    if source is not None and source.is_map:
        url, name = source.get("url"), source.get("name")
        if (url is not None and url.is_str and "huggingface.co/spaces/" in url.value) or (
            name is not None and name.is_str and "leaderboard" in name.value.lower()
        ):
            return True
    return any(
        (v := m.get("verified")) is not None and v.is_scalar and v.value is True for m in metric_items(result)
    )



def benchmark_suite(result: Node) -> bool:
    """Whether a model-index result was written by a benchmark suite's own tool, in the suite's vocabulary: the
    `mteb` package writes a result per task as `dataset.name: MTEB <task>`, `dataset.type: mteb/<data>`, under its
    own task categories (`Classification`, `Retrieval`, `STS`, ...), which its leaderboard reads back."""
    dataset = result.get("dataset")
    if dataset is None or not dataset.is_map:
        return False
    name, kind = dataset.get("name"), dataset.get("type")
    return (name is not None and name.is_str and name.value.strip().startswith("MTEB ")) or (
        kind is not None and kind.is_str and kind.value.strip().lower().startswith("mteb/")
    )


# benchmarks made only to evaluate language models (never data a model is trained on), by their Hub ids' last parts
# and their names, letters and digits only: a model-index result on one is an evaluation on a benchmark
_EVALUATION_ONLY = frozenset({
    "humaneval", "openaihumaneval", "humanevalplus", "mbpp", "mbppplus", "mmlu", "mmlupro", "gsm8k", "hellaswag",
    "arc", "ai2arc", "arcchallenge", "arceasy", "winogrande", "truthfulqa", "bbh", "bigbenchhard", "ifeval", "gpqa",
    "musr", "math", "hendrycksmath", "competitionmath", "mathhard", "mtbench", "alpacaeval", "agieval", "ceval",
    "cmmlu", "livecodebench", "bigcodebench", "evalplus", "ds1000", "multiple", "codexglue",
})
# (and the benchmarks named after one of them, by its first letters: `bigcode/humanevalpack`, "HumanEvalSynthesize
# Python", "MMLU-Pro", "GSM8K (5-shot)")
_PREFIXES = tuple(sorted(name for name in _EVALUATION_ONLY if len(name) >= 4 and name not in {"math", "multiple"}))


def evaluation_benchmark(result: Node) -> bool:
    """Whether a model-index result is on a benchmark made only to evaluate language models (`openai_humaneval`,
    `cais/mmlu`, "GSM8K"): not data the model was trained on, nor a result to find among them."""
    dataset = result.get("dataset")
    if dataset is None or not dataset.is_map:
        return False
    for field in (dataset.get("type"), dataset.get("name")):
        if field is not None and field.is_str:
            key = "".join(ch for ch in field.value.rsplit("/", 1)[-1].lower() if ch.isalnum())
            if key in _EVALUATION_ONLY or key.startswith(_PREFIXES):
                return True
    return False


def base_model_relation(meta: Node | None) -> str:
    """The metadata's `base_model_relation` (`quantized`, `merge`, `finetune`, `adapter`), in lower case; "" when it has
    none."""
    relation = meta.get("base_model_relation") if meta is not None and meta.is_map else None
    return str(relation.value).strip().lower() if relation is not None and relation.is_scalar else ""

