from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from auditdata import FINDING, corpus_rows, write_jsonl, write_parquet
from harness import ROOT, SHARED


@pytest.fixture(scope="session")
def shared():
    """The shared corpus beside the repository; skipped where it is absent (a user's machine)."""
    if not (SHARED / "corpus").is_dir():
        pytest.skip(f"the shared corpus is not at {SHARED} (it sits beside the repository in CI)")
    return SHARED


@pytest.fixture(scope="session")
def corpus(shared: Path, tmp_path_factory: pytest.TempPathFactory) -> dict:
    """The shared cards as Parquet and JSONL in the layout of the Hub's card dumps, and what a plain run finds."""
    cards = shared / "corpus" / "cards"
    rows, paths = corpus_rows(cards)
    folder = tmp_path_factory.mktemp("corpus")
    files = sorted(cards.glob("*.md"))
    plain = subprocess.run(
        [sys.executable, "-m", "modelcard_lint", "--isolated", "--output-format", "json", *map(str, files)],
        capture_output=True, text=True, cwd=ROOT,
    )
    assert plain.returncode in (0, 1), plain.stderr
    expected = sorted((d["path"], *(d[k] for k in FINDING)) for d in json.loads(plain.stdout))
    return {
        "cards": cards,
        "rows": rows,
        "paths": paths,
        "parquet": write_parquet(rows, folder / "cards.parquet", row_group_size=300),
        "jsonl": write_jsonl(rows, folder / "cards.jsonl"),
        "expected": expected,
    }
