"""MC126 unknown-task-type."""

from __future__ import annotations

from collections.abc import Iterator

from ...card import Card
from ...core.rule import Rule
from ...diagnostics import Finding, Severity
from ...hub.lists import load_set
from ...hub.suggest import suggest_task
from ...hub.vocabulary import REMOVED_TASKS, model_index_results


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
        for _, result in model_index_results(meta):
            kind = result.find("task", "type")
            # removed tasks are not reported: the transformers Trainer still writes
            # `text2text-generation` here, and the Hub accepts it
            if kind is None or not kind.is_str or kind.value in known or kind.value in REMOVED_TASKS:
                continue
            fix = suggest_task(kind.value)
            message = (
                f"`task.type: {kind.raw}` is not one of the Hub's task ids, so the result is listed under no task "
                "and leaderboards that group by task skip it"
            )
            yield self.finding(
                kind,
                message + (f"; did you mean `{fix}`?" if fix else ""),
                help=f"write `type: {fix}`" if fix else "use a task id from https://huggingface.co/tasks "
                "(keep your own label in `task.name`)",
                value=kind.value,
                suggestion=fix,
            )
