"""Adoption in CI: a baseline, every output from one run, SARIF that code scanning accepts in full."""

from __future__ import annotations

import json
import os
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner
from harness import SEEDS, SHARED

from modelcard_lint.app.cli import main

AK = (SEEDS / "ak-pretrain-cls-model.md").read_text(encoding="utf-8")
BERT = (SEEDS / "bert-base-cased-sst2.md").read_text(encoding="utf-8")


def run(*args: str, cwd: Path, env: dict | None = None):
    old = os.getcwd()
    os.chdir(cwd)
    try:
        return CliRunner().invoke(main, ["--isolated", *args], env=env, catch_exceptions=False)
    finally:
        os.chdir(old)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    for name, text in (("ak", AK), ("bert", BERT)):
        (tmp_path / "models" / name).mkdir(parents=True)
        (tmp_path / "models" / name / "README.md").write_text(text, encoding="utf-8")
    return tmp_path


# -- baseline ------------------------------------------------------------------------------------------------


def test_a_baseline_lets_a_project_adopt_the_gate_and_catches_what_is_new(repo: Path) -> None:
    wrote = run("--write-baseline", "baseline.json", cwd=repo)
    assert wrote.exit_code == 0 and wrote.stdout == ""
    assert "Wrote a baseline of" in wrote.stderr and "in 2 cards to baseline.json" in wrote.stderr
    data = json.loads((repo / "baseline.json").read_text())
    assert set(data["cards"]) == {"models/ak/README.md", "models/bert/README.md"}

    passed = run("--baseline", "baseline.json", "--output-format", "concise", cwd=repo)
    assert passed.exit_code == 0, passed.stdout
    assert passed.stdout.startswith("All checks passed (2 files checked).")
    assert "hidden by the baseline" in passed.stdout

    # an edit above the old findings moves them (their messages quote line numbers) but does not bring them back,
    # and one new placeholder fails the run with exactly that finding
    card = repo / "models" / "ak" / "README.md"
    text = card.read_text().replace("# ak-pretrain-cls-model\n", "# ak-pretrain-cls-model\n\nA new paragraph.\n")
    card.write_text(text + "\n## Notes\n\nTODO: limits\n")
    failed = run("--baseline", "baseline.json", "--output-format", "json", cwd=repo)
    assert failed.exit_code == 1
    found = json.loads(failed.stdout)
    assert [(d["path"], d["code"], d["message"]) for d in found] == [
        ("models/ak/README.md", "MC301", '"TODO" marks unfinished text')
    ]


def test_the_baseline_can_be_configured_and_says_what_no_longer_occurs(repo: Path) -> None:
    run("--write-baseline", "baseline.json", cwd=repo)
    (repo / ".modelcard-lint.toml").write_text('baseline = "baseline.json"\n')
    card = repo / "models" / "bert" / "README.md"
    card.write_text(card.read_text().replace("More information needed", "Sentiment of movie reviews.", 1))
    old = os.getcwd()
    os.chdir(repo)
    try:
        result = CliRunner().invoke(main, ["--output-format", "concise"], catch_exceptions=False)
    finally:
        os.chdir(old)
    assert result.exit_code == 0
    assert "1 of its findings no longer occur (prune it with --write-baseline)" in result.stdout


def test_a_bad_baseline_is_a_usage_error(repo: Path) -> None:
    (repo / "baseline.json").write_text("{}")
    result = run("--baseline", "baseline.json", cwd=repo)
    assert result.exit_code == 2 and "not a modelcard-lint baseline" in result.output
    result = run("--baseline", "missing.json", cwd=repo)
    assert result.exit_code == 2 and "no such baseline file" in result.output


# -- every output from one run -------------------------------------------------------------------------------


def test_one_run_writes_full_sarif_junit_and_gitlab(repo: Path) -> None:
    (repo / "out").mkdir()
    result = run(
        "--output-format", "full", "--output-format", "sarif:out/results.sarif",
        "--output-format", "junit:out/junit.xml", "--output-format", "gitlab:out/gl-code-quality.json",
        "--color", "never", cwd=repo,
    )
    assert result.exit_code == 1
    assert "models/ak/README.md:24:1: warning[MC301] placeholder-text" in result.stdout
    sarif = json.loads((repo / "out" / "results.sarif").read_text())
    junit = ET.parse(repo / "out" / "junit.xml").getroot()
    gitlab = json.loads((repo / "out" / "gl-code-quality.json").read_text())
    count = len(sarif["runs"][0]["results"])
    assert count == len(gitlab) == sum(len(tc.findall("failure")) for tc in junit.iter("testcase")) > 10
    suites = {s.get("name") for s in junit.iter("testsuite")}
    assert suites == {"models/ak/README.md", "models/bert/README.md"}
    case = next(tc for tc in junit.iter("testcase") if tc.get("name") == "MC301 placeholder-text")
    assert len(case.findall("failure")) == 5
    issue = gitlab[0]
    assert set(issue) >= {"description", "check_name", "fingerprint", "severity", "location"}
    assert issue["severity"] in ("info", "minor", "major", "critical", "blocker")
    assert issue["location"]["path"].startswith("models/") and issue["location"]["lines"]["begin"] >= 1
    assert len({i["fingerprint"] for i in gitlab}) == len(gitlab)
    assert not list((repo / "out").glob(".*tmp"))  # the reports were renamed into place


