"""Inputs that made a rule crash (MC901), and their neighbours."""

from __future__ import annotations

import pytest
from harness import lint

NOTE = "This model card has been generated automatically according to the information the Trainer had access to."


def crashes(text: str) -> list[str]:
    return [d.message for d in lint(text) if d.code == "MC901"]


@pytest.mark.parametrize(
    "text",
    [
        f"## Model\nText <!-- {NOTE}\n## Next\nremove this comment -->\n",
        f"## Model\n\nText <!-- {NOTE}\n\n## Next\n\nMore text\n\n### Deeper\n\nremove this comment -->\n",
        "## Model\n\nMore information needed <!--\n## Next\n-->\n",
        f"## Model\n\n- item <!-- {NOTE}\n\n## Next\n\n> quote remove this comment -->\n",
        f"## Model\nText <!-- {NOTE}\n## Next\nremove this comment -->",
    ],
)
def test_a_comment_that_closes_in_a_later_section(text: str) -> None:
    assert crashes(text) == []
    assert "MC301" in {d.code for d in lint(text)}


def test_a_comment_that_closes_in_a_later_section_is_still_reported_where_it_opens() -> None:
    text = f"## Model\nText <!-- {NOTE}\n## Next\nremove this comment -->\n"
    (found,) = lint(text, select=["MC301"])
    assert (found.span.line, found.span.column, found.span.end_line) == (2, 6, 4)


LOG = ["Training Loss", "Epoch", "Step", "Validation Loss", "Accuracy"]


def log_card(rows: list[list[object]], hyper: str = "") -> str:
    from tablecards import card

    return card(LOG, rows, before=hyper)


@pytest.mark.parametrize(
    "odd",
    [
        ["1e300", "1e-300"],  # steps per epoch underflow to 0
        ["1e-300", "1e300"],  # and overflow to infinity
        ["5e-324", "1"],
        ["1.7976931348623157e308", "1.7976931348623157e308"],
        ["1" * 400, "2"],  # digits past the float range: infinity
        ["0." + "0" * 400 + "1", "1"],  # decimals past the float range
    ],
)
def test_a_log_with_steps_per_epoch_out_of_float_range(odd: list[str]) -> None:
    rows: list[list[object]] = [[0.5, 1.0, 100, 0.4, 0.8], [0.4, 2.0, 200, 0.3, 0.85]]
    rows += [[0.3, *odd, 0.2, 0.9], [0.2, 3.0, 300, 0.1, 0.9], [0.1, *odd, 0.1, 0.9], [0.1, 4.0, 50, 0.1, 0.9]]
    hyper = "### Training hyperparameters\n\n- train_batch_size: 1e-300\n- num_epochs: 1e308\n\n"
    assert crashes(log_card(rows)) == []
    assert crashes(log_card(rows, hyper)) == []


def test_rates_far_apart_in_size_are_not_compared() -> None:
    """Two stretches whose steps per epoch have no finite ratio: no finding (and no crash)."""
    rows: list[list[object]] = [[0.5, "1e-200", "1e100", 0.4, 0.8], [0.4, "1e200", "1e101", 0.3, 0.85]]
    assert [d.code for d in lint(log_card(rows)) if d.code in ("MC404", "MC901")] == []


def test_an_epoch_that_goes_back_past_a_restart() -> None:
    """A row whose epoch falls back to where the epoch counter restarted (the epoch minus its rounding reaches 0
    from the restart): it fits no steps per epoch, rather than dividing by zero (a fuzzing find)."""
    text = "||Epoch|Step||F1|||\r||||||||\r||.8|2|\r||3|90|\r||2|1e3|"
    assert crashes(text) == []
    rows: list[list[object]] = [[0.5, 0.8, 2, 0.4, 0.8], [0.4, 3, 90, 0.3, 0.85], [0.3, 2, 1000, 0.2, 0.9]]
    assert crashes(log_card(rows)) == []


@pytest.mark.parametrize("cell", ["nan", "inf", "-inf"])
def test_a_headline_beside_a_log_row_that_is_not_a_number(cell: str) -> None:
    # found by the property test: MC503 read a NaN in the log's last row as a value printed in percent
    text = ("---\nlicense: mit\n---\n\n# m\n\nIt achieves the following results on the evaluation set:\n- Epoch: 0.0\n"
            f"- Loss: 0.5\n\n| Epoch | Training Loss | Validation Loss |\n|---|---|---|\n| {cell} | {cell} | {cell} |\n")
    assert crashes(text) == []


@pytest.mark.parametrize("cell", ["6e300", "1.7e308", "0.1234567890123456789"])
def test_a_log_value_too_large_or_too_long_for_the_headline_in_percent(cell: str) -> None:
    # found by the fuzzer: 6e300 in percent to six decimals overflowed (OverflowError in round)
    text = ("---\nlicense: mit\n---\n\n# m\n\nIt achieves the following results:\n- Epoch:.267728\n\n"
            f"| Epoch | Loss |\n|---|---|\n| {cell} | {cell} |\n")
    assert crashes(text) == []


@pytest.mark.parametrize("decimals", [6, 20, 308, 320])
def test_a_value_with_hundreds_of_decimals_beside_a_log(decimals: int) -> None:
    # found by the fuzzer: a cell of 309 decimals made the lattice of shares overflow (10.0 ** 309)
    cell = "1.4" + "0" * (decimals - 2) + "32"
    text = f"|| Loss || Recall ||| Step |\n||||||||\n|| {cell} || .5 |\n|| .4 || 1 |\n| .3 | .6 | 2 |\n"
    assert crashes(text) == []


def test_a_huge_model_index_value_beside_a_body_value_of_many_decimals() -> None:
    # found by the fuzzer (seed 113): 1e300 cut to the body's nine decimals overflowed (OverflowError in floor)
    text = ("---\nmodel-index:\n- e:\n  results:\n  - metrics:\n    - name: Gen Len\n      value: 1e300\n---\n"
            "achieves the following results:\n- Gen Len:.000000001\n")
    assert crashes(text) == []


def test_a_whole_number_of_thousands_of_digits_in_prose() -> None:
    # (a whole number read as a score is compared with 100: Python refuses to convert a string of more than 4,300
    # digits to an integer)
    text = "---\nlicense: mit\n---\n# m\n\nThe accuracy of " + "9" * 5000 + ".\n"
    assert crashes(text) == []
