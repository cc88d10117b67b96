"""swapped-columns (MC401) from boundary evidence: bounded runs, tie-breakers, rotations, honest logs."""

from __future__ import annotations

import math
import random

from harness import ROOT, SEEDS, lint, parse_markers
from tablecards import LOG, TABLE_LINE, card

from modelcard_lint.card import Card
from modelcard_lint.facts.swaps import find_swaps


def swaps(text: str) -> list[tuple[int, int]]:
    return [(d.span.line, d.span.end_line) for d in lint(text, select=["MC401"])]


def headline(**values: str) -> str:
    bullets = "".join(f"- {name.replace('_', ' ')}: {value}\n" for name, value in values.items())
    return f"It achieves the following results on the evaluation set:\n{bullets}\n"


def crossing_log(n: int = 10) -> list[list]:
    """A log whose validation loss starts above its accuracy and ends below it, as the model learns."""
    rows = []
    for i in range(n):
        loss = round(0.35 + 0.6 * math.exp(-i / 1.5), 4)
        acc = round(0.9 - 0.5 * math.exp(-i / 1.5), 4)
        rows.append([round(1.0 - 0.05 * i, 4), float(i + 1), 100 * (i + 1), loss, acc])
    return rows


def exchange(rows: list[list], which: range, a: int = 3, b: int = 4) -> list[list]:
    out = [list(r) for r in rows]
    for i in which:
        out[i][a], out[i][b] = out[i][b], out[i][a]
    return out


# -- a run bounded on both sides ----------------------------------------------


def test_a_bounded_run_is_a_swap_whatever_the_levels() -> None:
    rows = crossing_log()
    assert swaps(card(LOG, rows)) == []  # the honest crossing: one boundary, at the first rows
    # the loss crosses the accuracy between rows 1 and 3: an exchange there is still two jumps and back
    assert swaps(card(LOG, exchange(rows, range(5, 6)))) == [(TABLE_LINE + 5, TABLE_LINE + 5)]
    assert swaps(card(LOG, exchange(rows, range(4, 8)))) == [(TABLE_LINE + 4, TABLE_LINE + 7)]


def test_half_the_table_bounded_on_both_sides() -> None:
    rows = crossing_log(12)
    (d,) = lint(card(LOG, exchange(rows, range(3, 9))), select=["MC401"])
    assert (d.span.line, d.span.end_line) == (TABLE_LINE + 3, TABLE_LINE + 8)
    assert "at both ends of the run" in d.message and d.data["evidence"][0] == "bounded"


def test_a_row_exchanged_with_one_of_its_values_still_in_line() -> None:
    # the middle row of three has its training loss and F1 exchanged: the training loss, falling fast, still holds
    # the F1's value in line, but the F1 drops to the training loss's level for one row, and moved back both fit
    # their neighbours (the F1 lands between 0.72 and 0.82, an interval a fifth of its drop)
    header = ["Training Loss", "Epoch", "Step", "Validation Loss", "F1"]
    rows = [[0.8126, 1.0, 70, 0.3361, 0.7231], [0.2995, 2.0, 140, 0.2526, 0.8079], [0.1865, 3.0, 210, 0.2323, 0.8228]]
    assert swaps(card(header, rows)) == []
    assert swaps(card(header, exchange(rows, range(1, 2), 0, 4))) == [(TABLE_LINE + 1, TABLE_LINE + 1)]
    # an accuracy that spikes for one evaluation while the validation loss beside it lands in the accuracy's
    # interval by chance is no exchange when that interval is wide beside the spike (0.10 beside 0.08)
    spike = [[3.1, 1.0, 100, 0.5534, 0.6958], [2.6, 2.0, 200, 0.5515, 0.7012], [2.2, 3.0, 300, 0.7507, 0.8819],
             [1.9, 4.0, 400, 0.9866, 0.8013], [1.7, 5.0, 500, 0.9915, 0.8047]]
    assert swaps(card(LOG, spike)) == []
    # (only a loss beside a metric is read so: two rates of one evaluation spike into each other's intervals
    # honestly, test_lattice.test_few_shot_logs_of_several_rates_stay_almost_quiet)


# -- runs at either end need a tie-breaker --------------------------------------


def test_a_run_from_the_first_row_needs_a_tie_breaker() -> None:
    rows = [[round(1.0 - 0.05 * i, 4), float(i + 1), 100 * (i + 1), round(0.4 - 0.01 * i, 4),
             round(0.85 + 0.01 * i, 4)] for i in range(6)]
    # as written: a model whose loss falls below its accuracy after the first evaluation
    fast = [[1.0, 1.0, 100, 0.7, 0.55], *rows[1:]]
    assert swaps(card(LOG, fast)) == []
    # exchanged: each column lands on the other's next value within a few of the later steps, which no
    # learning step does; the jump tells it
    assert swaps(card(LOG, exchange(rows, range(1)))) == [(TABLE_LINE, TABLE_LINE)]
    # a loss above 1 makes the first row's accuracy impossible
    high = [[*r[:3], round(r[3] + 0.8, 4), r[4]] for r in rows]
    assert swaps(card(LOG, exchange(high, range(2)))) == [(TABLE_LINE, TABLE_LINE + 1)]


def test_a_run_to_the_last_row_and_the_cards_results() -> None:
    rows = crossing_log(8)
    swapped = exchange(rows, range(6, 8))
    last = rows[-1]
    # alone, the log tells it: moved back both columns keep moving the way training moves them, as written the
    # loss jumps up to the accuracy's level; the rows before the boundary moved back would not do so
    assert swaps(card(LOG, swapped)) == [(TABLE_LINE + 6, TABLE_LINE + 7)]
    lines = swaps(card(LOG, swapped, before=headline(Loss=str(last[3]), Accuracy=str(last[4]))))
    assert lines == [(TABLE_LINE + 4 + 6, TABLE_LINE + 4 + 7)]
    # a final evaluation close to the last row, far from the other column's level
    near = headline(Loss=f"{last[3] + 0.004:.4f}", Accuracy=f"{last[4] - 0.003:.4f}")
    assert swaps(card(LOG, swapped, before=near)) == [(TABLE_LINE + 4 + 6, TABLE_LINE + 4 + 7)]
    # a headline that matches the last row as written says the end is in place
    written = swapped[-1]
    found = swaps(card(LOG, swapped, before=headline(Loss=str(written[3]), Accuracy=str(written[4]))))
    assert (TABLE_LINE + 4 + 6, TABLE_LINE + 4 + 7) not in found


def test_a_report_far_from_both_values_abstains() -> None:
    # a WER reported as a percentage near the last row moved back, beside a loss from another evaluation
    header = ["Step", "Training Loss", "Validation Loss", "Wer"]
    rows = [[200 * (i + 1), round(0.9 - 0.06 * i, 4), round(0.30 - 0.02 * i, 4), round(0.60 - 0.03 * i, 4)]
            for i in range(10)]
    swapped = exchange(rows, range(7, 10), 2, 3)
    # alone, the log tells only that one side of the crossing is exchanged: its shorter side is taken
    assert swaps(card(header, swapped)) == [(TABLE_LINE + 7, TABLE_LINE + 9)]
    before = headline(Loss="10.54", Wer=f"{100 * rows[-1][3]:.2f}")
    assert swaps(card(header, swapped, before=before)) == [(TABLE_LINE + 4 + 7, TABLE_LINE + 4 + 9)]
    # the same loss beside a WER near the last row as written: the end is in place, the rows before are exchanged
    before = headline(Loss="10.54", Wer=f"{100 * swapped[-1][3]:.2f}")
    assert swaps(card(header, swapped, before=before)) == [(TABLE_LINE + 4, TABLE_LINE + 4 + 6)]


def test_a_companion_column_says_which_side_of_a_start_run_is_exchanged() -> None:
    # a sentence classifier's log (an F1 and an accuracy, no precision and recall: no token classifier's)
    header = ["Training Loss", "Epoch", "Step", "Validation Loss", "F1", "Accuracy"]
    rows = [[0.246, 1.0, 878, 0.0696, 0.9183, 0.9812],
            [0.0518, 2.0, 1756, 0.0606, 0.9269, 0.9831],
            [0.0309, 3.0, 2634, 0.0607, 0.9321, 0.9841]]
    # the first row's validation loss and accuracy exchanged: as written, a model that learns fast, but its F1,
    # beside the accuracy in every other row, is far from an accuracy of 0.0696
    (d,) = lint(card(header, exchange(rows, range(1), 3, 5)), select=["MC401"])
    assert d.span.line == TABLE_LINE and d.data["evidence"] == ["boundary", "companion"]
    assert "an F1 beside the accuracy" in d.message
    # an honest fast learner: its F1 lags its accuracy in the first row, and no companion is clear
    honest = [["No log", 1.0, 100, 0.566, 0.4138, 0.5414],
              [0.5293, 2.0, 200, 0.3979, 0.5956, 0.6122],
              [0.4486, 3.0, 300, 0.3616, 0.6306, 0.6937],
              [0.3163, 4.0, 400, 0.2587, 0.6675, 0.725]]
    assert swaps(card(header, honest)) == []


