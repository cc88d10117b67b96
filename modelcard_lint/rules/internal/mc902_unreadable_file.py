"""MC902 unreadable-file: a file could not be read as UTF-8 text (reported by the engine)."""

from __future__ import annotations

from ...diagnostics import Severity
from ...core.rule import Rule


class UnreadableFile(Rule):
    """A file could not be linted: it cannot be read, is binary, or is not UTF-8 text."""

    code = "MC902"
    name = "unreadable-file"
    severity = Severity.ERROR
    internal = True
