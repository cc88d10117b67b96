"""Which files are model cards: in a real repository, only the cards are linted."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from modelcard_lint.app.cli import main

CARD = "---\nlicense: mit\n---\n# my-model\n\nA model.\n"


def run(*args: str, cwd: Path | None = None):
    old = Path.cwd()
    if cwd is not None:
        import os

        os.chdir(cwd)
    try:
        return CliRunner().invoke(main, list(args), catch_exceptions=False)
    finally:
        if cwd is not None:
            import os

            os.chdir(old)


def write(root: Path, rel: str, text: str = "") -> Path:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A repository of training code with two models, docs, and a git-ignored output folder."""
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    write(tmp_path, "README.md", "# training code\n\nHow to train.\n")  # the code repository's README
    write(tmp_path, "docs/README.md", "# docs\n")
    write(tmp_path, "docs/guide.md", "# guide\n")
    write(tmp_path, "models/bert/README.md", CARD)  # a card with front matter
    write(tmp_path, "models/bert/config.json", "{}")
    write(tmp_path, "models/gpt/README.md", "# gpt\n\nNo metadata yet.\n")  # a model folder's README without it
    write(tmp_path, "models/gpt/model.safetensors")
    write(tmp_path, "outputs/run1/README.md", CARD)  # ignored by git
    write(tmp_path, "outputs/run1/config.json", "{}")
    write(tmp_path, ".gitignore", "outputs/\n")
    return tmp_path


def test_exactly_the_two_cards_of_a_repository_are_linted(repo: Path) -> None:
    assert run("--show-files", cwd=repo).stdout.splitlines() == ["models/bert/README.md", "models/gpt/README.md"]
    result = run("--isolated", "--output-format", "json", "--select", "MC101", cwd=repo)
    assert {d["path"] for d in json.loads(result.stdout)} == {"models/gpt/README.md"}  # the card that needs it


def test_respect_gitignore_can_be_turned_off_and_exclude_has_gitignore_semantics(repo: Path) -> None:
    write(repo, ".modelcard-lint.toml", "respect-gitignore = false\n")
    assert "outputs/run1/README.md" in run("--show-files", cwd=repo).stdout.splitlines()
    write(repo, ".modelcard-lint.toml", 'respect-gitignore = false\nextend-exclude = ["/models/bert/", "run*/"]\n')
    assert run("--show-files", cwd=repo).stdout.splitlines() == ["models/gpt/README.md"]
    write(repo, ".modelcard-lint.toml", 'extend-exclude = ["models/*", "!models/gpt"]\n')
    assert run("--show-files", cwd=repo).stdout.splitlines() == ["models/gpt/README.md"]


def test_nested_ignore_files_and_negation(repo: Path) -> None:
    write(repo, "models/.gitignore", "*/README.md\n!gpt/README.md\n")
    assert run("--show-files", cwd=repo).stdout.splitlines() == ["models/gpt/README.md"]
    write(repo, "models/gpt/.ignore", "README.md\n")
    assert run("--show-files", cwd=repo).stdout.splitlines() == []
    # the repository's ignore files apply when a sub-folder is linted too
    assert run("--show-files", "outputs", cwd=repo).stdout.splitlines() == []


def test_extend_include_adds_cards_whatever_they_hold(tmp_path: Path) -> None:
    write(tmp_path, "cards/org__model-a.md", "# model a\n")  # the corpus layout: no front matter
    write(tmp_path, "cards/org__model-b.md", CARD)
    write(tmp_path, "notes.md", "# notes\n")
    assert run("--show-files", cwd=tmp_path).stdout.splitlines() == ["cards/org__model-b.md"]
    write(tmp_path, ".modelcard-lint.toml", 'extend-include = ["cards/*.md"]\n')
    assert run("--show-files", cwd=tmp_path).stdout.splitlines() == ["cards/org__model-a.md", "cards/org__model-b.md"]


def test_include_all_makes_every_markdown_file_of_a_folder_a_card(repo: Path) -> None:
    from modelcard_lint.app.files import Discovery
    from modelcard_lint.app.finder import SettingsFinder
    from modelcard_lint.app.settings import Overrides
    from modelcard_lint.core.registry import load_registry

    write(repo, "models/gpt/notes.txt", "not markdown\n")
    finder = SettingsFinder(load_registry(plugins=False), Overrides())
    found = [t.display for t in Discovery(finder, include_all=True).walk(repo, ".")]
    # every .md file, still without what .gitignore and `exclude` leave out
    assert found == ["README.md", "docs/README.md", "docs/guide.md", "models/bert/README.md", "models/gpt/README.md"]


def test_explicit_files_are_always_linted_unless_the_hook_flags_say_otherwise(repo: Path) -> None:
    files = ["README.md", "docs/README.md", "models/bert/README.md", "models/gpt/README.md", "outputs/run1/README.md"]
    assert run("--show-files", *files, cwd=repo).stdout.splitlines() == sorted(files)
    # what pre-commit runs: only the cards among the changed Markdown files
    hook = run("--show-files", "--only-cards", "--force-exclude", *files, cwd=repo).stdout.splitlines()
    assert hook == ["models/bert/README.md", "models/gpt/README.md", "outputs/run1/README.md"]
    write(repo, ".modelcard-lint.toml", 'extend-exclude = ["outputs/"]\n')
    hook = run("--show-files", "--only-cards", "--force-exclude", *files, cwd=repo).stdout.splitlines()
    assert hook == ["models/bert/README.md", "models/gpt/README.md"]


def test_show_settings_says_where_the_configuration_comes_from(repo: Path) -> None:
    config = write(repo, "models/.modelcard-lint.toml", 'ignore = ["MC2"]\n[severity]\nMC301 = "error"\n')
    out = run("--show-settings", "models/bert/README.md", cwd=repo).stdout
    assert f"configuration: {config}" in out
    assert "MC301 placeholder-text error (default warning)" in out and "MC201" not in out
    assert "configuration: none found" in run("--show-settings", "README.md", cwd=repo).stdout