def test_a_token_classifiers_f1_keeps_no_company_with_its_accuracy() -> None:
    # seqeval's accuracy counts the tokens outside every entity: in a first evaluation it is high while the entities'
    # F1 is low, so the F1 near the value as written says nothing against a first row exchanged (the order of the
    # two, kept in every other row, tells it)
    header = ["Training Loss", "Epoch", "Step", "Validation Loss", "Precision", "Recall", "F1", "Accuracy"]
    rows = [["No log", 1.0, 47, 0.2783, 0.4, 0.5492, 0.4629, 0.8910],
            ["No log", 2.0, 94, 0.1089, 0.8145, 0.8780, 0.8450, 0.9718],
            ["No log", 3.0, 141, 0.0273, 0.9865, 0.9932, 0.9899, 0.9973],
            ["No log", 4.0, 188, 0.0168, 0.9865, 0.9932, 0.9899, 0.9973]]
    assert swaps(card(header, rows)) == []
    (d,) = lint(card(header, exchange(rows, range(1), 3, 7)), select=["MC401"])
    assert d.span.line == TABLE_LINE and d.data["evidence"] == ["boundary", "ordered"]


def test_a_repeated_column_and_an_f1_computed_from_precision_and_recall() -> None:
    header = ["Training Loss", "Epoch", "Step", "Validation Loss", "Accuracy", "Recall"]
    rows = [[0.9, 1.0, 10, 0.70, 0.61, 0.61], [0.7, 2.0, 20, 0.55, 0.68, 0.68], [0.6, 3.0, 30, 0.45, 0.74, 0.74],
            [0.5, 4.0, 40, 0.77, 0.41, 0.77]]  # the last row: loss and accuracy exchanged, the recall repeats
    assert swaps(card(header, rows)) == [(TABLE_LINE + 3, TABLE_LINE + 3)]
    header = ["Training Loss", "Epoch", "Step", "Validation Loss", "Precision", "Recall", "F1", "Accuracy"]
    rows = [["No log", 1.0, 84, 0.3566, 0.2913, 0.5556, 0.3822, 0.8585],
            ["No log", 2.0, 168, 0.4698, 0.3366, 0.6296, 0.4387, 0.8730],
            ["No log", 3.0, 252, 0.4459, 0.3398, 0.6481, 0.5683, 0.8762]]  # loss and F1 exchanged
    (d,) = lint(card(header, rows), select=["MC401"])
    assert d.span.line == TABLE_LINE + 2 and "harmonic mean" in d.message


def test_an_impossible_value_exchanged_back_into_line() -> None:
    # the columns run close together before the last row: no boundary, but an F1 above 1 that, exchanged with
    # the loss of its row, leaves both possible and both in line
    header = ["Training Loss", "Epoch", "Step", "Validation Loss", "F1"]
    rows = [["No log", 1.0, 358, 0.5872, 0.6786], [0.5869, 2.0, 716, 0.6884, 0.6952],
            [0.3417, 3.0, 1074, 0.7095, 0.7124], [0.3417, 4.0, 1432, 0.7158, 1.0905]]
    (d,) = lint(card(header, rows), select=["MC401"])
    assert d.span.line == TABLE_LINE + 3 and "F1 cannot be 1.0905" in d.message
    assert lint(card(header, rows), select=["MC402"]) == []  # the swap is the diagnosis


# -- rotations of three columns -----------------------------------------------


def test_three_columns_rotated_to_the_end() -> None:
    header = ["Training Loss", "Epoch", "Step", "Cer", "Validation Loss", "Wer"]
    rows = [[0.82, 1.9, 1200, 0.1608, 0.5063, 0.4804], [0.69, 2.6, 1600, 0.1387, 0.4401, 0.4280],
            [0.59, 3.2, 2000, 0.1249, 0.3940, 0.3907], [0.50, 4.5, 2800, 0.3528, "0.3610", 0.1136],
            [0.45, 5.1, 3200, 0.3403, 0.3485, 0.1086], [0.28, 11.5, 7200, 0.3184, 0.3104, 0.0958]]
    before = headline(Loss="0.3184", Wer="0.3104", Cer="0.0958")
    (d,) = lint(card(header, rows, before=before), select=["MC401"])
    assert (d.span.line, d.span.end_line) == (TABLE_LINE + 5 + 3, TABLE_LINE + 5 + 5)
    assert "rotated" in d.message and "Cer 0.1136, Validation Loss 0.3528, Wer 0.3610" in d.message
    assert sorted(d.data["moves"]) == [["Cer", "Validation Loss"], ["Validation Loss", "Wer"], ["Wer", "Cer"]]
    # the headline matches the last row once moved back: no headline-not-in-log
    assert lint(card(header, rows, before=before), select=["MC503"]) == []


# -- honest logs stay quiet ---------------------------------------------------


def honest_log(rng: random.Random, n: int, noise: float) -> str:
    loss0, acc0, acc1 = rng.uniform(0.4, 2.5), rng.uniform(0.2, 0.6), rng.uniform(0.7, 0.97)
    speed = rng.uniform(0.5, 3)
    rows = []
    for i in range(n):
        f = 1 - math.exp(-speed * (i + 1) / n * 5)
        loss = loss0 * (1 - 0.8 * f) + rng.gauss(0, noise)
        acc = min(1.0, acc0 + (acc1 - acc0) * f + rng.gauss(0, noise))
        rows.append([round(abs(loss) + 0.3 * (1 - f), 4), float(i + 1), 100 * (i + 1), round(abs(loss), 4),
                     round(max(acc, 0.0), 4)])
    return card(LOG, rows)


def test_noisy_honest_logs_stay_quiet() -> None:
    rng = random.Random(9)
    noisy = [honest_log(rng, rng.choice([3, 5, 8, 15, 30]), rng.choice([0.002, 0.01, 0.02])) for _ in range(300)]
    assert [t for t in noisy if find_swaps(Card.from_text(t, "card.md"))] == []


COLA = ["Training Loss", "Epoch", "Step", "Validation Loss", "Matthews Correlation"]


def close_columns_log(rng: random.Random) -> str:
    """An honest speech log whose validation loss and WER fall to levels near each other and cross by noise
    (the validation loss rising again as the model overfits), or a CoLA log whose validation loss rises
    through its MCC."""
    rows: list[list] = []
    if rng.random() < 0.5:
        n, noise = rng.choice([5, 8, 12, 20, 30, 40]), rng.choice([0.005, 0.01, 0.02, 0.04])
        v0, vmin, over, wmin = rng.uniform(2.5, 4), rng.uniform(0.2, 0.8), rng.uniform(0, 0.3), rng.uniform(0.15, 0.7)
        k, t0, tmin, speed = rng.choice([0, 1, 2, 3]), rng.uniform(3, 8), rng.uniform(0.1, 0.6), rng.uniform(0.15, 0.5)
        for i in range(n):
            f = 1 - math.exp(-i * speed * 30 / n)
            val = v0 + (vmin - v0) * f + over * i / n + rng.gauss(0, noise)
            wer = 1.0 if i < k else min(1.0, 1.0 + (wmin - 1.0) * (1 - math.exp(-(i - k + 1) * speed * 30 / n))
                                        + rng.gauss(0, noise))
            rows.append([round(abs(t0 + (tmin - t0) * f + rng.gauss(0, noise)), 4), round(2.5 * (i + 1), 2),
                         400 * (i + 1), round(abs(val), 4), round(max(wer, 0.01), 4)])
        return card(["Training Loss", "Epoch", "Step", "Validation Loss", "Wer"], rows)
    n, noise = rng.choice([3, 4, 5, 6, 8, 10]), rng.choice([0.005, 0.01, 0.02, 0.03])
    v0, v1, m0, m1 = rng.uniform(0.45, 0.56), rng.uniform(0.6, 1.0), rng.uniform(0.3, 0.5), rng.uniform(0.45, 0.6)
    for i in range(n):
        f = i / max(1, n - 1)
        rows.append(["No log" if i == 0 else round(abs(0.55 * (1 - 0.8 * f) + rng.gauss(0, noise)), 4), float(i + 1),
                     268 * (i + 1), round(v0 + (v1 - v0) * f * f + rng.gauss(0, noise), 4),
                     round(m0 + (m1 - m0) * (1 - math.exp(-3 * f)) + rng.gauss(0, noise), 4)])
    return card(COLA, rows)


