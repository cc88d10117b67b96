"""MC126 unknown-task-type."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...card import Card
from ...card.yamlnode import Node
from ...core.rule import Rule
from ...diagnostics import Finding, Severity
from ...hub.lists import load_set
from ...hub.suggest import suggest_task
from ...hub.vocabulary import REMOVED_TASKS, SENTENCE_TRANSFORMERS_TASKS, benchmark_suite, model_index_results


class UnknownTaskType(Rule):
    """A model-index `task.type` is not one of the Hub's task ids, so the result is filed under no task."""

    code = "MC126"
    name = "unknown-task-type"
    severity = Severity.WARNING

    def check(self, card: Card) -> Iterator[Finding]:
        meta = card.meta
        if meta is None:
            return
        known = load_set("pipeline_tags")
        # what a library writes itself on every save is not the author's to change: the transformers Trainer
        # writes the removed `text2text-generation`, sentence-transformers its evaluators' task types
        written = set(REMOVED_TASKS) | (SENTENCE_TRANSFORMERS_TASKS if _sentence_transformers(meta) else set())
        # one finding per value, at its first result: a model-index of 50 results under one label is one mistake
        unknown: dict[str, list[Node]] = {}
        for _, result in model_index_results(meta):
            kind = result.find("task", "type")
            if kind is None or not kind.is_str or kind.value in known or kind.value in written:
                continue
            if benchmark_suite(result) and _category(kind.value):
                continue  # the suite's tool writes its own task categories, which its leaderboard reads back
            unknown.setdefault(kind.value, []).append(kind)
        pipeline = meta.get("pipeline_tag")
        own = pipeline.value if pipeline is not None and pipeline.is_str and pipeline.value in known else ""
        for value, nodes in unknown.items():
            kind = nodes[0]
            # (the card's own task, when the label shares a word of it: `image-generation` beside `pipeline_tag:
            # text-to-image` is that, not the nearest id by its letters, `mask-generation`)
            fix = own if own and (_words(value) & _words(own)) - _COMMON else suggest_task(value)
            others = ""
            if len(nodes) == 2:
                others = f" (and the result at line {nodes[1].span.line})"
            elif len(nodes) > 2:
                others = f" (and {len(nodes) - 1} more results: lines {_lines(nodes[1:])})"
            message = (
                f"`task.type: {kind.raw}`{others} is not one of the Hub's task ids, so the result is listed under no "
                "task and leaderboards that group by task skip it"
            )
            yield self.finding(
                kind,
                message + (f"; did you mean `{fix}`?" if fix else ""),
                help=f"write `type: {fix}`" if fix else "use a task id from https://huggingface.co/tasks "
                "(keep your own label in `task.name`)",
                value=value,
                suggestion=fix,
                lines=[n.span.line for n in nodes],
            )


_COMMON = frozenset({"text", "to", "and", "of", "the"})


def _words(task: str) -> set[str]:
    return set(re.split(r"[-_ ]+", task.lower()))


def _lines(nodes: list[Node]) -> str:
    """The lines of some nodes, the first five and a count of the rest."""
    if len(nodes) <= 6:
        return ", ".join(str(n.span.line) for n in nodes)
    return ", ".join(str(n.span.line) for n in nodes[:5]) + f" and {len(nodes) - 5} others"


def _category(text: str) -> bool:
    """Whether a task type is written as a benchmark suite's category (`Classification`, `PairClassification`,
    `STS`), not as a Hub task id (lower case, with hyphens): a misspelt id is still reported."""
    return text[:1].isupper() and text.isalnum()


def _sentence_transformers(meta: Node) -> bool:
    """Whether the card is a sentence-transformers card: its `library_name`, or one of its `tags`."""
    library = meta.get("library_name")
    if library is not None and library.is_str and library.value == "sentence-transformers":
        return True
    return any(tag.is_str and tag.value == "sentence-transformers" for tag in meta.get("tags") or ())
