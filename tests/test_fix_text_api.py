"""``modelcard_lint.fix_text``: what ``--fix`` does to a file, done to a string."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from harness import SEEDS

import modelcard_lint
from modelcard_lint import Diagnostic, fix_text, lint_text
from modelcard_lint.app.cli import main


def test_fix_text_is_exported() -> None:
    assert "fix_text" in modelcard_lint.__all__
    assert modelcard_lint.fix_text is fix_text


def test_fix_text_equals_the_cli_fix(tmp_path: Path) -> None:
    for seed in sorted(SEEDS.glob("*.md")):
        text = seed.read_text(encoding="utf-8")
        path = tmp_path / seed.name
        path.write_text(text, encoding="utf-8", newline="")
        CliRunner().invoke(main, ["--isolated", "--fix", str(path)], catch_exceptions=False)
        fixed, left = fix_text(text, str(path), config={})
        assert fixed == path.read_text(encoding="utf-8")
        assert all(isinstance(d, Diagnostic) for d in left)
        assert [d.to_json() for d in left] == [d.to_json() for d in lint_text(fixed, str(path), config={})]


def test_fix_text_keeps_bytes_and_returns_what_is_left() -> None:
    text = "\ufeff---\r\nlicense: MIT  # ours\r\nlanguage: zh-CN\r\n---\r\n# T\r\n"
    fixed, left = fix_text(text, config={"select": ["MC112", "MC115"]})
    assert fixed == text.replace("MIT", "mit")
    [d] = left
    assert d.code == "MC115" and d.fix is not None and not d.fix.safe
    fixed, left = fix_text(text, config={"select": ["MC112", "MC115"]}, unsafe=True)
    assert fixed == text.replace("MIT", "mit").replace("zh-CN", "zh")
    assert left == []


def test_fix_text_with_nothing_to_fix_returns_the_text() -> None:
    text = "---\nlicense: mit\n---\n# T\n"
    fixed, left = fix_text(text, config={"select": ["MC112"]})
    assert fixed is text or fixed == text
    assert left == []
