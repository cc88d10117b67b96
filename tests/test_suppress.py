"""Inline suppression comments, in the body and in the front matter, and MC903 for unused ones."""

from __future__ import annotations

import pytest
from harness import codes, lint

CARD = """---
license: MIT{lic}
language: zh-CN
---
# Title

{before}
More information needed{after}
"""


def run(lic: str = "", before: str = "", after: str = "", select: list[str] | None = None) -> list:
    text = CARD.format(lic=lic, before=before, after=after)
    return codes(lint(text, select=select or ["MC112", "MC115", "MC301", "MC903"]))


def test_without_comments_everything_is_reported() -> None:
    assert run() == [("MC112", 2, 10), ("MC115", 3, 11), ("MC301", 8, 1)]


@pytest.mark.parametrize(
    "before, after",
    [
        ("<!-- modelcard-lint-disable-next-line MC301 -->", ""),
        ("<!-- modelcard-lint-disable-next-line placeholder-text -->", ""),
        ("<!-- modelcard-lint-disable-next-line MC3 -->", ""),
        ("<!-- modelcard-lint-disable-next-line MC202, MC301 -- the template's own text -->", ""),
        ("<!-- modelcard-lint-disable-next-line -->", ""),  # every rule
        ("", " <!-- modelcard-lint-disable-line MC301 -->"),
        ("<!-- modelcard-lint-disable MC301 -->", ""),  # to the end of the card
        ("<!-- modelcard-lint-disable-file placeholder-text -->", ""),
    ],
)
def test_body_comments_turn_the_rule_off(before: str, after: str) -> None:
    assert run(before=before, after=after) == [("MC112", 2, 10), ("MC115", 3, 11)]


def test_disable_file_anywhere_covers_the_front_matter_too() -> None:
    assert run(after="\n\n<!-- modelcard-lint-disable-file MC112 -->") == [("MC115", 3, 11), ("MC301", 8, 1)]


def test_yaml_comments_in_the_front_matter() -> None:
    assert run(lic="  # modelcard-lint-disable-line MC112") == [("MC115", 3, 11), ("MC301", 8, 1)]
    text = "---\n# modelcard-lint-disable-next-line invalid-license\nlicense: MIT\n---\n# T\n"
    assert codes(lint(text, select=["MC112", "MC903"])) == []


def test_enable_ends_a_disabled_range() -> None:
    text = (
        "---\nlicense: mit\n---\n# T\n\n<!-- modelcard-lint-disable MC301 -->\nTODO one\n"
        "<!-- modelcard-lint-enable MC301 -->\nTODO two\n"
    )
    assert codes(lint(text, select=["MC301", "MC903"])) == [("MC301", 9, 1)]


def test_comments_in_code_blocks_are_examples() -> None:
    text = "---\nlicense: mit\n---\n# T\n\n```\n<!-- modelcard-lint-disable-file -->\n```\n\nTODO\n"
    assert codes(lint(text, select=["MC301", "MC903"])) == [("MC301", 10, 1)]


def test_unused_and_unknown_suppressions_are_reported() -> None:
    found = run(before="<!-- modelcard-lint-disable-next-line MC115 -->\n<!-- modelcard-lint-disable-line nope -->")
    assert found == [("MC112", 2, 10), ("MC115", 3, 11), ("MC903", 7, 1), ("MC903", 8, 1), ("MC301", 9, 1)]


def test_a_comment_for_rules_this_run_does_not_check_is_not_unused() -> None:
    assert run(before="<!-- modelcard-lint-disable-next-line MC202 -->", select=["MC301", "MC903"]) == [
        ("MC301", 8, 1)
    ]


def test_unused_suppressions_can_be_ignored() -> None:
    assert run(before="<!-- modelcard-lint-disable-next-line nope -->", select=["MC301"]) == [("MC301", 8, 1)]


def test_a_crashed_rule_is_never_suppressed(monkeypatch: pytest.MonkeyPatch) -> None:
    from modelcard_lint.rules.content.mc301_placeholder_text import PlaceholderText

    def boom(self, card):
        raise RuntimeError("boom")

    monkeypatch.setattr(PlaceholderText, "check", boom)
    assert run(after="\n<!-- modelcard-lint-disable-file -->", select=["MC301"]) == [("MC901", 1, 1)]
