"""The adapter: the only module that imports modelcard_lint.

When the package's internal modules move, only the imports and the bodies of
this module change.  Everything else in the harness sees plain values:

* ``Finding``: one diagnostic as a tuple (code, line, end_line, data, fix),
  where ``fix`` is None or ``(safe, edits)`` and each edit is
  ``(line, column, end_line, end_column, text)``;
* ``lint(text_or_bytes)``, ``fix(text, unsafe, only)``, ``read(bytes)``, ``rule_codes()``;
* ``frontmatter_lines(text)``: the block the linter located, for the fix oracle;
* ``profile(text)``: the time of each stage of one lint (parsing, then each rule).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

import modelcard_lint
from modelcard_lint.app.config import FileConfig
from modelcard_lint.app.fix import fix_source
from modelcard_lint.app.settings import Overrides, resolve
from modelcard_lint.card import Card
from modelcard_lint.card.source import Source, SourceError
from modelcard_lint.core.engine import lint_card
from modelcard_lint.core.registry import load_registry
from modelcard_lint.core.suppress import MARK, parse

PACKAGE_DIR = str(Path(modelcard_lint.__file__).resolve().parent)
CARD_NAME = "README.md"
CRASH_CODE = "MC901"

_settings: Any = None


class Finding(NamedTuple):
    code: str
    line: int
    end_line: int
    data: dict[str, Any] | None
    fix: tuple[bool, tuple[tuple[int, int, int, int, str], ...]] | None
    refused: bool = False  # a fix the linter declined to apply (the message says why)


class Unreadable(Exception):
    """The bytes are not a text card (binary, or not UTF-8)."""


def settings() -> Any:
    """The default configuration with every built-in rule, no plugins (built once per process)."""
    global _settings
    if _settings is None:
        _settings = resolve(FileConfig(None, Path.cwd()), load_registry(plugins=False), Overrides())
    return _settings


def _finding(d: Any) -> Finding:
    fix = None
    if d.fix is not None:
        edits = tuple((*e.span, e.text) for e in d.fix.edits)
        fix = (bool(d.fix.safe), edits)
    return Finding(d.code, d.span.line, d.span.end_line, d.data, fix, "; not fixed: " in d.message)


def read(data: bytes) -> str:
    """Decode a card's bytes as the linter does; raise Unreadable when it refuses them."""
    try:
        return Source.from_bytes(data, CARD_NAME).raw
    except SourceError as exc:
        raise Unreadable(exc.message) from None


def lint(text: str | bytes) -> list[Finding]:
    """Every rule's findings on one card (bytes are decoded first, as the CLI does)."""
    raw = read(text) if isinstance(text, bytes) else text
    return [_finding(d) for d in lint_card(Card(Source.from_text(raw, CARD_NAME)), settings().ruleset)]


def fix(text: str, unsafe: bool, only: frozenset[str] | None = None) -> tuple[str, list[Finding]]:
    """The card after every applicable fix, and the findings left on it (``only``: run just these rules)."""
    rules = settings().ruleset
    if only is not None:
        rules = rules.without(set(rule_codes()) - only)
    result = fix_source(Source.from_text(text, CARD_NAME), rules, unsafe)
    return result.source.raw, [_finding(d) for d in result.diagnostics]


def fix_one_pass(text: str, unsafe: bool, only: frozenset[str] | None = None) -> str:
    """The card after one pass of fixes: those offered on ``text`` itself, as far as they fit together."""
    from modelcard_lint.app import fix as fixer

    passes = fixer.MAX_PASSES
    fixer.MAX_PASSES = 1
    try:
        return fix(text, unsafe, only)[0]
    finally:
        fixer.MAX_PASSES = passes


def frontmatter_lines(text: str) -> tuple[int, int | None] | None:
    """1-based (opening line, closing line or None) of the block the linter located, or None."""
    fm = Card(Source.from_text(text, CARD_NAME)).frontmatter
    return None if fm is None else (fm.open_line, fm.close_line)


def _timed(stage: Callable[[], object]) -> float:
    start = time.perf_counter()
    stage()
    return time.perf_counter() - start


def _drain(rule: Any, card: Card) -> None:
    try:
        for _ in rule.check(card):
            pass
    except Exception:
        pass


def profile(text: str, timed: Callable[[Callable[[], object]], float] = _timed) -> list[tuple[str, float]]:
    """Seconds spent in each stage of one lint: locating, YAML, Markdown, each rule, suppressions.

    ``timed`` runs one stage and returns its time; the caller's may stop a stage that runs too long
    (the stages after it then run on what is there, as they would in the linter).
    """
    made: list[Card] = []
    stages = [("frontmatter", timed(lambda: made.append(Card(Source.from_text(text, CARD_NAME)))))]
    if not made:
        return stages
    card = made[0]
    fm = card.frontmatter
    stages.append(("yaml", timed(lambda: fm.root if fm is not None else None)))
    stages.append(("markdown", timed(lambda: card.body)))
    for rule, _severity in settings().ruleset.rules:
        if rule.stage == "card":
            stages.append((rule.code, timed(lambda rule=rule: _drain(rule, card))))
    if MARK in card.text:
        resolve_selector = settings().ruleset.resolve
        stages.append(("suppressions", timed(lambda: parse(card, resolve_selector))))
    return stages


def rule_codes() -> list[str]:
    """The codes of the rules that run."""
    return [rule.code for rule, _severity in settings().ruleset.rules]
