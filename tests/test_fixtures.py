"""Fixture cards with inline markers: tests/fixtures/<CODE>/<case>.md.

Each card says where findings are expected (see ``harness.py``); a
``<case>.toml`` beside it is its configuration (the keys of
``.modelcard-lint.toml``).  The comparison covers every rule unless the case
sits in a rule's folder, where only that rule's findings are compared.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from harness import ROOT, check_markers, load_toml

FIXTURES = sorted((ROOT / "tests" / "fixtures").glob("*/*.md"))


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_fixture(path: Path) -> None:
    config_path = path.with_suffix(".toml")
    config = load_toml(config_path) if config_path.exists() else None
    folder = path.parent.name
    only = None if folder == "all" else {folder}
    # bytes decoded as they are: read_text() would turn CRLF into LF and hide line-ending cases
    check_markers(path.read_bytes().decode("utf-8"), config=config, only=only)
