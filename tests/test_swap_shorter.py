"""A run at one end of a log told by its one boundary and the log's length (facts/swapshorter.py): two columns
that trade levels for good in one step, as no learning step, hold an exchange on the boundary's shorter side."""

from __future__ import annotations

from harness import lint
from tablecards import TABLE_LINE, card

ASR = ["Training Loss", "Epoch", "Step", "Validation Loss", "Wer"]


def speech_log(n: int = 14) -> list[list]:
    """A speech log whose validation loss and WER both fall, the WER about 1.4 times the loss, with noise."""
    noise = [0.002, -0.001, 0.002, -0.002, 0.001, -0.002, 0.001, 0.002, -0.001, 0.001, -0.002, 0.001, 0.002, -0.001]
    rows = []
    for i in range(n):
        loss = 0.16 - 0.004 * i + noise[i % len(noise)]
        rows.append([round(0.6 - 0.02 * i, 4), float(i + 1), 500 * (i + 1), round(loss, 4),
                     round(1.4 * loss + noise[(i + 5) % len(noise)], 4)])
    return rows


def exchange(rows: list[list], which: range) -> list[list]:
    return [[*r[:3], r[4], r[3]] if i in which else r for i, r in enumerate(rows)]


def test_the_last_rows_exchanged_are_the_shorter_side() -> None:
    rows = speech_log()
    assert lint(card(ASR, rows), select=["MC401"]) == []
    (d,) = lint(card(ASR, exchange(rows, range(10, 14))), select=["MC401"])
    assert (d.span.line, d.span.end_line) == (TABLE_LINE + 10, TABLE_LINE + 13)
    assert d.data["evidence"] == ["boundary", "shorter"]
    assert "the shorter side of that boundary" in d.message


def test_the_first_rows_exchanged_are_the_shorter_side() -> None:
    (d,) = lint(card(ASR, exchange(speech_log(), range(4))), select=["MC401"])
    assert (d.span.line, d.span.end_line) == (TABLE_LINE, TABLE_LINE + 3)


def test_sides_of_equal_length_are_left_alone() -> None:
    assert lint(card(ASR, exchange(speech_log(), range(7, 14))), select=["MC401"]) == []


def test_a_learning_step_that_crosses_the_columns_is_no_exchange() -> None:
    # a model that learns fast: its loss falls below its accuracy at the second evaluation, both improving (the
    # speech log above exchanged at its first row would read the same, but its columns fall together)
    header = ["Training Loss", "Epoch", "Step", "Validation Loss", "Accuracy"]
    rows = [[round(1.0 - 0.05 * i, 4), float(i + 1), 100 * (i + 1), round(0.4 - 0.01 * i, 4), round(0.85 + 0.01 * i, 4)]
            for i in range(1, 8)]
    assert lint(card(header, [[1.0, 1.0, 100, 0.7, 0.55], *rows]), select=["MC401"]) == []


def test_two_rates_a_few_points_apart_crossing_at_the_end_are_noise() -> None:
    header = ["Training Loss", "Epoch", "Step", "Validation Loss", "Precision", "Recall"]
    rows = [["No log", 1.0, 100, 0.5, 0.6621, 0.7591], [0.19, 2.0, 200, 0.4, 0.7408, 0.756],
            [0.16, 3.0, 300, 0.39, 0.761, 0.7416]]
    assert lint(card(header, rows), select=["MC401"]) == []
