"""The lattice of a metric computed on a small evaluation set (shares k/n), a tie-breaker of MC401."""

from __future__ import annotations

import random

from harness import lint
from tablecards import TABLE_LINE, card

from modelcard_lint.facts.lattice import lattice, on

LOG = ["Training Loss", "Epoch", "Step", "Validation Loss", "Accuracy"]


def test_shares_of_a_small_evaluation_set_are_found() -> None:
    assert lattice([0.2857, 0.5714, 0.7143], 4) == 7  # 2/7, 4/7, 5/7 rounded as the Trainer rounds them
    assert lattice([0.25, 0.5, 0.75, 1.0], 4) == 4  # trailing zeros dropped: 0.75 beside 4-decimal values is 0.7500
    assert lattice([0.5385, 0.9231, 0.8462], 4) == 13
    assert on(0.4615, 13, 4) and not on(0.4685, 13, 4)


def test_no_lattice_without_enough_values_or_outside_zero_to_one() -> None:
    assert lattice([0.5714], 4) is None  # one share says nothing
    assert lattice([0.0, 1.0, 0.5], 4) is None  # only one value between 0 and 1
    assert lattice([0.25, 0.5, 1.25], 4) is None  # not a share
    assert lattice([0.25, 0.75], 2) is None  # two values of two decimals can fall on a lattice by chance


def test_honest_accuracies_of_a_large_evaluation_set_have_no_lattice() -> None:
    # four-decimal accuracies of thousands of examples fall on no lattice of at most 64 by chance
    rng = random.Random(3)
    columns = [[round(rng.uniform(0.5, 0.99), 4) for _ in range(rng.choice([3, 5, 10]))] for _ in range(2000)]
    assert sum(lattice(c, 4) is not None for c in columns) <= 2


def test_a_run_told_by_its_lattice_and_one_it_contradicts() -> None:
    acc = [0.2857, 0.2857, 0.4286, 0.5714, 0.5714, 0.7143, 0.7143, 0.5714, 0.5714, 0.5714]
    val = [0.7041, 0.7175, 0.7731, 0.7260, 0.6921, 0.5944, 0.6990, 0.7318, 0.7003, 0.7345]
    loss = [0.7012, 0.6853, 0.5936, 0.5512, 0.3604, 0.1822, 0.0851, 0.0371, 0.0164, 0.0135]
    rows = [[loss[i], float(i + 1), 7 * (i + 1), val[i], acc[i]] for i in range(10)]
    assert lint(card(LOG, rows), select=["MC401"]) == []
    swapped = [list(r) for r in rows]
    for r in swapped[:3]:
        r[0], r[4] = r[4], r[0]
    (d,) = lint(card(LOG, swapped), select=["MC401"])
    assert (d.span.line, d.span.end_line) == (TABLE_LINE, TABLE_LINE + 2)
    assert "lattice" in d.data["evidence"] and "a share of 7 examples (k/7)" in d.message


