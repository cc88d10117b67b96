"""report.html: one page that needs nothing but itself, opened in headless Chromium with its charts.

The input is the test suite's own cards (fixtures and seeds, full of defects) with made-up
downloads, libraries and pipeline tags, so this runs without the shared corpus.
"""

from __future__ import annotations

import os
import random
import re
import struct
import subprocess
import zlib
from pathlib import Path

import pytest
from auditdata import audit, write_parquet
from harness import ROOT

pytest.importorskip("pyarrow", reason="the audit extra is not installed (pip install -e '.[test]')")

CHROMIUM = "/usr/bin/chromium"
CHARTS = ["Findings per rule", "Share of cards with each defect", "Section coverage", "Findings per card by downloads",
          "Findings per card by library", "Findings per card by pipeline tag", "The worst cards"]


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("report")
    rnd = random.Random(12)
    rows = [
        {
            "modelId": f"org-{i % 9}/{path.stem}",
            "downloads": int(10 ** rnd.uniform(0, 6.5)),
            "library_name": rnd.choice(["transformers", "transformers", "diffusers", "timm", None]),
            "pipeline_tag": rnd.choice(["text-classification", "fill-mask", "translation", "text-generation", None]),
            "card": path.read_bytes().decode("utf-8", "replace"),
        }
        for i, path in enumerate(sorted((ROOT / "tests").glob("[cf]*/**/*.md")))
    ]
    write_parquet(rows, folder / "cards.parquet", row_group_size=50)
    proc = audit("cards.parquet", "--output-dir", "out", "-q", cwd=folder)
    assert proc.returncode == 0, proc.stderr
    return folder / "out" / "report.html"


def test_the_report_is_one_page_that_needs_nothing_else(report: Path) -> None:
    page = report.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "<title>Model card audit</title>" in page
    assert page.count("<svg") == len(CHARTS)
    for needs_something in ("<script", "<link", "<img", "<iframe", "@import"):
        assert needs_something not in page, needs_something
    assert re.findall(r"""(?:href|src)\s*=\s*["']?[a-z]+:|url\((?!#)""", page) == []
    ids = re.findall(r'\bid="([^"]+)"', page)
    assert len(ids) == len(set(ids))  # the charts' clip paths do not meet


def _chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    if not os.access(CHROMIUM, os.X_OK):
        pytest.skip(f"no browser at {CHROMIUM} (apt-get install chromium)")
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--disable-component-update", "--no-first-run", "--disable-sync", "--hide-scrollbars",
             f"--user-data-dir={tmp_path / 'profile'}"]
    return subprocess.run([CHROMIUM, *flags, *args], capture_output=True, text=True, timeout=120)


def test_the_report_opens_in_a_browser_with_its_charts(report: Path, tmp_path: Path) -> None:
    dom = _chromium(tmp_path, "--dump-dom", report.as_uri()).stdout
    assert dom.count("<svg") == len(CHARTS)
    for title in CHARTS:  # each chart's title is text in its SVG
        assert re.search(rf"<text[^>]*>{re.escape(title)}</text>", dom), title
    assert len(re.findall(r"<path[^>]*aria-roledescription=\"bar\"", dom)) > 50  # the bars are drawn
    shot = tmp_path / "report.png"
    _chromium(tmp_path, "--window-size=1440,2400", f"--screenshot={shot}", report.as_uri())
    width, height, busy = _busy_rows(shot.read_bytes())
    assert (width, height) == (1440, 2400)
    assert busy > height // 4, f"only {busy} of {height} rows of the screenshot show something"


def _busy_rows(png: bytes) -> tuple[int, int, int]:
    """The size of a PNG, and how many of its rows are not plain: a blank page has none."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    position, data, header = 8, b"", (0, 0, 0, 0)
    while position < len(png):
        size, kind = struct.unpack(">I4s", png[position : position + 8])
        body = png[position + 8 : position + 8 + size]
        position += 12 + size
        if kind == b"IHDR":
            header = struct.unpack(">IIBB", body[:10])
        elif kind == b"IDAT":
            data += body
    width, height, depth, color = header
    assert depth == 8
    stride = width * {0: 1, 2: 3, 4: 2, 6: 4}[color] + 1
    pixels = zlib.decompress(data)
    # each row starts with its filter byte; a row of one colour filters to a few distinct bytes
    rows = (pixels[i * stride + 1 : (i + 1) * stride] for i in range(height))
    return width, height, sum(1 for row in rows if len(set(row)) > 16)
