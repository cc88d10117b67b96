"""The GitHub Action (action.yml): its lint step, run as GitHub would run it, on a repository of cards."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from harness import ROOT, SEEDS

ACTION = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))


def test_the_action_is_a_composite_action_that_installs_from_its_own_checkout() -> None:
    assert ACTION["runs"]["using"] == "composite"
    steps = ACTION["runs"]["steps"]
    install = next(s for s in steps if s.get("name") == "Install modelcard-lint")
    assert "$ACTION_PATH" in install["run"] and install["env"]["ACTION_PATH"] == "${{ github.action_path }}"
    upload = next(s for s in steps if "upload-sarif" in s.get("uses", ""))
    assert upload["with"]["sarif_file"] == "${{ steps.lint.outputs.sarif-file }}"
    # inputs are passed through the environment, so an input cannot inject shell code
    for step in steps:
        assert "${{ inputs." not in step.get("run", "")


@pytest.mark.skipif(sys.platform == "win32", reason="the step is a bash script")
def test_the_lint_step_writes_annotations_sarif_summary_and_outputs(tmp_path: Path) -> None:
    step = next(s for s in ACTION["runs"]["steps"] if s.get("id") == "lint")
    repo = tmp_path / "repo"
    (repo / "models" / "ak").mkdir(parents=True)
    (repo / "models" / "ak" / "README.md").write_text((SEEDS / "ak-pretrain-cls-model.md").read_text())
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    env = dict(
        os.environ,
        PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
        RUNNER_TEMP=str(tmp_path),
        GITHUB_OUTPUT=str(tmp_path / "output"),
        GITHUB_STEP_SUMMARY=str(tmp_path / "summary.md"),
        LINT_PATHS="models",
        LINT_ARGS="--fail-on error --isolated",
    )
    proc = subprocess.run(["bash", "-e", "-c", step["run"]], cwd=repo, env=env, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert "::warning file=models/ak/README.md,line=24,col=1," in proc.stdout
    outputs = dict(line.split("=", 1) for line in (tmp_path / "output").read_text().splitlines())
    assert outputs["exit-code"] == "1"  # the seed has an error-level finding
    assert Path(outputs["sarif-file"]).read_text().startswith("{")
    assert "## modelcard-lint" in (tmp_path / "summary.md").read_text()