def test_honest_logs_of_close_columns_stay_almost_quiet() -> None:
    # columns that stand a few hundredths apart cross by noise: their crossings must not read as exchanges (a
    # run between two clear edges needs its columns far apart, or in one order inside and the other outside).
    # About one log in a thousand is reported: a CoLA log whose noise of 0.03 lands a row's validation loss and
    # MCC each on the other's line, which a reviewer would question too
    rng = random.Random(13)
    logs = [close_columns_log(rng) for _ in range(2000)]
    assert len([t for t in logs if find_swaps(Card.from_text(t, "card.md"))]) <= 4


def fast_learner_log(rng: random.Random) -> str:
    """A classifier of k classes whose first evaluation is at chance (a loss of ln k, an accuracy of 1/k) and
    whose later ones hover, with noise, where it converged: the columns cross once, by a whole gap."""
    k = rng.choice([2, 2, 3, 5, 10])
    loss0, acc0 = math.log(k) * rng.uniform(0.95, 1.05), rng.uniform(0.9, 1.2) / k
    loss1, acc1 = rng.uniform(0.15, 0.7), rng.uniform(0.6, 0.97)
    rows: list[list] = [["No log", 1.0, 100, round(loss0, 4), round(acc0, 4)]]
    for i in range(1, rng.choice([3, 4, 5, 6, 10])):
        f = 1 - 0.5**i
        loss = abs(loss1 * (1.1 - 0.1 * f) + rng.gauss(0, 0.01))
        acc = max(0.0, min(1.0, acc1 * (0.97 + 0.03 * f) + rng.gauss(0, 0.01)))
        rows.append([round(1.2 * loss, 4), float(i + 1), 100 * (i + 1), round(loss, 4), round(acc, 4)])
    return card(LOG, rows)


def test_fast_learners_stay_quiet() -> None:
    # a binary classifier at chance (0.69, 0.50) that then sits near (0.48, 0.74) lands its columns close to each
    # other's level by coincidence: only a landing within 3% of the jump tells an exchange
    rng = random.Random(11)
    logs = [fast_learner_log(rng) for _ in range(600)]
    assert [t for t in logs if find_swaps(Card.from_text(t, "card.md"))] == []
    # the middle row of three that overshoots its neighbours by noise, beside a first row far away, is no row
    # out of line: an exchanged value would stand the columns' distance away from its column
    three = [["No log", 1.0, 100, 1.6204, 0.1883], [0.5009, 2.0, 200, 0.4174, 0.9379], [0.5069, 3.0, 300, 0.4224, 0.9224]]
    assert swaps(card(LOG, three)) == []


# -- results from the best checkpoint (load_best_model_at_end) -------------------


def best_log() -> list[list]:
    """A log that peaks at its second evaluation and declines after it: a loss above the accuracy throughout."""
    return [["No log", 1.0, 20, 0.8112, 0.4412], ["No log", 2.0, 40, 0.6935, 0.5118],
            ["No log", 3.0, 60, 0.7841, 0.4603], ["No log", 4.0, 80, 0.7920, 0.4817],
            ["No log", 5.0, 100, 0.8377, 0.4455]]


def best_run(text: str, rows: list[int]):
    """The last rows' validation loss and accuracy as a run, with the reported levels and result rows."""
    from modelcard_lint.facts.metrics import reported_metrics
    from modelcard_lint.facts.swapbest import result_rows
    from modelcard_lint.facts.swapevidence import Run
    from modelcard_lint.facts.swaplevels import reported_levels
    from modelcard_lint.facts.tables import typed_tables

    c = Card.from_text(text, "card.md")
    (table,) = typed_tables(c)
    metrics = reported_metrics(c)
    levels = reported_levels(metrics.headline.metrics if metrics.headline else [], table)
    loss, acc = table.value_columns[-2:]
    run = Run(table, rows, [(loss, acc), (acc, loss)], [r for r in range(len(table.rows)) if r not in rows])
    return run, levels, result_rows(table, levels)


def test_results_from_the_best_checkpoint_tell_an_exchanged_end_run() -> None:
    rows = best_log()
    before = headline(Loss="0.6935", Accuracy="0.5118")  # the second row: the best checkpoint
    swapped = exchange(rows, range(4, 5))
    # as written, the last row beats the reported row by both columns: the Trainer would have kept it
    (d,) = lint(card(LOG, swapped, before=before), select=["MC401"])
    assert (d.span.line, d.span.end_line) == (TABLE_LINE + 4 + 4, TABLE_LINE + 4 + 4)
    assert d.data["evidence"] == ["boundary", "best"] and "load_best_model_at_end" in d.message
    assert swaps(card(LOG, swapped)) == []  # without the results, one boundary and nothing else


def cola_rows(train: list[float], val: list[float], mcc: list[float]) -> list[list]:
    """A CoLA log of one evaluation per epoch (535 steps each)."""
    return [[t, float(i + 1), 535 * (i + 1), v, m] for i, (t, v, m) in enumerate(zip(train, val, mcc, strict=True))]


def test_the_best_checkpoints_row_exchanged_without_a_boundary() -> None:
    # a CoLA log whose validation loss and MCC run close together: no boundary shows where two of them are
    # exchanged, but the card's results (load_best_model_at_end) equal the fourth row only with its values moved
    # back, and no row as written
    header = COLA
    rows = cola_rows([0.5306, 0.3524, 0.2417, 0.1762, 0.1252], [0.5156, 0.5249, 0.6514, 0.7637, 0.8746],
                     [0.4063, 0.5207, 0.5029, 0.5373, 0.5291])
    before = headline(Loss="0.7637", Matthews_Correlation="0.5373")
    assert swaps(card(header, rows, before=before)) == []
    swapped = exchange(rows, range(3, 5))
    (d,) = lint(card(header, swapped, before=before), select=["MC401"])
    assert (d.span.line, d.data["evidence"]) == (TABLE_LINE + 4 + 3, ["best"])
    # two rows that would each equal the results exchanged say nothing
    twice = [list(r) for r in swapped]
    twice[1][3:5] = swapped[3][3:5]
    assert swaps(card(header, twice, before=before)) == []


def test_the_last_row_exchanged_after_the_best_checkpoint() -> None:
    # the card's results equal the fourth of five rows (load_best_model_at_end); the last row, exchanged, beats it in
    # both columns as written, so the results would have been the last row: moved back it declines, as after a best
    header = COLA
    rows = cola_rows([0.5292, 0.3508, 0.2346, 0.1806, 0.1291], [0.5110, 0.4897, 0.6275, 0.7480, 0.8841],
                     [0.4239, 0.4993, 0.5029, 0.5370, 0.5200])
    before = headline(Loss="0.7480", Matthews_Correlation="0.5370")
    assert swaps(card(header, rows, before=before)) == []
    (d,) = lint(card(header, exchange(rows, range(4, 5)), before=before), select=["MC401"])
    assert (d.span.line, d.data["evidence"]) == (TABLE_LINE + 4 + 4, ["boundary", "best"])


def test_the_rows_across_a_found_exchange_are_not_read_as_exchanged_too() -> None:
    # a resumed Whisper run printed its validation loss and CER in the other order from its third row on (the
    # results equal the last row moved back): the first two rows' CER in percent (11.35) then stands far above the
    # column's other values as written, which are the validation loss's: that run is not read as well
    header = ["Training Loss", "Epoch", "Step", "Cer", "Validation Loss"]
    rows = [[0.3652, 0.06, 500, 11.3504, 0.3574], [0.2788, 0.13, 1000, 9.1325, 0.2645],
            [0.2213, 0.1, 1500, 0.2388, 9.3132], [0.2257, 0.13, 2000, 0.2194, 8.6295],
            [0.1941, 0.16, 2500, 0.2068, 7.5109], [0.1395, 0.19, 3000, 0.1969, 7.3247],
            [0.1787, 0.23, 3500, 0.1905, 7.5517], [0.1639, 0.26, 4000, 0.1880, 7.3894]]
    before = headline(Loss="0.1880", Cer="7.3894")
    (d,) = lint(card(header, rows, before=before), select=["MC401"])
    assert (d.span.line, d.span.end_line) == (TABLE_LINE + 4 + 2, TABLE_LINE + 4 + 7)


