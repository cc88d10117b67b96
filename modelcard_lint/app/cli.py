"""The command line: ``modelcard-lint [check] [OPTIONS] [PATHS]``, ``rules``, ``rule``.

Exit codes: 0 nothing at or above the fail level; 1 findings at or above it;
2 usage or configuration error, unreadable input, plugin or rule failure.
"""

from __future__ import annotations

import os
import sys

import click

from ..version import __version__

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class _DefaultGroup(click.Group):
    """Runs ``check`` when the first argument is not a sub-command."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if not args or (args[0] not in self.commands and args[0] not in ("--help", "-h", "--version")):
            args = ["check", *args]
        return super().parse_args(ctx, args)


def _version(ctx: click.Context) -> None:
    # click.version_option would import locale and, without a version, importlib.metadata
    click.echo(f"modelcard-lint, version {__version__}")
    ctx.exit()


def _fail(message: str) -> None:
    click.echo(f"modelcard-lint: error: {message}", err=True)
    sys.exit(EXIT_ERROR)


@click.group(
    cls=_DefaultGroup,
    context_settings={"help_option_names": ["-h", "--help"]},
    epilog="Run `modelcard-lint check --help` for the linting options.",
)
@click.option(
    "--version",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=lambda ctx, _param, value: _version(ctx) if value else None,
    help="Show the version and exit.",
)
def main() -> None:
    """Lint Hugging Face model cards (README.md: YAML front matter, then Markdown).

    \b
      modelcard-lint README.md          lint one card
      modelcard-lint models/            lint every card under a directory
      modelcard-lint rules              list the rules
      modelcard-lint rule MC301         explain a rule
    """


def _split(values: tuple[str, ...]) -> list[str]:
    return [v.strip() for value in values for v in value.split(",") if v.strip()]


@main.command()
@click.argument("paths", nargs=-1)  # files, directories or -; checked when read (click.Path costs start-up time)
@click.option(
    "--select", multiple=True, metavar="RULES", help="Run only these rules (codes, names or prefixes; comma-separated)."
)
@click.option(
    "--extend-select", multiple=True, metavar="RULES", help="Run these rules in addition to the selected ones."
)
@click.option("--ignore", multiple=True, metavar="RULES", help="Do not run these rules.")
@click.option(
    "--fail-on",
    type=click.Choice(["error", "warning", "info"]),
    default="warning",
    show_default=True,
    help="Exit with 1 when a finding is at least this severe.",
)
@click.option("--exit-zero", is_flag=True, help="Exit with 0 even with findings (still 2 on errors).")
@click.option("--fix", is_flag=True, help="Apply the safe fixes to the cards, then report what is left.")
@click.option(
    "--unsafe-fixes", is_flag=True, help="With --fix or --diff, also apply fixes that guess the author's intent."
)
@click.option(
    "--diff", is_flag=True, help="Print the fixes as a unified diff instead of applying them (exit 1 if any)."
)
@click.option(
    "--output-format",
    "output_formats",
    multiple=True,
    metavar="FORMAT[:PATH]",
    envvar="MODELCARD_LINT_OUTPUT_FORMAT",
    help="full (default), concise, json, json-lines, github, sarif, junit or gitlab; with :PATH, written to that "
    "file. Repeat it for several outputs from one run.",
)
@click.option("-o", "--output-file", metavar="PATH", help="Write the output to this file instead of stdout.")
@click.option("--baseline", metavar="FILE", help="Report only the findings that this baseline does not hold.")
@click.option(
    "--write-baseline", metavar="FILE", help="Record every finding of this run as the baseline in FILE, and exit 0."
)
@click.option(
    "--color",
    type=click.Choice(["auto", "always", "never"]),
    default="auto",
    show_default=True,
    help="Colour the output (NO_COLOR is respected).",
)
@click.option("-q", "--quiet", is_flag=True, help="Print diagnostics only, no summary.")
@click.option("--statistics", is_flag=True, help="Print how many findings each rule has, instead of the findings.")
@click.option("--config", "config_path", metavar="FILE", help="Use this configuration file for every card.")
@click.option("--isolated", is_flag=True, help="Ignore every configuration file.")
@click.option(
    "--stdin-filename",
    metavar="PATH",
    help="The name of the card read from stdin (`-`), for messages and configuration.",
)
@click.option(
    "--force-exclude", is_flag=True, help="Apply `exclude` to files named on the command line too (for pre-commit)."
)
@click.option(
    "--only-cards",
    is_flag=True,
    help="Lint only the named files that are model cards, as a directory search finds them (for pre-commit).",
)
@click.option("--show-files", is_flag=True, help="List the files this run would lint, one per line, and exit.")
@click.option("--show-settings", metavar="PATH", help="Print the configuration that applies to this card, and exit.")
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=0),
    default=0,
    show_default=True,
    help="Worker processes for runs of 200 files or more (0: one per CPU; 1: no workers).",
)
def check(
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
    """Lint model cards: files, directories (every README.md and front-matter .md), or - for stdin."""
    options = dict(locals())
    from .lint import lint

    lint(**options)


@main.command("audit")
@click.argument("sources", nargs=-1, required=True)
@click.option("--output-dir", required=True, metavar="DIR",
              help="Where to write findings.parquet, cards.parquet and report.html (made if missing).")
@click.option("--card-column", default="card", show_default=True, metavar="NAME",
              help="The column (or JSON key) that holds each card's text.")
@click.option("--id-column", metavar="NAME",
              help="The column that names each card [default: modelId, else the file and row number].")
@click.option("--include-all", is_flag=True,
              help="In folders, audit every .md file, not only those a plain run finds (front matter, model folders).")
@click.option("--select", multiple=True, metavar="RULES", help="Run only these rules (codes, names or prefixes).")
@click.option("--extend-select", multiple=True, metavar="RULES", help="Run these rules in addition.")
@click.option("--ignore", multiple=True, metavar="RULES", help="Do not run these rules.")
@click.option("--config", "config_path", metavar="FILE", help="Use this configuration file for every card.")
@click.option("--isolated", is_flag=True, help="Ignore every configuration file.")
@click.option("-j", "--jobs", type=click.IntRange(min=0), default=0, show_default=True,
              help="Worker processes (0: one per CPU); with --scheduler local, the cluster's workers.")
@click.option("--scheduler", metavar="ADDRESS",
              help="Run on the Dask cluster at tcp://HOST:PORT, or on a local one started for the run (local).")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary line.")
def audit_cmd(
    sources: tuple[str, ...],
    output_dir: str,
    card_column: str,
    id_column: str | None,
    include_all: bool,
    select: tuple[str, ...],
    extend_select: tuple[str, ...],
    ignore: tuple[str, ...],
    config_path: str | None,
    isolated: bool,
    jobs: int,
    scheduler: str | None,
    quiet: bool,
) -> None:
    """Audit a corpus of cards: Parquet files (or globs of them), JSONL files, or folders of cards.

    Writes findings.parquet (one row per finding), cards.parquet (one row per card, with the
    other columns of the input) and report.html (charts) to --output-dir.
    """
    from ..audit import missing_extra

    problem = missing_extra(scheduler)
    if problem:
        _fail(problem)
    from ..audit.command import audit

    audit(sources, output_dir, card_column, id_column, include_all, _split(select) if select else None,
          _split(extend_select), _split(ignore), config_path, isolated, jobs, scheduler, quiet)


@main.command("rules")
@click.option("--output-format", type=click.Choice(["text", "json"]), default="text", show_default=True)
def rules_cmd(output_format: str) -> None:
    """List every rule: code, name, default severity and summary."""
    from ..core.registry import load_registry

    reg = load_registry()
    for message in reg.errors:
        click.echo(f"modelcard-lint: error: {message}", err=True)
    rules = reg.public()
    if output_format == "json":
        import json

        data = [
            {
                "code": r.code,
                "name": r.name,
                "severity": r.severity.label,
                "summary": r.summary(),
                "options": {k: {"default": o.default, "description": o.description} for k, o in r.options.items()},
                "origin": reg.origin[r.code],
                "internal": r.internal,
            }
            for r in rules
        ]
        click.echo(json.dumps(data, indent=2))
    else:
        name_w = max(len(r.name) for r in rules)
        for r in rules:
            click.echo(f"{r.code}  {r.name:<{name_w}}  {r.severity.label:<7}  {r.summary()}")
    sys.exit(EXIT_ERROR if reg.errors else EXIT_CLEAN)


@main.command("rule")
@click.argument("rule")
def rule_cmd(rule: str) -> None:
    """Explain one rule (by code or name): what it checks, why, examples, options."""
    from ..core.docs import rule_document
    from ..core.registry import load_registry

    reg = load_registry()
    found = reg.lookup(rule)
    if found is None:
        import difflib

        names = {n.lower(): n for n in [*reg.by_name, *reg.rules]}  # names and codes, as they are written
        close = difflib.get_close_matches(rule.lower(), list(names), n=1)
        hint = f" (did you mean {names[close[0]]!r}?)" if close else ""
        _fail(f"unknown rule {rule!r}{hint}; run `modelcard-lint rules` for the list")
        return
    click.echo(rule_document(found, reg.origin[found.code]))


def run() -> None:  # console-script entry point
    """Run the command; whatever goes wrong ends in one line on stderr and an exit code, never a traceback."""
    os.environ.setdefault("PYTHONIOENCODING", "utf-8")
    try:
        code = main.main(standalone_mode=False)
    except (KeyboardInterrupt, click.exceptions.Abort):
        click.echo("modelcard-lint: interrupted", err=True)
        sys.exit(130)
    except click.ClickException as exc:  # a usage error: click's message, exit 2
        exc.show()
        sys.exit(exc.exit_code)
    except BrokenPipeError:  # the reader went away (`| head`): stop quietly
        _silence_stdout()
        sys.exit(EXIT_ERROR)
    except SystemExit:
        raise
    except BaseException as exc:  # a bug: say so in one line; MODELCARD_LINT_DEBUG=1 shows the traceback
        if os.environ.get("MODELCARD_LINT_DEBUG"):
            raise
        click.echo(
            f"modelcard-lint: internal error: {type(exc).__name__}: {exc} "
            "(please report it; MODELCARD_LINT_DEBUG=1 shows the traceback)",
            err=True,
        )
        sys.exit(EXIT_ERROR)
    sys.exit(code if isinstance(code, int) else EXIT_CLEAN)


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
