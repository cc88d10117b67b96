"""Corpora and helpers for the audit tests, built from the shared cards in the layout of the Hub's card dumps.

One row per card: ``modelId``, ``author``, ``downloads``, ``likes``, ``library_name``,
``pipeline_tag``, ``tags``, ``createdAt`` and ``card``, the columns other than the card made
up (deterministically, from the file name), so that the report has groups to chart.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from harness import ROOT

LIBRARIES = ["transformers", "transformers", "transformers", "sentence-transformers", "diffusers", "timm", "peft", None]
TASKS = ["text-classification", "token-classification", "fill-mask", "text-generation", "translation",
         "automatic-speech-recognition", "question-answering", None]


def corpus_rows(cards: Path) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """The rows of the corpus, and each row's modelId -> the path of its card file."""
    rows, paths = [], {}
    for path in sorted(cards.glob("*.md")):
        source, _, rest = path.stem.partition("__")
        org, _, model = rest.partition("__") if "__" in rest else rest.partition("_")
        model_id = f"{org}/{model}" if model else rest
        while model_id in paths:
            model_id += "-bis"
        rnd = random.Random(path.name)
        rows.append({
            "modelId": model_id,
            "author": org,
            "downloads": int(10 ** rnd.uniform(0, 6.5)) if rnd.random() > 0.1 else 0,
            "likes": rnd.randrange(0, 50),
            "library_name": rnd.choice(LIBRARIES),
            "pipeline_tag": rnd.choice(TASKS),
            "tags": [source, *(["en"] if rnd.random() > 0.5 else [])],
            "createdAt": datetime(2021, 1, 1, tzinfo=UTC) + timedelta(hours=rnd.randrange(30_000)),
            "card": path.read_bytes().decode("utf-8"),
        })
        paths[model_id] = str(path)
    return rows, paths


def write_parquet(rows: list[dict[str, Any]], path: Path, row_group_size: int = 400) -> Path:
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.Table.from_pylist(rows), path, row_group_size=row_group_size)
    return path


def write_jsonl(rows: list[dict[str, Any]], path: Path) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, default=str, ensure_ascii=False) + "\n")
    return path


FINDING = ("code", "name", "severity", "line", "column", "end_line", "end_column", "message")


def audit(*args: str, cwd: Path = ROOT, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "modelcard_lint", "audit", *args], capture_output=True, text=True,
                          cwd=cwd, env=env)


def findings(out: Path, ids: dict[str, str] | None = None) -> list[tuple]:
    """The findings of an audit as (path, code, ...), its ids mapped to the card files' paths."""
    import pyarrow.parquet as pq

    rows = pq.read_table(out / "findings.parquet").to_pylist()
    return sorted(((ids or {}).get(r["id"], r["id"]), *(r[k] for k in FINDING)) for r in rows)
