"""A finding may be in another file of the card's repository: its path and lines, and per-file settings there."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from modelcard_lint.app.cli import main
from modelcard_lint.card import Card
from modelcard_lint.core.rule import Rule
from modelcard_lint.diagnostics import Finding, Span
from modelcard_lint.rules.structure.mc202_empty_section import EmptySection


def _points_at_the_config(self: Rule, card: Card) -> Iterator[Finding]:
    assert card.folder is not None  # the card knows its repository's folder
    config = Path(card.folder, "config.json")
    if config.exists():
        shown = str(Path(card.path).parent / "config.json")
        yield self.finding(Span.at(2, 3, 15), "the config names another base model", path=shown)


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(EmptySection, "check", _points_at_the_config)
    (tmp_path / "README.md").write_text("---\nlicense: mit\n---\n# T\n\nText.\n")
    (tmp_path / "config.json").write_text('{\n  "_name_or_path": "bert-base-cased"\n}\n')
    return tmp_path


def test_a_finding_in_another_file_has_that_path_and_its_lines(repo: Path) -> None:
    card = str(repo / "README.md")
    data = json.loads(CliRunner().invoke(main, ["--isolated", "--select", "MC202", "--output-format", "json", card]).stdout)
    assert [(d["path"], d["line"], d["column"]) for d in data] == [(str(repo / "config.json"), 2, 3)]
    full = CliRunner().invoke(main, ["--isolated", "--select", "MC202", "--color", "never", card]).stdout
    assert f'{repo / "config.json"}:2:3: warning[MC202]' in full
    assert '   2 |   "_name_or_path": "bert-base-cased"\n     |   ^^^^^^^^^^^^^^^' in full  # its line, underlined


def test_per_file_ignores_apply_to_the_other_files_path(repo: Path) -> None:
    (repo / ".modelcard-lint.toml").write_text('select = ["MC202"]\n[per-file-ignores]\n"config.json" = ["MC202"]\n')
    result = CliRunner().invoke(main, ["--output-format", "json", str(repo / "README.md")])
    assert json.loads(result.stdout) == []
