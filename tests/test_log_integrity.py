"""Training-log integrity: missing rows (MC406), constant metrics (MC407), duplicated rows (MC408),
hand-edited cells (MC409), and the epoch counter of a streaming dataset (MC404)."""

from __future__ import annotations

from itertools import pairwise

from harness import lint
from tablecards import LOG, TABLE_LINE, card

HYPER = "### Training hyperparameters\n\n- train_batch_size: 8\n- training_steps: {steps}\n\n"
HYPER_LINES = 5


def found(text: str, code: str) -> list:
    return lint(text, select=[code])


def lines(text: str, code: str) -> list[int]:
    return [d.span.line for d in found(text, code)]


def log(steps: list[int], epochs: list | None = None) -> list[list]:
    epochs = epochs or [round(s / 500, 2) for s in steps]
    return [[round(1.0 - 0.01 * i, 4), e, s, round(0.5 - 0.01 * i, 4), round(0.8 + 0.01 * i, 4)]
            for i, (s, e) in enumerate(zip(steps, epochs, strict=True))]


# -- missing-log-rows ---------------------------------------------------------


def test_one_row_and_several_rows_missing() -> None:
    (d,) = found(card(LOG, log([500, 1000, 1500, 2500, 3000, 3500])), "MC406")
    assert d.span.line == TABLE_LINE + 3 and d.message.startswith("a row is missing between step 1500 and step 2500")
    (d,) = found(card(LOG, log([500, 1000, 1500, 3000, 3500])), "MC406")
    assert d.message.startswith("2 rows are missing") and d.data["missing"] == 2


def test_gaps_side_by_side_between_regular_steps() -> None:
    # 2500 -> 3500 -> 4500 -> 5500: the middle gap has no regular step beside it, but regular steps close the run
    steps = [500, 1000, 1500, 2000, 2500, 3500, 4500, 5500, 6000, 6500, 7000]
    assert lines(card(LOG, log(steps)), "MC406") == [TABLE_LINE + 5, TABLE_LINE + 6, TABLE_LINE + 7]
    # a log that goes on at a slower pace to its end is no series of gaps, and no gap where the pace changes: every
    # 500 steps, then every 1000 (a resumed run's other eval_steps); one skip alone at the end is still a gap
    assert lines(card(LOG, log([500, 1000, 1500, 2000, 2500, 3500, 4500])), "MC406") == []
    assert lines(card(LOG, log([500, 1000, 1500, 2000, 2500, 3500])), "MC406") == [TABLE_LINE + 5]


def test_a_summary_of_chosen_epochs_is_no_log_that_lost_a_row() -> None:
    # "| 1 | ... |", "| 5 |", "| 10 |", "| 20 |": the first epoch, then a few, not every 5 epochs with one left out
    rows = [[0.72, e, 0.71, 0.54 + 0.01 * e] for e in (1, 5, 10, 20)]
    assert found(card(["Train Loss", "Epoch", "Val Loss", "Val Acc"], rows), "MC406") == []
    # (a log of whole epochs every 5 that skips one still is)
    rows = [[0.72, e, 0.71, 0.54 + 0.01 * e] for e in (5, 10, 15, 25, 30)]
    assert lines(card(["Train Loss", "Epoch", "Val Loss", "Val Acc"], rows), "MC406") == [TABLE_LINE + 3]



def test_the_last_evaluation_and_the_first_row_are_no_gaps() -> None:
    assert found(card(LOG, log([500, 1000, 1500, 2000, 2062])), "MC406") == []
    assert found(card(LOG, log([1000, 1500, 2000, 2500])), "MC406") == []  # the first row cannot be placed


def test_rounded_epochs_without_a_step_column() -> None:
    header = ["Train Loss", "Validation Loss", "Accuracy", "Epoch"]
    rows = [[0.9, 0.8, 0.6, e] for e in ("0.33", "0.67", "1.0", "1.33", "1.67", "2.0")]
    assert found(card(header, rows), "MC406") == []
    del rows[3]
    assert lines(card(header, rows), "MC406") == [TABLE_LINE + 3]


def test_irregular_logs_and_a_step_that_goes_back() -> None:
    assert found(card(LOG, log([300, 800, 1000, 2200, 2500])), "MC406") == []
    assert found(card(LOG, log([166, 332, 498, 180, 360, 540, 720])), "MC406") == []


