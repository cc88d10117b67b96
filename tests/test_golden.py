"""Golden output: the full diagnostics of both seed cards, in every output format.

Each file in tests/golden/ is exactly what the command prints for one seed in
one format.  After an intended change, regenerate them with
``UPDATE_GOLDEN=1 python -m pytest tests/test_golden.py`` and review the diff.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from harness import ROOT

SEEDS = ["ak-pretrain-cls-model", "bert-base-cased-sst2"]
FORMATS = {"full": ["--color", "never"], "concise": [], "json": []}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("seed", SEEDS)
def test_golden(seed: str, fmt: str) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "modelcard_lint", "--isolated", "--output-format", fmt, *FORMATS[fmt],
         f"tests/cards/{seed}.md"],
        capture_output=True, text=True, cwd=ROOT, env=dict(os.environ, COLUMNS="120"),
    )
    assert proc.stderr == ""
    assert proc.returncode == 1  # both seeds have findings at warning level or above
    golden = ROOT / "tests" / "golden" / f"{seed}.{fmt}"
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_text(proc.stdout, encoding="utf-8")
    assert proc.stdout == golden.read_text(encoding="utf-8")
