"""log-out-of-order (MC403), steps-per-epoch-change (MC404), log-length-mismatch (MC405)."""

from __future__ import annotations

from harness import SEEDS, lint
from tablecards import LOG, TABLE_LINE, card, log_rows

HYPER = "### Training hyperparameters\n\n- train_batch_size: {batch}\n- {key}: {value}\n\n"
HYPER_LINES = 5  # lines added before the table by HYPER


def found(text: str, code: str, config: dict | None = None) -> list:
    return lint(text, select=[code], config=config)


def rows(spec: list[tuple[float | str, int]], losses: list[str] | None = None) -> list[list]:
    """Log rows from (epoch, step) pairs."""
    out = []
    for i, (epoch, step) in enumerate(spec):
        loss = losses[i] if losses else round(1.0 - 0.01 * i, 4)
        out.append([loss, epoch, step, round(0.5 - 0.01 * i, 4), round(0.8 + 0.01 * i, 4)])
    return out


# -- log-out-of-order ---------------------------------------------------------


def test_step_going_back_and_repeating() -> None:
    spec = [(1.0, 100), (2.0, 200), (0.5, 50), (1.0, 100), (1.0, 100)]
    ds = found(card(LOG, rows(spec)), "MC403")
    assert [d.span.line for d in ds] == [TABLE_LINE + 2, TABLE_LINE + 4]
    assert "goes back from 200" in ds[0].message and "appears again" in ds[1].message


def test_epoch_is_the_clock_without_a_step_column() -> None:
    text = card(["Train Loss", "Validation Loss", "Epoch"], [[0.5, 0.6, 0], [0.4, 0.5, 1], [0.5, 0.6, 0]])
    assert [d.span.line for d in found(text, "MC403")] == [TABLE_LINE + 2]


def test_rounded_epoch_repeating_while_the_step_advances_is_fine() -> None:
    spec = [(0.0, 10), (0.0, 20), (0.01, 30), (0.01, 40)]
    assert found(card(LOG, rows(spec)), "MC403") == []


def test_missing_cells_are_skipped() -> None:
    spec = rows([(1.0, 100), (2.0, 200), (3.0, 300)])
    spec[1][2] = "No log"
    spec[2] = spec[2][:2]
    assert found(card(LOG, spec), "MC403") == []


# -- steps-per-epoch-change ---------------------------------------------------


def test_resumed_run_with_doubled_batch_size() -> None:
    spec = [(1.0, 1000), (2.0, 2000), (3.0, 3000), (6.0, 3010), (7.0, 3510), (8.0, 4010)]
    losses = ["0.9", "0.8", "0.7", "0.7", "0.6", "0.5"]
    text = card(LOG, rows(spec, losses), before=HYPER.format(batch=32, key="num_epochs", value="8.0"))
    (d,) = found(text, "MC404")
    assert d.span.line == TABLE_LINE + HYPER_LINES + 3
    m = d.message
    assert "from 1000 to 501 (×0.5) at epoch 6.0" in m
    assert "jumps from 3.0 to 6.0 while the step moves by only 10" in m
    assert "training loss 0.7 repeats" in m
    assert "doubled, 32 → 64, while the hyperparameters say train_batch_size 32" in m
    assert "final epoch 8.0 would be 4.0, so num_epochs 8.0 is doubtful" in d.help


def test_epoch_going_back_while_the_step_advances() -> None:
    spec = [(2.0, 200), (4.0, 400), (6.0, 600), (4.5, 800), (6.0, 1066)]
    (d,) = found(card(LOG, rows(spec)), "MC404")
    assert d.span.line == TABLE_LINE + 3 and "goes back from 6.0 to 4.5" in d.message
    assert "training set or the effective batch size changed" in d.message  # ×1.78 is no simple factor


def test_a_change_first_read_as_a_restart_is_reported_where_the_epoch_went_back() -> None:
    # a run resumed with another epoch count (Whisper, max_steps 4000): "0.13" then "0.1" at steps 1000 and 1500 could
    # be a streaming counter's restart, and "0.13" at 2000 still fits it by its rounding; the change shows at 2500,
    # but it began where the epoch went back
    spec = [(0.06, 500), (0.13, 1000), (0.1, 1500), (0.13, 2000), (0.16, 2500), (0.19, 3000), (0.23, 3500),
            (0.26, 4000)]
    text = card(LOG, rows(spec), before=HYPER.format(batch=8, key="training_steps", value="4000"))
    (d,) = found(text, "MC404")
    assert d.span.line == TABLE_LINE + HYPER_LINES + 2
    assert "at epoch 0.1" in d.message and "goes back from 0.13 to 0.1" in d.message