# -- the epoch counter of a streaming dataset (steps-per-epoch-change) --------


def streaming(max_steps: int, passes: int, every: int, n: int, resumed: tuple[int, ...] = ()) -> list[list]:
    """Rows of a Trainer log on a stream that runs out after ``passes`` steps, then starts again (and, in a run
    resumed at one of the steps ``resumed``, counts its epoch again from 0)."""
    rows, k, start = [], 0, 0
    for i in range(1, n + 1):
        step = every * i
        if step - every in resumed:
            start, k = step - every, 0
        while step > start + passes:
            start, k = start + passes, k + 1
        rows.append([round(1.0 - 0.01 * i, 4), f"{k + (step - start) / max_steps:.2f}", step,
                     round(0.5 - 0.01 * i, 4), round(0.8 + 0.01 * i, 4)])
    return rows


def test_a_streaming_epoch_counter_that_restarts_is_no_change_of_steps_per_epoch() -> None:
    for max_steps, passes, every, n in ((5000, 1800, 500, 10), (10000, 2600, 250, 40), (3000, 700, 100, 30)):
        rows = streaming(max_steps, passes, every, n)
        assert found(card(LOG, rows, before=HYPER.format(steps=max_steps)), "MC404") == []
        assert found(card(LOG, rows), "MC404") == []  # the card need not say max_steps


def test_a_run_resumed_on_a_stream_counts_its_epoch_from_zero() -> None:
    # whisper-tiny-nbaiLab: 100000 steps on a stream of about 8000, resumed at steps 5000 and 52000
    rows = streaming(100000, 8000, 1000, 70, resumed=(5000, 52000))
    assert any(float(b[1]) < float(a[1]) for a, b in pairwise(rows))  # the counter goes back
    assert found(card(LOG, rows, before=HYPER.format(steps=100000)), "MC404") == []
    # without the card's max_steps, a counter that goes back is no streaming restart the rule can tell
    assert found(card(LOG, rows), "MC404") != []


def test_a_stream_evaluated_once_a_pass_restarts_at_every_row() -> None:
    # videomae-tiny-finetuned-xd-violence: 1580 steps on a stream of 395, evaluated at the end of each pass
    rows = log([395, 790, 1185, 1580], epochs=["0.25", "1.25", "2.25", "3.25"])
    assert found(card(LOG, rows, before=HYPER.format(steps=1580)), "MC404") == []
    assert found(card(LOG, rows), "MC404") == []


def test_a_stream_that_runs_out_several_times_between_evaluations() -> None:
    # whisper-medium-portuguese: 6000 steps on a stream of about 480, evaluated every 1500 steps
    rows = log([1500, 3000, 4500, 6000], epochs=["2.07", "5.05", "8.03", "11.0"])
    assert found(card(LOG, rows, before=HYPER.format(steps=6000)), "MC404") == []
    # with a max_steps ten times larger, "2.07" at step 1500 would be 4200 steps into a pass: a change of pace
    assert found(card(LOG, rows, before=HYPER.format(steps=60000)), "MC404") != []


def test_a_restart_that_does_not_match_max_steps_or_keep_the_pace_is_a_change() -> None:
    rows = streaming(5000, 1800, 500, 10)
    # the card says max_steps is 20000: the first pass's epoch is no fraction of it
    assert found(card(LOG, rows, before=HYPER.format(steps=20000)), "MC404") != []
    # a resumed run whose epoch lands on the next whole number, then goes on at another pace
    resumed = log([3046, 6092, 6102, 8136], epochs=["1.0", "2.0", "3.0", "4.0"])
    assert lines(card(LOG, resumed), "MC404") == [TABLE_LINE + 2]


# -- constant-metric ----------------------------------------------------------


def test_a_metric_that_never_moves_while_the_loss_falls() -> None:
    rows = [[0.7, float(i + 1), 100 * (i + 1), round(0.68 - 0.1 * i, 4), 0.5124] for i in range(5)]
    (d,) = found(card(LOG, rows), "MC407")
    assert (d.span.line, d.span.end_line) == (TABLE_LINE, TABLE_LINE + 4) and "Accuracy is 0.5124" in d.message
    assert "the metric is not measuring the model" in d.message  # (no worst score: a metric that does not move)


