"""Time of every rule on each crafted card of tests/hostile_inputs.py.

    python scripts/hostile.py [--size KB] [--limit SECONDS] [PATTERN ...]

Each pattern is built at ``--size`` KB (default 100) and linted through the engine with every
rule, like the first card of a run (the caches of answers about names are emptied before each
run); the best of three runs is printed.  The exit status is 1 when a
pattern takes more than ``--limit`` seconds (default 1).  tests/test_hostile.py checks that the
time grows linearly with the size; this script checks the absolute time on this machine.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from harness import settings_for  # noqa: E402
from hostile_inputs import PATTERNS, forget_caches  # noqa: E402

from modelcard_lint.card import Card  # noqa: E402
from modelcard_lint.core.engine import lint_card  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("patterns", nargs="*", help="patterns to run (default: all)")
    parser.add_argument("--size", type=int, default=100, help="size of each card in KB (default 100)")
    parser.add_argument("--limit", type=float, default=1.0, help="seconds a card may take (default 1)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per pattern; the best is shown (default 3)")
    args = parser.parse_args()
    unknown = [p for p in args.patterns if p not in PATTERNS]
    if unknown:
        parser.error(f"unknown pattern(s) {', '.join(unknown)}; known: {', '.join(PATTERNS)}")
    ruleset = settings_for().ruleset
    lint_card(Card.from_text("# warm-up\n", "card.md"), ruleset)
    slow = []
    for name in args.patterns or list(PATTERNS):
        text = PATTERNS[name](args.size * 1000)
        best = float("inf")
        findings = 0
        for _ in range(args.repeat):
            forget_caches()
            gc.collect()
            start = time.perf_counter()
            findings = len(lint_card(Card.from_text(text, "card.md"), ruleset))
            best = min(best, time.perf_counter() - start)
        flag = "  SLOW" if best > args.limit else ""
        print(f"{name:22} {len(text) / 1000:6.0f} KB {best:9.3f} s {findings:7} findings{flag}", flush=True)
        if flag:
            slow.append(name)
    if slow:
        print(f"over {args.limit:g} s: {', '.join(slow)}")
    return 1 if slow else 0


if __name__ == "__main__":
    sys.exit(main())
