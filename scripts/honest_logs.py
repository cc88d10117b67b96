"""False swaps on simulated honest training logs: how often swapped-columns (MC401) reads an exchange into
a log that holds none.

    python scripts/honest_logs.py [N]

The corpus's real cards hold few logs of some shapes, so each family below generates N honest logs
(2,000 by default; seeded, so the counts repeat) of one shape that real cards show, and counts the
logs with a swap found.  The generators of the test suite are reused (tests/test_swaps.py and
tests/test_lattice.py bound their counts); the rest are here:

- `smooth`: a loss and an accuracy that learn at any speed, with noise (``honest_log``);
- `fast`: a binary classifier at chance in its first evaluation, then converged (``fast_learner_log``);
- `close`: a speech log whose validation loss and WER run close, a CoLA log whose loss rises through its
  MCC (``close_columns_log``);
- `first`: first evaluations far behind, a training loss at every row and the results reported
  (``first_evaluations_log``);
- `few-shot`: an accuracy of a handful of examples (``few_shot_log``);
- `few-shot-rates`: accuracy, F1, precision and recall of a handful of examples (``few_shot_counts_log``);
- `subsets`: the F1 of each entity type, the WER of each language (``many_columns_log``);
- `keras`: a Keras history, whose training accuracy passes its validation accuracy;
- `seqeval`: per-entity precision, recall, F1 and count, then the overall ones;
- `seq2seq`: ROUGE-1, -2, -L, -Lsum and the generation length.

A benchmark, not a test: it asserts nothing.
"""

from __future__ import annotations

import math
import random
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]  # the checkout's package and the test suite's generators

from tablecards import LOG, card  # noqa: E402
from test_lattice import MULTI, few_shot_counts_log, few_shot_log  # noqa: E402
from test_swaps import (  # noqa: E402
    close_columns_log,
    fast_learner_log,
    first_evaluations_log,
    honest_log,
    many_columns_log,
)

from modelcard_lint.card import Card  # noqa: E402
from modelcard_lint.facts.swaps import find_swaps  # noqa: E402


def _curve(rng: random.Random, n: int, start: float, end: float, speed: float, noise: float) -> list[float]:
    return [start + (end - start) * (1 - math.exp(-speed * (i + 1) / n * 4)) + rng.gauss(0, noise) for i in range(n)]


def keras_log(rng: random.Random) -> str:
    n, noise = rng.choice([3, 5, 8, 10, 15, 20, 30, 50]), rng.choice([0.002, 0.005, 0.01, 0.02, 0.03])
    loss0, acc0, acc1 = rng.uniform(0.5, 2.5), rng.uniform(0.2, 0.7), rng.uniform(0.8, 1.0)
    val1, speed, over = acc1 - rng.uniform(0.02, 0.2), rng.uniform(0.5, 4), rng.choice([0, 0.1, 0.3, 0.8])
    rows = []
    for i in range(n):
        f = 1 - math.exp(-speed * (i + 1) / n * 4)
        rows.append([i + 1, round(max(0.001, loss0 * (1 - f) * 0.9 + 0.02 + rng.gauss(0, noise)), 4),
                     round(min(1.0, acc0 + (acc1 - acc0) * f + rng.gauss(0, noise)), 4),
                     round(max(0.01, loss0 * (1 - f) * 0.8 + 0.2 + over * max(0.0, f - 0.6) * i / n
                               + rng.gauss(0, noise)), 4),
                     round(min(1.0, acc0 + (val1 - acc0) * f + rng.gauss(0, noise)), 4)])
    return card(["Epoch", "loss", "accuracy", "val_loss", "val_accuracy"], rows)


