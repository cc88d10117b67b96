from __future__ import annotations

import pytest
from harness import SHARED


@pytest.fixture(scope="session")
def shared():
    """The shared corpus beside the repository; skipped where it is absent (a user's machine)."""
    if not (SHARED / "corpus").is_dir():
        pytest.skip(f"the shared corpus is not at {SHARED} (it sits beside the repository in CI)")
    return SHARED
