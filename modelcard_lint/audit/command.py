"""The ``audit`` command: check the options, plan the sources, run the job, publish the outputs.

Exit codes: 0 when the audit is done (its findings are data, not a failure); 2 for a bad
option or input, a configuration error, a plugin that failed to load, or a run that could
not finish.  Each error is one line on stderr.
"""

from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

import click

from ..app.config import ConfigError
from ..app.files import Discovery
from ..app.pool import signals_held
from ..app.runner import RunError
from . import local
from .lint import Job, Linter, job_for
from .progress import Progress
from .sources import DEFAULT_ID, Columns, InputError, Plan, plan
from .stats import Stats
from .tables import FINDINGS, RESERVED, ParquetSink, cards_schema, publish, stage_text
from .task import Output

if TYPE_CHECKING:
    from .cluster import Cluster

EXIT_DONE, EXIT_ERROR = 0, 2
FINDINGS_GROUP = 100_000  # rows per row group of findings.parquet
CARDS_GROUP = 50_000


def _fail(message: str) -> None:
    click.echo(f"modelcard-lint: error: {message}", err=True)
    sys.exit(EXIT_ERROR)


def _terminated(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def audit(
    sources: tuple[str, ...],
    output_dir: str,
    card_column: str,
    id_column: str | None,
    include_all: bool,
    select: list[str] | None,
    extend_select: list[str],
    ignore: list[str],
    config_path: str | None,
    isolated: bool,
    jobs: int,
    scheduler: str | None,
    quiet: bool,
) -> None:
    if config_path and isolated:
        _fail("--config and --isolated cannot be used together")
    if config_path and not Path(config_path).is_file():
        _fail(f"--config {config_path}: no such file")
    if jobs == 0:
        from ..app.pool import cpus

        jobs = cpus()
    signal.signal(signal.SIGTERM, _terminated)  # the clean-up of Ctrl-C: no temporary file is left behind
    started = time.monotonic()
    job = job_for(select, extend_select, ignore, config_path, isolated, os.getcwd())
    cluster = None
    try:
        linter = Linter(job)
        if scheduler:
            from .cluster import Cluster, check_address

            check_address(scheduler)
            cluster = Cluster(scheduler, jobs)
        columns = Columns(card_column, id_column or DEFAULT_ID, id_column is not None)
        work = plan(list(sources), columns, Discovery(linter.finder, include_all=include_all), RESERVED)
        out = Path(output_dir)
        try:
            out.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise InputError(f"--output-dir {output_dir}: cannot make the folder: {exc.strerror or exc}") from None
        where = cluster.where if cluster is not None else "this machine, " + (
            "1 process" if jobs <= 1 or work.rows < local.SMALL else f"{jobs} worker processes")
        stats = _run(work, job, linter, cluster, jobs, out, (list(sources), where), quiet)
    except (ConfigError, InputError, RunError) as exc:
        _fail(str(exc))
        return
    finally:
        if cluster is not None:
            cluster.close()
    for message in linter.errors:
        click.echo(f"modelcard-lint: error: {message}", err=True)
    if stats.cards == 0:
        click.echo("modelcard-lint: warning: the sources hold no card", err=True)
    if not quiet:
        click.echo(_summary(stats, out, time.monotonic() - started, where))
    sys.exit(EXIT_ERROR if linter.errors else EXIT_DONE)


def _run(work: Plan, job: Job, linter: Linter, cluster: Cluster | None, jobs: int, out: Path,
         about: tuple[list[str], str], quiet: bool) -> Stats:
    """Run the audit and publish its outputs; nothing is published unless every one of them is complete."""
    started = time.monotonic()
    schema = cards_schema(work.layout.schema)
    stats = Stats([name for _, name in work.layout.carried])
    sinks: list[ParquetSink] = []
    staged: Path | None = None
    progress = Progress(work.rows, enabled=not quiet and sys.stderr.isatty())
    try:
        try:
            with signals_held():  # a temporary file made is a temporary file the clean-up knows of
                findings = ParquetSink(out / "findings.parquet", FINDINGS, FINDINGS_GROUP)
                sinks.append(findings)
                cards = ParquetSink(out / "cards.parquet", schema, CARDS_GROUP)
                sinks.append(cards)
        except OSError as exc:
            raise RunError(f"{out}: cannot write the outputs: {exc.strerror or exc}") from None

        def emit(output: Output) -> None:
            findings.write(output.findings)
            cards.write(output.cards)
            stats.merge(output.stats)
            progress.advance(output.cards.num_rows)

        if cluster is not None:
            cluster.run(work, job, schema, emit)
        else:
            local.run(work, linter, schema, jobs, emit)
        progress.close()
        from .report import About, render  # Altair and vl-convert: after the workers are gone, and not in them

        names, where = about
        page = render(stats, About(names, time.strftime("%Y-%m-%d %H:%M"), time.monotonic() - started, where))
        try:
            with signals_held():  # all three outputs are published, or none
                for sink in sinks:
                    sink.close()
                staged = stage_text(out / "report.html", page)
                for sink in sinks:
                    sink.publish()
                publish(staged, out / "report.html")
                staged = None
        except OSError as exc:
            raise RunError(f"{out}: cannot write the outputs: {exc.strerror or exc}") from None
        return stats
    finally:
        progress.close()
        for sink in sinks:
            sink.abort()
        if staged is not None:
            staged.unlink(missing_ok=True)


def _summary(stats: Stats, out: Path, seconds: float, where: str) -> str:
    parts = [f"{stats.findings[s]:,} {word}" for s, word in (("error", "errors"), ("warning", "warnings"),
                                                             ("info", "infos")) if stats.findings[s]]
    found = f"{stats.total:,} findings ({', '.join(parts)})" if parts else "no finding"
    files = ", ".join(str(out / name) for name in ("findings.parquet", "cards.parquet", "report.html"))
    return (f"Audited {stats.cards:,} card{'s' if stats.cards != 1 else ''} in {seconds:,.1f} s on {where}: "
            f"{found}. Wrote {files}.")
