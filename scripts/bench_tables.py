"""Time the table and metric rules (MC4xx, MC5xx) on a long training log.

    python scripts/bench_tables.py [ROWS] [REPEAT]

Builds a Trainer-style card whose "Training results" table has ROWS rows
(10,000 by default) with a swapped run in the middle, a NaN, a resume with
a doubled batch size and a headline taken from an earlier row, so that every
rule has work to do.  For ROWS/4, ROWS/2 and ROWS it prints the best of
REPEAT runs (3 by default) of:

- the Markdown parse of the card (the core's work, not these rules');
- each rule alone on a freshly parsed card (its shared models included);
- all MC4/MC5 rules together, and the cost per row.

Each line is timed with Python's cyclic garbage collector on (as the tool
runs) and off: the collector scans the whole heap, which grows with the
table, so on large tables it adds a superlinear part to every allocation,
the parser's included; with it off the rules' own cost shows, and it is
linear in the number of rows.  A benchmark, not a test: it asserts nothing.
"""

from __future__ import annotations

import gc
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the checkout's package, not an installed one

from modelcard_lint.app.config import FileConfig
from modelcard_lint.app.settings import Overrides, Settings, resolve
from modelcard_lint.card import Card
from modelcard_lint.core.engine import lint_card
from modelcard_lint.core.registry import load_registry

HEAD = """---
license: apache-2.0
tags:
- generated_from_trainer
model-index:
- name: bench
  results: []
---

# bench

It achieves the following results on the evaluation set:
- Loss: {loss}
- Accuracy: {acc}

### Training hyperparameters

- train_batch_size: 32
- num_epochs: {epochs}

### Training results

| Training Loss | Epoch | Step | Validation Loss | Accuracy | F1 |
|:-------------:|:-----:|:----:|:---------------:|:--------:|:--:|
"""


def build(rows: int) -> str:
    """A card with a ``rows``-row training log."""
    lines = []
    resume = rows * 2 // 3
    step = 0
    for i in range(rows):
        step += 100 if i < resume else 50
        epoch = step / 1000 if i < resume else step / 500  # resumed with the batch size doubled
        acc = 0.6 + 0.2 * i / rows
        val = 1.2 - 0.2 * i / rows
        f1 = acc - 0.01
        if rows // 2 <= i < rows // 2 + 20:
            val, acc = acc, val
        val_text = "nan" if i == rows // 3 else f"{val:.4f}"
        lines.append(f"| {1.0 / (1 + i / 100):.4f} | {epoch:.2f} | {step} | {val_text} | {acc:.4f} | {f1:.4f} |")
    best = lines[rows // 4].split("|")
    head = HEAD.format(loss=best[4].strip(), acc=best[5].strip(), epochs=f"{rows / 10:.1f}")
    return head + "\n".join(lines) + "\n"


def best_of(repeat: int, text: str, work: Callable[[Card], object], collect: bool) -> float:
    """The shortest time of ``work`` on a freshly parsed card."""
    times = []
    for _ in range(repeat):
        card = Card.from_text(text, "bench.md")
        if work is not _parse:
            card.tables  # noqa: B018 - parse first: time only the rules
        gc.collect()
        if not collect:
            gc.disable()
        start = time.perf_counter()
        work(card)
        times.append(time.perf_counter() - start)
        gc.enable()
    return min(times)


def _parse(card: Card) -> object:
    return card.tables


def settings(select: list[str]) -> Settings:
    return resolve(FileConfig(None, Path.cwd(), {}), load_registry(plugins=False), Overrides(select=select))


def main() -> None:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    repeat = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    codes = [r.code for r in load_registry(plugins=False).public() if r.code[2] in "45"]
    each = {code: settings([code]).ruleset for code in codes}
    everything = settings(["MC4", "MC5"]).ruleset
    print(f"{'':<24}{'gc on':>12}{'gc off':>12}")
    for n in (rows // 4, rows // 2, rows):
        text = build(n)
        print(f"{n} rows ({len(text) / 1e6:.2f} MB), best of {repeat}")
        lines: list[tuple[str, Callable[[Card], object]]] = [("Markdown parse (core)", _parse)]
        lines += [(f"{code} alone", lambda c, s=each[code]: lint_card(c, s)) for code in codes]
        lines += [("all MC4/MC5", lambda c: lint_card(c, everything))]
        for label, work in lines:
            on, off = (best_of(repeat, text, work, collect) for collect in (True, False))
            print(f"  {label:<22}{on * 1000:9.1f} ms{off * 1000:9.1f} ms")
        print(f"  {'all MC4/MC5 per row':<22}{on / n * 1e6:9.1f} us{off / n * 1e6:9.1f} us")
    found = lint_card(Card.from_text(build(rows), "bench.md"), everything)
    print(f"{len(found)} findings on {rows} rows:")
    for d in found:
        print(f"  {d.code} line {d.span.line}: {d.message[:110]}")


if __name__ == "__main__":
    main()
