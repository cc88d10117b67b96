"""Configuration: where it is found, what it may say, and what it resolves to.

A configuration is ``.modelcard-lint.toml`` (top-level keys) or the
``[tool.modelcard-lint]`` table of a ``pyproject.toml``.  For each linted
file the closest one from the file's directory upward wins (in one directory
``.modelcard-lint.toml`` beats ``pyproject.toml``); there is no merging.
``--config PATH`` uses one file for every card, ``--isolated`` none.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

from ..core.engine import RuleSet
from ..core.registry import Registry, SelectorError
from ..core.rule import Rule
from ..diagnostics import Severity

CONFIG_NAMES = (".modelcard-lint.toml", "pyproject.toml")
KEYS = ("select", "extend-select", "ignore", "severity", "per-file-ignores", "exclude", "extend-exclude", "rules")
DEFAULT_EXCLUDE = (
    ".git", ".hg", ".svn", ".venv", "venv", ".tox", ".nox", "node_modules", "__pycache__",
    "site-packages", ".mypy_cache", ".pytest_cache", ".ruff_cache", "build", "dist",
)


class ConfigError(Exception):
    """A configuration problem; the message names the file, the key and the fix."""


class FileConfig:
    """What one configuration file (or none) says, checked for shape."""

    __slots__ = ("path", "root", "values")

    def __init__(self, path: Path | None, root: Path, values: dict[str, Any] | None = None) -> None:
        self.path = path
        self.root = root
        self.values = values if values is not None else {}

    @property
    def label(self) -> str:
        if self.path is None:
            return "the command line"
        if self.path.name == "pyproject.toml":
            return f"{self.path} [tool.modelcard-lint]"
        return str(self.path)


def _read_toml(path: Path) -> dict[str, Any]:
    import tomllib

    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the configuration: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: not valid TOML: the file is not UTF-8") from None


def load_file(path: Path) -> FileConfig:
    """Read a configuration file and check its keys and their types."""
    data = _read_toml(path)
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("modelcard-lint", {})
        if not isinstance(data, dict):
            raise ConfigError(f"{path}: [tool.modelcard-lint] must be a table")
    cfg = FileConfig(path.resolve(), path.resolve().parent, data)
    check_shape(cfg)
    return cfg


def check_shape(cfg: FileConfig) -> None:
    where = cfg.label
    for key, value in cfg.values.items():
        if key not in KEYS:
            hint = _close(key, KEYS)
            raise ConfigError(f"{where}: unknown key {key!r}{hint}; known keys: {', '.join(KEYS)}")
        if key in ("select", "extend-select", "ignore", "exclude", "extend-exclude"):
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ConfigError(f"{where}: {key!r} must be a list of strings")
        elif key == "severity":
            if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
                raise ConfigError(f"{where}: 'severity' must be a table of rule = \"error\"|\"warning\"|\"info\"")
        elif key == "per-file-ignores":
            if not isinstance(value, dict) or not all(
                isinstance(v, list) and all(isinstance(s, str) for s in v) for v in value.values()
            ):
                raise ConfigError(f"{where}: 'per-file-ignores' must be a table of glob = [rules]")
        elif key == "rules" and (not isinstance(value, dict) or not all(isinstance(v, dict) for v in value.values())):
                raise ConfigError(f"{where}: 'rules' must be a table of tables, e.g. [rules.missing-section]")


def _close(word: str, choices: tuple[str, ...] | list[str]) -> str:
    import difflib

    best = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f" (did you mean {best[0]!r}?)" if best else ""


def find_config(directory: Path) -> Path | None:
    """The closest configuration file from ``directory`` upward."""
    for folder in (directory, *directory.parents):
        for name in CONFIG_NAMES:
            candidate = folder / name
            if candidate.is_file():
                if name == "pyproject.toml" and not _has_tool_table(candidate):
                    continue
                return candidate
    return None


def _has_tool_table(path: Path) -> bool:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    if "modelcard-lint" not in text:
        return False
    return "modelcard-lint" in _read_toml(path).get("tool", {})


# -- resolving ---------------------------------------------------------------


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
    """A configuration resolved against the registry: the rules to run and how."""

    __slots__ = ("source", "ruleset", "per_file_ignores", "exclude")

    def __init__(
        self,
        source: FileConfig,
        ruleset: RuleSet,
        per_file_ignores: list[tuple[re.Pattern[str], set[str]]],
        exclude: re.Pattern[str] | None,
    ) -> None:
        self.source = source
        self.ruleset = ruleset
        self.per_file_ignores = per_file_ignores
        self.exclude = exclude

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

    def is_excluded(self, path: Path) -> bool:
        if self.exclude is None:
            return False
        return any(self.exclude.match(t) for t in _tails(path, self.source.root))


def _tails(path: Path, root: Path) -> list[str]:
    """The path relative to ``root`` and each of its trailing parts, for glob matching.

    So ``venv`` matches ``a/venv/README.md`` and ``docs/*.md`` matches
    ``models/docs/x.md``.  A path outside ``root`` is matched by its name only.
    """
    absolute = os.path.abspath(path)
    inside = absolute.startswith(os.path.join(str(root), ""))
    rel = os.path.relpath(absolute, root) if inside else os.path.basename(absolute)
    parts = rel.replace(os.sep, "/").split("/")
    return ["/".join(parts[i:]) for i in range(len(parts))]


def glob_to_regex(glob: str) -> re.Pattern[str]:
    """A gitignore-like glob: ``*`` within a path part, ``**`` across parts, ``?``, ``[...]``."""
    return re.compile(_glob_body(glob) + "(?:/.*)?$")


def _glob_body(glob: str) -> str:
    out, i = [], 0
    glob = glob.strip().removeprefix("./").rstrip("/")
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
    seen: set[str] = set()
    for rule_cls in chosen:
        if rule_cls.code in seen or rule_cls.code in ignored:
            continue
        seen.add(rule_cls.code)
        try:
            instance = rule_cls(options.get(rule_cls.code))
        except Exception as exc:  # a plugin's setup() failing is a configuration-time error
            raise ConfigError(f"rule {rule_cls.code} ({rule_cls.name}) could not start: {exc}") from None
        active.append((instance, severities.get(rule_cls.code, rule_cls.severity)))

    pfi = []
    for glob, selectors in values.get("per-file-ignores", {}).items():
        codes = {r.code for r in _codes(registry, selectors, where, f"per-file-ignores.{glob}")}
        pfi.append((glob_to_regex(glob), codes))
    exclude_globs = list(values.get("exclude", DEFAULT_EXCLUDE)) + list(values.get("extend-exclude", []))
    exclude = None
    if exclude_globs:
        exclude = re.compile("(?:" + "|".join(_glob_body(g) for g in exclude_globs) + ")(?:/.*)?$")
    return Settings(cfg, RuleSet(active, registry.codes_for), pfi, exclude)


def _check_options(rule: type[Rule], table: dict[str, Any], where: str) -> dict[str, Any]:
    out = {}
    for key, value in table.items():
        option = rule.options.get(key)
        if option is None:
            known = ", ".join(rule.options) or "none"
            hint = _close(key, list(rule.options))
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
