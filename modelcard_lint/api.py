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


def _runner(config: Config, plugins: bool, fix: str | None = None, unsafe: bool = False) -> Runner:
    from .app.settings import Overrides

    options = {"plugins": plugins, "keep_sources": False, "jobs": 1, "fix": fix, "unsafe_fixes": unsafe}
    if config is None:
        runner = Runner(Overrides(), **options)  # type: ignore[arg-type]
    elif isinstance(config, Mapping):
        file_config = FileConfig(None, Path.cwd(), dict(config))
        check_shape(file_config)
        runner = Runner(Overrides(), file_config=file_config, **options)  # type: ignore[arg-type]
    else:
        path = Path(config)
        if not path.is_file():
            raise ConfigError(f"{path}: no such configuration file")
        runner = Runner(Overrides(), config_path=path, **options)  # type: ignore[arg-type]
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
    from .app.files import Target
    from .app.runner import Collector

    runner = _runner(config, plugins, fix="fix", unsafe=unsafe)
    found: list[Diagnostic] = []
    runner.process([Target(None, path, data=text.encode("utf-8", "surrogatepass"))], [Collector(found)])
    return (runner.stdout_cards[0] if runner.stdout_cards else text), found


def lint_path(path: str | os.PathLike[str], config: Config = None, *, plugins: bool = True) -> list[Diagnostic]:
    """Lint a card file, or every card under a directory, as ``modelcard-lint PATH`` does."""
    runner = _runner(config, plugins)
    diagnostics = runner.collect([os.fspath(path)])
    if runner.errors:
        raise ConfigError("; ".join(runner.errors))
    return diagnostics
