"""A JSON array of diagnostics, sorted by path and position."""

from __future__ import annotations

import json
from typing import TextIO

from ..diagnostics import Diagnostic
from . import Report


def render(diagnostics: list[Diagnostic], report: Report, out: TextIO) -> None:
    json.dump([d.to_json() for d in diagnostics], out, indent=2, ensure_ascii=False)
    out.write("\n")
