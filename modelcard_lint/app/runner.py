"""One lint run: find the files, lint each (in worker processes for large runs), stream the results.

The main process finds the files, hands them to the workers in chunks, and takes
the results back in the order of the files: it writes the fixed cards (workers
never write) and passes each card's diagnostics to the renderers as soon as the
card is done.  Nothing is kept per card once it is rendered, so memory stays flat
whatever the number of files.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

from ..core.registry import load_registry
from ..diagnostics import Diagnostic
from ..render import CardOutput, Renderer, Report, Totals, repository_root
from . import work
from .baseline import Baseline, BaselineWriter
from .config import FileConfig
from .files import Discovery, Target
from .finder import SettingsFinder
from .settings import Overrides

PARALLEL_THRESHOLD = 200  # fewer files lint faster in one process than workers take to start
CHUNK = 25
# what forked workers read: the settings finder and the plan of the run
_JOB: tuple[SettingsFinder, work.Plan] | None = None


def _work_chunk(targets: list[Target]) -> list[work.CardResult]:
    assert _JOB is not None
    finder, plan = _JOB
    return [work.run(t, finder, plan) for t in targets]


class RunError(Exception):
    """The run could not finish (a worker process died); the message says what happened."""


class Runner:
    """Lints paths with the right configuration for each file.

    ``errors`` collects problems that are not about one card (a plugin that
    failed to load, a card that could not be written); they make the run exit with 2.
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
        force_exclude: bool = False,
        only_cards: bool = False,
        baseline: Path | None = None,
        write_baseline: Path | None = None,
    ) -> None:
        self.registry = load_registry(plugins)
        self.errors: list[str] = list(self.registry.errors)
        self.finder = SettingsFinder(self.registry, overrides, config_path, isolated, file_config)
        self._note(self.finder.default.errors)
        self.plan = work.Plan(keep_sources, fix, unsafe_fixes)
        self.discovery = Discovery(self.finder, force_exclude, only_cards)
        self.jobs = jobs  # worker processes for large runs; 0: one per CPU
        self.report = Report()
        self.report.rules = {c: (r.name, r.summary(), r.severity.label) for c, r in self.registry.rules.items()}
        self.report.registry = self.registry
        self.report.root = repository_root()
        self.baseline_path = baseline  # --baseline: for every card; else each configuration's `baseline`
        self.baselines: dict[Path, Baseline] = {}
        self.writer = BaselineWriter(write_baseline) if write_baseline is not None else None
        self.stdout_cards: list[str] = []  # --fix -: the fixed text of the card read from stdin

    def _note(self, errors: list[str]) -> None:
        for message in errors:
            if message not in self.errors:
                self.errors.append(message)

    # -- the files ---------------------------------------------------------------------------------------

    def targets(self, paths: list[str], stdin_filename: str | None = None) -> list[Target]:
        """What to lint, in the order the output shows it: by the name messages give each file."""
        use_stdin = "-" in paths or (stdin_filename is not None and paths == ["."])
        file_args = [p for p in paths if p != "-"] if "-" in paths else ([] if use_stdin else paths)
        found: list[Target] = []
        if use_stdin:
            found.append(self._stdin(stdin_filename))
        seen: set[str] = set()
        for target in self.discovery.collect(file_args):
            if target.path is not None and target.error is None:
                key = os.path.realpath(target.path)
                if key in seen:
                    continue
                seen.add(key)
            found.append(target)
        found.sort(key=lambda t: t.display)
        return found

    def _stdin(self, name: str | None) -> Target:
        display = name or "-"
        settings = self.finder.for_path(Path(name)) if name else self.finder.for_stdin
        try:
            data = sys.stdin.buffer.read(settings.max_file_size + 1)
        except OSError as exc:
            return Target(None, display, error=f"cannot read stdin: {exc.strerror or exc}")
        if len(data) > settings.max_file_size:
            return Target(None, display, error=f"not linted: stdin holds more than {settings.max_file_size} bytes "
                          "(`max-file-size`)")
        return Target(None, display, data=data)

    # -- the work ----------------------------------------------------------------------------------------

    def results(self, targets: list[Target]) -> Iterator[work.CardResult]:
        """Each target's result, in order; in worker processes when there are many and ``jobs`` allows it."""
        if len(targets) < PARALLEL_THRESHOLD or self.jobs == 1:
            for target in targets:
                yield work.run(target, self.finder, self.plan)
            return
        from .pool import WorkerDied, cpus, ordered_map  # multiprocessing: only for large runs

        jobs = self.jobs if self.jobs > 0 else cpus()
        if jobs > 1:
            global _JOB
            _JOB = (self.finder, self.plan)
            try:
                for _, results in ordered_map(_work_chunk, targets, min(jobs, len(targets)), CHUNK):
                    yield from results
            except WorkerDied as exc:
                raise RunError(
                    f"a worker process died while linting {exc} (killed, out of memory, or a plugin ended the "
                    "process); the run is incomplete"
                ) from None
            finally:
                _JOB = None
            return
        for target in targets:
            yield work.run(target, self.finder, self.plan)

    def run(
        self,
        paths: list[str],
        renderers: list[Renderer] | tuple[Renderer, ...] = (),
        stdin_filename: str | None = None,
        diffs: list[str] | None = None,
    ) -> Totals:
        """Lint ``paths``; each card's diagnostics go to every renderer as soon as the card is done."""
        return self.process(self.targets(paths, stdin_filename), renderers, diffs)

    def process(
        self,
        targets: list[Target],
        renderers: list[Renderer] | tuple[Renderer, ...] = (),
        diffs: list[str] | None = None,
    ) -> Totals:
        totals = Totals()
        for result in self.results(targets):
            totals.files_checked += 1
            if self.plan.fix == "fix" and result.path is not None:
                from .write import remove_stale_temporaries  # what a killed --fix left beside a card

                remove_stale_temporaries(result.path)
            self._note(result.errors)
            if result.fixed_text is not None and result.path is None:
                self.stdout_cards.append(result.fixed_text)
                totals.fixed += result.fixed
                totals.files_fixed += 1 if result.fixed else 0
            elif result.fixed_text is not None:
                result = self._write(result, totals)
            if result.diff and diffs is not None:
                diffs.append(result.diff)
                totals.fixed += result.fixed
                totals.files_fixed += 1
            if self.writer is not None:
                self.writer.add(result.display, result.diagnostics)
            else:
                baseline = self._baseline(result.baseline)
                if baseline is not None:
                    result.diagnostics = baseline.filter(result.display, result.diagnostics)
            totals.add(result.diagnostics)
            card = CardOutput(result.display, result.diagnostics, result.sources)
            for renderer in renderers:
                if result.diagnostics or renderer.wants_clean_cards:
                    renderer.card(card)
        for baseline in self.baselines.values():
            totals.baseline_hidden += baseline.hidden
            totals.baseline_stale += baseline.stale()
        for renderer in renderers:
            renderer.finish(totals)
        return totals

    def _baseline(self, configured: Path | None) -> Baseline | None:
        path = self.baseline_path or configured
        if path is None:
            return None
        baseline = self.baselines.get(path)
        if baseline is None:
            baseline = self.baselines[path] = Baseline.load(path)
        return baseline

    def _write(self, result: work.CardResult, totals: Totals) -> work.CardResult:
        """Write a fixed card, unless it changed since it was read or cannot be written."""
        from .fix import write_atomically  # tempfile: only when fixing

        assert result.path is not None and result.fixed_text is not None
        problem = None
        try:
            if work.digest(result.path.read_bytes()) != result.digest:
                problem = "the file changed while it was being fixed"
            else:
                write_atomically(result.path, result.fixed_text)
        except OSError as exc:
            problem = exc.strerror or str(exc)
        if problem is None:
            totals.fixed += result.fixed
            totals.files_fixed += 1
            return result
        self.errors.append(f"{result.display}: not fixed: {problem}")
        # report the card as it is on disk
        return work.run(Target(result.path, result.display), self.finder, self.plan._replace(fix=None))

    # -- for the Python API --------------------------------------------------------------------------------

    def collect(self, paths: list[str], stdin_filename: str | None = None) -> list[Diagnostic]:
        out: list[Diagnostic] = []
        collector = Collector(out)
        self.run(paths, [collector], stdin_filename)
        return out

    def lint_text(self, text: str, name: str) -> list[Diagnostic]:
        """Lint text as if it were read from stdin with ``--stdin-filename name``."""
        out: list[Diagnostic] = []
        data = text.encode("utf-8", "surrogatepass")
        self.process([Target(None, name, data=data)], [Collector(out)])
        return out


class Collector(Renderer):
    """A renderer that keeps the diagnostics, for the Python API."""

    def __init__(self, out: list[Diagnostic]) -> None:
        self.diagnostics = out

    def card(self, card: CardOutput) -> None:
        self.diagnostics.extend(card.diagnostics)

    def finish(self, totals: Totals) -> None:
        pass