def test_impossible_error_rates_judged_past_the_untamed_rows_after_them() -> None:
    # a speech log whose first three rows have the validation loss and the WER exchanged: the WER column reads 5.2,
    # 3.4, 1.69 then about 1.02; the first two are impossible beside tame values, and the third, possible but not
    # tame, goes on with the same exchange, so the rows are judged against the fourth
    header = ["Training Loss", "Epoch", "Step", "Validation Loss", "Wer"]
    rows = [[5.1844, 3.4, 500, 5.2015, 0.9999], [3.3962, 6.8, 1000, 3.4017, 1.0002],
            [2.5433, 10.2, 1500, 1.6884, 1.0222], [1.5099, 13.6, 2000, 0.7929, 1.0188],
            [1.2685, 17.01, 2500, 0.6122, 1.0191], [1.1844, 20.41, 3000, 0.5434, 1.0197],
            [1.0945, 23.81, 3500, 0.5208, 1.0316], [0.9921, 27.21, 4000, 0.4811, 0.9712],
            [0.9433, 30.61, 4500, 0.4622, 0.9514], [0.9102, 34.01, 5000, 0.4513, 0.9307],
            [0.8875, 37.41, 5500, 0.4420, 0.9218], [0.8710, 40.81, 6000, 0.4391, 0.9189]]
    assert swaps(card(header, rows)) == []
    (d,) = lint(card(header, exchange(rows, range(3))), select=["MC401"])
    assert d.span.line == TABLE_LINE and "range" in d.data["evidence"]


def test_a_weak_boundary_inside_an_exchanged_run_is_read_past() -> None:
    # the first two rows have their training loss and MCC exchanged; between them the columns move as much as
    # they differ, which makes a boundary that is not clear by itself, and splits the run in two readings that
    # both fail; read with the clear boundary alone, the run is one, and the best checkpoint's results tell it
    header = COLA
    rows = cola_rows([0.5291, 0.3492, 0.2416, 0.1794, 0.1302], [0.5027, 0.5136, 0.6390, 0.7816, 0.8836],
                     [0.4092, 0.4939, 0.5056, 0.5156, 0.5156])
    before = headline(Loss="0.7816", Matthews_Correlation="0.5156")
    assert swaps(card(header, rows, before=before)) == []
    (d,) = lint(card(header, exchange(rows, range(2), 0, 4), before=before), select=["MC401"])
    assert (d.span.line, d.span.end_line) == (TABLE_LINE + 4, TABLE_LINE + 5) and "best" in d.data["evidence"]


def test_a_cer_above_its_wer_in_all_the_other_rows_is_no_reading() -> None:
    # the last row has its WER and CER exchanged. Read from the other side of the boundary, the nine rows before
    # it would be the exchanged ones: the one row left as written then shows a CER above its WER, so the other
    # rows cannot show that the CER stays below the WER; it still does (characters err less than words), and
    # the nine rows would break that moved back
    header = ["Training Loss", "Epoch", "Step", "Validation Loss", "Wer", "Cer"]
    wer = [0.7543, 0.3489, 0.3175, 0.3033, 0.2898, 0.2787, 0.2711, 0.2676, 0.2610, 0.2564]
    cer = [0.4099, 0.1591, 0.1454, 0.1405, 0.1360, 0.1309, 0.1272, 0.1260, 0.1240, 0.1218]
    loss = [3.484, 1.3582, 1.1716, 1.0951, 1.04, 0.9768, 0.9129, 0.8614, 0.8092, 0.7658]
    val = [1.1849, 0.4320, 0.3835, 0.3732, 0.3485, 0.3386, 0.3363, 0.3386, 0.3356, 0.3316]
    rows = [[loss[i], 9.5 * (i + 1), 1000 * (i + 1), val[i], wer[i], cer[i]] for i in range(10)]
    index = "model-index:\n- name: m\n  results:\n  - task:\n      type: automatic-speech-recognition\n" \
            "    metrics:\n    - type: wer\n      value: 12.23\n"  # a test WER with a language model
    text = card(header, exchange(rows, range(9, 10), 4, 5)).replace("license: mit\n", "license: mit\n" + index)
    (d,) = lint(text, select=["MC401"])
    assert d.data["rows"] == 1 and "ordered" in d.data["evidence"]


def test_a_jump_another_swap_explains_is_not_read_again() -> None:
    # a speech log whose training loss and WER are exchanged in its fourth row: that row's WER of 1.51 is also a
    # jump of the WER beside the validation loss, which read alone would make the first three rows a run of
    # the validation loss and the WER exchanged; the row the first swap holds explains it
    header = ["Training Loss", "Epoch", "Step", "Validation Loss", "Wer"]
    rows = [[5.1844, 3.4, 500, 5.2015, 0.9999], [3.3962, 6.8, 1000, 3.4017, 1.0002],
            [2.5433, 10.2, 1500, 1.6884, 1.0222], [1.5099, 13.6, 2000, 0.7929, 1.0188],
            [1.2685, 17.0, 2500, 0.6122, 1.0191], [1.1844, 20.4, 3000, 0.5434, 1.0197],
            [1.0945, 23.8, 3500, 0.5208, 1.0316], [1.0506, 27.2, 4000, 0.4941, 1.0139],
            [1.0199, 30.6, 4500, 0.4736, 1.0106], [0.9546, 34.0, 5000, 0.4664, 1.0164]]
    before = headline(Loss="0.4664", Wer="1.0164")
    assert swaps(card(header, rows, before=before)) == []
    found = lint(card(header, exchange(rows, range(3, 4), 0, 4), before=before), select=["MC401"])
    assert [(d.span.line, d.data["columns"]) for d in found] == [(TABLE_LINE + 4 + 3, ["Training Loss", "Wer"])]


def test_an_honest_log_with_its_best_checkpoint_reported_stays_quiet() -> None:
    from modelcard_lint.facts.swapbest import by_best

    rows = best_log()
    before = headline(Loss="0.6935", Accuracy="0.5118")
    assert swaps(card(LOG, rows, before=before)) == []
    # the reported row is the best of the log as written and no longer once the last row is moved back
    run, levels, best = best_run(card(LOG, rows, before=before), [4])
    assert best == [1] and by_best(run, levels, best, 4) == -1
    # a run that holds the reported row as written is in place
    run, levels, best = best_run(card(LOG, rows, before=before), [1, 2])
    assert by_best(run, levels, best, 4) == -1
    rng = random.Random(4)
    for _ in range(200):
        n = rng.choice([4, 6, 10])
        peak = rng.randrange(1, n - 1)
        logged = [[round(1.0 - 0.05 * i, 4), float(i + 1), 10 * (i + 1),
                   round(0.3 + 0.02 * abs(i - peak) + rng.uniform(0, 0.004), 4),
                   round(0.9 - 0.01 * abs(i - peak) - rng.uniform(0, 0.002), 4)] for i in range(n)]
        text = card(LOG, logged, before=headline(Loss=str(logged[peak][3]), Accuracy=str(logged[peak][4])))
        assert swaps(text) == [], text


def test_the_best_checkpoint_evidence_abstains_when_the_results_equal_no_row() -> None:
    from modelcard_lint.facts.swapbest import by_best

    rows = exchange(best_log(), range(4, 5))
    # a final evaluation on another set: equal to no row, either as written or moved back
    run, levels, best = best_run(card(LOG, rows, before=headline(Loss="0.7012", Accuracy="0.4921")), [4])
    assert best == [] and by_best(run, levels, best, 4) == 0
    # results that equal the last row are the headline's evidence, not the best checkpoint's
    run, levels, best = best_run(card(LOG, rows, before=headline(Loss="0.4455", Accuracy="0.8377")), [4])
    assert best == [4] and by_best(run, levels, best, 4) == 0
    # results equal to the last row only moved back: the headline's evidence too
    run, levels, best = best_run(card(LOG, rows, before=headline(Loss="0.8377", Accuracy="0.4455")), [4])
    assert best == [] and by_best(run, levels, best, 4) == 0
    # results equal to an earlier row of the run only moved back, and to no row as written: exchanged
    run, levels, best = best_run(card(LOG, exchange(best_log(), range(1, 2)),
                                      before=headline(Loss="0.6935", Accuracy="0.5118")), [1])
    assert best == [] and by_best(run, levels, best, 4) == 1