def test_json_lines_and_output_file(repo: Path) -> None:
    result = run("--output-format", "json-lines", "-o", "findings.jsonl", cwd=repo)
    assert result.exit_code == 1 and result.stdout == ""
    lines = (repo / "findings.jsonl").read_text().splitlines()
    assert all(json.loads(line)["path"].startswith("models/") for line in lines) and len(lines) > 10


@pytest.mark.parametrize(
    "args, message",
    [
        (["--output-format", "full", "--output-format", "json"], "only one --output-format can go to stdout"),
        (["--output-format", "xml"], "unknown output format 'xml'"),
        (["--output-format", "sarif:"], "the file name after ':' is missing"),
        (["--output-format", "sarif:a.sarif", "-o", "b"], "--output-file names the file of the one format"),
    ],
)
def test_output_usage_errors(repo: Path, args: list[str], message: str) -> None:
    result = run(*args, cwd=repo)
    assert result.exit_code == 2 and message in result.output


def test_a_report_that_cannot_be_written_is_exit_2_and_leaves_nothing(repo: Path) -> None:
    result = run("--output-format", "sarif:no/such/folder/results.sarif", cwd=repo)
    assert result.exit_code == 2 and "cannot write the report" in result.output


def test_github_step_summary_and_the_annotation_cap(repo: Path, tmp_path: Path) -> None:
    summary = tmp_path / "summary.md"
    summary.write_text("earlier step\n")
    result = run("--output-format", "github", cwd=repo, env={"GITHUB_STEP_SUMMARY": str(summary)})
    text = summary.read_text()
    assert text.startswith("earlier step\n## modelcard-lint\n")  # appended
    assert "| MC301 placeholder-text | warning | 9 |" in text  # 5 in one card, 4 in the other
    assert "| `models/ak/README.md` |" in text
    assert "::notice title=modelcard-lint::GitHub shows 10 annotations of each level per step" in result.stdout
    assert "file=models/ak/README.md," in result.stdout  # from the repository's root


# -- SARIF for code scanning -----------------------------------------------------------------------------------


def test_sarif_validates_and_has_what_code_scanning_reads(repo: Path) -> None:
    schema_path = SHARED / "schemas" / "sarif-schema-2.1.0.json"
    if not schema_path.is_file():
        pytest.skip(f"the SARIF schema is not at {schema_path} (it sits beside the repository in CI)")
    jsonschema = pytest.importorskip("jsonschema", reason="jsonschema is in the test extra")
    (repo / "models" / "ak" / "sub").mkdir()
    result = run("--output-format", "sarif", "../..", cwd=repo / "models" / "ak" / "sub")
    data = json.loads(result.stdout)
    jsonschema.validate(data, json.loads(schema_path.read_text(encoding="utf-8")))
    (run_,) = data["runs"]
    assert run_["columnKind"] == "unicodeCodePoints"
    assert run_["originalUriBaseIds"]["%SRCROOT%"]["uri"] == repo.resolve().as_uri() + "/"
    for rule in run_["tool"]["driver"]["rules"]:
        assert rule["shortDescription"]["text"] and rule["fullDescription"]["text"]
        assert rule["help"]["text"] and rule["help"]["markdown"].startswith(f"# {rule['id']} ")
        assert "{MC" not in rule["help"]["markdown"]  # no test markers
        assert rule["helpUri"].endswith(f"/rules/{rule['id']}.md")
    for r in run_["results"]:
        location = r["locations"][0]["physicalLocation"]["artifactLocation"]
        # relative to the repository's root, not to the folder the command ran in
        assert location["uri"] in ("models/ak/README.md", "models/bert/README.md")
        assert location["uriBaseId"] == "%SRCROOT%"
        assert ":" in r["partialFingerprints"]["primaryLocationLineHash"]
