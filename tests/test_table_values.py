"""swapped-columns (MC401) and value-out-of-range (MC402) on small tables built here."""

from __future__ import annotations

from harness import SEEDS, lint
from tablecards import LOG, TABLE_LINE, card, log_rows


def found(text: str, code: str) -> list:
    return list(lint(text, select=[code]))


def lines(text: str, code: str) -> list[tuple[int, int]]:
    return [(d.span.line, d.span.end_line) for d in found(text, code)]


# -- swapped-columns ----------------------------------------------------------


def test_swap_in_the_middle_is_one_finding_spanning_the_run() -> None:
    text = card(LOG, log_rows(8, {3, 4}))
    (d,) = found(text, "MC401")
    assert (d.span.line, d.span.end_line) == (TABLE_LINE + 3, TABLE_LINE + 4)
    assert "Validation Loss and Accuracy" in d.message and "2 rows from epoch 4.0 to epoch 5.0" in d.message
    # the first row swapped back: the loss is 0.44, the accuracy 0.83
    assert "Validation Loss 0.44, Accuracy 0.83" in d.message
    assert d.data["columns"] == ["Validation Loss", "Accuracy"] and d.data["rows"] == 2


def test_swap_at_the_end_needs_a_tie_breaker() -> None:
    # one boundary only, but the log tells which side: moved back, the loss keeps falling and the accuracy
    # rising; as written the loss jumps up to the accuracy's level (the rows before it moved back would not mend)
    (d,) = found(card(LOG, log_rows(8, {6, 7})), "MC401")
    assert (d.span.line, d.span.end_line) == (TABLE_LINE + 6, TABLE_LINE + 7)
    assert d.data["evidence"] == ["boundary", "steady"]
    # a log whose columns stay level tells nothing of the kind
    flat = [[0.9, float(i + 1), 10 * (i + 1), 0.5 if i < 6 else 0.8, 0.8 if i < 6 else 0.5] for i in range(8)]
    assert lines(card(LOG, flat), "MC401") == []
    # the Trainer's headline is the last evaluation: it equals the last row only with the values exchanged
    clean = log_rows(8)[-1]
    headline = f"It achieves the following results on the evaluation set:\n- Loss: {clean[3]}\n- Accuracy: {clean[4]}\n\n"
    (d,) = found(card(LOG, log_rows(8, {6, 7}), before=headline), "MC401")
    assert (d.span.line, d.span.end_line) == (TABLE_LINE + 4 + 6, TABLE_LINE + 4 + 7)
    assert "the card's reported results equal" in d.message


def test_swap_of_one_row() -> None:
    assert lines(card(LOG, log_rows(8, {4})), "MC401") == [(TABLE_LINE + 4, TABLE_LINE + 4)]


def test_swap_at_the_start_needs_range_evidence() -> None:
    # both values within [0, 1]: a fast learner crosses its loss and accuracy like this
    clean = log_rows(8)
    fast = [[*clean[0][:3], 0.7, 0.55], [*clean[1][:3], 0.62, 0.6], *clean[2:]]
    assert lines(card(LOG, fast), "MC401") == []
    # or like this: a loss of 0.80 and an accuracy of 0.50 for two epochs, then 0.46 and 0.82; exchanged, the
    # first rows would land within 4% of the jump on each other's level, as a binary classifier at chance
    # that converges may by coincidence
    assert lines(card(LOG, log_rows(8, {0, 1})), "MC401") == []
    # with losses above 1 the swapped accuracies are impossible: the start is reported
    rows = log_rows(8, {0, 1}, start_loss=1.5)
    assert lines(card(LOG, rows), "MC401") == [(TABLE_LINE, TABLE_LINE + 1)]


def test_range_evidence_even_when_most_rows_are_swapped() -> None:
    rows = log_rows(9, set(range(3, 9)), start_loss=1.5)
    (d,) = found(card(LOG, rows), "MC401")
    assert (d.span.line, d.span.end_line) == (TABLE_LINE + 3, TABLE_LINE + 8)
    assert "Accuracy cannot be" in d.message


def test_two_runs_are_two_findings() -> None:
    assert lines(card(LOG, log_rows(12, {3, 8})), "MC401") == [
        (TABLE_LINE + 3, TABLE_LINE + 3),
        (TABLE_LINE + 8, TABLE_LINE + 8),
    ]