def test_a_run_bounded_on_both_sides_with_values_close_together_needs_a_tie_breaker() -> None:
    # the best checkpoint's row exchanged: two boundaries, but its values stand near each other compared with the
    # log's noise, so the boundaries alone do not tell it from noise
    swapped = exchange(best_log(), range(1, 2))
    assert swaps(card(LOG, swapped)) == []
    # the results equal that row only moved back
    (d,) = lint(card(LOG, swapped, before=headline(Loss="0.6935", Accuracy="0.5118")), select=["MC401"])
    assert (d.span.line, d.span.end_line) == (TABLE_LINE + 4 + 1, TABLE_LINE + 4 + 1)
    assert d.data["evidence"] == ["boundary", "best"]


# -- a one-boundary run told by its jump ------------------------------------------


def drifting_log(n: int = 24) -> list[list]:
    """A long log whose validation loss falls and accuracy rises by small noisy steps, well apart."""
    rng = random.Random(7)
    rows = []
    for i in range(n):
        loss = round(0.62 - 0.006 * i + rng.uniform(-0.002, 0.002), 4)
        acc = round(0.78 + 0.004 * i + rng.uniform(-0.002, 0.002), 4)
        rows.append([round(2.0 - 0.02 * i, 4), float(i + 1), 50 * (i + 1), loss, acc])
    return rows


def test_a_jump_onto_each_others_level_tells_a_one_boundary_run() -> None:
    rows = drifting_log()
    assert swaps(card(LOG, rows)) == []
    # the last seven rows exchanged: both columns jump by far more than their usual steps, each onto the
    # other's level, and moved back the loss keeps falling and the accuracy rising
    (d,) = lint(card(LOG, exchange(rows, range(17, 24))), select=["MC401"])
    assert (d.span.line, d.span.end_line) == (TABLE_LINE + 17, TABLE_LINE + 23)
    assert "jump" in d.data["evidence"] and "onto the other column's level" in d.message
    # the first six rows exchanged
    (d,) = lint(card(LOG, exchange(rows, range(6))), select=["MC401"])
    assert (d.span.line, d.span.end_line) == (TABLE_LINE, TABLE_LINE + 5) and "jump" in d.data["evidence"]
    # two rows are too few to know the columns' usual steps after the boundary: the rows before it measure
    # the jump; and moved back both columns keep moving the way training moves them, which the rows before
    # it would not do
    (d,) = lint(card(LOG, exchange(rows, range(22, 24))), select=["MC401"])
    assert (d.span.line, d.span.end_line) == (TABLE_LINE + 22, TABLE_LINE + 23)
    assert d.data["evidence"] == ["boundary", "steady", "jump"]


def test_a_first_row_whose_values_land_among_the_other_columns_next_values() -> None:
    # a five-row log that converged from its second evaluation; its first row exchanged lands the loss (0.1702)
    # among the next losses (0.2301 to 0.1109) and the accuracy (0.9641) among the next accuracies (0.9552 to
    # 0.9821): a fast learner's first values land inside both of those ranges only by coincidence
    rows = [["No log", 1.0, 255, 0.1702, 0.9641], [0.209, 2.0, 510, 0.2301, 0.9552],
            [0.209, 3.0, 765, 0.2038, 0.9560], [0.0331, 4.0, 1020, 0.1109, 0.9821], [0.0331, 5.0, 1275, 0.1131, 0.9783]]
    assert swaps(card(LOG, rows)) == []
    assert swaps(card(LOG, exchange(rows, range(1)))) == [(TABLE_LINE, TABLE_LINE)]
    # a fast learner's honest first row, far from both ranges, stays quiet
    fast = [["No log", 1.0, 255, 0.6931, 0.5012], *rows[1:]]
    assert swaps(card(LOG, fast)) == []


def test_an_honest_jump_or_crossing_is_no_exchange() -> None:
    rows = drifting_log()
    # a resumed run: both columns jump together by many usual steps, but to levels of their own
    resumed = [[*r[:3], round(r[3] + 0.08, 4), round(r[4] - 0.05, 4)] if i >= 12 else r for i, r in enumerate(rows)]
    assert swaps(card(LOG, resumed)) == []
    # a learning step that lands the loss and the accuracy on each other's level, then a plateau: as written
    # both run the way training moves them before the step and stay level after it
    step = []
    for i in range(20):
        loss = round(0.75 - 0.003 * i if i < 10 else 0.469 + 0.0005 * (i % 2), 4)
        acc = round(0.44 + 0.003 * i if i < 10 else 0.722 - 0.0005 * (i % 2), 4)
        step.append([round(2.0 - 0.02 * i, 4), float(i + 1), 50 * (i + 1), loss, acc])
    assert swaps(card(LOG, step)) == []
    # a validation loss that crosses the accuracy as the model learns: close where they cross, no jump
    crossing = [[round(2.0 - 0.02 * i, 4), float(i + 1), 50 * (i + 1), round(0.9 - 0.025 * i, 4),
                 round(0.3 + 0.025 * i, 4)] for i in range(24)]
    assert swaps(card(LOG, crossing)) == []


def test_a_reported_fraction_is_not_read_as_a_percentage_of_a_cell() -> None:
    rows = [[0.0705, 1.54, 100, 0.0562, 0.9925], [0.0123, 3.08, 200, 0.0124, 1.0], [0.008, 4.62, 300, 0.0099, 1.0]]
    # the last row exchanged: an accuracy of 1.0 reported is not the cell 0.0099 read as 0.99 %
    before = headline(Loss="0.0099", Accuracy="1.0")
    (d,) = lint(card(LOG, exchange(rows, range(2, 3)), before=before), select=["MC401"])
    assert (d.span.line, d.span.end_line) == (TABLE_LINE + 4 + 2, TABLE_LINE + 4 + 2)
    assert "results" in d.data["evidence"]


def test_the_message_leads_with_the_strongest_evidence_and_names_the_rest() -> None:
    # the seed's swap has three tie-breakers: an impossible accuracy leads in a sentence, the others are named
    # as agreeing, and every sentence is in the finding's data
    text = (SEEDS / "ak-pretrain-cls-model.md").read_text(encoding="utf-8")
    [finding] = list(lint(text, select=["MC401"]))
    why = finding.message.split(": ", 1)[1].split(". Moved back")[0]
    assert why == "Accuracy cannot be 1.0813; the card's reported results and a jump onto each other's level agree"
    reasons = finding.data["reasons"]
    assert reasons[0] == "Accuracy cannot be 1.0813" and len(reasons) == 3
    assert all(reason not in finding.message for reason in reasons[1:])


def test_an_implausible_error_rate_names_the_columns_largest_other_value() -> None:
    rows = [[3.4127 if i == 0 else round(0.7 - 0.1 * i, 4), float(i + 1), 100 * (i + 1), round(2.0 - 0.3 * i, 4),
             0.9987 if i == 0 else round(0.34 - 0.02 * i, 4)] for i in range(6)]
    rows[0][0], rows[0][4] = rows[0][4], rows[0][0]  # the first row: the training loss under Wer and back
    text = card(["Training Loss", "Epoch", "Step", "Validation Loss", "Wer"], rows)
    [finding] = list(lint(text, select=["MC401"]))
    assert "a Wer of 3.4127 is not plausible beside the column's other values, none above 0.32" in finding.message
    # the same log with the WER as a percentage: a WER of 341% is possible there, and nothing says the row moved
    percent = [[*r[:4], round(100 * r[4], 2)] for r in rows]
    assert list(lint(card(["Training Loss", "Epoch", "Step", "Validation Loss", "Wer"], percent),
                     select=["MC401"])) == []


def test_an_f1_exchanged_with_its_own_recall_is_found_by_the_harmonic_mean() -> None:
    # no jump tells the first row (the model learns fast), but its F1 is above both its precision and recall;
    # with the recall and F1 exchanged back it is their harmonic mean, as in every other row
    header = ["Training Loss", "Epoch", "Step", "Validation Loss", "Precision", "Recall", "F1", "Accuracy"]
    rows = [[0.87, 1.0, 100, 0.70, 0.1678, 0.2855, 0.2114, 0.7718], [0.63, 2.0, 200, 0.70, 0.2329, 0.3323, 0.2739, 0.7804],
            [0.50, 3.0, 300, 0.71, 0.2224, 0.3729, 0.2786, 0.7794], [0.40, 4.0, 400, 0.75, 0.2279, 0.3688, 0.2817, 0.7738]]
    assert swaps(card(header, rows)) == []
    (d,) = lint(card(header, exchange(rows, range(1), 5, 6)), select=["MC401"])
    assert (d.span.line, d.data["columns"]) == (TABLE_LINE, ["Recall", "F1"])
    assert d.data["evidence"] == ["harmonic"]


