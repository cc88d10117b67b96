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


def _points_into_an_eval_result(self: Rule, card: Card) -> Iterator[Finding]:
    repo = card.repo
    for f in repo.eval_results() if repo is not None else []:
        for n, line in enumerate(f.lines, start=1):
            if "value:" in line:
                yield self.finding(Span.at(n, 3, 5), "a value", path=f.path)
    yield self.finding(Span.at(2, 1, 7), "in the card")


@pytest.fixture
def eval_repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(EmptySection, "check", _points_into_an_eval_result)
    (tmp_path / ".eval_results").mkdir()
    return tmp_path


def _found(repo: Path, card: str, results: str) -> list[tuple[str, str, int]]:
    (repo / "README.md").write_text(card)
    (repo / ".eval_results" / "a.yaml").write_text(results)
    out = CliRunner().invoke(main, ["--isolated", "--select", "MC202,MC903", "--output-format", "json",
                                    str(repo / "README.md")]).stdout
    return sorted((Path(d["path"]).name, d["code"], d["line"]) for d in json.loads(out))


def test_suppressions_in_a_yaml_file_of_the_repository(eval_repo: Path) -> None:
    card = "---\nlicense: mit\n---\n"
    results = "- dataset: {id: a/b, task_id: t}\n  value: 1  # modelcard-lint-disable-line MC202\n  # x\n  value: 2\n"
    assert _found(eval_repo, card, results) == [("README.md", "MC202", 2), ("a.yaml", "MC202", 4)]
    results = "# modelcard-lint-disable-next-line empty-section\n- value: 1\n  value: 2\n"
    assert _found(eval_repo, card, results) == [("README.md", "MC202", 2), ("a.yaml", "MC202", 3)]
    results = "# modelcard-lint-disable-file MC2 -- generated\n- value: 1\n  value: 2\n"
    assert _found(eval_repo, card, results) == [("README.md", "MC202", 2)]


def test_a_suppression_covers_its_own_file_only(eval_repo: Path) -> None:
    # the card's line 2 and the results file's line 2 both have a finding; the card's comment covers its own
    card = "---\nlicense: mit  # modelcard-lint-disable-line MC202\n---\n"
    assert _found(eval_repo, card, "- x: 0\n  value: 1\n") == [("a.yaml", "MC202", 2)]
    # a comment in the results file that covers nothing is reported there
    results = "- value: 1\n  x: 0  # modelcard-lint-disable-line MC202\n"
    assert _found(eval_repo, "---\nlicense: mit\n---\n", results) == [
        ("README.md", "MC202", 2), ("a.yaml", "MC202", 1), ("a.yaml", "MC903", 2)]


def test_junit_names_the_file_a_finding_is_in(repo: Path) -> None:
    card = str(repo / "README.md")
    out = CliRunner().invoke(main, ["--isolated", "--select", "MC202", "--output-format", "junit", card]).stdout
    config = str(repo / "config.json")
    assert f'file="{config}" line="2"' in out and f'message="{config}:2:3: the config' in out
