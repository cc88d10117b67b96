"""ruff and mypy run on the code as part of the test suite, so CI runs them through the README's test command.

Their configuration is in pyproject.toml; both are pinned in the ``test`` extra, so that
a new release does not change what passes.
"""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest
from harness import ROOT


def _tool(name: str) -> list[str]:
    exe = shutil.which(name, path=str(ROOT / ".venv" / "bin")) or shutil.which(name)
    if exe is None:
        pytest.skip(f"{name} is not installed (pip install -e '.[test]')")
    return [exe]


def test_ruff_finds_nothing() -> None:
    proc = subprocess.run([*_tool("ruff"), "check", "--no-cache", "."], cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_mypy_finds_nothing() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "--cache-dir", str(ROOT / ".mypy_cache")],
        cwd=ROOT, capture_output=True, text=True,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def _imports(path) -> set[str]:
    """The modules of modelcard_lint that a module imports, as dotted names relative to the package."""
    import ast

    package = path.relative_to(ROOT).with_suffix("").parts[:-1]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = list(package[: len(package) - node.level + 1])
            found.add(".".join([*base, *(node.module or "").split(".")]).strip("."))
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("modelcard_lint"):
            found.add(node.module or "")
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("modelcard_lint"))
    return found


def test_the_audit_package_stands_apart() -> None:
    """Nothing but the command line imports modelcard_lint.audit, so a plain run never loads it (nor
    pyarrow, Dask or Altair); which layers the audit itself may import is test_layers.py's to check."""
    package = ROOT / "modelcard_lint"
    for path in package.rglob("*.py"):
        if path.is_relative_to(package / "audit"):
            continue
        for name in _imports(path):
            if name.startswith("modelcard_lint.audit"):
                assert path == package / "app" / "cli.py", (path, name)