def test_rounded_epochs_and_missing_rows_are_fine() -> None:
    # 4208 steps per epoch printed with two decimals; rows 4-5 missing; a first row at epoch 0
    spec = [(0.0, 0), (0.12, 500), (0.24, 1000), (0.36, 1500), (0.71, 3000), (9.98, 42000)]
    assert found(card(LOG, rows(spec)), "MC404") == []
    assert found((SEEDS / "bert-base-cased-sst2.md").read_text(encoding="utf-8"), "MC404") == []


def test_a_new_run_after_a_step_reset_is_left_to_mc403() -> None:
    spec = [(1.0, 166), (2.0, 332), (0.5556, 100), (1.0, 180)]
    assert found(card(LOG, rows(spec)), "MC404") == []


def test_tolerance_option() -> None:
    spec = [("1.00", 1000), ("2.00", 2000), ("3.00", 3100), ("4.00", 4133)]  # +3.3% from the third row
    assert len(found(card(LOG, rows(spec)), "MC404")) == 1
    config = {"rules": {"steps-per-epoch-change": {"tolerance": 0.05}}}
    assert found(card(LOG, rows(spec)), "MC404", config) == []


def test_seed_change_at_epoch_20() -> None:
    text = (SEEDS / "ak-pretrain-cls-model.md").read_text(encoding="utf-8")
    (d,) = found(text, "MC404")
    assert d.span.line == 62
    assert "30469 to 15235" in d.message and "32 → 64" in d.message


# -- log-length-mismatch ------------------------------------------------------


def test_log_past_num_epochs() -> None:
    text = card(LOG, log_rows(5), before=HYPER.format(batch=8, key="num_epochs", value="3.0"))
    (d,) = found(text, "MC405")
    assert d.span.line == TABLE_LINE + HYPER_LINES + 4 and "reaches epoch 5.0" in d.message


def test_log_stopping_early_and_the_option() -> None:
    text = card(LOG, log_rows(5), before=HYPER.format(batch=8, key="num_epochs", value="20"))
    (d,) = found(text, "MC405")
    assert "stops at epoch 5.0" in d.message
    assert found(text, "MC405", {"rules": {"log-length-mismatch": {"short-logs": False}}}) == []


def test_log_within_one_interval_of_the_end_is_complete() -> None:
    spec = rows([(0.33, 100), (0.67, 200), (1.0, 300), (2.67, 800)])
    assert found(card(LOG, spec, before=HYPER.format(batch=8, key="num_epochs", value="3")), "MC405") == []


def test_training_steps() -> None:
    spec = rows([(0.5, 500), (1.0, 1000), (1.5, 1500)])
    text = card(LOG, spec, before=HYPER.format(batch=8, key="training_steps", value="1200"))
    (d,) = found(text, "MC405")
    assert "reaches step 1500" in d.message and "training_steps 1200" in d.message


def test_seeds_have_no_length_mismatch() -> None:
    for name in ("ak-pretrain-cls-model.md", "bert-base-cased-sst2.md"):
        assert found((SEEDS / name).read_text(encoding="utf-8"), "MC405") == []


def test_a_table_of_curriculum_stages_is_no_log() -> None:
    # each row a stage trained from the one before, its steps counted afresh: no step goes back
    header = ["Stage", "Base", "Steps", "Final Loss"]
    body = [["1 (mono)", "`kyutai/moshika`", "6,000", "—"], ["2 (mstts)", "Stage 1", "17,892", "—"],
            ["3 (v0b)", "Stage 2", "500", "3.92"], ["4 (v0c, this)", "Stage 3", "1,500", "3.04"]]
    assert found(card(header, body), "MC403") == []
    # (a log with a stage column that repeats, a row per evaluation within each stage, is still read)
    text = card(["Phase", "Step", "Training Loss", "Accuracy"],
                [[1, 100, 0.9, 0.5], [1, 200, 0.8, 0.6], [2, 100, 0.7, 0.7], [2, 200, 0.6, 0.8]])
    assert [d.span.line for d in found(text, "MC403")] == [TABLE_LINE + 2]
