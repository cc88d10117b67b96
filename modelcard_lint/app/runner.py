"""One lint run: find the files, pick each file's configuration, lint, collect."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

from ..card import Card
from ..card.source import Source, SourceError, read_source
from ..core.engine import lint_card
from ..core.internal import UnreadableFile
from ..core.registry import load_registry
from ..diagnostics import Diagnostic, Span
from ..render import Report
from .config import FileConfig, Overrides, Settings, find_config, load_file, resolve
from .files import collect

PARALLEL_THRESHOLD = 200  # fewer files lint faster in one process than the pool takes to start
CHUNK = 50
# what forked workers read: the files, and (keep_sources, fix mode, unsafe fixes)
_WORK: tuple[list[tuple[Path, str, Settings]], tuple[bool, str | None, bool]] | None = None


def _cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


class Result(NamedTuple):
    diagnostics: list[Diagnostic]
    lines: list[str] | None  # the card's lines, when a format shows them
    fixed: int = 0
    diff: str = ""
    error: str | None = None  # the fixed card could not be written


def unreadable(path: str, error: SourceError) -> Diagnostic:
    return UnreadableFile.diagnostic(path, error)


def _lint_one(path: Path, display: str, settings: Settings, how: tuple[bool, str | None, bool]) -> Result:
    keep, fix_mode, unsafe = how
    try:
        source = read_source(path, display)
    except SourceError as exc:
        return Result([unreadable(display, exc)], None)
    rules = settings.rules_for(path)
    if fix_mode is None:
        found = lint_card(Card(source), rules)
        return Result(found, source.text.split("\n") if keep and found else None)
    from .fix import fix_source, unified_diff, write_atomically  # difflib and tempfile: only when fixing

    result = fix_source(source, rules, unsafe)
    found, lines = result.diagnostics, result.source.text.split("\n") if keep else None
    if not result.changed:
        return Result(found, lines)
    if fix_mode == "diff":
        return Result(found, lines, result.fixed, unified_diff(result))
    try:
        write_atomically(path, result.source.raw)
    except OSError as exc:
        # nothing was written: report the findings of the file as it is
        unchanged = lint_card(Card(source), rules)
        return Result(unchanged, source.text.split("\n") if keep else None, error=f"{display}: not fixed: {exc}")
    return Result(found, lines, result.fixed)


def _lint_chunk(indexes: range) -> list[Result]:
    assert _WORK is not None
    work, how = _WORK
    return [_lint_one(*work[i], how) for i in indexes]


class Runner:
    """Lints paths with the right configuration for each file.

    ``errors`` collects problems that are not about one card (a plugin that
    failed to load); they make the run exit with 2.
    """

    def __init__(
        self,
        overrides: Overrides,
        config_path: Path | None = None,
        isolated: bool = False,
        file_config: FileConfig | None = None,
        plugins: bool = True,
        keep_sources: bool = True,
        jobs: int = 1,
        fix: str | None = None,
        unsafe_fixes: bool = False,
    ) -> None:
        self.registry = load_registry(plugins)
        self.errors: list[str] = list(self.registry.errors)
        self.overrides = overrides
        self.keep_sources = keep_sources
        self.jobs = jobs  # worker processes for large runs; 0: one per CPU
        self.fix = fix  # None, "fix" (write the fixed cards) or "diff" (show what would change)
        self.unsafe_fixes = unsafe_fixes
        self.diffs: list[str] = []
        self._by_file: dict[Path | None, Settings] = {}
        self._by_dir: dict[Path, Settings] = {}
        cwd = Path.cwd()
        # resolving once up front reports a bad --select even when no file is linted
        default = resolve(FileConfig(None, cwd), self.registry, overrides)
        self.fixed: Settings | None = None
        if file_config is not None:
            self.fixed = resolve(file_config, self.registry, overrides)
        elif config_path is not None:
            self.fixed = resolve(load_file(config_path), self.registry, overrides)
        elif isolated:
            self.fixed = default
        else:
            self._by_file[None] = default

    def settings_for(self, path: Path) -> Settings:
        if self.fixed is not None:
            return self.fixed
        directory = Path(os.path.abspath(path)).parent
        cached = self._by_dir.get(directory)
        if cached is not None:
            return cached
        found = find_config(directory)
        key = found.resolve() if found else None
        settings = self._by_file.get(key)
        if settings is None:
            assert found is not None
            settings = self._by_file[key] = resolve(load_file(found), self.registry, self.overrides)
        self._by_dir[directory] = settings
        return settings

    def run(
        self, paths: list[str], stdin_filename: str | None = None, force_exclude: bool = False
    ) -> tuple[list[Diagnostic], Report]:
        diagnostics: list[Diagnostic] = []
        report = Report(files_checked=0)
        report.rules = {code: (r.name, r.summary(), r.severity.label) for code, r in self.registry.rules.items()}
        use_stdin = "-" in paths or (stdin_filename is not None and paths == ["."])
        file_args = [p for p in paths if p != "-"] if "-" in paths else ([] if use_stdin else paths)
        if use_stdin:
            diagnostics.extend(self._lint_stdin(stdin_filename, report))
        targets, missing = collect(file_args)
        for name in missing:
            diagnostics.append(unreadable(name, SourceError("cannot read: no such file or directory")))
            report.files_checked += 1
        work: list[tuple[Path, str, Settings]] = []
        seen: set[str] = set()
        for target in targets:
            key = os.path.realpath(target.path)
            if key in seen:
                continue
            seen.add(key)
            settings = self.settings_for(target.path)
            if (not target.explicit or force_exclude) and settings.is_excluded(target.path):
                continue
            work.append((target.path, target.display, settings))
        report.files_checked += len(work)
        for result in self._lint_all(work):
            found = result.diagnostics
            report.fixed += result.fixed
            if result.fixed:
                report.files_fixed += 1
            if result.diff:
                self.diffs.append(result.diff)
            if result.error:
                self.errors.append(result.error)
            if found:
                diagnostics.extend(found)
                if self.keep_sources and result.lines is not None:
                    report.sources[found[0].path] = result.lines
        diagnostics.sort(key=Diagnostic.sort_key)
        return diagnostics, report

    def _lint_all(self, work: list[tuple[Path, str, Settings]]) -> Iterator[Result]:
        """Lint every file, in worker processes when there are many and ``jobs`` allows it."""
        jobs = self.jobs if self.jobs > 0 else _cpus()
        if jobs > 1 and len(work) >= PARALLEL_THRESHOLD:
            try:
                import multiprocessing

                context = multiprocessing.get_context("fork")
            except ValueError:  # no fork on this platform: one process
                context = None
            if context is not None:
                global _WORK
                _WORK = (work, (self.keep_sources, self.fix, self.unsafe_fixes))
                chunks = [range(i, min(i + CHUNK, len(work))) for i in range(0, len(work), CHUNK)]
                with context.Pool(min(jobs, len(chunks))) as pool:
                    for results in pool.imap(_lint_chunk, chunks):
                        yield from results
                _WORK = None
                return
        for path, display, settings in work:
            yield _lint_one(path, display, settings, (self.keep_sources, self.fix, self.unsafe_fixes))

    def _lint_stdin(self, name: str | None, report: Report) -> list[Diagnostic]:
        display = name or "-"
        report.files_checked += 1
        try:
            source = Source.from_bytes(sys.stdin.buffer.read(), display)
        except SourceError as exc:
            return [unreadable(display, exc)]
        except OSError as exc:
            return [unreadable(display, SourceError(f"cannot read stdin: {exc}", Span.at(1, 1)))]
        found = self.lint_source(source, name)
        if found and self.keep_sources:
            report.sources[display] = source.text.split("\n")
        return found

    def lint_source(self, source: Source, name: str | None) -> list[Diagnostic]:
        """Lint text that is not read from a file; ``name`` (if any) picks the configuration."""
        path = Path(name) if name else None
        settings = self.settings_for(path) if path is not None else (self.fixed or self._by_file[None])
        return lint_card(Card(source), settings.rules_for(path))

    def lint_text(self, text: str, name: str) -> list[Diagnostic]:
        return self.lint_source(Source.from_text(text, name), name)
