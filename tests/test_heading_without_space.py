"""heading-without-space (MC208): `#`s before a heading's text with no space between them."""

from __future__ import annotations

import pytest

from modelcard_lint.api import fix_text, lint_text

CARD = "---\nlicense: mit\n---\n#Rick DialoGPT model\n\nA chatbot.\n\n##Evaluation\n\nAccuracy 0.91.\n"


def test_the_fix_writes_the_space_after_two_marks_and_after_one_only_when_unsafe() -> None:
    fixed, left = fix_text(CARD)
    assert "\n## Evaluation\n" in fixed and "\n#Rick DialoGPT model\n" in fixed
    assert [d.code for d in left if d.code == "MC208"] == ["MC208"]
    fixed, left = fix_text(CARD, unsafe=True)
    assert "\n# Rick DialoGPT model\n" in fixed and "\n## Evaluation\n" in fixed
    assert not [d for d in left if d.code == "MC208"]


@pytest.mark.parametrize(("line", "reported"), [
    ("#Rick DialoGPT model", True),
    ("#Mini-Me", True),
    ("###Training data", True),
    ("##licence", True),  # (two marks: a heading's, whatever follows)
    ("#keytotext", False),  # a hashtag
    ("#xlsr-large-53-tamil", True),  # (a hashtag has no hyphen: a model's name)
    ("#nlp #pytorch", False),
    ("#ifdef GL_ES", False),
    ("#THIS SEEMS TO BE THE OPTIMAL SETUP.", False),
    ("#Epoch 0 on Tesla T4, others on V100", False),
    ("#model = AutoModel.from_pretrained('x')", False),
    ("#1 on the leaderboard", False),
    ("# A heading", False),
])
def test_what_reads_as_a_heading_without_its_space(line: str, reported: bool) -> None:
    text = f"---\nlicense: mit\n---\n# m\n\nA model.\n\n{line}\n\nMore.\n"
    assert bool([d for d in lint_text(text) if d.code == "MC208"]) is reported


@pytest.mark.parametrize(("below", "reported"), [
    ('df = pd.read_csv("solar.csv")', False),  # a comment of code pasted without a code block
    ("def fit_prophet_model(data):", False),
    ("model_fit = model.fit()", False),
    ("The model was trained on solar data.", True),  # a heading over its paragraph
    ("", True),
])
def test_a_comment_over_code_outside_a_code_block_is_no_heading(below: str, reported: bool) -> None:
    text = f"---\nlicense: mit\n---\n# Solar model\n\nThe code:\nimport numpy as np\n\n#Load dataset\n{below}\n"
    assert bool([d for d in lint_text(text) if d.code == "MC208"]) is reported
