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

from ..card.source import MAX_FILE_SIZE
from ..core.engine import RuleSet
from ..core.registry import Registry, SelectorError
from ..core.rule import Rule
from ..diagnostics import Severity

CONFIG_NAMES = (".modelcard-lint.toml", "pyproject.toml")
KEYS = (
    "select", "extend-select", "ignore", "severity", "per-file-ignores", "exclude", "extend-exclude", "rules",
    "max-file-size", "time-limit",
)
#: seconds one card may take before its remaining rules are stopped (``time-limit``)
TIME_LIMIT = 20.0
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
    except RecursionError:
        raise ConfigError(f"{path}: not valid TOML: arrays or tables are nested too deeply to read") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the configuration: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: not valid TOML: the file is not UTF-8") from None


def load_file(path: Path) -> FileConfig:
    """Read a configuration file and check its keys and their types."""
    data = _read_toml(path)
    if path.name == "pyproject.toml":
        tool = data.get("tool", {})
        if not isinstance(tool, dict):
            raise ConfigError(f"{path}: `tool` must be a table ([tool.modelcard-lint])")
        data = tool.get("modelcard-lint", {})
        if not isinstance(data, dict):
            raise ConfigError(f"{path}: [tool.modelcard-lint] must be a table, not {type(data).__name__}")
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
        elif key == "max-file-size":
            parse_size(value, where)
        elif key == "time-limit" and (isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0):
            raise ConfigError(f"{where}: 'time-limit' must be a number of seconds (0: no limit)")


_UNITS = {"": 1, "b": 1, "kb": 1000, "kib": 1024, "mb": 1000**2, "mib": 1024**2, "gb": 1000**3, "gib": 1024**3}


def parse_size(value: Any, where: str) -> int:
    """``max-file-size``: a number of bytes, or a string such as "5 MB" or "512KiB"."""
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value
    if isinstance(value, str):
        m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*", value)
        if m and m.group(2).lower() in _UNITS and float(m.group(1)) > 0:
            return int(float(m.group(1)) * _UNITS[m.group(2).lower()])
    raise ConfigError(f"{where}: 'max-file-size' must be a number of bytes or a size such as \"5 MB\", not {value!r}")


def _close(word: str, choices: tuple[str, ...] | list[str]) -> str:
    import difflib

    best = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f" (did you mean {best[0]!r}?)" if best else ""


def find_config(directory: Path) -> Path | None:
    """The closest configuration file from ``directory`` upward."""
    for folder in (directory, *directory.parents):
        for name in CONFIG_NAMES:
            candidate = folder / name
            if _is_file(candidate):
                if name == "pyproject.toml" and not _has_tool_table(candidate):
                    continue
                return candidate
    return None


def _is_file(path: Path) -> bool:
    try:
        return path.is_file()
    except OSError:  # a folder the user may not search: there is no configuration to read there
        return False


def _has_tool_table(path: Path) -> bool:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    if "modelcard-lint" not in text:
        return False
    tool = _read_toml(path).get("tool", {})
    return "modelcard-lint" in tool if isinstance(tool, dict) else True  # a bad `tool` is reported on loading


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

    __slots__ = ("source", "ruleset", "per_file_ignores", "exclude", "max_file_size", "time_limit", "errors")

    def __init__(
        self,
        source: FileConfig,
        ruleset: RuleSet,
        per_file_ignores: list[tuple[re.Pattern[str], set[str]]],
        exclude: re.Pattern[str] | None,
        max_file_size: int = MAX_FILE_SIZE,
        time_limit: float = TIME_LIMIT,
        errors: list[str] | None = None,
    ) -> None:
        self.source = source
        self.ruleset = ruleset
        self.per_file_ignores = per_file_ignores
        self.exclude = exclude
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
        pfi.append((_compile(glob_to_regex, glob, where, "per-file-ignores"), codes))
    exclude_globs = list(values.get("exclude", DEFAULT_EXCLUDE)) + list(values.get("extend-exclude", []))
    exclude = None
    if exclude_globs:
        for glob in exclude_globs:
            _compile(glob_to_regex, glob, where, "exclude")
        exclude = re.compile("(?:" + "|".join(_glob_body(g) for g in exclude_globs) + ")(?:/.*)?$")
    size = parse_size(values["max-file-size"], where) if "max-file-size" in values else MAX_FILE_SIZE
    limit = float(values.get("time-limit", TIME_LIMIT))
    return Settings(cfg, RuleSet(active, registry.codes_for), pfi, exclude, size, limit, errors)


def _compile(make: Any, glob: str, where: str, key: str) -> re.Pattern[str]:
    try:
        return make(glob)
    except re.error as exc:
        raise ConfigError(f"{where}: in {key!r}: {glob!r} is not a valid glob: {exc}") from None


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
