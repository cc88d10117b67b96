"""Fixture cards with inline markers: tests/fixtures/<CODE>/<case>.md.

Each card says where findings are expected (see ``harness.py``); a
``<case>.toml`` beside it is its configuration (the keys of
``.modelcard-lint.toml``).  The comparison covers every rule unless the case
sits in a rule's folder, where only that rule's findings are compared.

A folder ``tests/fixtures/<CODE>/<case>/`` is a whole model repository: its ``README.md``
and the files beside it, each with its own markers (``// {MC601}`` in JSON files), are
written without their markers into a new folder and linted through the README, as the
command line lints ``<case>/README.md``; ``<case>.toml`` beside the folder configures it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from harness import ROOT, check_markers, check_repo, load_toml

FIXTURES = sorted((ROOT / "tests" / "fixtures").glob("*/*.md"))
REPOSITORIES = sorted(p.parent for p in (ROOT / "tests" / "fixtures").glob("*/*/README.md"))


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_fixture(path: Path) -> None:
    config_path = path.with_suffix(".toml")
    config = load_toml(config_path) if config_path.exists() else None
    folder = path.parent.name
    only = None if folder == "all" else {folder}
    # bytes decoded as they are: read_text() would turn CRLF into LF and hide line-ending cases
    check_markers(path.read_bytes().decode("utf-8"), config=config, only=only)


@pytest.mark.parametrize("folder", REPOSITORIES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_repository_fixture(folder: Path) -> None:
    config_path = folder.with_suffix(".toml")
    config = load_toml(config_path) if config_path.exists() else None
    files = {p.relative_to(folder).as_posix(): p.read_bytes().decode("utf-8") for p in folder.rglob("*") if p.is_file()}
    only = None if folder.parent.name == "all" else {folder.parent.name}
    check_repo(files, config=config, only=only)