def test_two_rows_of_five_whose_f1_is_no_harmonic_mean() -> None:
    # an NER log whose validation loss and precision are exchanged in its first two rows: the model learns fast,
    # so no jump tells them, but in the other three rows the F1 is the harmonic mean of the precision and
    # recall, and in these two only with the values moved back
    header = ["Training Loss", "Epoch", "Step", "Validation Loss", "Precision", "Recall", "F1", "Accuracy"]
    rows = [["No log", 1.0, 63, 0.7249, 0.3645, 0.3905, 0.3770, 0.7584],
            ["No log", 2.0, 126, 0.5850, 0.4529, 0.4948, 0.4729, 0.8072],
            ["No log", 3.0, 189, 0.5192, 0.4949, 0.5456, 0.5190, 0.8288],
            ["No log", 4.0, 252, 0.5042, 0.5208, 0.5592, 0.5393, 0.8348],
            ["No log", 5.0, 315, 0.4944, 0.5201, 0.5667, 0.5424, 0.8366]]
    assert swaps(card(header, rows)) == []
    (d,) = lint(card(header, exchange(rows, range(2), 3, 4)), select=["MC401"])
    assert (d.span.line, d.span.end_line) == (TABLE_LINE, TABLE_LINE + 1)
    assert d.data["columns"] == ["Validation Loss", "Precision"] and "harmonic" in d.data["evidence"]
    # in two rows of four the relation could be a coincidence of two rows: nothing is said from it
    short = exchange(rows[:4], range(2), 3, 4)
    assert all("harmonic" not in x.data["evidence"] for x in lint(card(header, short), select=["MC401"]))


def test_a_companion_in_the_other_row_of_a_log_of_two() -> None:
    # two evaluations: the F1 beside the accuracy in the second tells that the first row's F1 is under
    # Training Loss
    header = ["Training Loss", "Epoch", "Step", "Validation Loss", "Accuracy", "F1"]
    rows = [[0.4977, 1.0, 1000, 0.1919, 0.9255, 0.9253], [0.1545, 2.0, 2000, 0.1582, 0.939, 0.9392]]
    assert swaps(card(header, rows)) == []
    (d,) = lint(card(header, exchange(rows, range(1), 0, 5)), select=["MC401"])
    assert d.span.line == TABLE_LINE and "companion" in d.data["evidence"]


def test_rows_at_the_log_start_known_in_place_are_named() -> None:
    # the run starts after the two rows that could not be exchanged (an accuracy of 1.8): the message says why
    text, _, _ = parse_markers((ROOT / "tests/fixtures/MC401/in-place-rows-before-the-run.md").read_text())
    (d,) = lint(text, select=["MC401"])
    assert d.data["rows"] == 12 and "kept" in d.data["evidence"]
    assert any("would hold values their columns cannot hold" in r for r in d.data["reasons"])


def test_a_jump_whose_side_the_rows_across_it_settle_says_so() -> None:
    # a training loss and a WER both fall: the way they run cannot tell the side of the jump; moved back, the rows
    # before it would put a WER of 4.41 beside WERs below 0.6, so they are in place and the message says why
    text, _, _ = parse_markers((ROOT / "tests/fixtures/MC401/same-way-columns-at-the-end.md").read_text())
    (d,) = lint(text, select=["MC401"])
    assert d.data["evidence"] == ["boundary", "steady", "jump", "across"]
    assert "the rows across the boundary" in d.message


# -- a learning step the training loss beside the columns does not take -----------------------------------


# the fixture a-step-the-training-loss-does-not-take.md: its first two rows exchanged, the last row reported
FIRST_TWO = [[0.2514, 1.0, 2105, 0.9012, 0.2861], [0.1877, 2.0, 4210, 0.9065, 0.3420],
             [0.1402, 3.0, 6315, 0.3594, 0.9088], [0.1106, 4.0, 8420, 0.3473, 0.9071],
             [0.0873, 5.0, 10525, 0.4485, 0.9013]]
LAST_REPORTED = headline(Loss="0.4485", Accuracy="0.9013")


def with_training_loss(rows: list[list], train: list[float]) -> list[list]:
    return [[t, *row[1:]] for row, t in zip(rows, train, strict=True)]


def test_a_learning_step_the_training_loss_does_not_take_is_an_exchange() -> None:
    (d,) = lint(card(LOG, FIRST_TWO, before=LAST_REPORTED), select=["MC401"])
    assert d.data["rows"] == 2 and d.data["evidence"] == ["boundary", "untaken"]
    assert "the training loss beside it does not take" in d.message
    assert swaps(card(LOG, FIRST_TWO)) == []  # without the results the side is not known


def test_a_learning_step_the_training_loss_takes_too_is_honest() -> None:
    for train in ([0.9520, 0.8874, 0.2633, 0.2012, 0.1544],  # it falls as far as the validation loss
                  [0.3120, 0.2946, 0.1402, 0.1106, 0.0873],  # already low, it falls to half of itself
                  [0.1877, 0.1877, 0.1877, 0.0873, 0.0873]):  # logged less often: carried over, it tells nothing
        assert swaps(card(LOG, with_training_loss(FIRST_TWO, train), before=LAST_REPORTED)) == []


def first_evaluations_log(rng: random.Random) -> str:
    """An honest classifier whose first evaluations lag behind, with a training loss logged at every row that
    falls as the model learns and on as it overfits, and the last or the best row reported as its results."""
    k = rng.choice([2, 2, 2, 3, 5, 10])
    loss0, acc0 = math.log(k) * rng.uniform(0.9, 1.1), rng.uniform(0.8, 1.2) / k
    vmin, acc1, tmin = rng.uniform(0.1, 0.6), rng.uniform(0.6, 0.98), rng.uniform(0.01, 0.4)
    over, noise = rng.choice([0, 0, 0.02, 0.05, 0.1]), rng.choice([0.002, 0.005, 0.01, 0.02])
    f1, speed = rng.uniform(0, 0.9), rng.uniform(1, 4)
    rows = []
    for i in range(rng.choice([3, 4, 5, 6, 8, 10])):
        f = 1 - (1 - f1) * math.exp(-speed * i)
        train = loss0 * (1 - f) * rng.uniform(0.9, 1.1) + tmin * f * 0.8**i
        val = loss0 * (1 - f) + vmin * f + over * i * f + rng.gauss(0, noise)
        acc = min(1.0, acc0 + (acc1 - acc0) * f + rng.gauss(0, noise))
        rows.append([round(train, 4), float(i + 1), 100 * (i + 1), round(abs(val), 4), round(max(acc, 0.0), 4)])
    reported = rows[-1] if rng.random() < 0.6 else max(rows, key=lambda r: r[4])
    return card(LOG, rows, before=headline(Loss=str(reported[3]), Accuracy=str(reported[4])))


def test_honest_first_evaluations_with_a_training_loss_stay_almost_quiet() -> None:
    # one of these 2,000 is read as exchanged, by older evidence (a first evaluation of a binary classifier whose
    # loss and accuracy land within 3% of each other's later level); the training loss beside them adds none
    rng = random.Random(5)
    logs = [first_evaluations_log(rng) for _ in range(2000)]
    assert len([t for t in logs if find_swaps(Card.from_text(t, "card.md"))]) <= 1


def test_the_cards_results_agree_in_the_plural() -> None:
    rows = [["No log", 1.0, 2105, 0.9012, 0.2861], ["No log", 2.0, 4210, 0.9065, 0.3020],
            [0.1402, 3.0, 6315, 0.3194, 0.9088], [0.1106, 4.0, 8420, 0.3342, 0.9104],
            [0.0873, 5.0, 10525, 0.3517, 0.9126]]
    (d,) = lint(card(LOG, rows, before=headline(Loss="0.3517", Accuracy="0.9126")), select=["MC401"])
    assert "; the card's reported results agree." in d.message


