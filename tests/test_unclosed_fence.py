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


def test_a_prompt_template_that_ends_by_opening_a_block_is_text_the_block_holds() -> None:
    # the prompt ends with "```sql" for the model to complete: the block is closed on the next line, nothing between
    body = "```\nGenerate a SQL query.\n\nThe following SQL query best answers the question:\n```sql\n\n```\n\n## Next\n"
    assert _messages(body) == []
    # (code after the inner opener: the first block's closing fence is missing before it)
    assert len(_messages(body.replace("```sql\n\n```", "```sql\nSELECT 1;\n```"))) == 1


def _topics(body: str) -> set[str]:
    return {t for d in lint_text(f"---\nlicense: mit\n---\n\n# a-model\n\nA speech model.\n\n{body}", plugins=False)
            if d.code == "MC201" for t in (d.data or {}).get("topics", [(d.data or {}).get("topic")])}


def test_a_training_log_an_unclosed_block_swallowed_still_reports_results() -> None:
    # (the Hub shows it as code, which MC203 says once; asking for an evaluation section would misread the card)
    log = ("### Training results\n| Training Loss | Epoch | Step | Validation Loss | Wer |\n|:-:|:-:|:-:|:-:|:-:|\n"
           "| 0.4388 | 3.7 | 400 | 1.366 | 0.9701 |\n| 0.3766 | 7.4 | 800 | 0.4914 | 0.5374 |\n")
    body = "## Usage\n\n```python\nimport torch\n\n" + log
    assert "evaluation" not in _topics(body)
    assert "MC203" in {d.code for d in lint_text(f"---\nlicense: mit\n---\n\n# a-model\n\n{body}")}
    # (swallowed prose and headings alone report no results)
    assert "evaluation" in _topics("## Usage\n\n```python\nimport torch\n\n### Training results\nIt went well.\n")
