"""Configuration: where it is found, what it may say, and what it resolves to.

A configuration is ``.modelcard-lint.toml`` (top-level keys) or the
``[tool.modelcard-lint]`` table of a ``pyproject.toml``.  For each linted
file the closest one from the file's directory upward wins (in one directory
``.modelcard-lint.toml`` beats ``pyproject.toml``); there is no merging.
``--config PATH`` uses one file for every card, ``--isolated`` none.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

CONFIG_NAMES = (".modelcard-lint.toml", "pyproject.toml")
KEYS = (
    "select", "extend-select", "ignore", "severity", "per-file-ignores", "exclude", "extend-exclude",
    "extend-include", "respect-gitignore", "baseline", "rules", "max-file-size", "time-limit",
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
            hint = close_match(key, KEYS)
            raise ConfigError(f"{where}: unknown key {key!r}{hint}; known keys: {', '.join(KEYS)}")
        if key in ("select", "extend-select", "ignore", "exclude", "extend-exclude", "extend-include"):
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
        elif key == "respect-gitignore" and not isinstance(value, bool):
            raise ConfigError(f"{where}: 'respect-gitignore' must be true or false")
        elif key == "baseline" and (not isinstance(value, str) or not value.strip()):
            raise ConfigError(f"{where}: 'baseline' must be the path of a baseline file (relative to {cfg.root})")
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


def close_match(word: str, choices: tuple[str, ...] | list[str]) -> str:
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
