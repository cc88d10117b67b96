"""The work on one card of an audit: the settings and engine of a plain run, and the sections the card has.

A card of a folder is read and linted exactly as a plain run lints it, with the configuration
found from its folder upward.  A card from a row of a Parquet or JSONL file is linted as
``modelcard-lint - --stdin-filename ID`` would lint it from the folder the audit was started
in: with ``--config``, with no configuration (``--isolated``), or with the one found from that
folder upward, its ``per-file-ignores`` matching the id as a path.

Which sections a card has is asked of MC201 (missing-section) with its default profile, so an
audit counts sections exactly as the rule matches headings, whatever rules the run selects.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from ..app.config import find_config, load_file
from ..app.finder import SettingsFinder
from ..app.settings import Overrides, Settings, resolve
from ..app.work import CardAlarm, collector_paused
from ..card import Card
from ..card.source import Source, SourceError, read_source
from ..core.engine import lint_card
from ..core.internal import RuleTimeout, UnreadableFile
from ..core.registry import load_registry
from ..diagnostics import Diagnostic

#: the topics of MC201's default profile, in the order of cards.parquet's columns
SECTIONS = ("description", "intended-uses", "limitations", "training-data", "evaluation")

#: one finding as the workers send it back: code, name, severity, line, column, end line, end column, message
Row = tuple[str, str, str, int, int, int, int, str]


class Job(NamedTuple):
    """What every worker needs to lint the cards of a run the same way (it travels to Dask workers)."""

    select: tuple[str, ...] | None
    extend_select: tuple[str, ...]
    ignore: tuple[str, ...]
    config: str | None  # --config, an absolute path
    isolated: bool
    plugins: bool
    base: str  # the folder the audit started in: rows are named as cards in it
    row_config: str | None  # the configuration file of rows (--config, or found from ``base`` upward)


class Result(NamedTuple):
    """One card's findings and sections (None: the card could not be read or ran out of time)."""

    id: str
    findings: list[Row]
    sections: tuple[bool, ...] | None


def job_for(select: list[str] | None, extend_select: list[str], ignore: list[str], config: str | None,
            isolated: bool, base: str) -> Job:
    if config is not None:
        row_config: str | None = str(Path(config).resolve())
    elif isolated:
        row_config = None
    else:
        found = find_config(Path(base))
        row_config = str(found.resolve()) if found else None
    return Job(tuple(select) if select is not None else None, tuple(extend_select), tuple(ignore),
               str(Path(config).resolve()) if config else None, isolated, True, base, row_config)


class Linter:
    """Lints the cards of a job; built once per process (a ConfigError propagates: it stops the audit)."""

    def __init__(self, job: Job) -> None:
        self.job = job
        registry = load_registry(job.plugins)
        self.errors = list(registry.errors)
        overrides = Overrides(list(job.select) if job.select is not None else None, list(job.extend_select),
                              list(job.ignore))
        self.finder = SettingsFinder(registry, overrides, Path(job.config) if job.config else None, job.isolated)
        self.errors += self.finder.default.errors
        if self.finder.single is not None:
            self.rows: Settings = self.finder.single
        elif job.row_config is not None:
            self.rows = resolve(load_file(Path(job.row_config)), registry, overrides)
            self.errors += self.rows.errors
        else:
            self.rows = self.finder.default
        sections = registry.lookup("MC201")
        assert sections is not None
        self.sections = sections({"profile": "default"})

    def lint(self, ident: str, data: bytes | None, path: str | None) -> Result:
        """Lint one card: ``data`` from a row, or else the file at ``path``."""
        if data is None:
            assert path is not None
            settings = self.finder.for_path(Path(path))
            named = Path(path)
            try:
                source = read_source(named, ident, settings.max_file_size)
            except SourceError as exc:
                return _unreadable(ident, exc)
        else:
            settings = self.rows
            named = Path(self.job.base, ident)
            if len(data) > settings.max_file_size:
                return _unreadable(ident, SourceError(
                    f"not linted: the card holds more than {settings.max_file_size} bytes (`max-file-size`)",
                    help="raise `max-file-size` in the configuration to lint it"))
            try:
                source = Source.from_bytes(data, ident)
            except SourceError as exc:
                return _unreadable(ident, exc)
        limit = settings.time_limit or None
        with CardAlarm(limit) as deadline, collector_paused():
            card = Card(source)
            diagnostics = lint_card(card, settings.rules_for(named), deadline, limit)
        timed_out = any(d.code == RuleTimeout.code for d in diagnostics)
        return Result(ident, [_row(d) for d in diagnostics], None if timed_out else self._sections(card))

    def _sections(self, card: Card) -> tuple[bool, ...] | None:
        try:
            # one finding per missing topic, or one for all of them on a card that is its title alone
            data = [f.data or {} for f in self.sections.check(card)]
            missing = {t for d in data for t in d.get("topics", [d.get("topic")])}
        except Exception:  # the rule's crash is reported by the run that selects it (MC901)
            return None
        return tuple(topic not in missing for topic in SECTIONS)


def _row(d: Diagnostic) -> Row:
    span = d.span
    return (d.code, d.name, d.severity.label, span.line, span.column, span.end_line, span.end_column, d.message)


def _unreadable(ident: str, error: SourceError) -> Result:
    return Result(ident, [_row(UnreadableFile.diagnostic(ident, error))], None)


_LINTERS: dict[Job, Linter] = {}


def linter(job: Job) -> Linter:
    """The linter of ``job`` in this process (a Dask worker builds it for its first task, then keeps it)."""
    found = _LINTERS.get(job)
    if found is None:
        _LINTERS.clear()
        found = _LINTERS[job] = Linter(job)
    return found
