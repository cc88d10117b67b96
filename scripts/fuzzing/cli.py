"""The command line: run the campaign, measure the crafted inputs, shrink, report."""

from __future__ import annotations

import argparse
import os
import signal
import sys
import time
from pathlib import Path
from typing import Any

from . import campaign, cases, isolate, report, scaling, target
from .oracles import Failure, Limits
from .shrink import finder, shrink

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_CORPUS = [
    Path("/work/shared/corpus"),
    Path("/work/shared/seeds"),
    ROOT / "tests" / "fixtures",
    ROOT / "tests" / "cards",
]
MAX_CARD = 1 << 20


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="fuzz.py", description=__doc__)
    p.add_argument("--inputs", type=int, help="inputs to run (default 10,000 unless --seconds is given)")
    p.add_argument("--seconds", type=float, help="stop after this many seconds (whichever comes first)")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="worker processes (default: one per core)")
    p.add_argument("--out", type=Path, default=Path("fuzz-out"), help="output directory (default fuzz-out/)")
    p.add_argument("--only", choices=("lint", "fix"), help="run one oracle only")
    p.add_argument(
        "--corpus", type=Path, action="append", help="folder of cards (*.md, searched recursively); repeatable"
    )
    p.add_argument("--budget-ms", type=float, default=50.0, help="time allowed per input, fixed part (ms)")
    p.add_argument("--per-kb-ms", type=float, default=2.0, help="time allowed per input, per KB (ms)")
    p.add_argument("--hard-factor", type=float, default=5.0, help="the alarm rings at this many times the budget")
    p.add_argument("--hard-min", type=float, default=1.0, help="... but never before this many seconds")
    p.add_argument("--shrink-seconds", type=float, default=60.0, help="time to shrink each signature's reproducer")
    p.add_argument("--hostile-sizes", default="1,10,50,100", help="KB sizes of the crafted inputs ('' to skip)")
    p.add_argument("--scaling-timeout", type=float, default=20.0, help="seconds allowed for one crafted input")
    p.add_argument("--chunk", type=int, default=100, help="inputs per work unit")
    p.add_argument("--memory-mb", type=int, default=2048, help="address-space limit of each worker (0: none)")
    args = p.parse_args(argv)
    if args.inputs is None and args.seconds is None:
        args.inputs = 10_000
    return args


def load_corpus(folders: list[Path]) -> list[str]:
    """Every readable UTF-8 card under the folders, in a stable order."""
    texts = []
    for folder in folders:
        for path in sorted(folder.rglob("*.md")) if folder.is_dir() else []:
            try:
                data = path.read_bytes()
            except OSError:
                continue
            if len(data) <= MAX_CARD:
                try:
                    texts.append(data.decode("utf-8"))
                except UnicodeDecodeError:
                    continue
    return texts


def log(message: str) -> None:
    print(message, flush=True)


def _scale_task(task: tuple[str, list[int], Limits, float, list[str]], send: Any) -> Any:
    name, sizes, limits, timeout, corpus = task
    points, _failures = scaling.measure(name, cases.all_patterns(corpus)[name], sizes, limits, timeout, send)
    return scaling.describe(name, points)


def _scale_death(name: str, build: Any, sizes: list[int], messages: list[Any], code: int | None) -> Any:
    """The entry and the failure of a pattern whose process died at the size it had started."""
    points = [m[1] for m in messages if m[0] == "point"]
    started = [m[1] for m in messages if m[0] == "start"]
    text = build(started[-1] if started else sizes[0])
    nbytes, what = len(text.encode("utf-8")), campaign.exit_name(code)
    points.append(scaling.Point(nbytes, None, True, what))
    failure = Failure(f"died:{what}", f"{name}: the linter's process died ({what}) at {nbytes} bytes")
    return scaling.describe(name, points), (failure, text)


def run_scaling(args: argparse.Namespace, limits: Limits, corpus: list[str], total: campaign.Tally) -> list[dict]:
    """Time each crafted pattern at each size, each pattern in its own process (one may crash it)."""
    sizes = [int(float(s) * 1024) for s in args.hostile_sizes.split(",") if s.strip()]
    if not sizes or args.only == "fix":
        return []
    patterns = cases.all_patterns(corpus)
    log(f"crafted inputs: {len(patterns)} patterns at {args.hostile_sizes} KB (ms per KB; ! = over budget)")
    tasks = [(name, sizes, limits, args.scaling_timeout, corpus) for name in sorted(patterns)]
    entries = []
    for task, messages, code in isolate.run(_scale_task, tasks, args.jobs):
        name = task[0]
        failures = [m[1] for m in messages if m[0] == "failure"]
        if code == 0 and messages and messages[-1][0] == "result":
            entry = messages[-1][1]
        else:
            entry, death = _scale_death(name, patterns[name], sizes, messages, code)
            failures.append(death)
        log(scaling.line(entry))
        entries.append(entry)
        for failure, text in failures:
            found = campaign.Found(-1, f"crafted:{name}", text, failure.detail)
            found.count, found.fallback = 1, text
            total.record(failure.signature, found)
    return sorted(entries, key=lambda e: e["pattern"])


