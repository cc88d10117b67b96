"""Speed of modelcard-lint, measured against the project's targets.

    python scripts/benchmark.py [--corpus DIR] [--repeat N] [--cold N] [--compare]

- **rules vs a naive parse**: CPU time (one core, in this process) to lint every card of the
  corpus with every rule, against the time of a naive parse of the same cards (the front
  matter with PyYAML's C loader, the body with mistune's full Markdown parser). Target: all
  rules in less time than the naive parse (ratio < 1).
- **one card, cold**: wall time of ``modelcard-lint CARD`` in a new process, against
  ``python -c pass``. Target: at most 5 times as long. The floor that the fixed stack sets is printed beside
  it: importing click, mistune (which builds its default Markdown parser on import), ruamel.yaml and pathspec.
- **the command over the corpus**: wall time and peak memory of ``modelcard-lint DIR`` with one
  and two worker processes, and the speed-up.
- **a model repository**: CPU time to lint one Trainer card in a folder whose ``trainer_state.json``
  logged every step of a long run (20,000 steps, 2,000 evaluations, about 4 MB), with the repository
  and without it (the card alone), so that the cost of holding a card against its files is known.
- ``--compare``: the same corpus through markdownlint-cli2 (npx) and pymarkdown when they are
  installed, for the "how much faster than other linters" figures.

Needs PyYAML for the naive parse (``pip install pyyaml``); skips what it cannot measure, saying so.
"""

from __future__ import annotations

import argparse
import compileall
import contextlib
import gc
import os
import re
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from modelcard_lint.app.runner import Runner  # noqa: E402
from modelcard_lint.app.settings import Overrides  # noqa: E402
from modelcard_lint.card import Card  # noqa: E402
from modelcard_lint.card.source import read_source  # noqa: E402
from modelcard_lint.core.engine import lint_card  # noqa: E402

FRONT = re.compile(r"^(\s*---(?:\r\n|\r|\n))([\S\s]*?)((?:\r\n|\r|\n)---[ \t]*(\r\n|\n|$))")


def best_cpu(work, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        start = time.process_time()
        work()
        best = min(best, time.process_time() - start)
    return best


def lint_all(files: list[Path]) -> int:
    settings = Runner(Overrides(), isolated=True, plugins=False).finder.default
    found = 0
    for path in files:
        found += len(lint_card(Card(read_source(path, str(path))), settings.ruleset))
    return found


def naive_parse(texts: list[str]) -> None:
    import mistune
    import yaml

    markdown = mistune.create_markdown(renderer=None)
    for text in texts:
        m = FRONT.search(text)
        if m:
            with contextlib.suppress(yaml.YAMLError):
                yaml.load(m.group(2), Loader=yaml.CSafeLoader)
            text = text[m.end() :]
        markdown(text)


def rules_vs_naive(files: list[Path], repeat: int) -> None:
    rules = len(Runner(Overrides(), isolated=True, plugins=False).finder.default.ruleset.rules)
    lint = best_cpu(lambda: lint_all(files), repeat)
    print(f"rules: {len(files)} cards, {rules} rules, {lint_all(files)} findings")
    per_card = lint * 1e6 / len(files)
    print(f"  lint, every rule:  {lint:6.2f} s CPU  {len(files) / lint:7,.0f} cards/s  {per_card:5.0f} µs/card")
    try:
        import yaml

        if not getattr(yaml, "__with_libyaml__", False):
            raise ImportError("PyYAML without its C extension")
    except ImportError as exc:
        print(f"  naive parse: skipped ({exc}; pip install pyyaml)")
        return
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in files]
    naive = best_cpu(lambda: naive_parse(texts), repeat)
    print(f"  naive parse:       {naive:6.2f} s CPU  {len(files) / naive:7,.0f} cards/s  (PyYAML C + mistune)")
    print(f"  lint / naive parse: {lint / naive:.2f}  (target < 1)")


def command() -> list[str]:
    exe = shutil.which("modelcard-lint", path=str(Path(sys.executable).parent))
    return [exe] if exe else [sys.executable, "-m", "modelcard_lint"]


