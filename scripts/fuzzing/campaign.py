"""Running inputs in worker processes (one per core) and gathering what they find.

The main process hands out chunks of input numbers; a worker makes each input
from (seed, number), runs the oracles and sends back one message per chunk:
how many inputs ran and, per signature, a count and the smallest failing
input.  The results do not depend on which worker ran which chunk, so a run
is deterministic for a given seed (up to the timings).

A watchdog covers what the in-process alarm cannot: a worker that stops
reporting progress (stuck in C code) or dies (a segfault, the OOM killer) is
replaced, the input it was on is recorded as ``hang:watchdog`` or
``died:<exit code>``, and the rest of its chunks are run again.
"""

from __future__ import annotations

import collections
import multiprocessing as mp
import queue
import resource
import signal
import time
from typing import Any, NamedTuple

from . import cases
from .oracles import Limits

CTX = mp.get_context("fork")


def exit_name(code: int | None) -> str:
    """``SIGSEGV`` for a process killed by that signal, ``exit-3`` for ``exit(3)``."""
    if code is None:
        return "running"
    if code < 0:
        try:
            return signal.Signals(-code).name
        except ValueError:
            return f"signal-{-code}"
    return f"exit-{code}"


class Config(NamedTuple):
    seed: int = 0
    jobs: int = 2
    inputs: int | None = None
    seconds: float | None = None
    limits: Limits = Limits()
    only: str | None = None
    chunk: int = 100
    watchdog: float = 120.0
    progress: float = 10.0
    memory_mb: int = 2048


class Found:
    """One signature: how often it was seen, and its smallest reproducer (ties: the lowest input number).

    ``fallback`` is a crafted input with the signature, tried when the smallest one does not fail again
    (a timing at the edge of the budget).
    """

    __slots__ = ("count", "detail", "fallback", "first_at", "index", "kind", "text")

    def __init__(self, index: int, kind: str, text: str, detail: str, first_at: float = 0.0) -> None:
        self.count = 0
        self.index, self.kind, self.text, self.detail = index, kind, text, detail
        self.first_at = first_at
        self.fallback: str | None = None

    def key(self) -> tuple[int, int]:
        return (len(self.text.encode("utf-8")), self.index)

    def merge(self, other: Found) -> None:
        self.count += other.count
        self.first_at = min(self.first_at, other.first_at)
        self.fallback = self.fallback or other.fallback
        if other.key() < self.key():
            self.index, self.kind, self.text, self.detail = other.index, other.kind, other.text, other.detail


class Tally:
    """What a chunk (or the whole run) found."""

    def __init__(self) -> None:
        self.inputs = 0
        self.unreadable = 0
        self.fix_runs = 0
        self.kinds: collections.Counter[str] = collections.Counter()
        self.found: dict[str, Found] = {}
        self.first_index: dict[str, int] = {}

    def record(self, signature: str, found: Found) -> None:
        if signature in self.found:
            self.found[signature].merge(found)
        else:
            self.found[signature] = found
        self.first_index[signature] = min(self.first_index.get(signature, found.index), found.index)

    def merge(self, other: Tally, elapsed: float) -> None:
        self.inputs += other.inputs
        self.unreadable += other.unreadable
        self.fix_runs += other.fix_runs
        self.kinds.update(other.kinds)
        for signature, found in other.found.items():
            found.first_at = elapsed
            self.record(signature, found)
            self.first_index[signature] = min(self.first_index[signature], other.first_index[signature])

    @property
    def failures(self) -> int:
        return sum(f.count for f in self.found.values())


def run_chunk(
    cfg: Config, corpus: list[str], patterns: dict, start: int, count: int, stop: Any, status: Any, wid: int
) -> Tally:
    tally = Tally()
    for index in range(start, start + count):
        if stop.is_set():
            break
        status[2 * wid], status[2 * wid + 1] = index, time.time()
        case = cases.make(cfg.seed, index, corpus, patterns)
        outcome = cases.check(case.data, cfg.limits, cfg.only)
        tally.inputs += 1
        tally.kinds[case.kind] += 1
        tally.unreadable += not outcome.readable
        tally.fix_runs += outcome.fixed
        for failure in outcome.failures:
            found = Found(index, case.kind, outcome.text, failure.detail)
            found.count = 1
            tally.record(failure.signature, found)
    return tally


def worker(wid: int, cfg: Config, corpus: list[str], tasks: Any, results: Any, stop: Any, status: Any) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the main process's to handle
    if cfg.memory_mb > 0:  # a runaway allocation becomes a MemoryError (a finding), not the OOM killer
        limit = cfg.memory_mb << 20
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    patterns = cases.all_patterns(corpus)
    while True:
        task = tasks.get()
        if task is None:
            return
        start, count = task
        tally = run_chunk(cfg, corpus, patterns, start, count, stop, status, wid)
        results.put((wid, start, count, tally))


