"""Benchmark ``modelcard-lint audit``: cards per second and peak memory, on this machine and on a Dask cluster.

    python scripts/bench_audit.py [--sizes 1,10,100] [--no-dask] [--keep DIR]

Builds Parquet files of the shared corpus (../shared/corpus/cards) replicated 1, 10 and 100
times, in the layout of the Hub's card dumps (row groups of 2,000 rows, zstd, the card column
not dictionary-encoded, as the dumps store it), then times
the audit of each with one and two worker processes, locally (``-j 1``, ``-j 2``) and on a Dask
cluster of a ``dask scheduler`` and one, then two, ``dask worker`` processes started here.

For each run: wall time, cards per second, the CPU time of the command (its worker processes
included) and of its main process alone (the part that does not spread over workers), and the
peak memory of the command's whole process
tree, sampled every 50 ms: the RSS of the main process and its workers summed (which counts
the pages forked workers share with the main process once per process) and their PSS summed
(which counts them once); for Dask, the RSS of the workers too.  Then the issue's goal (the
10x corpus in at most 0.85x the time of ten single-process runs of the corpus, under 600 MiB),
and an estimate of a 2-million-card audit on 1, 16 and 64 cores: the time per card of one
worker (from the two largest runs, so that start-up and report cancel out) divided among the
cores with the efficiency measured with two workers, bounded by the main process's (the Dask
client's) CPU time per card, which does not divide.

Timings on a machine where other work runs are meaningless: the load average is printed first,
and the script waits (up to two minutes) for it to fall below 1.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil
import pyarrow as pa
import pyarrow.parquet as pq

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "cards"
LIBRARIES = ["transformers", "transformers", "sentence-transformers", "diffusers", "timm", "peft", None]
TASKS = ["text-classification", "token-classification", "fill-mask", "text-generation", "translation", None]
BIN = Path(sys.executable).parent


def build(folder: Path, sizes: list[int]) -> dict[int, Path]:
    cards = sorted(CORPUS.glob("*.md"))
    base = []
    for path in cards:
        rnd = random.Random(path.name)
        base.append({
            "modelId": path.stem.partition("__")[2].replace("__", "/", 1),
            "downloads": int(10 ** rnd.uniform(0, 6.5)),
            "likes": rnd.randrange(50),
            "library_name": rnd.choice(LIBRARIES),
            "pipeline_tag": rnd.choice(TASKS),
            "card": path.read_bytes().decode("utf-8"),
        })
    files = {}
    for n in sizes:
        path = folder / f"corpus-x{n}.parquet"
        schema = pa.Table.from_pylist(base[:1]).schema
        with pq.ParquetWriter(path, schema, compression="zstd", use_dictionary=["library_name", "pipeline_tag"]) as w:
            for copy in range(n):
                rows = [dict(r, modelId=f"{r['modelId']}-{copy}") for r in base]
                w.write_table(pa.Table.from_pylist(rows, schema=schema), row_group_size=2000)
        files[n] = path
        print(f"  {path.name}: {n * len(base):,} cards, {path.stat().st_size / 2**20:,.0f} MiB", flush=True)
    return files


class Run:
    """A command: its wall time, the CPU time of its main process and of its whole tree, its peak memory."""

    def __init__(self, args: list[str], watch: list[int] | None = None) -> None:
        started = time.monotonic()
        proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        root = psutil.Process(proc.pid)
        self.peak = self.pss = self.workers_peak = 0  # RSS summed over the tree, PSS summed, the Dask workers' RSS
        self.main_cpu = 0.0
        watched = [psutil.Process(pid) for pid in watch or []]
        before = sum(sum(p.cpu_times()[:2]) for p in watched)
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:  # the rusage of the command and of the workers it waited for
                break
            with contextlib.suppress(psutil.Error):
                tree = [root, *root.children(recursive=True)]
                memory = [p.memory_full_info() for p in tree]
                self.peak = max(self.peak, sum(m.rss for m in memory))
                self.pss = max(self.pss, sum(m.pss for m in memory))
                times = root.cpu_times()
                self.main_cpu = times.user + times.system
            with contextlib.suppress(psutil.Error):
                self.workers_peak = max(self.workers_peak, sum(p.memory_info().rss for p in watched))
            time.sleep(0.05)
        self.wall = time.monotonic() - started
        self.cpu = usage.ru_utime + usage.ru_stime
        self.workers_cpu = sum(sum(p.cpu_times()[:2]) for p in watched) - before  # the Dask workers'
        if not watched:
            self.workers_cpu = self.cpu - self.main_cpu  # the forked workers' (nothing when there are none)
        proc.returncode = os.waitstatus_to_exitcode(status)
        err = proc.stderr.read() if proc.stderr else ""
        if proc.returncode != 0:
            raise SystemExit(f"{' '.join(args)} failed ({proc.returncode}): {err.strip()}")


def audit(source: Path, out: Path, *extra: str, watch: list[int] | None = None) -> Run:
    return Run([str(BIN / "modelcard-lint"), "audit", str(source), "--output-dir", str(out), "--isolated", "-q",
                *extra], watch)


class Cluster:
    """A ``dask scheduler`` and its ``dask worker`` processes on 127.0.0.1, started and stopped here."""

    def __init__(self, folder: Path) -> None:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        self.address = f"tcp://127.0.0.1:{port}"
        self.folder = folder
        self.processes: list[subprocess.Popen] = []
        self._start("scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard")
        self.workers: list[int] = []

    def _start(self, *args: str) -> subprocess.Popen:
        log = (self.folder / f"dask-{len(self.processes)}.log").open("w")
        proc = subprocess.Popen([str(BIN / "dask"), *args], stdout=log, stderr=subprocess.STDOUT, cwd=self.folder)
        self.processes.append(proc)
        return proc

    def add_worker(self) -> None:
        from distributed import Client

        proc = self._start("worker", self.address, "--nthreads", "1", "--no-nanny", "--no-dashboard",
                           "--host", "127.0.0.1")
        self.workers.append(proc.pid)
        deadline = time.monotonic() + 60
        while True:
            try:
                with Client(self.address, timeout=5) as client:
                    client.wait_for_workers(len(self.workers), timeout=60)
                return
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.5)

    def stop(self) -> None:
        for proc in reversed(self.processes):
            proc.terminate()
        for proc in self.processes:
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()


def mib(n: int) -> str:
    return f"{n / 2**20:,.0f} MiB"


def quiet_machine() -> None:
    deadline = time.monotonic() + 120
    while os.getloadavg()[0] > 1.0 and time.monotonic() < deadline:
        time.sleep(5)
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())} (on {psutil.cpu_count()} CPUs)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1,10,100")
    parser.add_argument("--no-dask", action="store_true")
    parser.add_argument("--keep", metavar="DIR", help="build the Parquet files in DIR and keep them")
    args = parser.parse_args()
    if not CORPUS.is_dir():
        raise SystemExit(f"no corpus at {CORPUS}")
    sizes = [int(s) for s in args.sizes.split(",")]
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="bench-audit-"))
    folder.mkdir(parents=True, exist_ok=True)
    corpus = len(list(CORPUS.glob("*.md")))
    print("building the inputs")
    files = build(folder, sizes)
    quiet_machine()
    results: dict[tuple[str, int], Run] = {}
    header = (f"{'mode':<22} {'cards':>9} {'wall':>8} {'cards/s':>9} {'CPU':>8} {'main CPU':>9} {'peak RSS':>9} "
              f"{'peak PSS':>9} {'workers':>9}")
    print(header)

    def show(mode: str, n: int, run: Run) -> None:
        results[(mode, n)] = run
        cards = n * corpus
        workers = mib(run.workers_peak) if run.workers_peak else "-"
        print(f"{mode:<22} {cards:>9,} {run.wall:>7.1f}s {cards / run.wall:>9,.0f} {run.cpu:>7.1f}s "
              f"{run.main_cpu:>8.1f}s {mib(run.peak):>9} {mib(run.pss):>9} {workers:>9}", flush=True)

    out = folder / "out"
    for n in sizes:
        for jobs in (1, 2):
            show(f"local -j {jobs}", n, audit(files[n], out, "-j", str(jobs)))
    if not args.no_dask:
        cluster = Cluster(folder)
        try:
            for workers in (1, 2):
                cluster.add_worker()
                for n in sizes:
                    show(f"dask, {workers} worker{'s' if workers > 1 else ''}", n,
                         audit(files[n], out, "--scheduler", cluster.address, watch=cluster.workers))
        finally:
            cluster.stop()
    summary(results, sizes, corpus)
    if not args.keep:
        shutil.rmtree(folder, ignore_errors=True)


def per_card(results: dict[tuple[str, int], Run], mode: str, sizes: list[int], corpus: int) -> tuple[float, ...]:
    """From the two largest runs (so that start-up, planning and report cancel out): the workers' CPU seconds per
    card, the main process's (the client's) CPU seconds per card, and the fixed seconds of a run."""
    small, large = sorted(sizes)[-2:]
    a, b = results[(mode, small)], results[(mode, large)]
    cards = (large - small) * corpus
    if mode == "local -j 1":  # one process does everything
        workers, main = (b.cpu - a.cpu) / cards, 0.0
        return workers, main, max(a.cpu - workers * small * corpus, 0.0)
    workers = (b.workers_cpu - a.workers_cpu) / cards
    main = (b.main_cpu - a.main_cpu) / cards
    return workers, main, max(a.main_cpu - main * small * corpus, 0.0)


def summary(results: dict[tuple[str, int], Run], sizes: list[int], corpus: int) -> None:
    if 1 in sizes and 10 in sizes:
        ten = 10 * results[("local -j 1", 1)].wall
        two = results[("local -j 2", 10)]
        print(f"\ngoal: the 10x corpus with 2 workers in {two.wall:.1f} s = {two.wall / ten:.2f}x ten single-process "
              f"runs of the corpus ({ten:.1f} s; goal <= 0.85x); peak {mib(two.peak)} (goal < 600 MiB)")
        # on two free cores: the main process's CPU time, then the workers' shared by two (a bound: they overlap)
        free = two.main_cpu + two.workers_cpu / 2
        ten_cpu = 10 * results[("local -j 1", 1)].cpu
        print(f"on two free cores, from CPU times: at most {free:.1f} s against {ten_cpu:.1f} s "
              f"= {free / ten_cpu:.2f}x")
    if len(sizes) < 2:
        return
    print("\na 2,000,000-card audit on free cores, from the CPU time per card of the two largest runs: the workers' "
          "time divided\namong the cores, or the main process's (the Dask client's) if it is longer (it does not "
          "divide), plus the fixed time:")
    modes = (("this machine", "local -j 1", "local -j 2"), ("Dask", "dask, 1 worker", "dask, 2 workers"))
    for label, one, two in modes:
        if (two, max(sizes)) not in results:
            continue
        single, _, fixed = per_card(results, one, sizes, corpus)
        workers, main, fixed_two = per_card(results, two, sizes, corpus)
        who = "client" if label == "Dask" else "main process"
        print(f"  {label}: {single * 1e6:,.0f} us of CPU per card with one worker, {workers * 1e6:,.0f} us with two "
              f"(in the workers), {main * 1e6:,.1f} us in the {who}; {fixed_two:.1f} s fixed")
        for cores in (1, 16, 64):
            seconds = fixed + 2_000_000 * single if cores == 1 else fixed_two + 2_000_000 * max(workers / cores, main)
            bound = f" (bound by the {who})" if cores > 1 and main > workers / cores else ""
            print(f"    {cores:>2} core{'s' if cores > 1 else ' '}: {2_000_000 / seconds:>9,.0f} cards/s, "
                  f"{seconds / 60:>6,.1f} min{bound}")


if __name__ == "__main__":
    main()
