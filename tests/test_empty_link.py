"""empty-link (MC206): a link with no text names the Trainer only where the Trainer wrote it."""

from __future__ import annotations

from modelcard_lint.api import lint_text


def test_only_the_trainers_empty_link_is_credited_to_it() -> None:
    text = ("---\nlicense: mit\n---\n\n# m\n\nA fine-tuned version of [](https://huggingface.co/). "
            "See [](https://github.com/x/y).\n")
    first, second = [d.message for d in lint_text(text) if d.code == "MC206"]
    assert "the Trainer writes this" in first
    assert "Trainer" not in second
