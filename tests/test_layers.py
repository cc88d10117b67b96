"""The package's shape: layers as folders, imports that point down, a small root, small modules.

The layers, from the bottom: the diagnostic values, the card model, the Hub's vocabularies,
the facts rules share, the rule machinery, the rules, the renderers, the application, the
audit, the command line (``app/cli.py``, which puts the application's commands and the audit's
together), and the public API at the top.  A module may import from its own layer or a lower one.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from harness import ROOT

PACKAGE = ROOT / "modelcard_lint"
LAYERS = ["version", "diagnostics", "card", "hub", "facts", "core", "rules", "render", "app", "audit", "app.cli", "api", "__init__",
          "__main__"]
MODULES = sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def _module(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _layer(module: str) -> int:
    if module == "modelcard_lint.app.cli":
        return LAYERS.index("app.cli")
    parts = module.split(".")
    top = parts[1] if len(parts) > 1 else "__init__"
    return LAYERS.index(top)


def _imports(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = _module(path) if path.name == "__init__.py" else _module(path).rsplit(".", 1)[0]
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            names = [f"{target}.{alias.name}" for alias in node.names] if node.module is None else [target]
            out += [(node.lineno, name) for name in names]
        elif isinstance(node, ast.Import):
            out += [(node.lineno, alias.name) for alias in node.names]
    return [(line, name) for line, name in out if name == "modelcard_lint" or name.startswith("modelcard_lint.")]


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_point_down(path: Path) -> None:
    own = _layer(_module(path))
    upward = [f"line {line}: {name}" for line, name in _imports(path) if _layer(name) > own]
    assert not upward, f"{path.relative_to(ROOT)} imports from a higher layer: {upward}"


def test_every_top_level_name_is_a_known_layer() -> None:
    for path in MODULES:
        _layer(_module(path))  # raises ValueError for a folder or module of no layer


def test_the_root_is_small_and_so_are_the_modules() -> None:
    root = sorted(p.name for p in PACKAGE.glob("*.py"))
    assert len(root) <= 10, root
    big = {str(p.relative_to(PACKAGE)): n for p in MODULES if (n := len(p.read_text().splitlines())) > 400}
    assert big == {}, f"modules over 400 lines: {big}"