def test_half_the_rows_swapped_is_decided_only_by_how_the_columns_run() -> None:
    # no impossible value, but at the boundary both columns jump twenty steps onto each other's level, and
    # only the last half moved back makes the loss fall and the accuracy rise on both sides
    assert lines(card(LOG, log_rows(8, {4, 5, 6, 7})), "MC401") == [(TABLE_LINE + 4, TABLE_LINE + 7)]
    # flat columns: the same jump, but nothing tells which half is exchanged
    flat = [[0.9, float(i + 1), 10 * (i + 1), 0.8 if i >= 4 else 0.5, 0.5 if i >= 4 else 0.8] for i in range(8)]
    assert lines(card(LOG, flat), "MC401") == []


def test_percentages_and_fractions() -> None:
    assert lines(card(LOG, log_rows(8, scale=100)), "MC401") == []
    assert lines(card(LOG, log_rows(8, {4}, scale=100)), "MC401") == [(TABLE_LINE + 4, TABLE_LINE + 4)]
    assert found(card(LOG, log_rows(8, scale=100)), "MC402") == []


def test_swapped_header() -> None:
    header = ["Training Loss", "Epoch", "Step", "Accuracy", "Validation Loss"]
    rows = [[0.9, 1.0, 10, 1.31, 0.71], [0.7, 2.0, 20, 1.22, 0.74], [0.6, 3.0, 30, 1.18, 0.76]]
    (d,) = found(card(header, rows), "MC401")
    assert "headers Accuracy and Validation Loss look exchanged" in d.message
    assert (d.span.line, d.span.end_line) == (TABLE_LINE, TABLE_LINE + 2)
    assert found(card(header, rows), "MC402") == []


def test_header_of_a_percent_column_is_not_swapped() -> None:
    header = ["Epoch", "Accuracy", "Validation Loss"]
    assert found(card(header, [[1, 55.3, 0.71], [2, 61.2, 0.65]]), "MC401") == []


def test_missing_cells_and_no_log() -> None:
    rows = log_rows(6, {3})
    rows[0][0] = "No log"
    rows[2][3] = ""
    rows[5] = rows[5][:3]  # a ragged row: no loss, no accuracy
    assert lines(card(LOG, rows), "MC401") == [(TABLE_LINE + 3, TABLE_LINE + 3)]


def test_single_row_table() -> None:
    assert found(card(LOG, log_rows(1)), "MC401") == []
    assert found(card(LOG, log_rows(1, {0})), "MC401") == []  # 0.8 loss and 0.5 accuracy: possible


def test_table_with_one_metric_column() -> None:
    rows = [[1.0, 100, 0.41], [2.0, 200, 0.43], [3.0, 300, 1.7]]
    text = card(["Epoch", "Step", "Accuracy"], rows)
    assert found(text, "MC401") == []
    assert lines(text, "MC402") == [(TABLE_LINE + 2, TABLE_LINE + 2)]


def test_text_in_numeric_columns_and_huge_values() -> None:
    rows = [["n/a", "one", "-", "0.5", "1e309"], ["0.3", "2.0", "20", "--", "**0.81**"]]
    assert found(card(LOG, rows), "MC401") == []
    assert len(found(card(LOG, rows), "MC402")) == 1  # 1e309 is infinite


def test_seed_swap_is_one_finding_and_no_out_of_range() -> None:
    text = (SEEDS / "ak-pretrain-cls-model.md").read_text(encoding="utf-8")
    (d,) = found(text, "MC401")
    assert (d.span.line, d.span.end_line) == (62, 72)
    assert d.data["columns"] == ["Accuracy", "Validation Loss"]
    assert "Accuracy 0.7874, Validation Loss 1.0813" in d.message
    assert found(text, "MC402") == []


# -- value-out-of-range -------------------------------------------------------


def test_rate_above_one_among_fractions() -> None:
    rows = log_rows(5)
    rows[2][4] = 1.83
    (d,) = found(card(LOG, rows), "MC402")
    assert d.span.line == TABLE_LINE + 2 and "Accuracy is 1.83 at epoch 3.0" in d.message


def test_a_spread_of_a_rate_takes_the_rates_scale() -> None:
    # (a standard deviation beside AUCs in percent is in points: 5.43 is no fraction above 1)
    header = ["Model", "Mean AUC", "Std AUC"]
    rows = [["BI-LSTM", 80.99, 0.26], ["RoBERT-large", 76.53, 5.43], ["jurBERT-large", 78.38, 1.77]]
    assert found(card(header, rows), "MC402") == []
    (d,) = found(card(header, [["a", 0.8099, 0.0026], ["b", 0.7653, 1.43], ["c", 0.7838, 0.0177]]), "MC402")
    assert "Std AUC is 1.43" in d.message


def test_consecutive_bad_values_are_one_finding() -> None:
    rows = log_rows(6)
    for i in (1, 2, 3):
        rows[i][3] = "nan"
    rows[5][3] = "nan"
    assert lines(card(LOG, rows), "MC402") == [(TABLE_LINE + 1, TABLE_LINE + 3), (TABLE_LINE + 5, TABLE_LINE + 5)]