def test_a_rate_just_below_its_best_beside_a_loss_near_zero_is_a_small_easy_evaluation_set() -> None:
    # (0.9851 is 66 of 67 images: the loss moves with the model's confidence, not its answers)
    rows = [[0.2, float(i + 1), 100 * (i + 1), loss, 0.9851] for i, loss in enumerate((0.0548, 0.0491, 0.0434, 0.046))]
    assert found(card(LOG, rows), "MC407") == []
    # (the same rate beside a loss far from zero is a metric that does not measure the model)
    rows = [[0.9, float(i + 1), 100 * (i + 1), loss, 0.9851] for i, loss in enumerate((0.548, 0.491, 0.434, 0.46))]
    assert found(card(LOG, rows), "MC407")


def test_three_rows_only_at_the_worst_value() -> None:
    header = ["Training Loss", "Epoch", "Step", "Validation Loss", "Wer"]
    rows = [[82.3, 5.0, 25, 14.06, 1.0], [6.1, 10.0, 50, 4.1, 1.0], [3.9, 15.0, 75, 3.66, 1.0]]
    (d,) = found(card(header, rows), "MC407")
    assert d.span.line == TABLE_LINE and "the worst score in every evaluation" in d.message
    assert "does not work yet" in (d.help or "")
    rows = [[r[0], r[1], r[2], r[3], 0.4312] for r in rows]  # an intermediate value three times: no evidence
    assert found(card(header, rows), "MC407") == []


# -- duplicated-log-rows ------------------------------------------------------


def test_a_copied_row_and_a_log_that_never_changes() -> None:
    rows = [[0.9 - 0.1 * i, float(i + 1), 100 * (i + 1), round(0.5 - 0.0312 * i, 4), round(0.7 + 0.0287 * i, 4)]
            for i in range(6)]
    rows[3][3:] = rows[2][3:]
    (d,) = found(card(LOG, rows), "MC408")
    assert d.span.line == TABLE_LINE + 3 and "repeats the one at epoch 3.0" in d.message
    same = [[0.9 - 0.1 * i, float(i + 1), 100 * (i + 1), 1.5635, 0.7212] for i in range(3)]
    (d,) = found(card(LOG, same), "MC408")
    assert d.message.startswith("all 3 evaluations")


def test_a_converged_loss_repeating_its_decimals_is_no_copy() -> None:
    rows = [[0.01, float(i + 1), 3 * (i + 1), v, 0.75] for i, v in enumerate((0.4155, 0.4149, 0.4150, 0.4147,
                                                                              0.4147, 0.4150))]
    assert found(card(LOG, rows), "MC408") == []


def test_a_settled_column_repeating_a_value_it_holds_elsewhere_is_no_copy() -> None:
    # the last evaluations of a long run: the loss and the WER settle, and the pair's values stand in other rows too
    tail = [(0.1790, 1.0251), (0.1782, 1.0242), (0.1785, 1.0250), (0.1782, 1.0242), (0.1782, 1.0242), (0.1787, 1.0255)]
    rows = [[0.5 - 0.05 * i, float(i + 1), 100 * (i + 1), round(0.40 - 0.03 * i, 4), round(1.40 - 0.05 * i, 4)]
            for i in range(6)]
    rows += [[0.1, float(7 + i), 100 * (7 + i), loss, wer] for i, (loss, wer) in enumerate(tail)]
    assert found(card(LOG, rows), "MC408") == []
    rows[8][3:] = [0.1781, 1.0243]  # (neither value elsewhere: the pair after it is a copy)
    rows[9][3:] = [0.1781, 1.0243]
    rows[10][3:] = [0.1786, 1.0249]
    assert [d.span.line for d in found(card(LOG, rows), "MC408")] == [TABLE_LINE + 9]


# -- hand-edited-cell ---------------------------------------------------------


def test_one_cell_with_more_decimals_than_the_trainer_writes() -> None:
    rows = [[0.3821, 1.0, 500, 0.3354, 0.8623], [0.2511, 2.0, 1000, 0.3111, "0.87904"], [0.1803, 3.0, 1500, 0.3207,
                                                                                         0.8944]]
    (d,) = found(card(LOG, rows), "MC409")
    assert d.span.line == TABLE_LINE + 1 and "0.87904" in d.message and "has 5 decimals" in d.message
    rows[0][4] = "0.86231"
    rows[2][4] = "0.89441"  # three cells: another source's table, not an edit
    assert found(card(LOG, rows), "MC409") == []
