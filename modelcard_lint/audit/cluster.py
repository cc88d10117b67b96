"""An audit on a Dask distributed cluster: each partition of the input is a task that reads and lints it.

A task reads its rows where it runs (the files must be readable there: a shared file system),
lints them with the job's settings (each worker process builds its linter once) and returns
the rows of findings.parquet and cards.parquet as Arrow tables, with their counts for the
report.  The client submits a few tasks per worker ahead, earliest first, and writes their
results in the input's order, so its memory does not grow with the input.  ``--scheduler
local`` starts a cluster of worker processes on this machine, one per core (or ``--jobs``).
"""

from __future__ import annotations

import logging
import re
import uuid
from collections import deque
from collections.abc import Callable
from typing import Any

import pyarrow as pa

from ..app.config import ConfigError
from ..app.runner import RunError
from .lint import Job, linter
from .sources import InputError, Layout, Partition, Plan, coalesce, pieces
from .task import Output, lint_pieces

AHEAD = 2  # tasks per worker submitted ahead
BATCH = 256  # rows read at a time in a task
LEAST_ROWS, MOST_ROWS = 256, 4096  # rows of a task
CONNECT_TIMEOUT = 10  # seconds
_ADDRESS = re.compile(r"^(tcp|tls)://[^\s/]+:\d+/?$")

Emit = Callable[[Output], None]


def check_address(scheduler: str) -> None:
    if scheduler != "local" and not _ADDRESS.match(scheduler):
        raise InputError(f"--scheduler {scheduler}: give the scheduler's address, tcp://HOST:PORT, or local")


def lint_partition(job: Job, layout: Layout, schema: pa.Schema, part: Partition, seq: int) -> Output:
    """The task: read a partition, lint its cards, and return the rows of the outputs with their counts."""
    return lint_pieces(linter(job), layout, schema, (p._replace(seq=seq) for p in pieces(part, layout, BATCH)))


def task_rows(rows: int, workers: int) -> int:
    """Rows per task: a few tasks per worker for small inputs, at most ``MOST_ROWS`` for large ones."""
    wanted = rows // (workers * 4) if workers else rows
    return max(LEAST_ROWS, min(MOST_ROWS, wanted))


class Cluster:
    """A client of a Dask scheduler (and the local cluster it started, with ``local``)."""

    def __init__(self, scheduler: str, jobs: int) -> None:
        from distributed import Client, LocalCluster

        for name in ("distributed", "tornado", "bokeh"):
            logging.getLogger(name).setLevel(logging.ERROR)  # a lost connection is reported once, by the task
        self.cluster: Any = None
        self.address = scheduler
        if scheduler == "local":
            self.cluster = LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=None,
                                        silence_logs=logging.ERROR)
            self.client = Client(self.cluster)
            self.where = f"a local Dask cluster of {jobs} worker process{'es' if jobs != 1 else ''}"
        else:
            check_address(scheduler)
            _knock(scheduler)
            try:
                self.client = Client(scheduler, timeout=CONNECT_TIMEOUT)
            except (OSError, TimeoutError) as exc:
                raise InputError(f"cannot reach the Dask scheduler at {scheduler}: {_first_line(exc)}") from None
            try:
                self.client.wait_for_workers(1, timeout=CONNECT_TIMEOUT)
            except (OSError, TimeoutError):
                self.close()
                raise InputError(f"the Dask scheduler at {scheduler} has no worker") from None
            self.where = f"the Dask cluster at {scheduler}"
        self.workers = max(1, len(self.client.scheduler_info().get("workers", {})))

    def run(self, plan: Plan, job: Job, schema: pa.Schema, emit: Emit) -> None:
        """Lint every partition of ``plan`` on the cluster; ``emit`` each one's tables, in order."""
        token = uuid.uuid4().hex[:8]
        partitions = coalesce(plan.partitions, task_rows(plan.rows, self.workers))
        parts = iter(enumerate(partitions))
        pending: deque[tuple[int, Any]] = deque()

        def submit() -> None:
            item = next(parts, None)
            if item is not None:
                index, part = item
                future = self.client.submit(lint_partition, job, plan.layout, schema, part, index, pure=False,
                                            key=f"modelcard-lint-audit-{token}-{index}", priority=-index)
                pending.append((index, future))

        for _ in range(self.workers * AHEAD):
            submit()
        try:
            while pending:
                index, future = pending[0]
                try:
                    output = future.result()
                except (InputError, ConfigError):
                    raise
                except Exception as exc:
                    raise RunError(_task_failed(partitions[index], exc)) from None
                pending.popleft()
                future.release()
                submit()
                emit(output)
        finally:
            for _, future in pending:
                future.cancel()

    def close(self) -> None:
        try:
            self.client.close()
        finally:
            if self.cluster is not None:
                self.cluster.close()


def _knock(scheduler: str) -> None:
    """Fail at once, with the reason, when nothing listens at the address (the client would retry until its timeout)."""
    import socket

    host, _, port = scheduler.split("://", 1)[1].rstrip("/").rpartition(":")
    try:
        socket.create_connection((host.strip("[]"), int(port)), timeout=CONNECT_TIMEOUT).close()
    except OSError as exc:
        reason = exc.strerror or str(exc) or type(exc).__name__
        raise InputError(f"cannot reach the Dask scheduler at {scheduler}: {reason.lower()}") from None


def _task_failed(part: Partition, exc: BaseException) -> str:
    where = part.name if part.kind != "files" else (part.files[0][1] if part.files else "a folder")
    hint = "; every worker needs `pip install 'modelcard-lint[audit]'`" if isinstance(exc, ImportError) else ""
    return f"a Dask task failed on {where}: {type(exc).__name__}: {_first_line(exc)}{hint}"


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