def test_a_long_run_between_two_weak_edges_whose_columns_stand_the_other_way_around() -> None:
    # a speech log whose validation loss and WER run close: rows 4-6 exchanged, and neither edge is clear by
    # itself (the columns' own early steps are as large as their gap); but through the run the validation loss
    # stands below the WER, and just outside it above, which noise crossing two columns does not hold
    header = ["Step", "Training Loss", "Validation Loss", "Wer"]
    rows = [[200, 4.05, 2.0101, 0.9898], [400, 2.5883, 1.3559, 0.7237], [600, 1.6927, 0.9673, 0.5272],
            [800, 1.1423, 0.7323, 0.4222], [1000, 0.8026, 0.6096, 0.3609], [1200, 0.5914, 0.5249, 0.328],
            [1400, 0.4587, 0.4364, 0.2967], [1600, 0.374, 0.4287, 0.2624], [1800, 0.3186, 0.4191, 0.2729],
            [2000, 0.2814, 0.3919, 0.2745], [2200, 0.2554, 0.4025, 0.2737], [2400, 0.2363, 0.3803, 0.2626]]
    assert swaps(card(header, rows)) == []
    (d,) = lint(card(header, exchange(rows, range(3, 6), 2, 3)), select=["MC401"])
    assert (d.span.line, d.span.end_line) == (TABLE_LINE + 3, TABLE_LINE + 5)
    assert d.data["evidence"] == ["bounded"]


# the fixture a-leap-the-validation-loss-does-not-take.md: the first row's training loss and accuracy exchanged
FIRST_ROW = [[0.8215, 1.0, 713, 0.3984, 0.4417], [0.2876, 2.0, 1426, 0.4302, 0.8461],
             [0.0912, 3.0, 2139, 0.6931, 0.8519], [0.0487, 4.0, 2852, 0.8845, 0.8487],
             [0.0301, 5.0, 3565, 0.9712, 0.8502]]


def test_a_leap_the_validation_loss_does_not_take_is_an_exchange() -> None:
    (d,) = lint(card(LOG, FIRST_ROW, before=headline(Loss="0.9712", Accuracy="0.8502")), select=["MC401"])
    assert d.data["rows"] == 1 and d.data["evidence"] == ["boundary", "unfallen"]
    assert "the validation loss beside it does not fall" in d.message


def test_a_leap_the_validation_loss_takes_too_is_honest() -> None:
    results = headline(Loss="0.9712", Accuracy="0.8502")
    vals = [0.6931, 0.4302, 0.6931, 0.8845, 0.9712]
    falls = [[*row[:3], val, row[4]] for row, val in zip(FIRST_ROW, vals, strict=True)]
    assert swaps(card(LOG, falls, before=results)) == []  # the validation loss falls with the leap: learning
    creeps = [list(row) for row in FIRST_ROW]
    creeps[0][4] = 0.8401  # the accuracy creeps up instead of leaping: overfitting starts, nothing was exchanged
    creeps[0][0] = 0.4417
    assert swaps(card(LOG, creeps, before=results)) == []


def test_the_best_checkpoints_row_exchanged_with_a_column_the_results_do_not_report() -> None:
    # the results (the best checkpoint's) equal the sixth row only with its WER read from under the training loss,
    # a column the results do not report: that row is named, though the run shows no boundary
    header = ["Training Loss", "Epoch", "Step", "Validation Loss", "Wer"]
    wer = [1.0326, 1.0828, 1.0771, 1.0306, 1.0052, 0.9865, 0.978, 0.5072, 0.9416, 0.9030]
    train = [0.2718, 0.2606, 0.2488, 0.2351, 0.2284, 0.2220, 0.2172, 1.7438, 2.3309, 2.1834]
    val = [0.3092, 0.2843, 0.2774, 0.2588, 0.2483, 0.2464, 0.2514, 0.7983, 1.8917, 1.7496]
    rows = [[train[i], round(0.32 * (i + 1), 2), 1000 * (i + 1), val[i], wer[i]] for i in range(10)]
    results = headline(Loss="0.2464", Wer="0.2220")
    (d,) = lint(card(header, rows, before=results), select=["MC401"])
    assert (d.span.line, d.span.end_line) == (TABLE_LINE + 4 + 5, TABLE_LINE + 4 + 5)
    assert d.data["columns"] == ["Training Loss", "Wer"] and d.data["evidence"] == ["best"]


def test_one_metric_on_two_splits_is_never_paired() -> None:
    # a Keras history: the training accuracy passes the validation accuracy as the model overfits, and noise makes
    # them trade places again around the crossing; like two losses, they are one quantity on two sets of data
    header = ["Epoch", "loss", "accuracy", "val_loss", "val_accuracy"]
    rows = [[1, 0.6931, 0.7012, 0.6120, 0.7315], [2, 0.5123, 0.7688, 0.5341, 0.7702],
            [3, 0.4402, 0.7931, 0.5102, 0.7854], [4, 0.3911, 0.8102, 0.5013, 0.7921],
            [5, 0.3504, 0.7901, 0.5122, 0.8163], [6, 0.3102, 0.8411, 0.5310, 0.7902],
            [7, 0.2734, 0.8602, 0.5544, 0.7968], [8, 0.2401, 0.8805, 0.5812, 0.7935]]
    from modelcard_lint.facts.crossings import chains
    from modelcard_lint.facts.tables import typed_tables

    (table,) = typed_tables(Card.from_text(card(header, rows), "card.md"))
    assert not any({c.title for c in ch.columns} == {"accuracy", "val_accuracy"} for ch in chains(table))
    assert swaps(card(header, rows)) == []


def test_a_start_run_of_its_own_rows_that_lands_on_the_other_side_is_told_by_its_jump() -> None:
    # the first three rows of a classifier that learns fast exchanged: as written the accuracy falls for three
    # evaluations and then leaps to 0.995, and moved back both columns land within 1% of their jump. The run's
    # own steps are as large as its columns learned, so they cannot measure the jump; the other side's rows do,
    # and only the run moved back makes the columns run the way training moves them
    val = [0.2911, 0.1204, 0.0312, 0.0187, 0.0171, 0.0149, 0.0138, 0.0131, 0.0124, 0.0120]
    acc = [0.8802, 0.9655, 0.9941, 0.9952, 0.9948, 0.9957, 0.9961, 0.9963, 0.9965, 0.9966]
    rows = [["No log", float(i + 1), 47 * (i + 1), val[i], acc[i]] for i in range(10)]
    results = headline(Loss="0.0120", Accuracy="0.9966")
    assert swaps(card(LOG, rows, before=results)) == []
    (d,) = lint(card(LOG, exchange(rows, range(3)), before=results), select=["MC401"])
    assert (d.span.line, d.span.end_line) == (TABLE_LINE + 4, TABLE_LINE + 4 + 2)
    assert "jump" in d.data["evidence"]


def many_columns_log(rng: random.Random) -> str:
    """An honest log with the F1 of each entity type, or the WER of each language: columns of one metric that
    run close together and cross by noise (with k columns, k(k-1)/2 pairs)."""
    k, m, noise = rng.choice([3, 4, 6, 8, 10]), rng.choice([3, 4, 5, 8, 10, 20]), rng.choice([0.003, 0.01, 0.02])
    wer = rng.random() < 0.5
    subsets = ["Per", "Loc", "Org", "Misc", "Date", "Time", "Money", "Percent", "Product", "Event"][:k]
    names = [f"Wer {s}" if wer else f"{s} F1" for s in subsets]
    starts, ends = [rng.uniform(0.2, 0.6) for _ in range(k)], [rng.uniform(0.7, 0.95) for _ in range(k)]
    if wer:
        starts, ends = [1 - s for s in starts], [1 - e for e in ends]
    speed, loss = rng.uniform(0.5, 3), rng.uniform(0.5, 2)
    rows = []
    for i in range(m):
        f = 1 - math.exp(-speed * (i + 1) / m * 4)
        row = [round(loss * (1 - 0.8 * f) + rng.gauss(0, noise), 4), float(i + 1), 100 * (i + 1),
               round(loss * (1 - 0.6 * f) + rng.gauss(0, noise), 4)]
        rows.append(row + [round(min(1.0, max(0.0, s + (e - s) * f + rng.gauss(0, noise))), 4)
                           for s, e in zip(starts, ends, strict=True)])
    return card(["Training Loss", "Epoch", "Step", "Validation Loss", *names], rows)


