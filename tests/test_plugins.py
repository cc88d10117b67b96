"""Third-party rules load from the ``modelcard_lint.rules`` entry points of an installed package.

The example plugin in tests/plugin_example is installed for real (pip, into
a temporary directory put on PYTHONPATH) and the linter runs in a child
process, so discovery goes through importlib.metadata as it does for users.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from harness import ROOT


def _install(name: str, target: Path) -> Path:
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation",
         "--target", str(target), str(ROOT / "tests" / name)],
        capture_output=True, text=True,
    )
    assert proc.returncode == 0, proc.stderr
    return target


@pytest.fixture(scope="module")
def plugin_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example plugin of the README, installed."""
    return _install("plugin_example", tmp_path_factory.mktemp("site"))


@pytest.fixture(scope="module")
def broken_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example plugin and a broken one, installed together."""
    target = tmp_path_factory.mktemp("site-broken")
    _install("plugin_example", target)
    return _install("plugin_broken", target)


def lint(plugin_path: Path, *args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(plugin_path))
    return subprocess.run(
        [sys.executable, "-m", "modelcard_lint", *args], capture_output=True, text=True, env=env, cwd=cwd
    )


def test_the_example_plugin_works_as_the_readme_says(plugin_path: Path, tmp_path: Path) -> None:
    card = tmp_path / "README.md"
    card.write_text("---\nlicense: mit\ntags:\n- bert\n---\n# MY MODEL\n\nMore information needed\n")
    proc = lint(plugin_path, "--output-format", "concise", "-q", "--select", "XMP,MC301", str(card))
    lines = proc.stdout.splitlines()
    assert lines[:2] == [
        f"{card}:3:1: XMP002 [warning] no tag names the team that owns this model, so nobody is paged when the card "
        "is wrong",
        f"{card}:6:3: XMP001 [info] heading \"MY MODEL\" is in capital letters only, which reads as shouting",
    ]
    assert lines[2].startswith(f"{card}:8:1: MC301 [warning]") and len(lines) == 3
    assert proc.stderr == "" and proc.returncode == 1
    # with the team tag and the options of the organisation's configuration, the card passes XMP002
    (tmp_path / ".modelcard-lint.toml").write_text('[rules.missing-team-tag]\nteams = ["bert"]\n')
    ok = lint(plugin_path, "--output-format", "concise", "-q", "--select", "XMP002", str(card))
    assert (ok.returncode, ok.stdout, ok.stderr) == (0, "", "")


def test_broken_plugins_are_reported_and_the_other_rules_run(broken_path: Path, tmp_path: Path) -> None:
    card = tmp_path / "README.md"
    card.write_text("---\nlicense: mit\n---\n# MY MODEL CRASH\n\nMore information needed\n", encoding="utf-8")
    proc = lint(broken_path, "--output-format", "concise", "-q", "--select", "XMP001,BRK,MC301", str(card))
    lines = proc.stdout.splitlines()
    assert any("MC901 [error] rule BRK001 (crashing-rule) crashed on this card with RuntimeError" in line for line in lines)
    assert any(" XMP001 " in line for line in lines) and any(" MC301 " in line for line in lines)
    # the entry point that does not import and the rule that claims an MC code are reported, and the run ends with 2
    assert "plugin 'missing' (modelcard_lint_broken.missing_module:get_rules) could not be loaded" in proc.stderr
    assert "uses the MC prefix, which belongs to modelcard-lint's own rules" in proc.stderr
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr


def test_plugin_rules_are_listed_and_explained(plugin_path: Path) -> None:
    listing = lint(plugin_path, "rules").stdout
    assert "XMP001  all-caps-heading" in listing
    doc = lint(plugin_path, "rule", "all-caps-heading").stdout
    assert doc.startswith("# XMP001 all-caps-heading")
    assert "https://example.org/rules/XMP001" in doc


@pytest.mark.parametrize("group", ["console_scripts", "modelcard_lint.rules", "pytest11"])
def test_entry_point_scan_agrees_with_importlib_metadata(group: str) -> None:
    from importlib.metadata import entry_points as reference

    from modelcard_lint.core.registry import entry_points

    expected = sorted({(ep.name, ep.value) for ep in reference(group=group)})
    assert entry_points(group) == expected
