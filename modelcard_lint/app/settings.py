"""Settings: a configuration file plus the command line, resolved against the registry into what a run uses.

The rules to run with their severities and options, which files are excluded or added,
per-file ignores, and the limits on one card (size, time).
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

from ..card.source import MAX_FILE_SIZE
from ..core.engine import RuleSet
from ..core.registry import Registry, SelectorError
from ..core.rule import Rule
from ..diagnostics import Severity
from .config import DEFAULT_EXCLUDE, TIME_LIMIT, ConfigError, FileConfig, close_match, parse_size
from .patterns import GitPatterns, PatternError


class Overrides:
    """What the command line says about rule selection (it beats every file)."""

    __slots__ = ("select", "extend_select", "ignore")

    def __init__(
        self, select: list[str] | None = None, extend_select: list[str] | None = None, ignore: list[str] | None = None
    ) -> None:
        self.select = select
        self.extend_select = extend_select or []
        self.ignore = ignore or []


class Settings:
    """A configuration resolved against the registry: the rules to run and how, and which files are cards."""

    __slots__ = ("source", "ruleset", "per_file_ignores", "exclude", "include", "respect_gitignore", "baseline",
                 "max_file_size", "time_limit", "errors")

    def __init__(
        self,
        source: FileConfig,
        ruleset: RuleSet,
        per_file_ignores: list[tuple[re.Pattern[str], set[str]]] | None = None,
        exclude: GitPatterns | None = None,
        include: GitPatterns | None = None,
        respect_gitignore: bool = True,
        baseline: Path | None = None,
        max_file_size: int = MAX_FILE_SIZE,
        time_limit: float = TIME_LIMIT,
        errors: list[str] | None = None,
    ) -> None:
        self.source = source
        self.ruleset = ruleset
        self.per_file_ignores = per_file_ignores or []
        self.exclude = exclude or GitPatterns(list(DEFAULT_EXCLUDE), str(source.root))
        self.include = include or GitPatterns([], str(source.root))  # `extend-include`: cards whatever they hold
        self.respect_gitignore = respect_gitignore
        self.baseline = baseline
        self.max_file_size = max_file_size
        self.time_limit = time_limit  # seconds per card; 0: no limit
        self.errors = errors or []  # rules that could not start: skipped, and the run exits with 2

    def rules_for(self, path: Path | None) -> RuleSet:
        """The rules that lint ``path``: the rule set without what ``per-file-ignores`` turns off there."""
        if path is None or not self.per_file_ignores:
            return self.ruleset
        return self.ruleset.without(self.ignored_codes(path))

    def ignored_codes(self, path: Path) -> set[str]:
        """Codes that ``per-file-ignores`` turns off for ``path``."""
        out: set[str] = set()
        if self.per_file_ignores:
            tails = _tails(path, self.source.root)
            for pattern, codes in self.per_file_ignores:
                if any(pattern.match(t) for t in tails):
                    out |= codes
        return out

    def is_excluded(self, path: Path | str, is_dir: bool = False) -> bool:
        return bool(self.exclude.check(os.path.abspath(path), is_dir))

    def is_included(self, path: Path | str) -> bool:
        """Whether ``extend-include`` makes ``path`` a card, whatever it holds."""
        return bool(self.include) and bool(self.include.check(os.path.abspath(path)))


def _tails(path: Path, root: Path) -> list[str]:
    """The path relative to ``root`` and each of its trailing parts, for per-file-ignores globs.

    So ``docs/*.md`` matches ``models/docs/x.md``.  A path outside ``root`` is matched by its name only.
    """
    absolute = os.path.abspath(path)
    inside = absolute.startswith(os.path.join(str(root), ""))
    rel = os.path.relpath(absolute, root) if inside else os.path.basename(absolute)
    parts = rel.replace(os.sep, "/").split("/")
    return ["/".join(parts[i:]) for i in range(len(parts))]


def glob_to_regex(glob: str) -> re.Pattern[str]:
    """A per-file-ignores glob: ``*`` within a path part, ``**`` across parts, ``?``, ``[...]``."""
    return re.compile(_glob_body(glob) + "(?:/.*)?$")


def _glob_body(glob: str) -> str:
    out, i = [], 0
    glob = glob.strip().removeprefix("./").rstrip("/")
    # runs of `**/` and of `*` match what one of them matches; collapsed, they cannot make the regex backtrack
    glob = re.sub(r"(?:\*\*/)+", "**/", re.sub(r"\*{3,}", "**", glob))
    while i < len(glob):
        c = glob[i]
        if glob.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif glob.startswith("**", i):
            out.append(".*")
            i += 2
        elif c == "*":
            out.append("[^/]*")
            i += 1
        elif c == "?":
            out.append("[^/]")
            i += 1
        elif c == "[":
            j = glob.find("]", i + 1)
            if j < 0:
                out.append(re.escape(c))
                i += 1
            else:
                out.append("[" + glob[i + 1 : j].replace("!", "^", 1) + "]")
                i = j + 1
        else:
            out.append(re.escape(c))
            i += 1
    return "".join(out)


def _codes(registry: Registry, selectors: list[str], where: str, key: str) -> list[type[Rule]]:
    out: list[type[Rule]] = []
    for sel in selectors:
        try:
            out.extend(registry.select(sel))
        except SelectorError as exc:
            prefix = where if where.startswith("--") else f"{where}: in {key!r}"
            raise ConfigError(f"{prefix}: {exc}") from None
    return out


def resolve(cfg: FileConfig, registry: Registry, overrides: Overrides) -> Settings:
    """Turn a file's configuration plus the command line into runnable settings."""
    values, where = cfg.values, cfg.label
    if overrides.select is not None:
        chosen = _codes(registry, overrides.select, "--select", "select")
    elif "select" in values:
        chosen = _codes(registry, values["select"], where, "select")
    else:
        chosen = [r for r in registry.rules.values() if not r.internal and r.default_enabled]
    chosen += _codes(registry, values.get("extend-select", []), where, "extend-select")
    chosen += _codes(registry, overrides.extend_select, "--extend-select", "extend-select")
    ignored = {r.code for r in _codes(registry, values.get("ignore", []), where, "ignore")}
    ignored |= {r.code for r in _codes(registry, overrides.ignore, "--ignore", "ignore")}

    severities: dict[str, Severity] = {}
    for sel, level in values.get("severity", {}).items():
        try:
            sev = Severity.parse(level)
        except ValueError as exc:
            raise ConfigError(f"{where}: severity of {sel!r}: {exc}") from None
        for rule in _codes(registry, [sel], where, "severity"):
            severities[rule.code] = sev

    options: dict[str, dict[str, Any]] = {}
    for key, table in values.get("rules", {}).items():
        named = registry.lookup(key)
        if named is None or named.internal:
            raise ConfigError(f"{where}: [rules.{key}]: unknown rule {key!r}")
        options[named.code] = _check_options(named, table, f"{where}: [rules.{key}]")

    active: list[tuple[Rule, Severity]] = []
    errors: list[str] = []
    seen: set[str] = set()
    for rule_cls in chosen:
        if rule_cls.code in seen or rule_cls.code in ignored:
            continue
        seen.add(rule_cls.code)
        try:
            instance = rule_cls(options.get(rule_cls.code))
        except (Exception, SystemExit) as exc:  # a plugin that cannot start is skipped, like one that cannot load
            origin = registry.origin.get(rule_cls.code, "a plugin")
            errors.append(
                f"rule {rule_cls.code} ({rule_cls.name}) of {origin} could not start and was skipped: "
                f"{type(exc).__name__}: {exc}"
            )
            continue
        active.append((instance, severities.get(rule_cls.code, rule_cls.severity)))

    pfi = []
    for glob, selectors in values.get("per-file-ignores", {}).items():
        codes = {r.code for r in _codes(registry, selectors, where, f"per-file-ignores.{glob}")}
        try:
            pfi.append((glob_to_regex(glob), codes))
        except re.error as exc:
            raise ConfigError(f"{where}: in 'per-file-ignores': {glob!r} is not a valid glob: {exc}") from None
    root = str(cfg.root)
    exclude = _patterns(list(values.get("exclude", DEFAULT_EXCLUDE)) + list(values.get("extend-exclude", [])),
                        root, where, "exclude")
    include = _patterns(list(values.get("extend-include", [])), root, where, "extend-include")
    baseline = cfg.root / values["baseline"] if "baseline" in values else None
    size = parse_size(values["max-file-size"], where) if "max-file-size" in values else MAX_FILE_SIZE
    limit = float(values.get("time-limit", TIME_LIMIT))
    return Settings(cfg, RuleSet(active, registry.codes_for), pfi, exclude, include,
                    values.get("respect-gitignore", True), baseline, size, limit, errors)


def _patterns(lines: list[str], root: str, where: str, key: str) -> GitPatterns:
    try:
        return GitPatterns(lines, root)
    except PatternError as exc:
        raise ConfigError(f"{where}: in {key!r}: {exc}") from None


def _check_options(rule: type[Rule], table: dict[str, Any], where: str) -> dict[str, Any]:
    out = {}
    for key, value in table.items():
        option = rule.options.get(key)
        if option is None:
            known = ", ".join(rule.options) or "none"
            hint = close_match(key, list(rule.options))
            raise ConfigError(f"{where}: unknown option {key!r}{hint}; {rule.name} options: {known}")
        try:
            out[key] = option.validate(value)
        except ValueError as exc:
            raise ConfigError(f"{where}: option {key!r}: {exc}") from None
    merged = {k: o.default for k, o in rule.options.items()} | out
    try:
        rule.validate_options(merged)
    except ValueError as exc:
        raise ConfigError(f"{where}: {exc}") from None
    return out
