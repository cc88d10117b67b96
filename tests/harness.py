"""Linting helpers for tests, and the inline expected-finding markers.

A marker ``{MC301}`` on a line means "MC301 fires on this line"; ``{MC301:+1}``
and ``{MC301:-2}`` point at a line below or above, ``{MC301:7}`` at line 7, and
``{MC301@5}`` also pins the column.  Markers sit in comments that the harness
removes before linting: ``<!-- {MC301} -->`` in Markdown, ``# {MC105}`` in
the front matter and in YAML files, ``// {MC601}`` at the end of a line of a JSON
file (JSON has no comments: the harness removes them before it writes the file).
A marker comment may hold several markers.

A whole repository is written as a ``model-repo`` block: each file starts with a line
``==> NAME <==`` (as ``head`` prints several files), the card is ``README.md``, and the
markers of each file count that file's lines (``check_repo``).
"""

from __future__ import annotations

import re
import tempfile
import tomllib
from collections import Counter
from pathlib import Path
from typing import Any, NamedTuple

from modelcard_lint.app.config import FileConfig
from modelcard_lint.app.settings import Overrides, resolve
from modelcard_lint.card import Card
from modelcard_lint.core.engine import lint_card
from modelcard_lint.core.registry import load_registry
from modelcard_lint.diagnostics import Diagnostic

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = ROOT / "tests" / "cards"

_MARKER = re.compile(r"\{([A-Z]{1,4}\d{3})(?::([+-]?)(\d+))?(?:@(\d+))?\}")
_MARKER_COMMENT = re.compile(r"[ \t]*(?:<!--\s*(?:\{[^}]*\}\s*)+-->|(?:#|//)\s*(?:\{[^}]*\}\s*)+)[ \t]*$")
_FILE_HEADER = re.compile(r"^==> (.+?) <==[ \t]*\n", re.M)


def settings_for(config: dict[str, Any] | None = None, select: list[str] | None = None):
    cfg = FileConfig(None, ROOT, dict(config or {}))
    return resolve(cfg, load_registry(plugins=False), Overrides(select=select))


def lint(text: str, select: list[str] | None = None, config: dict[str, Any] | None = None) -> list[Diagnostic]:
    """Lint card text with the built-in rules (optionally only ``select``)."""
    return lint_card(Card.from_text(text, "card.md"), settings_for(config, select).ruleset)


def codes(diags: list[Diagnostic]) -> list[tuple[str, int, int]]:
    return [(d.code, d.span.line, d.span.column) for d in diags]


def parse_markers(text: str) -> tuple[str, Counter, dict[tuple[str, int], int]]:
    """Strip marker comments; return the clean text, expected (code, line) counts, and pinned columns."""
    expected: Counter = Counter()
    columns: dict[tuple[str, int], int] = {}
    out_lines = []
    for n, line in enumerate(text.split("\n"), start=1):
        m = _MARKER_COMMENT.search(line)
        if m and _MARKER.search(m.group(0)):
            for mk in _MARKER.finditer(m.group(0)):
                code, sign, num, col = mk.groups()
                target = n
                if num is not None:
                    target = n + int(num) if sign == "+" else n - int(num) if sign == "-" else int(num)
                expected[(code, target)] += 1
                if col:
                    columns[(code, target)] = int(col)
            line = line[: m.start()]
        out_lines.append(line)
    return "\n".join(out_lines), expected, columns


def check_markers(text: str, config: dict[str, Any] | None = None, only: set[str] | None = None) -> None:
    """Assert that linting ``text`` gives exactly the findings its markers announce.

    ``only`` limits the comparison to these codes (doc examples check one rule).
    """
    clean, expected, columns = parse_markers(text)
    diags = lint(clean, config=config)
    actual: Counter = Counter((d.code, d.span.line) for d in diags if only is None or d.code in only)
    if only is not None:
        expected = Counter({k: v for k, v in expected.items() if k[0] in only})
    if actual != expected:
        lines = "\n".join(f"  {d.code} {d.span.line}:{d.span.column} {d.message}" for d in diags)
        raise AssertionError(
            f"findings differ from the markers\n expected: {sorted(expected.items())}\n"
            f" actual:   {sorted(actual.items())}\n all diagnostics:\n{lines}"
        )
    for (code, line), col in columns.items():
        cols = [d.span.column for d in diags if d.code == code and d.span.line == line]
        assert col in cols, f"{code} on line {line}: expected column {col}, got {cols}"


def load_toml(path: Path) -> dict[str, Any]:
    with path.open("rb") as fh:
        return tomllib.load(fh)


def split_repo(block: str) -> dict[str, str]:
    """The files of a ``model-repo`` block: name -> text (markers kept)."""
    parts = _FILE_HEADER.split(block)
    assert not parts[0].strip(), "a model-repo block starts with a `==> NAME <==` line"
    return dict(zip(parts[1::2], parts[2::2], strict=True))


class RepoRun(NamedTuple):
    diagnostics: list[Diagnostic]
    expected: Counter  # (file, code, line) -> how many findings the markers announce
    columns: dict[tuple[str, str, int], int]  # (file, code, line) -> the column a marker pins
    folder: Path  # where the files were written (the caller deletes it)


def lint_repo(files: dict[str, str], config: dict[str, Any] | None = None) -> RepoRun:
    """Write the files (markers removed) into a new folder and lint its README.md as the command line does."""
    from modelcard_lint import lint_path

    expected: Counter = Counter()
    pinned: dict[tuple[str, str, int], int] = {}
    folder = Path(tempfile.mkdtemp(prefix="model-repo-"))
    for name, text in files.items():
        clean, marks, columns = parse_markers(text)
        for (code, line), n in marks.items():
            expected[(name, code, line)] += n
        for (code, line), column in columns.items():
            pinned[(name, code, line)] = column
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(clean.encode("utf-8"))
    diags = lint_path(folder / "README.md", config=dict(config or {}), plugins=False)
    return RepoRun(diags, expected, pinned, folder)


def repo_findings(diags: list[Diagnostic], folder: Path) -> Counter:
    """(file in the repository, code, line) of each diagnostic."""
    return Counter((Path(d.path).relative_to(folder).as_posix(), d.code, d.span.line) for d in diags)


def check_repo(files: dict[str, str], config: dict[str, Any] | None = None, only: set[str] | None = None) -> None:
    """Assert that linting the repository gives exactly the findings the markers of its files announce."""
    import shutil

    diags, expected, pinned, folder = lint_repo(files, config)
    try:
        actual = repo_findings([d for d in diags if only is None or d.code in only], folder)
        for (name, code, line), column in pinned.items():
            found = [d.span.column for d in diags
                     if d.code == code and d.span.line == line and Path(d.path).relative_to(folder).as_posix() == name]
            assert column in found, f"{name}: {code} on line {line}: expected column {column}, got {found}"
        if only is not None:
            expected = Counter({k: v for k, v in expected.items() if k[1] in only})
        if actual != expected:
            shown = "\n".join(f"  {d.path}:{d.span.line}:{d.span.column} {d.code} {d.message}" for d in diags)
            raise AssertionError(
                f"findings differ from the markers\n expected: {sorted(expected.items())}\n"
                f" actual:   {sorted(actual.items())}\n all diagnostics:\n{shown}"
            )
    finally:
        shutil.rmtree(folder, ignore_errors=True)
