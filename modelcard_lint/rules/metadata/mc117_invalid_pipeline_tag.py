"""MC117 invalid-pipeline-tag."""

from __future__ import annotations

from collections.abc import Iterator

from ...card import Card
from ...core.rule import Option, Rule
from ...diagnostics import Finding, Severity
from ...hub.lists import load_set
from ...hub.suggest import suggest_task
from ...hub.vocabulary import REMOVED_TASKS, shown


class InvalidPipelineTag(Rule):
    """The `pipeline_tag` is not one of the Hub's task ids, so the model gets no task, widget or filter."""

    code = "MC117"
    name = "invalid-pipeline-tag"
    severity = Severity.ERROR
    options = {"allow": Option([], "Task ids to accept as if they were on the Hub's list")}

    def check(self, card: Card) -> Iterator[Finding]:
        meta = card.meta
        node = meta.get("pipeline_tag") if meta is not None else None
        if node is None or node.is_null:
            return
        if not node.is_str:
            yield self.finding(
                node,
                f"`pipeline_tag` must be one task id (a string), not {shown(node)}; "
                "the Hub cannot file the model under a task",
                help="write one task id, e.g. `pipeline_tag: text-classification`",
            )
            return
        if node.value in load_set("pipeline_tags") or node.value in REMOVED_TASKS or node.value in self.opts["allow"]:
            return  # removed tasks are MC118
        fix = suggest_task(node.value)
        message = (
            f"`pipeline_tag` {shown(node)} is not one of the Hub's task ids, so the model gets no task page, "
            "inference widget or task filter"
        )
        if fix:
            message += f"; did you mean `{fix}`?"
        yield self.finding(
            node,
            message,
            help=f"write `pipeline_tag: {fix}`" if fix else "use a task id from https://huggingface.co/tasks",
            value=node.value,
            suggestion=fix,
        )