def test_percent_scale_from_header_cells_or_values() -> None:
    header = ["Model", "Accuracy (%)", "F1"]
    assert found(card(header, [["a", 0.5, "91.2%"], ["b", 99.0, "88.0%"]]), "MC402") == []
    assert lines(card(header, [["a", 101.5, "91.2%"], ["b", 99.0, "188.0%"]]), "MC402") == [
        (TABLE_LINE, TABLE_LINE),
        (TABLE_LINE + 1, TABLE_LINE + 1),
    ]


def test_negative_values() -> None:
    header = ["Epoch", "Training Loss", "Validation Loss", "Wer", "Matthews Correlation", "Perplexity"]
    rows = [[1, 0.5, 0.6, 0.4, -0.2, 3.1], [2, -0.1, 0.5, -0.3, -1.2, 0.9], [3, 0.3, 0.4, 0.3, 0.4, 2.2]]
    messages = [d.message for d in found(card(header, rows), "MC402")]
    assert len(messages) == 4, messages
    assert any("a loss cannot be negative" in m for m in messages)
    assert any("wer cannot be below 0" in m for m in messages)
    assert any("correlation" in m for m in messages)
    assert any("perplexity cannot be below 1" in m for m in messages)


def test_bounded_metrics_option() -> None:
    rows = [[1, 0.4, 0.8], [2, 0.3, 1.4], [3, 0.2, 0.9]]
    text = card(["Epoch", "Validation Loss", "F1"], rows)
    assert len(found(text, "MC402")) == 1
    config = {"rules": {"value-out-of-range": {"bounded-metrics": ["accuracy"]}}}
    assert list(lint(text, select=["MC402"], config=config)) == []


def test_a_nan_in_a_table_comparing_models_is_a_value_not_reported() -> None:
    from harness import lint

    head = "---\nlicense: mit\n---\n\n# m\n\nA model.\n\n"
    models = ("| Model | Pearson | Spearman |\n|---|---|---|\n| ours | 88.2 | 88.02 |\n"
              "| GPT-3 (text-davinci-003) | 85 | NaN |\n")
    assert not [d for d in lint(head + models) if d.code == "MC402"]
    log = ("| Training Loss | Epoch | Step | Validation Loss | Accuracy |\n|---|---|---|---|---|\n"
           "| 0.5 | 1.0 | 10 | 0.4 | 0.8 |\n| 0.4 | 2.0 | 20 | nan | 0.81 |\n")
    assert [d for d in lint(head + log) if d.code == "MC402"]


def test_a_table_comparing_models_is_no_training_log() -> None:
    # (each row another model, named in its first column: their steps do not follow one another)
    header = ["", "model", "loss", "batch size", "epochs", "steps"]
    rows = [["[org/t5-base-dutch](https://huggingface.co/org/t5-base-dutch)", "T5", "1.38", "128", "1", "528481"],
            ["[org/t5-large-dutch](https://huggingface.co/org/t5-large-dutch)", "T5", "1.07", "64", "1", "120000"]]
    text = card(header, rows)
    assert found(text, "MC403") == [] and found(text, "MC404") == []
    log = card(["", "loss", "epochs", "steps"], [["a", "1.38", "1", "528481"], ["a", "1.07", "1", "120000"]])
    assert found(log, "MC403") != []  # (the same first cell in every row: one run's log, whose step goes back)


def test_a_table_of_fine_tunes_on_several_datasets_is_no_training_log() -> None:
    # (a row per dataset, each its own fine-tune: "| ner | 5.0 | ... | elNER4 |" and "| ner | 5.0 | ... | elNER18 |")
    header = ["task", "epochs", "lr", "dataset", "precision", "f1"]
    rows = [["ner", "5.0", "1e-5", "elNER4", "0.8954", "0.9114"], ["ner", "5.0", "1e-5", "elNER18", "0.8874", "0.9027"]]
    assert found(card(header, rows), "MC403") == []
    same = [["ner", "5.0", "1e-5", "elNER4", "0.8954", "0.9114"], ["ner", "5.0", "1e-5", "elNER4", "0.8874", "0.9027"]]
    assert found(card(header, same), "MC403") != []  # (one dataset: one run's log, whose epoch comes again)
    numbered = [["ner", "5.0", "1e-5", "1", "0.8954", "0.9114"], ["ner", "5.0", "1e-5", "2", "0.8874", "0.9027"]]
    assert found(card(header, numbered), "MC403") != []  # (numbers under "dataset" name no set)
