"""unclosed-code-fence (MC203): what its message says a missing closing fence does to the card."""

from __future__ import annotations

from modelcard_lint.api import lint_text


def _messages(body: str) -> list[tuple[int, str]]:
    return [(d.line, d.message) for d in lint_text(f"---\nlicense: mit\n---\n\n# a-model\n\n{body}") if d.code == "MC203"]


def test_a_nested_openers_message_says_which_lines_show_as_one_block() -> None:
    # the block opened at line 7 closes at the next block's closing fence (line 15): the text between them shows as
    # code, and the card after it as it should
    body = "```python\nimport torch\n\n## Fill Mask\nUse the code below.\n\n```python\nprint(1)\n```\n\nThe end.\n"
    [(line, message)] = _messages(body)
    assert line == 7 and 'holds line 13 ("```python")' in message
    assert "lines 8-14 show as one block of code, the text before line 13 included" in message
    assert "from there on" not in message


def test_a_block_never_closed_swallows_the_rest_of_the_card() -> None:
    [(line, message)] = _messages("```python\nimport torch\n\n## Limitations\n\nNone known.\n")
    assert line == 7 and "never closed, so the rest of the card (lines 8-12) shows as code" in message
    assert '"Limitations"' in message