def wall(args: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(args, capture_output=True)
        times.append(time.perf_counter() - start)
    return min(times)


def cold_start(card: Path, runs: int) -> None:
    # an installed package has its bytecode compiled by pip; an editable checkout may not be
    compileall.compile_dir(str(ROOT / "modelcard_lint"), quiet=1)
    base = wall([sys.executable, "-c", "pass"], runs)
    print(f"one card, cold ({runs} runs, minimum):  python -c pass {base * 1000:.0f} ms")
    # the floor that the fixed stack sets: importing its libraries, before any code of the linter runs
    stack = wall([sys.executable, "-c", "import click, mistune, ruamel.yaml, ruamel.yaml.cyaml, pathspec"], runs)
    print(f"  the stack's imports alone (click, mistune, ruamel.yaml, pathspec) {stack * 1000:4.0f} ms"
          f"  = {stack / base:.1f} × python -c pass")
    for fmt in ("full", "concise", "json"):
        t = wall([*command(), "--isolated", "--output-format", fmt, str(card)], runs)
        print(f"  --output-format {fmt:8} {t * 1000:4.0f} ms  = {t / base:.1f} × python -c pass  (target ≤ 5)")


def command_over(corpus: Path) -> None:
    print(f"the command over {corpus} (wall time, peak memory of the run):")
    one = None
    for jobs in (1, 2):
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        start = time.perf_counter()
        proc = subprocess.run(
            [*command(), "--isolated", "-j", str(jobs), "--output-format", "concise", "-q", str(corpus)],
            capture_output=True,
        )
        elapsed = time.perf_counter() - start
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        one = one or elapsed
        grew = f"{peak / 1024:.0f} MiB" if peak > before else "≤ earlier"
        print(f"  -j {jobs}: {elapsed:5.2f} s, speed-up {one / elapsed:.2f}×, peak RSS {grew}, exit {proc.returncode}")


def compare(corpus: Path) -> None:
    print("other linters over the same corpus (wall time, one run each):")
    tools = {  # each tool's command, and the command that tells whether it is installed
        "markdownlint-cli2": (
            ["npx", "--no-install", "markdownlint-cli2", f"{corpus}/*.md"],
            ["npx", "--no-install", "markdownlint-cli2", "--version"],
        ),
        "pymarkdown": (
            [sys.executable, "-m", "pymarkdown", "scan", str(corpus)],
            [sys.executable, "-m", "pymarkdown", "version"],
        ),
    }
    ours = wall([*command(), "--isolated", "-j", "1", "--output-format", "concise", "-q", str(corpus)], 1)
    print(f"  modelcard-lint (-j 1): {ours:6.2f} s")
    for name, (args, probe) in tools.items():
        if not shutil.which(args[0]) or subprocess.run(probe, capture_output=True).returncode:
            print(f"  {name}: skipped (not installed)")
            continue
        t = wall(args, 1)
        print(f"  {name}: {t:6.2f} s, {t / ours:.1f}× the time of modelcard-lint")


def repository(repeat: int) -> None:
    """One card against a large Trainer log, with its repository and without."""
    import json
    import tempfile

    evals, steps = 2000, 20000
    history, rows = [], []
    for s in range(1, steps + 1):
        epoch = round(s / 2000, 2)
        lr = 2e-5 * (1 - s / steps)
        history.append({"epoch": epoch, "grad_norm": 1.5, "learning_rate": lr, "loss": 0.5, "step": s})
        if s % (steps // evals) == 0:
            acc, loss = 0.8 + (s % 97) / 1000, 0.4 + (s % 89) / 1000
            history.append({"epoch": epoch, "eval_accuracy": acc, "eval_loss": loss, "eval_runtime": 1.2, "step": s})
            rows.append(f"| 0.5 | {epoch} | {s} | {loss:.4f} | {acc:.4f} |")
    history.append({"epoch": 10.0, "step": steps, "total_flos": 1e16, "train_loss": 0.5, "train_runtime": 900.0})
    last = rows[-1].split("|")
    card = (
        "---\nlicense: mit\n---\n# run\n\nIt achieves the following results on the evaluation set:\n"
        f"- Loss: {last[4].strip()}\n- Accuracy: {last[5].strip()}\n\n### Training results\n\n"
        "| Training Loss | Epoch | Step | Validation Loss | Accuracy |\n|:-:|:-:|:-:|:-:|:-:|\n"
        + "\n".join(rows)
        + "\n"
    )
    state = json.dumps(
        {"log_history": history, "global_step": steps, "max_steps": steps, "num_train_epochs": 10},
        indent=2,
        sort_keys=True,
    )
    settings = Runner(Overrides(), isolated=True, plugins=False).finder.default
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "README.md")
        path.write_text(card, encoding="utf-8")
        Path(folder, "trainer_state.json").write_text(state, encoding="utf-8")

        def lint(with_repo: bool) -> int:
            return len(lint_card(Card(read_source(path, "README.md"), folder if with_repo else None), settings.ruleset))

        alone, held = best_cpu(lambda: lint(False), repeat), best_cpu(lambda: lint(True), repeat)
        found = lint(True)
    size = len(state) / 1e6
    print(f"a model repository: one card, trainer_state.json of {size:.1f} MB ({len(history):,} log entries)")
    print(f"  the card alone:         {alone * 1000:6.0f} ms CPU")
    print(f"  with its repository:    {held * 1000:6.0f} ms CPU  ({found} findings)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "cards")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--cold", type=int, default=20)
    parser.add_argument("--compare", action="store_true", help="also time markdownlint-cli2 and pymarkdown")
    args = parser.parse_args()
    os.environ.setdefault("PYTHONDONTWRITEBYTECODE", "0")
    if args.corpus.is_dir():
        rules_vs_naive(sorted(args.corpus.glob("*.md")), args.repeat)
        command_over(args.corpus)
        if args.compare:
            compare(args.corpus)
    else:
        print(f"corpus: skipped, no corpus at {args.corpus}")
    repository(args.repeat)
    cold_start(ROOT / "tests" / "cards" / "bert-base-cased-sst2.md", args.cold)


if __name__ == "__main__":
    main()
