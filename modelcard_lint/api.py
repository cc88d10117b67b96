"""The Python API behind ``modelcard_lint.lint_text``, ``lint_path`` and ``fix_text``.

They return what the command line reports for the same input: the same rules, the
same configuration (found from the card's folder upward, as the CLI finds it), the
same diagnostics in the same order.  None prints, exits or writes a file; a
configuration that cannot be used raises ``ConfigError``.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Union

from .app.config import ConfigError, FileConfig, check_shape
from .app.runner import Runner
from .diagnostics import Diagnostic

#: None: the configuration file found from the card's folder upward, as the CLI does;
#: a path: that configuration file (``--config``); a mapping: the keys of a
#: ``.modelcard-lint.toml`` (``{}`` for the defaults, like ``--isolated``)
Config = Union[None, str, "os.PathLike[str]", Mapping[str, Any]]


def _runner(config: Config, plugins: bool) -> Runner:
    from .app.config import Overrides

    if config is None:
        runner = Runner(Overrides(), plugins=plugins, keep_sources=False, jobs=1)
    elif isinstance(config, Mapping):
        file_config = FileConfig(None, Path.cwd(), dict(config))
        check_shape(file_config)
        runner = Runner(Overrides(), file_config=file_config, plugins=plugins, keep_sources=False, jobs=1)
    else:
        path = Path(config)
        if not path.is_file():
            raise ConfigError(f"{path}: no such configuration file")
        runner = Runner(Overrides(), config_path=path, plugins=plugins, keep_sources=False, jobs=1)
    if runner.errors:
        raise ConfigError("; ".join(runner.errors))
    return runner


def lint_text(text: str, path: str = "README.md", config: Config = None, *, plugins: bool = True) -> list[Diagnostic]:
    """Lint the card ``text`` as if it were the file ``path`` (for messages and configuration)."""
    return _runner(config, plugins).lint_text(text, path)


def fix_text(
    text: str, path: str = "README.md", config: Config = None, unsafe: bool = False, *, plugins: bool = True
) -> tuple[str, list[Diagnostic]]:
    """Fix the card ``text`` as ``--fix`` fixes the file ``path`` (``--unsafe-fixes`` with ``unsafe``).

    Returns the fixed text (byte-order mark and line endings kept; ``text`` itself when nothing
    was fixed) and the diagnostics left in it, as ``--fix`` reports them.
    """
    from .app.fix import fix_source
    from .card.source import Source

    runner = _runner(config, plugins)
    where = Path(path)
    rules = runner.settings_for(where).rules_for(where)
    result = fix_source(Source.from_text(text, path), rules, unsafe)
    return result.source.raw, result.diagnostics


def lint_path(path: str | os.PathLike[str], config: Config = None, *, plugins: bool = True) -> list[Diagnostic]:
    """Lint a card file, or every card under a directory, as ``modelcard-lint PATH`` does."""
    runner = _runner(config, plugins)
    diagnostics, _ = runner.run([os.fspath(path)])
    if runner.errors:
        raise ConfigError("; ".join(runner.errors))
    return diagnostics
