"""Tasks in forked processes: a segfault or the OOM killer takes down one task, never the run.

``run`` starts one process per task, ``jobs`` at a time, and yields each
task with the messages it sent and its exit code.  A task sends progress
(``send(message)``) before the risky part, so that when it dies the caller
knows what it was doing.  ``dies`` runs one function in a child and tells how
the child ended: the predicate used to shrink inputs that crash the process.
"""

from __future__ import annotations

import multiprocessing.connection as mpc
import signal
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from .campaign import CTX


def _child(fn: Callable[[Any, Callable[[Any], None]], Any], task: Any, conn: Any) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    conn.send(("result", fn(task, conn.send)))
    conn.close()


def run(
    fn: Callable[[Any, Callable[[Any], None]], Any], tasks: Iterable[Any], jobs: int
) -> Iterator[tuple[Any, list[Any], int]]:
    """Yield (task, messages, exit code) as the tasks end; a normal end's last message is ``("result", value)``."""
    pending = list(tasks)
    running: dict[Any, tuple[Any, Any, Any, list[Any]]] = {}
    while pending or running:
        while pending and len(running) < max(1, jobs):
            task = pending.pop(0)
            receive, send = CTX.Pipe(duplex=False)
            proc = CTX.Process(target=_child, args=(fn, task, send))  # not a daemon: it may start children
            proc.start()
            send.close()
            running[proc.sentinel] = (proc, receive, task, [])
        mpc.wait([*running, *(r[1] for r in running.values())], timeout=1.0)
        for key, (proc, receive, task, messages) in list(running.items()):
            _read(receive, messages)
            if not proc.is_alive():
                proc.join()
                _read(receive, messages)
                receive.close()
                del running[key]
                yield task, messages, proc.exitcode


def _read(receive: Any, messages: list[Any]) -> None:
    try:
        while receive.poll():
            messages.append(receive.recv())
    except (EOFError, OSError):
        pass


def dies(fn: Callable[[], Any], timeout: float) -> int | None:
    """Run ``fn`` in a child process; its exit code (negative: killed by that signal), None if it overran."""
    proc = CTX.Process(target=fn, daemon=True)
    proc.start()
    proc.join(timeout)
    if proc.is_alive():
        proc.kill()
        proc.join()
        return None
    return proc.exitcode
