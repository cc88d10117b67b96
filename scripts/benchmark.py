"""Speed of modelcard-lint: throughput over the shared corpus, and one card from a cold start.

    python scripts/benchmark.py [--corpus DIR] [--repeat N] [--cold N]

Throughput is measured in this process on one core (CPU time of the lint loop: read, parse, every
rule), over every file of the corpus. Cold start runs the installed `modelcard-lint` command on one
seed card in a new process, N times, and reports the wall time. Targets: >= 1,500 cards/s per core
and <= 90 ms for one card.
"""

from __future__ import annotations

import argparse
import compileall
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from modelcard_lint.app.config import Overrides  # noqa: E402
from modelcard_lint.app.runner import Runner  # noqa: E402
from modelcard_lint.card import Card  # noqa: E402
from modelcard_lint.card.source import read_source  # noqa: E402
from modelcard_lint.core.engine import lint_card  # noqa: E402


def throughput(files: list[Path], repeat: int) -> None:
    runner = Runner(Overrides(), isolated=True, plugins=False)
    settings = runner.fixed
    assert settings is not None
    findings = 0
    best = None
    for _ in range(repeat):
        start = time.process_time()
        found = 0
        for path in files:
            diags = lint_card(Card(read_source(path, str(path))), settings.ruleset)
            found += len(diags)
        elapsed = time.process_time() - start
        best = elapsed if best is None else min(best, elapsed)
        findings = found
    assert best is not None
    rules = len(settings.ruleset.rules)
    print(f"throughput: {len(files)} cards, {rules} rules, {findings} findings")
    print(f"  {len(files) / best:,.0f} cards/s per core ({best * 1e6 / len(files):.0f} µs per card, best of {repeat})")


def cold_start(card: Path, runs: int) -> None:
    # an installed package has its bytecode compiled by pip; an editable checkout may not
    # (PYTHONDONTWRITEBYTECODE), and compiling our modules on every start would be measured instead
    compileall.compile_dir(str(ROOT / "modelcard_lint"), quiet=1)
    exe = shutil.which("modelcard-lint", path=str(Path(sys.executable).parent)) or shutil.which("modelcard-lint")
    command = [exe] if exe else [sys.executable, "-m", "modelcard_lint"]
    name = " ".join(Path(command[0]).name if i == 0 else c for i, c in enumerate(command))
    print(f"cold start: `{name} {card.name}` ({runs} runs each)")
    for fmt in ("full", "concise", "json"):
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            subprocess.run([*command, "--output-format", fmt, str(card)], capture_output=True)
            times.append(time.perf_counter() - start)
        low, mid = min(times) * 1000, statistics.median(times) * 1000
        print(f"  --output-format {fmt:8} min {low:.0f} ms, median {mid:.0f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "cards")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--cold", type=int, default=20)
    args = parser.parse_args()
    if args.corpus.is_dir():
        throughput(sorted(args.corpus.glob("*.md")), args.repeat)
    else:
        print(f"throughput: skipped, no corpus at {args.corpus}")
    cold_start(ROOT / "tests" / "cards" / "bert-base-cased-sst2.md", args.cold)


if __name__ == "__main__":
    main()
