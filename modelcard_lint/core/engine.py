"""Running rules over cards: the engine owns severity, selection and crashes.

Each rule sees the same Card and yields findings; the engine stamps them with
the rule's code, name and configured severity.  A rule that raises becomes an
MC901 diagnostic on that card and the other rules still run.
"""

from __future__ import annotations

from pathlib import Path

from ..card import Card
from ..app.config import Settings
from ..diagnostics import Diagnostic, Severity, Span
from .rule import Rule
from ..card.source import Source, SourceError, read_source
from .suppress import MARK, apply, parse

RULE_ERROR = ("MC901", "rule-error")
UNREADABLE = ("MC902", "unreadable-file")
INTERNAL_CODES = frozenset({RULE_ERROR[0], UNREADABLE[0]})


def lint_card(card: Card, settings: Settings, ignored: frozenset[str] | set[str] = frozenset()) -> list[Diagnostic]:
    """Run every active rule on ``card``; diagnostics sorted by position."""
    out: list[Diagnostic] = []
    active = [(rule, sev) for rule, sev in settings.rules if rule.code not in ignored]
    for rule, severity in active:
        if not rule.runs_last:
            _run(card, rule, severity, out)
    if MARK in card.text:
        registry = settings.registry
        card.suppressions = parse(card.lines, card.body_line, registry.codes_for if registry else _no_rule)
        out = apply(card.suppressions, out, {rule.code for rule, _ in active})
    for rule, severity in active:
        if rule.runs_last:
            _run(card, rule, severity, out)
    out.sort(key=Diagnostic.sort_key)
    return out


def _run(card: Card, rule: Rule, severity: Severity, out: list[Diagnostic]) -> None:
    path = card.path
    try:
        for f in rule.check(card):
            out.append(Diagnostic(path, rule.code, rule.name, severity, f.span, f.message, f.help, f.data, f.fix))
    except Exception as exc:  # one rule's bug must not hide the others' findings
        out.append(_crash(path, rule, exc))


def _no_rule(selector: str) -> set[str] | None:
    return None


def _crash(path: str, rule: Rule, exc: Exception) -> Diagnostic:
    import traceback  # only a crash needs it

    frames = traceback.extract_tb(exc.__traceback__)
    where = f"{Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else "?"
    return Diagnostic(
        path,
        RULE_ERROR[0],
        RULE_ERROR[1],
        Severity.ERROR,
        Span.at(1, 1),
        f"rule {rule.code} ({rule.name}) crashed on this card with {type(exc).__name__}: {exc} "
        f"(at {where}); its findings for this card may be missing, the other rules ran",
        help="this is a bug in the rule: please report it together with this card",
        data={"rule": rule.code, "exception": type(exc).__name__, "where": where},
    )


def unreadable(path: str, error: SourceError) -> Diagnostic:
    return Diagnostic(
        path,
        UNREADABLE[0],
        UNREADABLE[1],
        Severity.ERROR,
        error.span,
        error.message,
        help="only UTF-8 text files can be linted as model cards",
    )


def lint_path(path: Path, display: str, settings: Settings) -> tuple[list[Diagnostic], Source | None]:
    """Read and lint one file; an unreadable file gives one MC902 diagnostic."""
    try:
        source = read_source(path, display)
    except SourceError as exc:
        return [unreadable(display, exc)], None
    return lint_source(source, settings, path), source


def lint_source(source: Source, settings: Settings, path: Path | None = None) -> list[Diagnostic]:
    ignored = settings.ignored_codes(path) if path is not None else set()
    return lint_card(Card(source), settings, ignored)
