"""The engine's own diagnostics: a rule that crashed (MC901) and a file that cannot be linted (MC902).

They are rules of the registry (listed, documented, shown with their name and severity)
that never run: the engine reports them.  They cannot be selected, ignored or suppressed,
and either one makes the run exit with 2.
"""

from __future__ import annotations

from pathlib import Path

from ..card.source import SourceError
from ..diagnostics import Diagnostic, Severity, Span
from .rule import Rule


class RuleError(Rule):
    """A rule or plugin raised an exception on this card; its other findings may be missing."""

    code = "MC901"
    name = "rule-error"
    severity = Severity.ERROR
    internal = True

    @classmethod
    def diagnostic(cls, path: str, rule: Rule, exc: BaseException) -> Diagnostic:
        import traceback  # only a crash needs it

        frames = traceback.extract_tb(exc.__traceback__)
        where = f"{Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else "?"
        return Diagnostic(
            path,
            cls.code,
            cls.name,
            cls.severity,
            Span.at(1, 1),
            f"rule {rule.code} ({rule.name}) crashed on this card with {type(exc).__name__}: {exc} "
            f"(at {where}); its findings for this card may be missing, the other rules ran",
            help="this is a bug in the rule: please report it together with this card",
            data={"rule": rule.code, "exception": type(exc).__name__, "where": where},
        )


class UnreadableFile(Rule):
    """A file could not be linted: it cannot be read, is binary, or is not UTF-8 text."""

    code = "MC902"
    name = "unreadable-file"
    severity = Severity.ERROR
    internal = True

    @classmethod
    def diagnostic(cls, path: str, error: SourceError) -> Diagnostic:
        return Diagnostic(
            path, cls.code, cls.name, cls.severity, error.span, error.message, help=error.help
        )


class Timeout(BaseException):
    """Raised inside a rule when the card's time limit runs out (a BaseException, so rules do not catch it)."""


class RuleTimeout(Rule):
    """A card took longer than the time limit: the rule running then was stopped and the rules after it skipped."""

    code = "MC904"
    name = "rule-timeout"
    severity = Severity.ERROR
    internal = True

    @classmethod
    def diagnostic(cls, path: str, rule: Rule, skipped: list[Rule], limit: float | None, stopped: bool) -> Diagnostic:
        what = f"rule {rule.code} ({rule.name}) " + ("was stopped" if stopped else "did not run")
        others = f", and {len(skipped)} more rule{'s' if len(skipped) != 1 else ''} did not run" if skipped else ""
        limit_text = f"{limit:g} s" if limit else "its time limit"
        return Diagnostic(
            path,
            cls.code,
            cls.name,
            cls.severity,
            Span.at(1, 1),
            f"linting this card took longer than {limit_text}: {what}{others}, so findings may be missing",
            help="raise `time-limit` in the configuration if the card is really this large; "
            "otherwise please report the card, a rule should not take this long",
            data={"rule": rule.code, "skipped": [r.code for r in skipped], "time_limit": limit},
        )


INTERNAL_RULES: tuple[type[Rule], ...] = (RuleError, UnreadableFile, RuleTimeout)
INTERNAL_CODES = frozenset(r.code for r in INTERNAL_RULES)