def seqeval_log(rng: random.Random) -> str:
    entities = rng.sample(["Loc", "Misc", "Org", "Per", "Date", "Time"], rng.choice([2, 3, 4]))
    n, noise, speed, loss = rng.choice([3, 4, 5, 8, 10]), rng.choice([0.003, 0.01, 0.02]), rng.uniform(0.5, 3), \
        rng.uniform(0.2, 1.0)
    header = ["Training Loss", "Epoch", "Step", "Validation Loss"]
    for e in entities:
        header += [f"{e} Precision", f"{e} Recall", f"{e} F1", f"{e} Number"]
    header += ["Overall Precision", "Overall Recall", "Overall F1", "Overall Accuracy"]
    shape = {e: (rng.uniform(0.3, 0.7), rng.uniform(0.75, 0.97), rng.uniform(-0.05, 0.05), rng.randint(50, 3000))
             for e in entities}
    rows = []
    for i in range(n):
        f = 1 - math.exp(-speed * (i + 1) / n * 4)
        row: list = [round(loss * (1 - 0.8 * f) + rng.gauss(0, noise), 4) if i else "No log", float(i + 1),
                     100 * (i + 1), round(loss * (1 - 0.6 * f) + 0.05 + rng.gauss(0, noise), 4)]
        precisions, recalls = [], []
        for e in entities:
            low, high, skew, count = shape[e]
            level = low + (high - low) * f
            p = min(1.0, max(0.0, level + skew + rng.gauss(0, noise)))
            r = min(1.0, max(0.0, level - skew + rng.gauss(0, noise)))
            row += [round(p, 4), round(r, 4), round(2 * p * r / (p + r) if p + r else 0.0, 4), count]
            precisions.append(p)
            recalls.append(r)
        p, r = sum(precisions) / len(precisions), sum(recalls) / len(recalls)
        row += [round(p, 4), round(r, 4), round(2 * p * r / (p + r), 4),
                round(min(1.0, 0.9 + 0.09 * f + rng.gauss(0, noise / 3)), 4)]
        rows.append(row)
    return card(header, rows)


def seq2seq_log(rng: random.Random) -> str:
    n, noise, speed = rng.choice([3, 4, 5, 6, 8, 10, 15, 20, 30]), rng.choice([0.002, 0.005, 0.01, 0.02]), \
        rng.uniform(0.5, 3)
    train = _curve(rng, n, rng.uniform(1, 3), rng.uniform(0.05, 0.8), speed, noise)
    val = _curve(rng, n, rng.uniform(1, 3), rng.uniform(0.2, 1.0), speed, noise)
    rouge1 = _curve(rng, n, rng.uniform(10, 30), rng.uniform(30, 50), speed, noise * 20)
    k2, kl, ks = rng.uniform(0.4, 0.55), rng.uniform(0.7, 0.85), rng.uniform(1.0, 1.05)
    rouge2 = [x * k2 + rng.gauss(0, noise * 5) for x in rouge1]
    rougel = [x * kl + rng.gauss(0, noise * 5) for x in rouge1]
    length = _curve(rng, n, rng.uniform(10, 20), rng.uniform(12, 20), speed, 0.3)
    rows = [[round(abs(train[i]), 4), float(i + 1), 100 * (i + 1), round(abs(val[i]), 4), round(rouge1[i], 4),
             round(rouge2[i], 4), round(rougel[i], 4), round(rougel[i] * ks, 4), round(length[i], 4)]
            for i in range(n)]
    header = ["Training Loss", "Epoch", "Step", "Validation Loss", "Rouge1", "Rouge2", "Rougel", "Rougelsum",
              "Gen Len"]
    return card(header, rows)


FAMILIES: dict[str, Callable[[random.Random], str]] = {
    "smooth": lambda rng: honest_log(rng, rng.choice([3, 4, 5, 6, 8, 15, 30]), rng.choice([0.002, 0.01, 0.02])),
    "fast": fast_learner_log,
    "close": close_columns_log,
    "first": first_evaluations_log,
    "few-shot": lambda rng: card(LOG, few_shot_log(rng)),
    "few-shot-rates": lambda rng: card(MULTI, few_shot_counts_log(rng)),
    "subsets": many_columns_log,
    "keras": keras_log,
    "seqeval": seqeval_log,
    "seq2seq": seq2seq_log,
}


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    print(f"{'family':<16} {'logs':>6} {'with a swap':>12}")
    for name, make in FAMILIES.items():
        rng = random.Random(f"honest:{name}")
        found = sum(1 for _ in range(n) if find_swaps(Card.from_text(make(rng), "README.md")))
        print(f"{name:<16} {n:>6} {found:>12}")


if __name__ == "__main__":
    main()
