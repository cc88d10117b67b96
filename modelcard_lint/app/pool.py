"""Running the work of many cards in worker processes, with the results in the order of the files.

The workers are forked from the main process, so they start with its rules and
configuration already loaded.  At most a few chunks of files are in flight at a
time, so memory does not grow with the number of files.  A worker that dies (a
plugin calling ``os._exit``, the out-of-memory killer) breaks the pool, which the
main process notices and reports instead of waiting forever; workers die with the
main process (Linux), and leave Ctrl-C to it.
"""

from __future__ import annotations

import contextlib
import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

IN_FLIGHT = 4  # chunks per worker submitted ahead
# Ctrl-C and SIGTERM are held while a worker is forked: their KeyboardInterrupt would otherwise be
# raised inside a fork hook (logging's), where Python prints it and drops it, and the run would go on
# to the end as if it had never been interrupted (or hang on the lock the hook left behind)
_STOP = {signal.SIGINT, signal.SIGTERM}


class WorkerDied(Exception):
    """A worker process ended without returning its results."""


def cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


@contextlib.contextmanager
def signals_held() -> Iterator[None]:
    """Ctrl-C and SIGTERM wait until the block is done (then their handlers run, in the main process)."""
    old = signal.pthread_sigmask(signal.SIG_BLOCK, _STOP)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


def _init_worker(parent: int, setup: Callable[[], None] | None) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the main process's to handle
    signal.pthread_sigmask(signal.SIG_UNBLOCK, _STOP)  # forked while they were held
    try:  # die with the main process, even when it is killed (Linux)
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:  # the main process died before the line above
        os._exit(1)
    if setup is not None:
        setup()


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def ordered_map(
    work: Callable[[list[T]], list[R]],
    items: Iterable[T],
    jobs: int,
    chunk: int,
    setup: Callable[[], None] | None = None,
) -> Iterator[tuple[list[T], list[R]]]:
    """(chunk, results) for consecutive chunks of ``items``, in order, computed by ``jobs`` forked workers.

    Raises WorkerDied if a worker process dies.  ``work`` must be a module-level function.
    """
    import multiprocessing

    context = multiprocessing.get_context("fork")
    executor = ProcessPoolExecutor(jobs, mp_context=context, initializer=_init_worker, initargs=(os.getpid(), setup))
    quiet_wakeup(executor)
    pending: deque[tuple[list[T], Future[list[R]]]] = deque()
    source = _chunks(items, chunk)
    clean = False
    try:
        for part in islice(source, jobs * IN_FLIGHT):
            with signals_held():  # submit forks the workers (one per call, until there are `jobs` of them)
                pending.append((part, executor.submit(work, part)))
        while pending:
            part, future = pending[0]
            results = future.result()
            pending.popleft()
            following = next(source, None)
            if following is not None:
                with signals_held():
                    pending.append((following, executor.submit(work, following)))
            yield part, results
        clean = True
    except BrokenProcessPool:
        # every chunk in flight fails with the pool, and which one the dead worker held is not known
        raise WorkerDied(_files([item for part, _ in pending for item in part])) from None
    finally:
        if clean:
            executor.shutdown(wait=True)
        else:  # an error, Ctrl-C, or the consumer stopped: do not wait for the workers
            executor.shutdown(wait=False, cancel_futures=True)
            _terminate(executor)


def quiet_wakeup(executor: ProcessPoolExecutor) -> None:
    """Keep the interpreter's exit quiet after a worker died: CPython 3.11's exit hook wakes the pool's manager
    thread through a pipe that the thread may be closing at that moment (a race fixed in later versions), and the
    OSError it then raises printed a traceback under the run's own message."""
    wakeup = getattr(executor, "_executor_manager_thread_wakeup", None)
    if wakeup is None:
        return
    send = wakeup.wakeup

    def quiet() -> None:
        with contextlib.suppress(OSError):
            send()

    wakeup.wakeup = quiet


def _terminate(executor: ProcessPoolExecutor) -> None:
    processes: dict[Any, Any] = getattr(executor, "_processes", None) or {}
    for process in list(processes.values()):
        with contextlib.suppress(OSError, AttributeError):
            process.kill()


def _files(items: list[Any]) -> str:
    names = [getattr(item, "display", str(item)) for item in items]
    if len(names) <= 2:
        return " or ".join(names) or "the files"
    return f"one of the {len(names)} files from {names[0]} to {names[-1]}"
