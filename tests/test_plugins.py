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


@pytest.fixture(scope="module")
def plugin_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("site")
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation",
         "--target", str(target), str(ROOT / "tests" / "plugin_example")],
        capture_output=True, text=True,
    )
    assert proc.returncode == 0, proc.stderr
    return target


def lint(plugin_path: Path, *args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(plugin_path))
    return subprocess.run(
        [sys.executable, "-m", "modelcard_lint", *args], capture_output=True, text=True, env=env, cwd=cwd
    )


def test_plugin_rules_run_and_broken_plugins_are_reported(plugin_path: Path, tmp_path: Path) -> None:
    card = tmp_path / "README.md"
    card.write_text("---\nlicense: mit\n---\n# MY MODEL\n\nMore information needed\n", encoding="utf-8")
    proc = lint(plugin_path, "--output-format", "concise", "-q", "--select", "XMP001,MC301", str(card))
    assert f"{card}:4:3: XMP001 [info] heading \"MY MODEL\" is in capital letters only" in proc.stdout
    assert f"{card}:6:1: MC301" in proc.stdout
    # the broken entry point and the rule that claims an MC code are reported, and the run ends with 2
    assert "plugin 'broken' (modelcard_lint_example.missing_module:get_rules) could not be loaded" in proc.stderr
    assert "uses the MC prefix, which belongs to modelcard-lint's own rules" in proc.stderr
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr


def test_a_crashing_plugin_rule_is_a_diagnostic_for_that_card(plugin_path: Path, tmp_path: Path) -> None:
    card = tmp_path / "README.md"
    card.write_text("---\nlicense: mit\n---\n# CRASH TEST\n\nMore information needed\n", encoding="utf-8")
    proc = lint(plugin_path, "--output-format", "concise", "-q", "--select", "XMP,MC301", str(card))
    lines = proc.stdout.splitlines()
    assert any("MC901 [error] rule XMP002 (crashing-rule) crashed on this card with RuntimeError" in line for line in lines)
    assert any(" XMP001 " in line for line in lines) and any(" MC301 " in line for line in lines)
    assert proc.returncode == 2


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
