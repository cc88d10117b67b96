"""The pre-commit hook, run for real with ``pre-commit try-repo`` in a temporary git repository."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from harness import ROOT, SEEDS

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

CLEAN = (ROOT / "tests" / "fixtures" / "all" / "clean-card.md").read_text(encoding="utf-8")
BAD = (SEEDS / "ak-pretrain-cls-model.md").read_text(encoding="utf-8")


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


@pytest.fixture(scope="module")
def precommit_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("pre-commit-home")


def try_repo(tmp_path: Path, home: Path, card: str) -> subprocess.CompletedProcess:
    repo = tmp_path / "models"
    (repo / "bert").mkdir(parents=True)
    (repo / "bert" / "README.md").write_text(card, encoding="utf-8")
    (repo / "bert" / "config.json").write_text("{}", encoding="utf-8")
    (repo / "notes.md").write_text("# not a model card\n", encoding="utf-8")
    (repo / "docs").mkdir()
    (repo / "docs" / "README.md").write_text("# Docs\n\nHow to train.\n", encoding="utf-8")
    _git(repo, "init", "-q")
    _git(repo, "add", ".")
    env = dict(os.environ, PRE_COMMIT_HOME=str(home), PRE_COMMIT_COLOR="never", GIT_AUTHOR_NAME="t",
               GIT_AUTHOR_EMAIL="t@example.org", GIT_COMMITTER_NAME="t", GIT_COMMITTER_EMAIL="t@example.org")
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), "modelcard-lint", "--verbose"],
        cwd=repo, capture_output=True, text=True, env=env,
    )


def test_hook_fails_on_a_bad_card(tmp_path: Path, precommit_home: Path) -> None:
    proc = try_repo(tmp_path, precommit_home, BAD)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "modelcard-lint" in proc.stdout and "Failed" in proc.stdout
    assert "bert/README.md:24:1: warning[MC301] placeholder-text" in proc.stdout
    # only model cards: not the notes, nor the README of a docs folder (no front matter, no model files)
    assert "notes.md" not in proc.stdout and "docs/README.md" not in proc.stdout


def test_hook_passes_on_a_good_card(tmp_path: Path, precommit_home: Path) -> None:
    proc = try_repo(tmp_path, precommit_home, CLEAN)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Passed" in proc.stdout
