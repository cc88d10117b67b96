"""Time the table and metric rules on a training log of many rows.

    python scripts/bench_tables.py [ROWS] [REPEAT]

Builds a Trainer-style card whose "Training results" table has ROWS rows
(10,000 by default) with a swapped run in the middle, a resumed run with a
doubled batch size, a NaN and a headline from an earlier row, so every rule
has work to do; then times parsing and each MC4xx/MC5xx rule (the best of
REPEAT runs, each on a fresh Card).  A benchmark, not a test: it prints
times and asserts nothing.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from modelcard_lint.card import Card
from modelcard_lint.config import FileConfig, Overrides, resolve
from modelcard_lint.engine import lint_card
from modelcard_lint.registry import load_registry

HEAD = """---
license: apache-2.0
tags:
- generated_from_trainer
metrics:
- accuracy
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
    lines = []
    resume = rows * 2 // 3
    step = 0
    for i in range(rows):
        step += 100 if i < resume else 50
        epoch = step / 1000 if i < resume else step / 500  # resumed with the batch size doubled
        loss = 1.0 / (1 + i / 100)
        acc = 0.6 + 0.2 * i / rows
        val = 1.2 - 0.2 * i / rows
        if rows // 2 <= i < rows // 2 + 20:
            val, acc = acc, val
        val_text = "nan" if i == rows // 3 else f"{val:.4f}"
        lines.append(f"| {loss:.4f} | {epoch:.2f} | {step} | {val_text} | {acc:.4f} | {acc - 0.01:.4f} |")
    best = lines[rows // 4].split("|")
    head = HEAD.format(loss=best[4].strip(), acc=best[5].strip(), epochs=rows / 10)
    return head + "\n".join(lines) + "\n"


def main() -> None:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    repeat = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    text = build(rows)
    registry = load_registry(plugins=False)
    codes = [r.code for r in registry.public() if r.code[2] in "45"]
    settings = {code: resolve(FileConfig(None, Path.cwd(), {}), registry, Overrides(select=[code])) for code in codes}
    everything = resolve(FileConfig(None, Path.cwd(), {}), registry, Overrides(select=["MC4", "MC5"]))

    def best(fn) -> float:
        times = []
        for _ in range(repeat):
            card = Card.from_text(text, "bench.md")
            start = time.perf_counter()
            fn(card)
            times.append(time.perf_counter() - start)
        return min(times)

    print(f"{rows} rows, {len(text) / 1e6:.2f} MB, best of {repeat}")
    print(f"  {'parse (body and tables)':<28} {best(lambda c: c.tables) * 1000:8.1f} ms")
    for code in codes:
        t = best(lambda c, code=code: (c.tables, lint_card(c, settings[code])))
        print(f"  {code + ' with parse':<28} {t * 1000:8.1f} ms")
    card = Card.from_text(text, "bench.md")
    found = lint_card(card, everything)
    total = best(lambda c: lint_card(c, everything))
    print(f"  {'all MC4/MC5 with parse':<28} {total * 1000:8.1f} ms  ({len(found)} findings)")
    for d in found:
        print(f"    {d.code} {d.span.line}: {d.message[:100]}")


if __name__ == "__main__":
    main()