class Pool:
    """Worker processes, each with its own task queue, so that the main process knows who runs what."""

    def __init__(self, cfg: Config, corpus: list[str]) -> None:
        self.cfg, self.corpus = cfg, corpus
        self.results = CTX.Queue()
        self.stop = CTX.Event()
        self.status = CTX.Array("d", 2 * cfg.jobs, lock=False)  # per worker: input number, time it started
        self.procs: list[Any] = [None] * cfg.jobs
        self.tasks: list[Any] = [None] * cfg.jobs
        self.assigned: list[collections.deque[tuple[int, int]]] = [collections.deque() for _ in range(cfg.jobs)]
        for wid in range(cfg.jobs):
            self.spawn(wid)

    def spawn(self, wid: int) -> None:
        self.tasks[wid] = CTX.Queue()
        self.status[2 * wid], self.status[2 * wid + 1] = -1, time.time()
        args = (wid, self.cfg, self.corpus, self.tasks[wid], self.results, self.stop, self.status)
        self.procs[wid] = CTX.Process(target=worker, args=args, daemon=True)
        self.procs[wid].start()

    def send(self, wid: int, chunk: tuple[int, int]) -> None:
        self.assigned[wid].append(chunk)
        self.tasks[wid].put(chunk)

    def done(self, wid: int, start: int) -> None:
        self.assigned[wid] = collections.deque(c for c in self.assigned[wid] if c[0] != start)

    def close(self) -> None:
        for wid, proc in enumerate(self.procs):
            if proc.is_alive():
                self.tasks[wid].put(None)
        for proc in self.procs:
            proc.join(timeout=5)
            if proc.is_alive():
                proc.kill()
                proc.join()

    def casualties(self) -> list[tuple[int, str]]:
        """Workers that died or are stuck: (worker, what happened)."""
        out = []
        now = time.time()
        for wid, proc in enumerate(self.procs):
            busy = self.status[2 * wid] >= 0 and self.assigned[wid]
            if not proc.is_alive():
                out.append((wid, f"died:{exit_name(proc.exitcode)}"))
            elif busy and now - self.status[2 * wid + 1] > self.cfg.watchdog:
                out.append((wid, "hang:watchdog"))
        return out

    def replace(self, wid: int) -> tuple[int, list[tuple[int, int]]]:
        """Kill and restart one worker; the input it was on, and the chunks to run again without it."""
        proc = self.procs[wid]
        if proc.is_alive():
            proc.kill()
        proc.join()
        index, culprit = int(self.status[2 * wid]), -1
        redo: list[tuple[int, int]] = []
        for start, count in self.assigned[wid]:
            if start <= index < start + count:
                redo += [(start, index - start), (index + 1, start + count - index - 1)]
                culprit = index
            else:
                redo.append((start, count))
        self.assigned[wid].clear()
        self.spawn(wid)
        return culprit, [c for c in redo if c[1] > 0]


def run(cfg: Config, corpus: list[str], log: Any) -> tuple[Tally, float]:
    """Run the campaign; returns everything found and the wall time."""
    pool = Pool(cfg, corpus)
    patterns = cases.all_patterns(corpus)
    total = Tally()
    began = time.monotonic()
    next_start, pending = 0, collections.deque[tuple[int, int]]()
    last_report = began
    limit = cfg.inputs if cfg.inputs is not None else float("inf")

    def more_work() -> bool:
        timed_out = cfg.seconds is not None and time.monotonic() - began >= cfg.seconds
        return not timed_out and (bool(pending) or next_start < limit)

    try:
        while True:
            for wid in range(cfg.jobs):  # keep two chunks queued per worker
                while len(pool.assigned[wid]) < 2 and more_work():
                    if pending:
                        chunk = pending.popleft()
                    else:
                        chunk = (next_start, int(min(cfg.chunk, limit - next_start)))
                        next_start += chunk[1]
                    pool.send(wid, chunk)
            if cfg.seconds is not None and time.monotonic() - began >= cfg.seconds:
                pool.stop.set()  # the workers end their chunks early
            if not any(pool.assigned):
                break
            _collect(pool, total, began, wait=1.0)
            casualties = pool.casualties()
            if casualties:
                _collect(pool, total, began, wait=0.0)  # what a worker sent before it died is not run again
            for wid, what in casualties:
                index, redo = pool.replace(wid)
                pending.extend(redo)
                if index >= 0:
                    total.record(what, _casualty(cfg, corpus, patterns, index, f"worker {wid}: {what}"))
                    total.inputs += 1
            now = time.monotonic()
            if now - last_report >= cfg.progress:
                last_report = now
                log(progress_line(total, now - began))
    except KeyboardInterrupt:
        log("interrupted: stopping the workers and writing what was found")
        pool.stop.set()
    finally:
        pool.stop.set()
        _drain(pool, total, began)
        pool.close()
    return total, time.monotonic() - began


def _collect(pool: Pool, total: Tally, began: float, wait: float) -> None:
    """Merge the chunk results that have arrived (waiting up to ``wait`` seconds for the first)."""
    while True:
        try:
            wid, start, _count, tally = pool.results.get(timeout=wait) if wait else pool.results.get_nowait()
        except queue.Empty:
            return
        pool.done(wid, start)
        total.merge(tally, time.monotonic() - began)
        wait = 0.0


def _casualty(cfg: Config, corpus: list[str], patterns: dict, index: int, detail: str) -> Found:
    """The input a worker was on when it hung or died, made again from its number."""
    case = cases.make(cfg.seed, index, corpus, patterns)
    text = case.data if isinstance(case.data, str) else case.data.decode("utf-8", "replace")
    found = Found(index, case.kind, text, detail)
    found.count = 1
    return found


def _drain(pool: Pool, total: Tally, began: float) -> None:
    """Collect the partial chunks the workers report after the stop."""
    deadline = time.monotonic() + 30
    while any(pool.assigned) and time.monotonic() < deadline:
        try:
            wid, start, _count, tally = pool.results.get(timeout=0.5)
        except queue.Empty:
            if all(not p.is_alive() for p in pool.procs):
                break
            continue
        pool.done(wid, start)
        total.merge(tally, time.monotonic() - began)


def progress_line(total: Tally, elapsed: float) -> str:
    rate = total.inputs / elapsed if elapsed > 0 else 0.0
    return (
        f"[{elapsed:7.0f} s] {total.inputs:,} inputs ({rate:,.0f}/s), {total.fix_runs:,} fix runs, "
        f"{len(total.found)} signatures, {total.failures:,} failures"
    )
