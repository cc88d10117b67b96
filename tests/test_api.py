"""The public API: ``lint_text`` and ``lint_path`` report what the command line reports."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from harness import ROOT, SEEDS

import modelcard_lint
from modelcard_lint import ConfigError, Diagnostic, Severity, lint_path, lint_text


def cli_json(*args: str, cwd: Path = ROOT) -> list[dict]:
    proc = subprocess.run(
        [sys.executable, "-m", "modelcard_lint", "--output-format", "json", *args],
        capture_output=True, text=True, cwd=cwd,
    )
    assert proc.returncode in (0, 1), proc.stderr
    return json.loads(proc.stdout)


def test_the_api_is_listed_and_typed() -> None:
    assert set(modelcard_lint.__all__) >= {"lint_text", "lint_path", "Diagnostic", "Severity", "ConfigError"}
    [d] = [d for d in lint_text("# T\n\nText.\n") if d.code == "MC101"]
    assert isinstance(d, Diagnostic) and d.severity is Severity.WARNING
    assert (d.path, d.line, d.column, d.end_line, d.end_column) == ("README.md", 1, 1, 1, 4)
    assert d.name == "missing-frontmatter" and d.help and d.fix is None


@pytest.mark.parametrize("seed", sorted(p.name for p in SEEDS.glob("*.md")))
def test_lint_path_equals_the_cli_on_the_seeds(seed: str) -> None:
    path = f"tests/cards/{seed}"
    api = [d.to_json() for d in lint_path(ROOT / path)]
    cli = cli_json(path)
    for record in api:
        record["path"] = path
    assert api == cli and cli


def test_lint_text_equals_the_cli_reading_stdin() -> None:
    text = (SEEDS / "ak-pretrain-cls-model.md").read_text(encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "modelcard_lint", "--output-format", "json", "-", "--stdin-filename", "models/x/README.md"],
        input=text, capture_output=True, text=True, cwd=ROOT,
    )
    assert json.loads(proc.stdout) == [d.to_json() for d in lint_text(text, "models/x/README.md")]


def test_lint_path_equals_the_cli_on_the_corpus(shared: Path) -> None:
    folder = shared / "corpus" / "cards"
    api = [d.to_json() for d in lint_path(folder)]
    cli = cli_json(str(folder))
    assert len(api) > 1000
    assert api == cli


def test_configuration_is_found_from_the_card_folder(tmp_path: Path) -> None:
    (tmp_path / ".modelcard-lint.toml").write_text('ignore = ["MC101"]\n')
    card = tmp_path / "README.md"
    card.write_text("# T\n\nText.\n")
    assert "MC101" not in {d.code for d in lint_path(card)}
    assert "MC101" not in {d.code for d in lint_text(card.read_text(), str(card))}
    assert "MC101" in {d.code for d in lint_path(card, config={})}
    assert "MC101" in {d.code for d in lint_text("# T\n", config={"select": ["MC101"]})}


def test_a_bad_configuration_raises_and_nothing_is_printed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(ConfigError, match="unknown key 'selct'"):
        lint_text("# T\n", config={"selct": ["MC1"]})
    with pytest.raises(ConfigError, match="unknown rule or prefix 'MC999'"):
        lint_text("# T\n", config={"select": ["MC999"]})
    with pytest.raises(ConfigError, match="no such configuration file"):
        lint_path(tmp_path, config=tmp_path / "missing.toml")
    # an unreadable file is a diagnostic, as on the command line, not an exception
    assert [d.code for d in lint_path(tmp_path / "nope.md")] == ["MC902"]
    assert capsys.readouterr() == ("", "")


def test_importing_the_package_does_not_load_the_linter() -> None:
    code = "import sys, modelcard_lint; print(sorted(m for m in sys.modules if m.startswith('modelcard_lint')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert eval(out) == ["modelcard_lint", "modelcard_lint.diagnostics", "modelcard_lint.version"]
