"""Fuzz modelcard-lint in process: mutated and generated cards, crafted hostile inputs, lint and --fix oracles.

    python scripts/fuzz.py [--inputs N] [--seconds S] [--seed N] [--jobs N] [--out DIR]
                           [--only lint|fix] [--corpus DIR ...]

The harness is the package ``scripts/fuzzing/``; every import from
modelcard_lint is in ``scripts/fuzzing/target.py``.  Results go to
``fuzz-out/``: one shrunk reproducer per failure signature, ``summary.json``
and ``scaling.json``.  Exit code 1 when anything was found.
"""

from __future__ import annotations

import sys
from pathlib import Path


def run() -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from fuzzing.cli import main

    return main()


if __name__ == "__main__":
    sys.exit(run())