def test_one_metric_on_many_subsets_stays_almost_quiet() -> None:
    # the F1s of two entity types are one metric on two subsets of the data, like a training and a validation
    # loss: never compared (before, 68 of 2,000 such logs drew a finding; the few left pair a loss with one)
    rng = random.Random(4)
    logs = [many_columns_log(rng) for _ in range(1000)]
    found = [s for t in logs for s in find_swaps(Card.from_text(t, "card.md"))]
    assert not any(len({a.name.metric for a, _ in s.moves}) == 1 for s in found)
    assert len(found) <= 8


def test_the_way_columns_print_their_values_names_the_exchanged_row() -> None:
    # the early Trainer's log: the training loss rounded to 4 decimals and padded to 6, evaluation values with 6
    rows = ["| 200  | 0.967814 | 0.823672 | 4.152100 |", "| 400  | 0.889500 | 0.196740 | 0.444792 |",
            "| 600  | 0.493700 | 0.155659 | 0.366115 |", "| 800  | 0.328000 | 0.138066 | 0.358069 |",
            "| 1000 | 0.260600 | 0.119236 | 0.324989 |"]
    head = "| Step | Training Loss | Validation Loss | Wer |\n|---|---|---|---|\n"
    card = Card.from_text(f"---\nlicense: mit\n---\n\n# m\n\n{head}" + "\n".join(rows) + "\n")
    [swap] = find_swaps(card)
    assert swap.rows == [0] and "decimals" in swap.evidence
    assert {c.title for c in swap.columns} == {"Training Loss", "Wer"}
    honest = rows[:]
    honest[0] = "| 200  | 4.152100 | 0.823672 | 0.967814 |"
    assert find_swaps(Card.from_text(f"---\nlicense: mit\n---\n\n# m\n\n{head}" + "\n".join(honest) + "\n")) == []


NER = ["Training Loss", "Epoch", "Step", "Validation Loss", "Precision", "Recall", "F1", "Accuracy"]


def test_a_token_accuracy_below_its_f1_in_the_first_row_only_is_found() -> None:
    # a token classifier's first row with its validation loss and accuracy exchanged: the model learns fast, so the
    # jump alone does not tell it, and the F1 is no harmonic mean of anything moved; but the token accuracy (seqeval
    # counts the O tokens) stays above the entity F1 in every other row, and only moved back in the first
    rows = [["No log", 1.0, 288, 0.3360, 0.5596, 0.5992, 0.5788, 0.8956],
            [0.4686, 2.0, 576, 0.2901, 0.6061, 0.7231, 0.6594, 0.9063],
            [0.4686, 3.0, 864, 0.2787, 0.6403, 0.6929, 0.6655, 0.9100]]
    assert swaps(card(NER, rows)) == []
    (d,) = lint(card(NER, exchange(rows, range(1), 3, 7)), select=["MC401"])
    assert (d.span.line, d.data["columns"]) == (TABLE_LINE, ["Validation Loss", "Accuracy"])
    assert d.data["evidence"] == ["boundary", "ordered"]


def test_an_f1_above_the_accuracy_in_another_row_teaches_no_order() -> None:
    # the same exchange in a classifier whose F1 rises above its accuracy in the second row: no order is known, and
    # nothing else tells the first row from a model that learns fast
    rows = [["No log", 1.0, 288, 0.3360, 0.5596, 0.5992, 0.5788, 0.8956],
            [0.4686, 2.0, 576, 0.2901, 0.6061, 0.7231, 0.6594, 0.6463],
            [0.4686, 3.0, 864, 0.2787, 0.6403, 0.6929, 0.6655, 0.9100]]
    assert swaps(card(NER, exchange(rows, range(1), 3, 7))) == []


def test_an_f1_keeps_company_with_a_pearson_r() -> None:
    # an STS log whose first row has its validation loss and Pearson r exchanged: the model learns fast, but the F1
    # (a rate) runs beside the Pearson r (a correlation) in every other row, and is near it only moved back
    header = ["Training Loss", "Epoch", "Step", "Validation Loss", "Pearsonr", "F1"]
    rows = [[0.7836, 1.0, 365, 0.5507, 0.8435, 0.8121], [0.1564, 2.0, 730, 0.4396, 0.8495, 0.8136],
            [0.0989, 3.0, 1095, 0.4115, 0.8756, 0.8417], [0.0682, 4.0, 1460, 0.4466, 0.8746, 0.8449]]
    assert swaps(card(header, rows)) == []
    (d,) = lint(card(header, exchange(rows, range(1), 3, 4)), select=["MC401"])
    assert d.span.line == TABLE_LINE and "companion" in d.data["evidence"]


def test_precision_and_recall_that_change_places_again_and_again_cross_by_noise() -> None:
    # an NER log: precision above recall but in three epochs, which over-predict (seqeval's rows, rounded)
    pr = [(0.4282, 0.3467), (0.5544, 0.5603), (0.6430, 0.5751), (0.5348, 0.7146), (0.7632, 0.5793), (0.6957, 0.6765),
          (0.6876, 0.6702), (0.6555, 0.7040), (0.6910, 0.6808), (0.7140, 0.6808), (0.7349, 0.6681), (0.7305, 0.6934)]
    header = ["Training Loss", "Epoch", "Step", "Validation Loss", "Precision", "Recall"]
    rows = [[0.05, float(i + 1), 100 * (i + 1), 0.03, p, r] for i, (p, r) in enumerate(pr)]
    assert swaps(card(header, rows)) == []
    # two metrics whose order changes only where one row is exchanged: found
    steady = [(round(0.70 + 0.01 * i, 4), round(0.55 + 0.01 * i, 4)) for i in range(12)]
    steady[6] = steady[6][::-1]
    rows = [[0.05, float(i + 1), 100 * (i + 1), 0.03, p, r] for i, (p, r) in enumerate(steady)]
    assert swaps(card(header, rows)) == [(TABLE_LINE + 6, TABLE_LINE + 6)]


def test_a_headline_of_a_later_evaluation_is_no_evidence_for_the_last_row() -> None:
    # the headline's Wer equals the last row's training loss, but its loss and CER are not the row's: a final
    # evaluation after the logged rows (the card trained 8100 steps, logged to 8000); the equal value is chance
    rows = [[3.1079, 18.51, 500, 2.6795, 0.9996, 0.9825], [0.8506, 37.04, 1000, 0.4323, 0.3718, 0.0961],
            [0.6821, 55.55, 1500, 0.4105, 0.3311, 0.0878], [0.6091, 74.07, 2000, 0.4281, 0.3168, 0.0851],
            [0.5429, 92.58, 2500, 0.4525, 0.3147, 0.0842], [0.3089, 259.25, 3000, 0.5381, 0.2929, 0.0793],
            [0.2941, 277.76, 3500, 0.5565, 0.2923, 0.0794], [0.2945, 296.29, 4000, 0.5495, 0.2951, 0.0789]]
    header = ["Training Loss", "Epoch", "Step", "Validation Loss", "Wer", "Cer"]
    assert swaps(card(header, rows, headline(Loss="0.5497", Wer="0.2945", Cer="0.0791"))) == []
    # the same headline as the last row's, but for the two values exchanged: the swap
    text = card(header, rows, headline(Loss="0.5495", Wer="0.2945", Cer="0.0789"))
    [(line, end)] = swaps(text)
    assert line == end and "296.29" in text.split("\n")[line - 1]


def test_two_metrics_that_cross_after_the_first_evaluation_are_no_swap() -> None:
    # the precision above the recall in the first evaluation, below it from the second on: moved back, the second row
    # would only move that crossing by one row, so it is no exchange (a real card's log)
    header = ["Epoch", "Train Loss", "Val Loss", "Accuracy", "Precision", "F1-Score", "Recall"]
    rows = [[1, 0.4559, 0.3512, 0.8409, 0.9022, 0.8261, 0.7618],
            [2, 0.2491, 0.3924, 0.8339, 0.7835, 0.8459, 0.9190],
            [3, 0.1198, 0.5980, 0.8429, 0.8188, 0.8471, 0.8774],
            [4, 0.0439, 0.9497, 0.8444, 0.8231, 0.8479, 0.8742],
            [5, 0.0097, 0.9962, 0.8522, 0.8421, 0.8529, 0.8640]]
    assert swaps(card(header, rows)) == []
    # the same row exchanged where the rows around it agree (the recall above the precision on both sides) is one
    later = [list(r) for r in rows[1:]]
    later[2][4], later[2][6] = later[2][6], later[2][4]
    assert swaps(card(header, later)) == [(TABLE_LINE + 2, TABLE_LINE + 2)]
