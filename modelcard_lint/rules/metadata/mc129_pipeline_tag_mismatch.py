"""MC129 pipeline-tag-mismatch."""

from __future__ import annotations

from collections.abc import Iterator

from ...card import Card
from ...core.rule import Rule
from ...diagnostics import Finding, Severity
from ...hub.lists import load_set
from ...hub.vocabulary import REMOVED_TASKS, model_index_results

# tasks a model of the first kind is commonly evaluated on without a contradiction
_COMPATIBLE = {
    # (a language model scored on a benchmark of multiple-choice questions: MMLU, ARC, HellaSwag, TR-MMLU)
    "text-generation": {"summarization", "translation", "question-answering", "text-classification", "multiple-choice"},
    "fill-mask": {"text-classification", "token-classification", "question-answering", "multiple-choice"},
    # (a backbone or an encoder is scored by what its features do downstream: a linear probe's image classification,
    # retrieval, a timm backbone's ImageNet accuracy)
    "feature-extraction": {"sentence-similarity", "text-classification", "image-classification", "token-classification",
                           "zero-shot-image-classification", "text-retrieval", "text-ranking", "audio-classification"},
    "image-feature-extraction": {"image-classification", "zero-shot-image-classification", "image-segmentation",
                                 "object-detection", "depth-estimation", "image-to-text"},
    "sentence-similarity": {"feature-extraction", "text-classification"},
    "image-text-to-text": {"visual-question-answering", "image-to-text", "text-generation", "multiple-choice"},
    "automatic-speech-recognition": {"audio-classification"},
    # (a zero-shot classifier is an NLI model, scored on NLI as a text classifier: XNLI, MNLI, ANLI)
    "zero-shot-classification": {"text-classification", "natural-language-inference"},
}


class PipelineTagMismatch(Rule):
    """The `pipeline_tag` is none of the task types the `model-index` evaluates the model on."""

    code = "MC129"
    name = "pipeline-tag-mismatch"
    severity = Severity.WARNING

    def check(self, card: Card) -> Iterator[Finding]:
        meta = card.meta
        if meta is None:
            return
        tag = meta.get("pipeline_tag")
        if tag is None or not tag.is_str:
            return
        known = load_set("pipeline_tags")
        pipeline = REMOVED_TASKS.get(tag.value, tag.value)
        if pipeline not in known:
            return  # MC117 reports an unknown tag
        types: dict[str, int] = {}
        for _, result in model_index_results(meta):
            kind = result.find("task", "type")
            if kind is not None and kind.is_str:
                value = REMOVED_TASKS.get(kind.value, kind.value)
                if value in known:
                    types.setdefault(value, kind.span.line)
        if not types or pipeline in types or set(types) <= _COMPATIBLE.get(pipeline, set()):
            return
        listed = ", ".join(f"`{t}` (line {line})" for t, line in types.items())
        yield self.finding(
            tag,
            f"`pipeline_tag: {tag.value}` is none of the task types the model-index evaluates the model on "
            f"({listed}); the Hub shows the widget and listing of one task and the results of another, so "
            "one of them is probably wrong",
            help="make `pipeline_tag` the task the model performs, and `task.type` the task each result measures",
            pipeline_tag=tag.value,
            task_types=sorted(types),
        )
