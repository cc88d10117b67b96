"""Guards for the start-up budget of a one-card run (measured by scripts/benchmark.py).

Timing tests would be flaky; what is tested here is what makes start-up slow:
modules a plain run has no use for must not be imported by it.
"""

from __future__ import annotations

import json
import subprocess
import sys

from harness import ROOT, SEEDS

# each of these costs a millisecond or more to import, and a plain lint run needs none of them
HEAVY = [
    "importlib.metadata",  # plugins are found by reading entry_points.txt
    "rich",  # only to colour a terminal
    "tempfile", "difflib",  # only for --fix and --diff
    "statistics", "traceback",
    "multiprocessing",  # only for runs of many files
    "tomllib",  # only when a configuration file exists
    "langcodes", "iso639",  # the ISO 639 tables ship as data
    "pyarrow", "dask", "distributed", "altair", "vl_convert", "matplotlib",  # only for `modelcard-lint audit`
    "modelcard_lint.audit",
]

SCRIPT = """
import json, sys
sys.argv = ["modelcard-lint", "--isolated", "--output-format", "concise", {card!r}]
from modelcard_lint.app.cli import main
try:
    main()
except SystemExit:
    pass
print(json.dumps(sorted(sys.modules)), file=sys.stderr)
"""


def test_a_plain_run_imports_nothing_it_does_not_need() -> None:
    card = str(SEEDS / "bert-base-cased-sst2.md")
    proc = subprocess.run([sys.executable, "-c", SCRIPT.format(card=card)], capture_output=True, text=True, cwd=ROOT)
    loaded = set(json.loads(proc.stderr.strip().splitlines()[-1]))
    assert "modelcard_lint.rules" in loaded  # the run did happen
    assert sorted(m for m in HEAVY if m in loaded) == []