def few_shot_log(rng: random.Random) -> list[list]:
    """An honest few-shot log: the accuracy a share of n examples that moves by a share now and then, the
    validation loss drifting with noise, the training loss falling towards zero."""
    n, m = rng.choice([4, 7, 8, 13, 16, 32, 50, 64]), rng.choice([5, 10, 15, 20, 30, 50])
    k, train, val = rng.randint(1, n // 2), rng.uniform(0.6, 0.75), rng.uniform(0.6, 0.75)
    rows = []
    for i in range(m):
        if rng.random() < 0.3:
            k = max(0, min(n, k + rng.choice([-1, 1, 1, 2])))
        train, val = max(0.0005, train * rng.uniform(0.5, 0.98)), max(0.05, val + rng.gauss(0.01, 0.04))
        rows.append([round(train, 4), float(i + 1), (i + 1) * n // 2, round(val, 4), round(k / n, 4)])
    return rows


def test_honest_few_shot_logs_stay_quiet() -> None:
    # a lattice of 8 holds two thirds of the shares of 16 (and a validation loss of 0.75 is on it): the lattice
    # that holds them all is the column's, and nothing is off it
    rng = random.Random(5)
    logs = [card(LOG, few_shot_log(rng)) for _ in range(400)]
    assert [t for t in logs if lint(t, select=["MC401"])] == []


def test_a_lattice_outweighs_results_near_a_value_and_half_of_it_refuses_a_reading() -> None:
    # a few-shot log (shares of 7) whose last seven rows have their validation loss and accuracy exchanged. The
    # accuracy's jump from 4/7 to 5/7 lands by chance on the validation loss's level at epoch 8, a clean boundary
    # that no exchange explains; rows 8-11 between it and the real run keep the shares as written, which half the
    # other rows show (the other half is the exchanged run): they are in place. The card's results, from another
    # evaluation, are near the last row's validation loss as written; a share is arithmetic and outweighs them
    header = ["Training Loss", "Epoch", "Step", "Validation Loss", "Accuracy"]
    val = [0.7036, 0.7181, 0.7381, 0.7746, 0.7242, 0.6935, 0.7041, 0.5930, 0.6976, 0.7346, 0.6992, 0.7328,
           0.7819, 0.8589, 0.9177, 0.9519, 0.9556, 0.9542]
    acc = [0.2857] * 4 + [0.5714] * 3 + [0.7143] * 3 + [0.5714] * 8
    train = [0.6983, 0.6836, 0.645, 0.5902, 0.5799, 0.3584, 0.2596, 0.1815, 0.0827, 0.0613, 0.0356, 0.0158,
             0.013, 0.0103, 0.0087, 0.0076, 0.0078, 0.006]
    rows = [[train[i], float(i + 1), 7 * (i + 1), val[i], acc[i]] for i in range(18)]
    before = "It achieves the following results on the evaluation set:\n- Loss: 0.6012\n- Accuracy: 0.6766\n\n"
    assert lint(card(header, rows, before=before), select=["MC401"]) == []
    swapped = [list(r) for r in rows]
    for r in swapped[11:]:
        r[3], r[4] = r[4], r[3]
    (d,) = lint(card(header, swapped, before=before), select=["MC401"])
    assert (d.span.line, d.span.end_line) == (TABLE_LINE + 4 + 11, TABLE_LINE + 4 + 17)
    assert "lattice" in d.data["evidence"]


def test_a_run_of_nearly_half_the_log_is_told_by_its_lattice() -> None:
    # shares of 7 in the accuracy, its first seven rows of sixteen exchanged with the validation loss: only nine of
    # sixteen accuracies sit on the lattice, too few to call it the column's; but the coarsest lattice that half of
    # them sit on is held, in every other row, by one and the same column, a loss, which is no share of anything
    acc = [0.2857, 0.4286, 0.4286, 0.5714, 0.5714, 0.7143, 0.7143, 0.7143, 0.5714, 0.5714, 0.7143, 0.7143,
           0.7143, 0.8571, 0.8571, 0.8571]
    val = [0.7041, 0.7175, 0.7731, 0.7260, 0.6921, 0.6544, 0.6990, 0.7318, 0.7003, 0.7345, 0.7512, 0.7731,
           0.7903, 0.8122, 0.8311, 0.8470]
    loss = [round(0.7012 * 0.75**i, 4) for i in range(16)]
    rows = [[loss[i], float(i + 1), 7 * (i + 1), val[i], acc[i]] for i in range(16)]
    assert lint(card(LOG, rows), select=["MC401"]) == []
    swapped = [[*r[:3], r[4], r[3]] if i < 7 else list(r) for i, r in enumerate(rows)]
    (d,) = lint(card(LOG, swapped), select=["MC401"])
    assert (d.span.line, d.span.end_line) == (TABLE_LINE, TABLE_LINE + 6)
    assert d.data["evidence"] == ["lattice"] and "a share of 7 examples (k/7)" in d.message


MULTI = ["Training Loss", "Epoch", "Step", "Validation Loss", "Accuracy", "F1", "Precision", "Recall"]


def few_shot_counts_log(rng: random.Random) -> list[list]:
    """An honest few-shot binary classifier's log whose accuracy, F1, precision and recall all come from the
    counts of a handful of examples: each a fraction, and a precision or recall of 1.0 sits on every lattice."""
    n = rng.choice([6, 7, 8, 10, 12, 13, 16, 20, 32])
    positives = rng.randint(2, n - 2)
    tp, fp = rng.randint(0, positives), rng.randint(0, n - positives)
    train, val = rng.uniform(0.6, 0.75), rng.uniform(0.6, 0.75)
    rows = []
    for i in range(rng.choice([4, 5, 8, 10, 15, 20, 30])):
        if rng.random() < 0.4:
            tp = max(0, min(positives, tp + rng.choice([-1, 1, 1])))
        if rng.random() < 0.4:
            fp = max(0, min(n - positives, fp + rng.choice([-1, -1, 1])))
        fn, tn = positives - tp, n - positives - fp
        precision, f1 = (tp / (tp + fp) if tp + fp else 0.0), (2 * tp / (2 * tp + fp + fn) if tp else 0.0)
        train, val = max(0.0005, train * rng.uniform(0.5, 0.98)), max(0.05, val + rng.gauss(0.01, 0.04))
        rows.append([round(train, 4), float(i + 1), (i + 1) * n // 2, round(val, 4), round((tp + tn) / n, 4),
                     round(f1, 4), round(precision, 4), round(tp / positives, 4)])
    return rows


def test_few_shot_logs_of_several_rates_stay_almost_quiet() -> None:
    # an F1 or a precision divides by counts that move, so it is off the accuracy's lattice honestly, and a
    # precision of 1.0 is a share of any lattice: only a share metric's lattice, held by a column that is no
    # rate of the same evaluation, tells an exchange. (Before, a third of these logs drew a finding; the
    # few that still do are discrete jumps read as boundaries.)
    rng = random.Random(8)
    logs = [card(MULTI, few_shot_counts_log(rng)) for _ in range(500)]
    assert len([t for t in logs if lint(t, select=["MC401"])]) <= 8


def test_rates_that_meet_at_their_bounds_repeat_nothing() -> None:
    # a precision and a recall that both reach 1.0 in three rows, and three rows that repeat one row, are no column
    # that repeats another
    rows = [[0.5096, 1.0, 3, 0.6585, 0.5, 0.4, 0.3333, 0.5], [0.3793, 2.0, 6, 0.7041, 0.6667, 0.6667, 0.5, 1.0],
            [0.3537, 3.0, 9, 0.7403, 0.6667, 0.6667, 0.5, 1.0], [0.2488, 4.0, 12, 0.7227, 0.6667, 0.6667, 0.5, 1.0]]
    assert lint(card(MULTI, rows), select=["MC401"]) == []
