"""The `check` command: check the options, run the linter, route each output, and choose the exit code.

Exit codes: 0 nothing at or above the fail level; 1 findings at or above it; 2 a usage or
configuration error, an unreadable card, a rule that crashed or ran out of time, a plugin
that failed to load, a card that could not be written.
"""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path
from typing import Any

import click

from ..diagnostics import Severity

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def _fail(message: str) -> None:
    click.echo(f"modelcard-lint: error: {message}", err=True)
    sys.exit(EXIT_ERROR)


def _split(values: tuple[str, ...]) -> list[str]:
    return [v.strip() for value in values for v in value.split(",") if v.strip()]


def lint(
    paths: tuple[str, ...],
    select: tuple[str, ...],
    extend_select: tuple[str, ...],
    ignore: tuple[str, ...],
    fail_on: str,
    exit_zero: bool,
    fix: bool,
    unsafe_fixes: bool,
    diff: bool,
    output_formats: tuple[str, ...],
    output_file: str | None,
    baseline: str | None,
    write_baseline: str | None,
    color: str,
    quiet: bool,
    statistics: bool,
    config_path: str | None,
    isolated: bool,
    stdin_filename: str | None,
    force_exclude: bool,
    only_cards: bool,
    show_files: bool,
    show_settings: str | None,
    jobs: int,
) -> None:
    from . import output
    from .config import ConfigError
    from .runner import RunError, Runner
    from .settings import Overrides

    overrides = Overrides(
        select=_split(select) if select else None,
        extend_select=_split(extend_select),
        ignore=_split(ignore),
    )
    stdin = "-" in paths or bool(stdin_filename)
    if config_path and isolated:
        _fail("--config and --isolated cannot be used together")
    if config_path and not Path(config_path).is_file():
        _fail(f"--config {config_path}: no such file")
    if fix and diff:
        _fail("--fix and --diff cannot be used together: --diff shows what --fix would change")
    if unsafe_fixes and not (fix or diff):
        _fail("--unsafe-fixes only adds to --fix or --diff; add one of them")
    if (fix or diff) and stdin and [p for p in paths if p != "-"]:
        _fail("--fix and --diff read either the card from stdin or files, not both")
    if baseline and write_baseline:
        _fail("--baseline and --write-baseline cannot be used together")
    try:
        outputs = _outputs(output_formats, output_file)
    except output.OutputError as exc:
        _fail(str(exc))
        return
    if statistics and any(fmt not in ("full", "concise", "json") for fmt, path in outputs if path is None):
        shown = next(fmt for fmt, path in outputs if path is None)
        _fail(f"--statistics prints a table or JSON; it cannot be combined with --output-format {shown}")
    opened: list[output.Output] = []
    try:
        runner = Runner(
            overrides,
            config_path=Path(config_path) if config_path else None,
            isolated=isolated,
            keep_sources=any(fmt in ("full", "sarif", "gitlab") for fmt, _ in outputs) and not statistics,
            jobs=jobs,
            fix="fix" if fix else "diff" if diff else None,
            unsafe_fixes=unsafe_fixes,
            force_exclude=force_exclude,
            only_cards=only_cards,
            baseline=Path(baseline) if baseline else None,
            write_baseline=Path(write_baseline) if write_baseline else None,
        )
        if show_settings is not None:
            from .inspect import show_settings as explain

            click.echo(explain(runner.finder, show_settings), nl=False)
            sys.exit(EXIT_CLEAN)
        if show_files:
            for target in runner.targets(list(paths) or ["."], stdin_filename):
                click.echo(target.display)
            sys.exit(EXIT_CLEAN)
        report = runner.report
        report.quiet, report.color = quiet, color
        renderers = []
        stdin_fix = fix and stdin
        if not diff and not write_baseline:
            for fmt, path in outputs:
                out = output.Output(path)
                opened.append(out)
                stream = out.stream
                if path is None and stdin_fix:  # stdout carries the fixed card; the findings go to stderr
                    stream = sys.stderr
                renderers.append(_renderer(fmt, statistics and path is None, report, stream))
            summary_path = os.environ.get("GITHUB_STEP_SUMMARY")
            if summary_path:
                renderers.append(_step_summary(summary_path, report))
        diffs: list[str] | None = [] if diff else None
        # what is loaded by now (rules, configuration, renderers) lives until the end: the collector
        # need not walk it again, here or in the workers forked from here
        gc.freeze()
        totals = runner.run(list(paths) or ["."], renderers, stdin_filename, diffs)
        for out in opened:
            out.commit()
    except ConfigError as exc:
        _abort(opened)
        _fail(str(exc))
        return
    except (RunError, output.OutputError) as exc:
        _abort(opened)
        sys.stdout.flush()
        _fail(str(exc))
        return
    except BaseException:
        _abort(opened)
        raise
    sys.stdout.flush()
    for message in runner.errors:
        click.echo(f"modelcard-lint: error: {message}", err=True)
    if totals.files_checked == 0 and not only_cards:  # pre-commit names every Markdown file, cards or not
        click.echo("modelcard-lint: warning: no model cards found to lint", err=True)
    failed = bool(runner.errors) or any(code in totals.by_code for code in _internal_codes())
    if runner.writer is not None:
        try:
            runner.writer.write()
        except OSError as exc:
            _fail(f"{write_baseline}: cannot write the baseline: {exc.strerror or exc}")
        cards = len(runner.writer.cards)
        click.echo(
            f"Wrote a baseline of {runner.writer.findings} finding{'s' if runner.writer.findings != 1 else ''} "
            f"in {cards} card{'s' if cards != 1 else ''} to {write_baseline}.",
            err=True,
        )
        sys.exit(EXIT_ERROR if failed else EXIT_CLEAN)
    if stdin_fix:
        sys.stdout.write("".join(runner.stdout_cards))
        sys.stdout.flush()
    if diffs is not None:
        sys.stdout.write("".join(diffs))
        if not quiet:
            count = len(diffs)
            message = (
                f"Would fix {totals.fixed} finding{'s' if totals.fixed != 1 else ''} in "
                f"{count} file{'s' if count != 1 else ''}." if count else "No fixes to apply."
            )
            click.echo(message, err=stdin)
        sys.exit(EXIT_ERROR if failed else EXIT_FINDINGS if diffs else EXIT_CLEAN)
    if failed:
        sys.exit(EXIT_ERROR)
    worst = Severity.parse(fail_on)
    if not exit_zero and any(n for sev, n in totals.by_severity.items() if sev >= worst):
        sys.exit(EXIT_FINDINGS)
    sys.exit(EXIT_CLEAN)


