"""Positions, findings and diagnostics: the values that flow out of rules.

They are NamedTuples rather than dataclasses: a one-card run starts a new
process, and creating a dataclass class costs about half a millisecond.
"""

from __future__ import annotations

import enum
import math
from typing import Any, NamedTuple


class Severity(enum.IntEnum):
    """How serious a diagnostic is; the order is used by ``--fail-on``."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, text: str) -> Severity:
        try:
            return cls[text.strip().upper()]
        except KeyError:
            raise ValueError(f"unknown severity {text!r} (use error, warning or info)") from None


class Span(NamedTuple):
    """A region of the card file.

    Lines and columns are 1-based; columns count characters (code points).
    ``end_column`` is the column just after the last character, as in ruff's
    and ESLint's output, so a one-character span has ``end_column == column + 1``.
    """

    line: int
    column: int
    end_line: int
    end_column: int

    @classmethod
    def at(cls, line: int, column: int = 1, length: int = 0) -> Span:
        return cls(line, column, line, column + max(length, 0))

    @property
    def span(self) -> Span:  # so that a Span can stand wherever a located thing can
        return self


class Edit(NamedTuple):
    """Replace the text of ``span`` (end exclusive) with ``text``; an empty span inserts."""

    span: Span
    text: str


class Fix(NamedTuple):
    """Edits that resolve a finding.  A fix is safe when it cannot change what the card means
    (``MIT`` -> ``mit``); an unsafe one picks one reading of the author's intent (``zh-CN`` -> ``zh``)
    and is applied only with ``--unsafe-fixes``."""

    message: str
    edits: tuple[Edit, ...]
    safe: bool = True

    def to_json(self) -> dict[str, Any]:
        return {
            "applicability": "safe" if self.safe else "unsafe",
            "message": self.message,
            "edits": [
                {
                    "line": e.span.line,
                    "column": e.span.column,
                    "end_line": e.span.end_line,
                    "end_column": e.span.end_column,
                    "content": e.text,
                }
                for e in self.edits
            ],
        }


class Finding(NamedTuple):
    """What a rule yields: where, what is wrong, and how to fix it.

    A rule never sets its own code, name or severity; the engine adds them.
    ``data`` carries machine-readable details (kept in JSON output); ``fix``
    is an automatic fix, when the rule can offer one; ``path`` names another
    file of the card's repository when the finding is in that file.
    """

    span: Span
    message: str
    help: str | None = None
    data: dict[str, Any] | None = None
    fix: Fix | None = None
    path: str | None = None  # another file of the card's repository (trainer_state.json, ...); None: the card


class Diagnostic(NamedTuple):
    """A finding placed in a file and stamped with its rule and severity."""

    path: str
    code: str
    name: str
    severity: Severity
    span: Span
    message: str
    help: str | None = None
    data: dict[str, Any] | None = None
    fix: Fix | None = None

    @property
    def line(self) -> int:
        return self.span.line

    @property
    def column(self) -> int:
        return self.span.column

    @property
    def end_line(self) -> int:
        return self.span.end_line

    @property
    def end_column(self) -> int:
        return self.span.end_column

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.path, self.span.line, self.span.column, self.code)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "path": self.path,
            "code": self.code,
            "name": self.name,
            "severity": self.severity.label,
            "message": self.message,
            "line": self.span.line,
            "column": self.span.column,
            "end_line": self.span.end_line,
            "end_column": self.span.end_column,
            "help": self.help,
            "data": _json_safe(self.data) if self.data else None,
            "fix": self.fix.to_json() if self.fix else None,
        }
        return out


def _json_safe(value: Any) -> Any:
    """``value`` with what JSON cannot hold made text: NaN and infinities, and keys that are not strings."""
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    if isinstance(value, dict):
        return {str(k): _json_safe(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_json_safe(v) for v in value]
    return value