def _shrink_one(task: tuple[str, list[str], str, Limits, str | None, float]) -> tuple[str, str, str | None, float]:
    """Shrink the first candidate that fails again; return it with the failure's detail (None: none did)."""
    signature, candidates, detail, limits, only, seconds = task
    start = time.monotonic()
    # a slow input is shrunk while it takes twice the budget, so that it reliably takes more than the budget;
    # one that cannot be made to (its size does not drive its time) with less of a margin
    margins = (2.0, 1.5, 1.0) if signature.startswith("slow:") else (1.0,)
    for text in candidates:
        for margin in margins:
            shrunk, again = shrink(text, finder(signature, detail, limits, only, margin), signature, seconds=seconds)
            if again:
                failure = finder(signature, detail, limits, only)(shrunk)
                return signature, shrunk, failure.detail if failure else None, time.monotonic() - start
    return signature, candidates[0], None, time.monotonic() - start


def run_shrinking(args: argparse.Namespace, limits: Limits, total: campaign.Tally) -> dict[str, tuple[str, str | None]]:
    """Shrink every signature's reproducer, each in its own process."""
    tasks = [
        (
            sig,
            [f.text] + ([f.fallback] if f.fallback and f.fallback != f.text else []),
            f.detail,
            limits,
            args.only,
            args.shrink_seconds,
        )
        for sig, f in sorted(total.found.items())
        if not sig.startswith("hang:")  # a hang cannot be re-run: it ends only when killed
    ]
    if not tasks or args.shrink_seconds <= 0:
        return {}
    log(f"shrinking {len(tasks)} reproducers (at most {args.shrink_seconds:.0f} s each)")
    out = {}
    for task, messages, code in isolate.run(lambda task, send: _shrink_one(task), tasks, args.jobs):
        if code != 0 or not messages:
            log(f"  {task[0]}: the shrinking process died ({campaign.exit_name(code)}): kept as found")
            continue
        signature, text, detail, seconds = messages[-1][1]
        before = len(total.found[signature].text.encode("utf-8"))
        note = "" if detail is not None else ", did not fail again: kept as found"
        log(f"  {signature}: {before} -> {len(text.encode('utf-8'))} bytes ({seconds:.1f} s{note})")
        out[signature] = (text, detail)
    return out


def _stop(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    # a campaign started in the background (`nohup ... &`) ignores Ctrl-C: SIGINT and SIGTERM both stop
    # it with the report of what it ran so far
    signal.signal(signal.SIGINT, _stop)
    signal.signal(signal.SIGTERM, _stop)
    corpus = load_corpus(args.corpus or DEFAULT_CORPUS)
    if not corpus:
        log("no cards found: give a folder of model cards with --corpus")
        return 2
    limits = Limits(args.budget_ms / 1000, args.per_kb_ms / 1000, args.hard_factor, args.hard_min)
    cfg = campaign.Config(
        seed=args.seed,
        jobs=args.jobs,
        inputs=args.inputs,
        seconds=args.seconds,
        limits=limits,
        only=args.only,
        chunk=args.chunk,
        memory_mb=args.memory_mb,
    )
    target.settings()  # built once, before the workers fork
    log(
        f"{len(corpus)} corpus cards, {len(target.rule_codes())} rules, seed {args.seed}, {args.jobs} workers, "
        f"budget {args.budget_ms:g} ms + {args.per_kb_ms:g} ms/KB"
    )
    total, elapsed = campaign.run(cfg, corpus, log)
    log(campaign.progress_line(total, elapsed))
    scaling_entries = run_scaling(args, limits, corpus, total)
    shrunk = run_shrinking(args, limits, total)
    run = {
        "seed": args.seed,
        "jobs": args.jobs,
        "inputs": total.inputs,
        "seconds": round(elapsed, 1),
        "inputs_per_second": round(total.inputs / elapsed, 1) if elapsed else None,
        "fix_runs": total.fix_runs,
        "unreadable_inputs": total.unreadable,
        "kinds": dict(sorted(total.kinds.items())),
        "only": args.only,
        "limits": limits._asdict(),
        "corpus_cards": len(corpus),
    }
    entries = report.write(args.out, total, shrunk, run, scaling_entries)
    log("")
    log(report.table(entries))
    log("")
    log(
        f"{total.inputs:,} inputs in {elapsed:,.0f} s ({run['inputs_per_second']}/s on {args.jobs} workers), "
        f"{total.fix_runs:,} fix runs, {len(entries)} signatures, {total.failures:,} failures; "
        f"see {args.out}/summary.json"
    )
    return 1 if entries else 0


if __name__ == "__main__":
    sys.exit(main())
