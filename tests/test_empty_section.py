"""empty-section (MC202): what its help says depends on the heading that follows the empty one."""

from __future__ import annotations

from modelcard_lint.api import lint_text

CARD = "---\nlicense: mit\n---\n\n# m\n\nA model.\n\n{}\n"


def _helps(body: str) -> list[str]:
    return [d.help for d in lint_text(CARD.format(body)) if d.code == "MC202"]


def test_a_heading_over_one_of_the_same_level_may_be_their_parent() -> None:
    helps = _helps("#### How to use\n\n#### Install\n\npip install x\n\n#### Generate\n\nRun it.")
    assert len(helps) == 1
    assert '"Install" and the headings after it belong under it' in helps[0]
    assert "level 5" in helps[0]


def test_a_heading_over_a_higher_one_is_only_to_write_or_delete() -> None:
    helps = _helps("### Notes\n\n## Training data\n\nSQuAD.")
    assert helps == ["write the section, or delete the heading if the card does not need it"]


def test_a_section_holding_only_an_empty_code_block_is_empty() -> None:
    found = [d for d in lint_text(CARD.format("## Citation\n\n```bibtex\n```\n\n## Usage\n\n```\nx\n```"))
             if d.code == "MC202"]
    assert [d.span.line for d in found] == [9]
    assert "its code block is empty" in found[0].message


def test_a_heading_that_is_a_link_is_its_own_content() -> None:
    assert _helps("## [Colab Demo](https://colab.research.google.com/x)\n\n## Usage\n\nRun it.") == []
