"""``modelcard-lint audit --scheduler``: the same outputs on a real Dask cluster as on this machine.

The cluster is a ``dask scheduler`` and two ``dask worker`` processes on 127.0.0.1, started
here and stopped at the end of the module; the workers run this checkout's package.
"""

from __future__ import annotations

import json
import re
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from auditdata import audit, findings

pa = pytest.importorskip("pyarrow", reason="the audit extra is not installed (pip install -e '.[test]')")
pq = pytest.importorskip("pyarrow.parquet")
pytest.importorskip("distributed", reason="the audit extra is not installed (pip install -e '.[test]')")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _dask() -> list[str]:
    found = shutil.which("dask", path=str(Path(sys.executable).parent))
    return [found] if found else [sys.executable, "-m", "dask"]


@pytest.fixture(scope="module")
def scheduler(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    from distributed import Client

    logs = tmp_path_factory.mktemp("dask")
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    processes: list[subprocess.Popen] = []

    def start(name: str, *args: str) -> None:
        log = (logs / f"{name}.log").open("w")
        processes.append(subprocess.Popen([*_dask(), *args], stdout=log, stderr=subprocess.STDOUT, cwd=logs))

    try:
        start("scheduler", "scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard")
        for n in (1, 2):
            start(f"worker{n}", "worker", address, "--nthreads", "1", "--no-nanny", "--no-dashboard",
                  "--host", "127.0.0.1", "--name", f"worker{n}")
        deadline = time.monotonic() + 90
        while True:
            try:
                with Client(address, timeout=5) as client:
                    client.wait_for_workers(2, timeout=60)
                break
            except OSError:
                if time.monotonic() > deadline or any(p.poll() is not None for p in processes):
                    text = "\n".join(f.read_text() for f in sorted(logs.glob("*.log")))
                    pytest.fail(f"the Dask cluster did not start:\n{text}")
                time.sleep(0.5)
        yield address
    finally:
        for process in reversed(processes):
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def test_a_dask_cluster_finds_what_a_plain_run_finds(corpus: dict, scheduler: str, tmp_path: Path) -> None:
    on_cluster, here = tmp_path / "cluster", tmp_path / "here"
    proc = audit(str(corpus["parquet"]), "--output-dir", str(on_cluster), "--isolated", "--scheduler", scheduler)
    assert proc.returncode == 0, proc.stderr
    assert f"on the Dask cluster at {scheduler}" in proc.stdout and proc.stderr == ""
    assert findings(on_cluster, corpus["paths"]) == corpus["expected"]
    # the very same rows as on this machine, carried columns and order included
    assert audit(str(corpus["parquet"]), "--output-dir", str(here), "--isolated", "-q").returncode == 0
    for name in ("findings.parquet", "cards.parquet"):
        assert pq.read_table(on_cluster / name).equals(pq.read_table(here / name)), name
    # and the same report, but for when, where and how long
    pages = [re.sub(r'<p class="subtitle">.*?</p>|<footer>.*?</footer>', "", (folder / "report.html").read_text())
             for folder in (on_cluster, here)]
    assert pages[0] == pages[1]


def test_folders_and_jsonl_on_a_dask_cluster(corpus: dict, scheduler: str, tmp_path: Path) -> None:
    proc = audit(str(corpus["cards"]), "--include-all", "--output-dir", str(tmp_path), "--isolated",
                 "--scheduler", scheduler, "-q")
    assert proc.returncode == 0, proc.stderr
    assert findings(tmp_path) == corpus["expected"]
    proc = audit(str(corpus["jsonl"]), "--output-dir", str(tmp_path), "--isolated", "--scheduler", scheduler, "-q")
    assert proc.returncode == 0, proc.stderr
    assert findings(tmp_path, corpus["paths"]) == corpus["expected"]


def test_a_bad_row_on_a_worker_is_one_line_and_exit_2(scheduler: str, tmp_path: Path) -> None:
    rows = [json.dumps({"card": "# a\n", "modelId": f"m/{i}"}) for i in range(100)] + ['{"card": 3}']
    (tmp_path / "c.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    proc = audit("c.jsonl", "--output-dir", "out", "--scheduler", scheduler, cwd=tmp_path)
    assert proc.returncode == 2
    assert proc.stderr == "modelcard-lint: error: c.jsonl:101: 'card' holds a JSON int, not the card's text\n"
    assert list((tmp_path / "out").iterdir()) == []


def test_an_unreachable_scheduler_is_one_line_and_exit_2(tmp_path: Path) -> None:
    (tmp_path / "c.jsonl").write_text('{"card": "# a"}\n', encoding="utf-8")
    address = f"tcp://127.0.0.1:{_free_port()}"
    proc = audit("c.jsonl", "--output-dir", "out", "--scheduler", address, cwd=tmp_path)
    assert proc.returncode == 2
    assert proc.stderr == f"modelcard-lint: error: cannot reach the Dask scheduler at {address}: connection refused\n"
    assert not (tmp_path / "out").exists()


def test_a_local_dask_cluster(corpus: dict, tmp_path: Path) -> None:
    rows = pq.read_table(corpus["parquet"]).slice(0, 300)
    pq.write_table(rows, tmp_path / "some.parquet", row_group_size=100)
    proc = audit("some.parquet", "--output-dir", "cluster", "--isolated", "--scheduler", "local", "-j", "2",
                 cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "on a local Dask cluster of 2 worker processes" in proc.stdout
    assert audit("some.parquet", "--output-dir", "here", "--isolated", "-q", cwd=tmp_path).returncode == 0
    for name in ("findings.parquet", "cards.parquet"):
        assert pq.read_table(tmp_path / "cluster" / name).equals(pq.read_table(tmp_path / "here" / name)), name