def _outputs(specs: tuple[str, ...], output_file: str | None) -> list[tuple[str, Path | None]]:
    """The formats of the run and where each goes; at most one goes to stdout."""
    from . import output

    outputs = [output.parse(spec) for spec in specs] or [("full", None)]
    if output_file:
        to_stdout = [i for i, (_, path) in enumerate(outputs) if path is None]
        if len(to_stdout) != 1:
            raise output.OutputError("--output-file names the file of the one format without a :PATH")
        outputs[to_stdout[0]] = (outputs[to_stdout[0]][0], Path(output_file))
    if sum(1 for _, path in outputs if path is None) > 1:
        raise output.OutputError("only one --output-format can go to stdout; give the others a file (FORMAT:PATH)")
    return outputs


def _abort(opened: list[Any]) -> None:
    for out in opened:
        out.abort()


def _step_summary(path: str, report: Any) -> Any:
    """The Markdown summary for the GitHub Actions run page, appended to $GITHUB_STEP_SUMMARY at the end."""
    import io

    from ..render.step_summary import Renderer as StepSummary

    class Appended(StepSummary):
        def finish(self, totals: Any) -> None:
            super().finish(totals)
            try:
                with open(path, "a", encoding="utf-8") as fh:
                    fh.write(self.out.getvalue())  # type: ignore[attr-defined]
            except OSError as exc:
                click.echo(f"modelcard-lint: warning: cannot write $GITHUB_STEP_SUMMARY: {exc}", err=True)

    return Appended(io.StringIO(), report)


def _renderer(fmt: str, statistics: bool, report: Any, stream: Any) -> Any:
    from ..render import renderer

    if statistics:
        from ..render.statistics import JsonRenderer, Renderer

        return (JsonRenderer if fmt == "json" else Renderer)(stream, report)
    return renderer(fmt, stream, report)


def _internal_codes() -> frozenset[str]:
    from ..core.internal import INTERNAL_CODES

    return INTERNAL_CODES


