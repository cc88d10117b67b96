"""What a card's example, or the tools that run its model, say the model is for: "The example shows possible words for
the `fill in the blank -- mask` task", "Style adapter used by the public [`comfyui-hoi4-portraits`](...) workflows"
(``purpose`` reads these beside ``intended.INTENDED``'s shapes)."""

from __future__ import annotations

import re

from .anchors import found_near
from .lazyre import lazy

# the task its example shows it doing: "The example shows possible words for the `fill in the blank -- mask` task" (a
# code span in the task's name too; not an example of another model's, "The example shows how BERT does on the task")
_EXAMPLE_TASK = lazy(
    r"\b(?:examples?|demos?|widgets?)[ \t]+(?:shows?|demonstrates?|illustrates?)[ \t]+(?:possible[ \t]+|the[ \t]+)?"
    r"(?:words|outputs?|answers?|predictions?|labels?|completions?|tags|classes|results?)\b[^.\n]{0,40}?[ \t]for"
    r"[ \t]+the[ \t]+(?:`[^`\n]{1,40}`|[^.\n`]{1,40}?)[ \t]+task\b", re.I)
EXAMPLE_REACH = 160


def example_shows_task(text: str) -> bool:
    """Whether the text says its example shows the model doing a task, by the task's name."""
    return found_near(_EXAMPLE_TASK, text, ("example", "demo", "widget"), EXAMPLE_REACH)


# what runs it: "Style adapter used by the public [`comfyui-hoi4-portraits`](...) workflows", "portrait adapter for the
# public comfyui-hoi4-portraits ComfyUI workflows" (its name may be a long link; not "the dataset used by the pipeline")
_NAMED_TOOL = (r"\s+(?:the\s+|our\s+)?(?:(?:\[[^\]\n]{1,80}\]\([^)\s]{1,200}\)|[\w.-]+)\s+){0,3}?"
               r"(?:workflow|pipeline|app|application|plugin|extension|service|bot)")
# (after "for", tools in the plural: not "the base model for the pipeline stage")
_USED_BY = lazy(rf"\b(?:models?|adapters?|lora|checkpoints?|weights)[ \t]+(?:(?:(?:is|are)[ \t]+)?used[ \t]+by"
                rf"{_NAMED_TOOL}s?|for{_NAMED_TOOL}s)\b", re.I)
USED_BY_REACH = 320


def used_by_tools(text: str) -> bool:
    """Whether the text names the workflows, apps or services that run the model."""
    return found_near(_USED_BY, text, ("used by", " for "), USED_BY_REACH)
