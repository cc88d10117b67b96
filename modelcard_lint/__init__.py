"""modelcard-lint: a linter for Hugging Face model cards.

The public API (stable across minor versions)::

    from modelcard_lint import lint_path, lint_text

    for d in lint_path("models/bert/README.md"):
        print(f"{d.path}:{d.line}:{d.column}: {d.code} {d.message}")

``lint_text(text, path="README.md", config=None)`` and ``lint_path(path, config=None)``
return the diagnostics the command line reports for the same input; ``config`` is None
(find the configuration from the card's folder upward, as the CLI does), the path of a
configuration file, or a mapping of its keys.  ``fix_text(text, path="README.md",
config=None, unsafe=False)`` fixes a card held in a string as ``--fix`` would and returns
``(fixed_text, remaining_diagnostics)``.  They never print, exit or write files; a
configuration that cannot be used raises ``ConfigError``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .diagnostics import Diagnostic, Edit, Fix, Severity, Span
from .version import __version__

__all__ = [
    "ConfigError",
    "Diagnostic",
    "Edit",
    "Fix",
    "Severity",
    "Span",
    "__version__",
    "fix_text",
    "lint_path",
    "lint_text",
]

if TYPE_CHECKING:
    from .api import fix_text, lint_path, lint_text
    from .app.config import ConfigError


def __getattr__(name: str) -> Any:
    # the linting machinery is imported on first use, so `import modelcard_lint` stays cheap
    if name in ("lint_text", "lint_path", "fix_text"):
        from . import api

        return getattr(api, name)
    if name == "ConfigError":
        from .app.config import ConfigError

        return ConfigError
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
