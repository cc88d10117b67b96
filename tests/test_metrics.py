"""The name normaliser, number comparison, and the metric rules MC501-MC504."""

from __future__ import annotations

import pytest
from harness import SEEDS, lint
from tablecards import table

from modelcard_lint.card import Card
from modelcard_lint.facts.metricnames import BOUNDED, CORRELATION, EPOCH, LOSS, METRIC, OTHER, STEP, normalize
from modelcard_lint.facts.metrics import reported_metrics, same_value
from modelcard_lint.facts.tables import parse_number


@pytest.mark.parametrize(
    "text, key, kind, split, percent",
    [
        ("Validation Loss", "loss", LOSS, "eval", False),
        ("Eval Loss", "loss", LOSS, "eval", False),
        ("eval_loss", "loss", LOSS, "eval", False),
        ("Loss", "loss", LOSS, "", False),
        ("Training Loss", "loss", LOSS, "train", False),
        ("train_loss", "loss", LOSS, "train", False),
        ("Accuracy", "accuracy", BOUNDED, "", False),
        ("acc", "accuracy", BOUNDED, "", False),
        ("**Val Acc**", "accuracy", BOUNDED, "eval", False),
        ("Accuracy (%)", "accuracy", BOUNDED, "", True),
        ("accuracy [%]", "accuracy", BOUNDED, "", True),
        ("F1", "f1", BOUNDED, "", False),
        ("F1 Score", "f1", BOUNDED, "", False),
        ("f1-score", "f1", BOUNDED, "", False),
        ("Exact Match", "exact_match", BOUNDED, "", False),
        ("EM", "exact_match", BOUNDED, "", False),
        ("exact_match", "exact_match", BOUNDED, "", False),
        ("Matthews Correlation", "matthews_correlation", CORRELATION, "", False),
        ("matthews_correlation", "matthews_correlation", CORRELATION, "", False),
        ("Pearsonr", "pearson", CORRELATION, "", False),
        ("Wer", "wer", METRIC, "", False),
        ("Test WER", "wer", METRIC, "test", False),
        ("Rouge-1", "rouge1", METRIC, "", False),
        ("Rougelsum", "rougelsum", METRIC, "", False),
        ("Gen Len", "gen_len", METRIC, "", False),
        ("PPL", "perplexity", METRIC, "", False),
        ("eval_finetune_embed_cosine_accuracy", "finetune embed cosine accuracy", BOUNDED, "eval", False),
        ("cosine_ndcg@10", "cosine ndcg@10", BOUNDED, "", False),
        # (spaCy's table and its model-index name one score two ways)
        ("`DEP_LAS`", "dep_las", BOUNDED, "", False),
        ("Labeled Dependencies Accuracy", "dep_las", BOUNDED, "", False),
        ("Unlabeled Dependencies Accuracy", "dep_uas", BOUNDED, "", False),
        ("ENTS_F", "ner f1", BOUNDED, "", False),
        ("NER F Score", "ner f1", BOUNDED, "", False),
        ("Labeled Attachment Score (LAS)", "dep_las", BOUNDED, "", False),
        ("POS (UPOS) Accuracy", "pos accuracy", BOUNDED, "", False),
        ("Sentences F-Score", "senter f1", BOUNDED, "", False),
        ("`SENTS_F`", "senter f1", BOUNDED, "", False),
        # (gh878: a Trainer's "Fscore" bullet, one word)
        ("Fscore", "f1", BOUNDED, "", False),
        # (a detector's mean average precision at IoU thresholds, as YOLO and RT-DETR print it)
        ("COCO mAP50-95", "coco map50 95", BOUNDED, "", False),
        ("val mAP50", "map50", BOUNDED, "eval", False),
        # (a regression's coefficient of determination, however it is written)
        ("R²", "r2", METRIC, "", False),
        ("Test R^2", "r2", METRIC, "test", False),
        ("R-squared", "r2", METRIC, "", False),
        ("r2_score", "r2", METRIC, "", False),
        ("eval_anli_r2", "anli r2", OTHER, "eval", False),  # (ANLI's second round, not the coefficient)
        ("Epoch", "epoch", EPOCH, "", False),
        ("Steps", "step", STEP, "", False),
        ("Global Step", "step", STEP, "", False),
        ("Train Steps", "step", STEP, "train", False),
        ("epoch time", "epoch time", OTHER, "", False),
        ("Model", "model", OTHER, "", False),
        # (a word with an apostrophe is one word: a user's name, "Poss'em", over a tweet count, is no EM)
        ("Poss'em", "poss'em", OTHER, "", False),
        ("", "", OTHER, "", False),
    ],
)
def test_normalize(text: str, key: str, kind: str, split: str, percent: bool) -> None:
    name = normalize(text)
    assert (name.key, name.kind, name.split, name.percent) == (key, kind, split, percent)


def test_parse_number() -> None:
    assert parse_number("0.7874") == (0.7874, 4, False, "0.7874")
    assert parse_number(" **0.91** ").decimals == 2
    assert parse_number("85.3 %") == (85.3, 1, True, "85.3")
    assert parse_number("30,469").value == 30469
    assert parse_number("1e-05").decimals is None
    assert parse_number("nan") is not None and not parse_number("nan").finite
    for text in ("No log", "", "-", "0.5 / 0.6", "1.2.3", "abc"):
        assert parse_number(text) is None, text


@pytest.mark.parametrize(
    "a, b, metric, same",
    [
        ("0.9140", "0.9139908256880734", "accuracy", True),
        ("0.914", "0.9146", "accuracy", False),
        ("0.9140", "0.91405", "accuracy", True),  # the 0.5 ulp edge
        ("0.9140", "0.9141", "accuracy", False),
        ("91.40", "0.9140", "accuracy", True),  # percentage and fraction
        ("91.4", "0.9139908", "Accuracy", True),
        ("21.58", "0.2158", "wer", True),  # an error rate as a percentage
        ("2.158", "0.2158", "loss", False),  # a loss is never scaled
        ("1.0849", "1.0813", "loss", False),
        ("nan", "NaN", "loss", True),
        ("1e-05", "0.00001", "loss", True),
    ],
)
def test_same_value(a: str, b: str, metric: str, same: bool) -> None:
    assert same_value(parse_number(a), parse_number(b), normalize(metric)) is same


def test_reported_metrics_sources() -> None:
    text = (SEEDS / "bert-base-cased-sst2.md").read_text(encoding="utf-8")
    metrics = reported_metrics(Card.from_text(text))
    (index,) = metrics.index
    assert index.number.text == "0.9139908256880734" and index.span.line == 24
    assert index.context == "GLUE SST2 glue"
    assert metrics.headline is not None and metrics.headline.split == "eval"
    assert [(m.label, m.number.text, m.span.line) for m in metrics.headline.metrics] == [
        ("Loss", "0.2345", 34),
        ("Accuracy", "0.9140", 35),
    ]


# -- cards built here ---------------------------------------------------------

INDEX = """---
license: mit
model-index:
- name: m
  results:
  - task:
      type: text-classification
    dataset:
      name: d
      type: d
    metrics:
{metrics}
---

# m

"""
HEADLINE = "It achieves the following results on the {where} set:\n{bullets}\n\n"


def metric(type_: str, value: str, name: str | None = None) -> str:
    lines = [f"    - type: {type_}", f"      value: {value}"]
    if name:
        lines.insert(0, f"    - name: {name}")
        lines[1] = f"      type: {type_}"
    return "\n".join(lines)


def build(metrics: list[str], bullets: dict[str, str], where: str = "evaluation", after: str = "") -> str:
    text = INDEX.format(metrics="\n".join(metrics))
    items = "\n".join(f"- {k}: {v}" for k, v in bullets.items())
    return text + HEADLINE.format(where=where, bullets=items) + after


def found(text: str, code: str) -> list:
    return lint(text, select=[code])


def test_mismatch_between_model_index_and_headline() -> None:
    text = build([metric("accuracy", "0.8912", "Accuracy")], {"Loss": "0.3", "Accuracy": "0.9140"})
    (d,) = found(text, "MC501")
    assert "Accuracy is 0.9140 in the results list" in d.message and "0.8912 in model-index" in d.message
    assert d.data["model_index_line"] == 14
    assert d.help is not None and d.help.startswith("write in both places the value the card's evaluation gave")


def test_no_mismatch_when_rounded_or_scaled_or_other_split() -> None:
    assert found(build([metric("accuracy", "0.9139908")], {"Accuracy": "0.9140"}), "MC501") == []
    assert found(build([metric("accuracy", "91.4")], {"Accuracy": "0.9140"}), "MC501") == []
    assert found(build([metric("wer", "21.58", "Test WER")], {"Wer": "0.3312"}), "MC501") == []
    assert found(build([metric("wer", "0.2158", "Test WER")], {"Wer": "0.3312"}, where="test"), "MC501")


def test_a_value_cut_when_copied_by_hand_into_model_index_is_the_same_value() -> None:
    # (0.367826 cut to 0.36, 0.212565 cut to 21.25 in percent; rounded they would be 0.37 and 21.26)
    assert found(build([metric("loss", "0.36", "Validation Loss")], {"Loss": "0.367826"}), "MC501") == []
    assert found(build([metric("wer", "21.25", "WER")], {"Wer": "0.212565"}), "MC501") == []
    assert found(build([metric("wer", "21.24", "WER")], {"Wer": "0.212565"}), "MC501")


def test_the_trainers_list_is_compared_with_the_results_of_its_own_dataset_only() -> None:
    index = ("---\nlicense: mit\nmodel-index:\n- name: m\n  results:\n"
             "  - task: {type: automatic-speech-recognition}\n    dataset: {name: LibriSpeech ASR, type: librispeech_asr}\n"
             "    metrics:\n    - {name: Test WER, type: wer, value: 12.29}\n"
             "  - task: {type: automatic-speech-recognition}\n"
             "    dataset: {name: Robust Speech Event - Dev Data, type: speech-recognition-community-v2/dev_data}\n"
             "    metrics:\n    - {name: Validation WER, type: wer, value: 36.75}\n---\n\n# m\n\n")
    text = ("This model is a fine-tuned version of [facebook/wav2vec2-xls-r-300m](https://huggingface.co/facebook/"
            "wav2vec2-xls-r-300m) on the librispeech_asr dataset.\nIt achieves the following results on the evaluation "
            "set:\n- Wer: 0.1167\n")
    assert found(index + text, "MC501") == []
    # (the same list on the other dataset is compared with that dataset's result)
    other = text.replace("librispeech_asr dataset", "speech-recognition-community-v2/dev_data dataset")
    assert found(index + other, "MC501")


def test_a_list_written_by_hand_may_cut_the_model_index_value() -> None:
    # ("This achieves the following results on the test set": not the Trainer's list, which rounds)
    cut = build([metric("wer", "0.06686424124625939", "WER")], {"WER": "0.0668"})
    assert len(found(cut, "MC501")) == 1  # (the Trainer's sentence: its list is rounded, 0.0669)
    by_hand = cut.replace("It achieves the following results on the evaluation set:",
                          "This achieves the following results on the test set with a 5-gram KenLM:")
    assert by_hand != cut and found(by_hand, "MC501") == []


def test_one_of_several_model_index_values_is_enough() -> None:
    metrics = [metric("accuracy", "0.88"), metric("accuracy", "0.9140")]
    assert found(build(metrics, {"Accuracy": "0.9140"}), "MC501") == []


def test_tolerance_option() -> None:
    text = build([metric("accuracy", "0.91399")], {"Accuracy": "0.9139"})  # truncated, not rounded
    assert len(found(text, "MC501")) == 1
    config = {"rules": {"metric-mismatch": {"tolerance": 1.0}}}
    assert lint(text, select=["MC501"], config=config) == []


def test_missing_from_model_index() -> None:
    text = build([metric("accuracy", "0.9140", "Accuracy")], {"Loss": "0.3", "Accuracy": "0.9140", "F1": "0.88",
                                                               "Gen Len": "12.1", "Matthews Correlation": "0.5"})
    ds = found(text, "MC502")
    assert [d.data["metric"] for d in ds] == ["f1", "matthews_correlation"]  # not the loss, not Gen Len


def test_missing_from_a_model_index_whose_results_give_no_metrics() -> None:
    with_others = build([metric("accuracy", "0.9140", "Accuracy")], {"Accuracy": "0.9140", "F1": "0.88"})
    [d] = found(with_others, "MC502")
    assert "which has other results" in d.message
    bare = with_others.replace("    metrics:\n", "    no-metrics:\n")  # (a key the Hub does not read)
    assert bare != with_others
    messages = [d.message for d in found(bare, "MC502")]
    assert messages and all("whose results give no metrics" in m for m in messages)


def test_losses_and_epochs_alone_need_no_model_index() -> None:
    text = "---\nlicense: mit\n---\n\n# m\n\n" + HEADLINE.format(
        where="evaluation", bullets="- Train Loss: 0.5\n- Validation Loss: 0.6\n- Epoch: 2")
    assert found(text, "MC502") == []


def test_a_score_of_zero_beside_a_loss_of_nan_says_the_evaluation_broke_and_is_no_result_to_publish() -> None:
    def text(bullets: str) -> str:
        return "---\nlicense: mit\n---\n\n# m\n\n" + HEADLINE.format(where="evaluation", bullets=bullets)
    assert found(text("- Validation Loss: nan\n- Validation Sparse Categorical Accuracy: 0.0"), "MC502") == []
    assert len(found(text("- Validation Loss: 0.7\n- Validation Sparse Categorical Accuracy: 0.53"), "MC502")) == 1
    # (an error rate of 0 is a perfect score, not a broken one)
    assert len(found(text("- Loss: 0.1\n- Wer: 0.0"), "MC502")) == 1
    # an entity tagger that predicted no entity: its accuracy is the share of tokens outside any, no result
    tagger = "- Loss: 0.8866\n- Precision: 0.0\n- Recall: 0.0\n- F1: 0.0\n- Accuracy: 0.8453"
    assert found(text(tagger), "MC502") == []
    assert len(found(text(tagger.replace("F1: 0.0", "F1: 0.1")), "MC502")) == 1


def test_no_model_index_and_empty_results() -> None:
    text = "---\nlicense: mit\n---\n\n# m\n\n" + HEADLINE.format(where="evaluation", bullets="- Accuracy: 0.9")
    (d,) = found(text, "MC502")
    assert "no model-index" in d.message and d.span.line == 8
    seed = (SEEDS / "ak-pretrain-cls-model.md").read_text(encoding="utf-8")
    (d,) = found(seed, "MC502")
    assert (d.span.line, d.span.column, d.span.end_column) == (9, 3, 14)
    assert "Loss 1.0849, Accuracy 0.7876" in d.message


LOG = ["Training Loss", "Epoch", "Step", "Validation Loss", "Accuracy"]
ROWS = [["0.9", "1.0", "100", "0.5012", "0.8012"], ["0.7", "2.0", "200", "0.4511", "0.8311"],
        ["0.5", "3.0", "300", "0.4723", "0.8201"]]


def test_headline_equal_to_the_last_row() -> None:
    text = build([metric("accuracy", "0.8201")], {"Loss": "0.4723", "Accuracy": "0.8201"}, after=table(LOG, ROWS))
    assert found(text, "MC503") == [] and found(text, "MC504") == []


def test_headline_from_an_earlier_row() -> None:
    text = build([metric("accuracy", "0.8311")], {"Loss": "0.4511", "Accuracy": "0.8311"}, after=table(LOG, ROWS))
    assert found(text, "MC503") == []
    (d,) = found(text, "MC504")
    assert "step 200, epoch 2.0" in d.message and "step 300, epoch 3.0" in d.message


@pytest.mark.parametrize(("loss", "accuracy", "code"), [("45.11", "83.11", "MC504"), ("45.1", "83.1", "MC504"),
                                                     ("45.21", "83.11", "MC503")])
def test_a_headline_that_gives_a_row_times_100_is_that_rows(loss: str, accuracy: str, code: str) -> None:
    # ("Loss: 7.66", "Wer: 7.08" of a row reading 0.076688 and 0.070856: the author wrote the row in percent, cut)
    text = build([], {"Loss": loss, "Accuracy": accuracy}, after=table(LOG, ROWS))
    (d,) = found(text, "MC503") + found(text, "MC504")
    assert d.code == code
    if code == "MC504":
        assert "step 200, epoch 2.0 (line" in d.message and ") times 100, not of the last" in d.message


def test_a_value_a_ten_thousandth_from_the_last_rows_in_floating_point_is_the_same_evaluation() -> None:
    # (0.1461 - 0.1460 is a hair above 0.0001 in floating point: the last checkpoint evaluated again, not an edit)
    rows = [["0.9", "1.0", "100", "0.2012", "0.8012"], ["0.7", "2.0", "200", "0.1460", "0.8311"]]
    assert found(build([], {"Loss": "0.1461", "Accuracy": "0.8311"}, after=table(LOG, rows)), "MC503") == []
    assert found(build([], {"Loss": "0.1463", "Accuracy": "0.8311"}, after=table(LOG, rows)), "MC503") != []


def test_headline_in_no_row() -> None:
    text = build([metric("accuracy", "0.8311")], {"Loss": "0.4611", "Accuracy": "0.8311"}, after=table(LOG, ROWS))
    (d,) = found(text, "MC503")
    assert "match no row" in d.message and "Validation Loss 0.4723, Accuracy 0.8201" in d.message
    assert found(text, "MC504") == []


@pytest.mark.parametrize(("loss", "accuracy", "told"), [
    ("0.4511", "0.8201", "Loss is epoch 2.0's Validation Loss, Accuracy is epoch 3.0's Accuracy)"),
    ("45.11", "82.01", "Loss is epoch 2.0's Validation Loss times 100, Accuracy is epoch 3.0's Accuracy times 100)"),
    ("0.451", "0.820", ""),  # (values this round are in many rows by chance: the last row's reading is told instead)
])
def test_a_headline_whose_values_come_from_different_rows_is_told_so(loss: str, accuracy: str, told: str) -> None:
    # (sammy786/wav2vec2-xlsr-mongolian: "Loss: 31.52" and "Wer: 34.1522", the loss of one row and the WER of the
    # next, in percent; no row holds both)
    text = build([], {"Loss": loss, "Accuracy": accuracy}, after=table(LOG, ROWS))
    (d,) = found(text, "MC503")
    if told:
        assert f"each of its values is in the log, but from different rows ({told}: the headline mixes" in d.message
        assert "its last row" not in d.message
    else:
        assert "different rows" not in d.message and "its last row, epoch 3.0, reads" in d.message


def test_headline_in_the_last_row_under_other_columns() -> None:
    header = [*LOG, "F1"]
    rows = [[*ROWS[0], "0.7912"], [*ROWS[1], "0.8105"],
            ["0.5", "3.0", "300", "0.8010", "0.4723", "0.8201"]]  # three columns rotated in the last row
    text = build([], {"Loss": "0.4723", "Accuracy": "0.8201", "F1": "0.8010"}, after=table(header, rows))
    (d,) = found(text, "MC503")
    assert "Loss under Accuracy, Accuracy under F1, F1 under Validation Loss" in d.message
    assert "columns are out of order" in d.message


def test_a_headline_loss_that_is_the_last_rows_training_loss_is_told_as_copied_from_the_wrong_column() -> None:
    rows = [*ROWS[:2], ["0.2", "3.0", "300", "0.4723", "0.8201"]]
    text = build([], {"Loss": "0.2", "Accuracy": "0.8201"}, after=table(LOG, rows))
    (d,) = found(text, "MC503")
    assert "the loss under Training Loss: the training loss was copied where the evaluation's belongs" in d.message
    assert "out of order" not in d.message


def test_training_loss_is_not_the_headline_loss() -> None:
    # the headline's Loss equals a training loss only: no row matches
    text = build([], {"Loss": "0.7", "Accuracy": "0.8311"}, after=table(LOG, ROWS))
    assert len(found(text, "MC503")) == 1


def test_test_set_headline_is_not_compared_with_the_log() -> None:
    text = build([], {"Loss": "9.9", "Accuracy": "0.1"}, where="test", after=table(LOG, ROWS))
    assert found(text, "MC503") == [] and found(text, "MC504") == []


def test_a_headline_under_the_command_that_ran_it_on_the_test_split_is_not_compared_with_the_log() -> None:
    text = build([], {"Loss": "9.9", "Accuracy": "0.1"}, after=table(LOG, ROWS))
    assert len(found(text, "MC503")) == 1
    command = "It achieves the following results on the evaluation set:\n\n```\npython eval.py --split test\n```\n"
    tested = text.replace("It achieves the following results on the evaluation set:\n", command)
    assert tested != text and found(tested, "MC503") == []
    # (a run on the validation split is the evaluation the log holds)
    assert len(found(tested.replace("--split test", "--split validation"), "MC503")) == 1


def test_a_loss_alone_evaluated_again_among_a_noisy_logs_last_values_is_not_reported() -> None:
    # a masked language model: its validation loss turns back and forth, each evaluation masking tokens anew
    header = ["Training Loss", "Epoch", "Step", "Validation Loss"]
    losses = ["1.5213", "1.4845", "1.5443", "1.5304", "1.4773", "1.5537"]
    rows = [["1.6", f"{k + 1}.0", str(98 * (k + 1)), v] for k, v in enumerate(losses)]
    assert found(build([], {"Loss": "1.4859"}, after=table(header, rows)), "MC503") == []
    # (outside the last values, or beside a log that moves one way, it is another evaluation or an edit)
    assert found(build([], {"Loss": "1.4459"}, after=table(header, rows)), "MC503")
    steady = [["1.6", f"{k + 1}.0", str(98 * (k + 1)), v] for k, v in enumerate(sorted(losses, reverse=True))]
    assert found(build([], {"Loss": "1.5101"}, after=table(header, steady)), "MC503")


def test_an_evaluation_after_a_log_that_stops_early_keeps_a_wer_stuck_at_one_and_a_recurring_nan() -> None:
    hyper = "\n## Training hyperparameters\n\n- num_epochs: 3.0\n\n"
    header = ["Training Loss", "Epoch", "Step", "Validation Loss", "Wer"]
    rows = [["No log", "1.24", "15", "85.3333", "1.0"], ["No log", "2.48", "30", "43.9463", "1.0"]]
    text = build([], {"Loss": "25.1441", "Wer": "1.0"}, after=hyper + table(header, rows))
    assert found(text, "MC503") == []
    # (a log that reached the planned end held the final evaluation: the headline must be its last row)
    assert found(text.replace("num_epochs: 3.0", "num_epochs: 2.48"), "MC503")
    nan = [["0.9", "6.81", "680", "nan", "47.80"], ["0.9", "6.91", "690", "1.1191", "47.84"]]
    text = build([], {"Loss": "nan", "Rouge1": "47.81"}, after=hyper.replace("3.0", "7.0") + table(
        ["Training Loss", "Epoch", "Step", "Validation Loss", "Rouge1"], nan))
    assert found(text, "MC503") == []


def test_an_evaluation_after_a_log_that_stops_early_may_repeat_a_plateaus_value() -> None:
    # a log at epoch 99.7 of 100, on a plateau: the evaluation at the end moves the loss and the CER within their recent
    # drift, and its WER comes again; not checkpoints mixed, though each value is in some row
    hyper = "\n## Training hyperparameters\n\n- num_epochs: 100.0\n\n"
    header = ["Training Loss", "Epoch", "Step", "Validation Loss", "Wer", "Cer"]
    rows = [["1.3", "97.49", "66000", "0.8099", "0.8412", "0.2049"], ["1.2", "98.23", "66500", "0.8134", "0.8412", "0.2062"],
            ["1.2", "98.97", "67000", "0.8115", "0.8382", "0.2055"], ["1.2", "99.7", "67500", "0.8128", "0.8392", "0.2063"]]
    headline = {"Loss": "0.8122", "Wer": "0.8392", "Cer": "0.2059"}
    assert found(build([], headline, after=hyper + table(header, rows)), "MC503") == []
    # (a log that reached the planned end held the final evaluation; values moved past their drift are another run's)
    assert found(build([], headline, after=hyper.replace("100.0", "99.7") + table(header, rows)), "MC503")
    assert found(build([], {**headline, "Loss": "0.7922"}, after=hyper + table(header, rows)), "MC503")


def test_an_evaluation_after_a_log_that_stops_early_finds_every_value_a_little_better() -> None:
    # one row at epoch 3.45 of 5: training went on for the rest, and the evaluation at its end is better, by no more
    # than the share of training left (0.31)
    hyper = "\n## Training hyperparameters\n\n- num_epochs: 5.0\n\n"
    rows = [["1.1224", "3.45", "500", "0.1641", "0.1396"]]
    header = ["Training Loss", "Epoch", "Step", "Validation Loss", "Wer"]
    assert found(build([], {"Loss": "0.1337", "Wer": "0.1353"}, after=hyper + table(header, rows)), "MC503") == []
    # (one value better and one the same is an edit; far better than the last row is another run, or its best row)
    assert found(build([], {"Loss": "0.1337", "Wer": "0.1396"}, after=hyper + table(header, rows)), "MC503")
    assert found(build([], {"Loss": "0.0337", "Wer": "0.0353"}, after=hyper + table(header, rows)), "MC503")
    # (a log past its best, as early stopping ends one: the headline better than every row is another evaluation)
    overfit = [["0.5", "1.0", "100", "0.8315", "0.60"], ["0.1", "2.0", "200", "1.4139", "0.65"],
               ["0.05", "3.0", "300", "1.4056", "0.65"]]
    acc_header = ["Training Loss", "Epoch", "Step", "Validation Loss", "Accuracy"]
    text = build([], {"Loss": "1.2714", "Accuracy": "0.705"}, after=hyper + table(acc_header, overfit))
    assert found(text, "MC503")
    # (the same log still improving at its last row reads as evaluated again at the end)
    improving = [["0.5", "1.0", "100", "1.4139", "0.60"], ["0.1", "2.0", "200", "1.4100", "0.62"],
                 ["0.05", "3.0", "300", "1.4056", "0.65"]]
    assert found(build([], {"Loss": "1.2714", "Accuracy": "0.705"}, after=hyper + table(acc_header, improving)),
                 "MC503") == []
    # (a log whose accuracies are shares of 13 examples, and a headline off that lattice: another set, SetFit's test
    # split, not the end of training)
    acc = ["0.5385", "0.6154", "0.6923", "0.7692"]
    rows = [["0.7", f"{k + 1}.0", str(10 * (k + 1)), f"{0.9 - 0.05 * k:.4f}", a] for k, a in enumerate(acc)]
    head = ["Training Loss", "Epoch", "Step", "Validation Loss", "Accuracy"]
    hyper = hyper.replace("5.0", "50.0")
    assert found(build([], {"Loss": "0.7", "Accuracy": "0.7809"}, after=hyper + table(head, rows)), "MC503")
    assert found(build([], {"Loss": "0.7", "Accuracy": "0.8462"}, after=hyper + table(head, rows)), "MC503") == []


def test_an_evaluation_after_a_log_that_stops_early_with_a_rate_at_its_bound_and_counts_beside_it() -> None:
    # epoch 9.02 of 10: the loss a little better, the accuracy already at 1.0, the count of right answers (a column
    # named as the headline names it, of no known kind) a little higher, the number of examples the same throughout
    hyper = "\n## Training hyperparameters\n\n- num_epochs: 10.0\n\n"
    header = ["Training Loss", "Epoch", "Step", "Validation Loss", "Acc", "True Num", "Num"]
    rows = [["0.0329", "6.76", "6000", "0.0139", "0.99", "56502", "56776"],
            ["0.0254", "7.89", "7000", "0.0094", "1.0", "56626", "56776"],
            ["0.0214", "9.02", "8000", "0.0070", "1.0", "56659", "56776"]]
    after = hyper + table(header, rows)
    assert found(build([], {"Loss": "0.0064", "Acc": "1.0", "True Num": "56671", "Num": "56776"}, after=after),
                 "MC503") == []
    # (the loss alone moved, the rest as in the last row: what an edit leaves)
    assert found(build([], {"Loss": "0.0064", "Acc": "1.0", "True Num": "56659", "Num": "56776"}, after=after),
                 "MC503")
    assert found(build([], {"Loss": "0.0064", "Acc": "1.0"}, after=after), "MC503")


def test_a_later_evaluation_that_moves_a_value_by_exactly_its_recent_drift_is_not_reported() -> None:
    # (0.2646 - 0.2633 against 0.2663 - 0.2650: equal at four decimals, not in floating point)
    header = ["Training Loss", "Epoch", "Step", "Validation Loss", "Wer"]
    rows = [["0.05", "27.91", "3600", "0.3953", "0.2663"], ["0.05", "28.68", "3700", "0.4044", "0.2650"],
            ["0.05", "29.46", "3800", "0.3969", "0.2646"]]
    text = build([], {"Loss": "0.3975", "Wer": "0.2633"}, after=table(header, rows))
    assert found(text, "MC503") == []
    assert len(found(text.replace("- Wer: 0.2633", "- Wer: 0.2603"), "MC503")) == 1


def test_a_headline_the_card_says_is_another_settings_is_not_compared_with_model_index() -> None:
    text = build([metric("wer", "15.88", "Test WER")], {"Loss": "0.2210", "Wer": "0.1974"}, where="test")
    assert len(found(text, "MC501")) == 1
    note = "Note that the above test results come from the original model without LM (language model).\n\n"
    assert found(text.replace("- Wer: 0.1974\n\n", "- Wer: 0.1974\n\n" + note), "MC501") == []


def test_seeds() -> None:
    ak = (SEEDS / "ak-pretrain-cls-model.md").read_text(encoding="utf-8")
    (d,) = found(ak, "MC503")
    assert d.span.line == 19 and "even with its swapped columns exchanged back" in d.message
    bert = (SEEDS / "bert-base-cased-sst2.md").read_text(encoding="utf-8")
    assert [d.code for d in lint(bert, select=["MC4", "MC5"])] == ["MC504"]
    (d,) = found(bert, "MC504")
    assert "step 2500, epoch 0.59 (line 71)" in d.message


def test_a_table_of_groups_of_speakers_is_not_read_as_evaluations_of_model_index() -> None:
    # "Other" is a gender group of a fairness table, not LibriSpeech's test-other of model-index
    meta = ("---\nlicense: cc-by-4.0\nmodel-index:\n- name: canary\n  results:\n  - task:\n      type: "
            "automatic-speech-recognition\n    dataset:\n      name: LibriSpeech (other)\n      type: librispeech_asr\n"
            "      config: other\n      split: test\n    metrics:\n    - type: wer\n      value: 2.89\n      name: "
            "Test WER\n---\n\n# canary\n\n## Fairness\n\n")
    groups = "| Gender | Male | Female | N/A | Other |\n|---|---|---|---|---|\n| % WER | 14.64 | 12.92 | 17.88 | 126.92 |\n"
    assert not [d for d in lint(meta + groups) if d.code == "MC501"]
    # a table of LibriSpeech's own configs is still compared with it
    configs = "| | Clean | Other |\n|---|---|---|\n| % WER | 1.48 | 12.5 |\n"
    assert [d for d in lint(meta + configs) if d.code == "MC501"]


def test_a_misspelled_model_index_without_results_is_not_told_to_be_renamed() -> None:
    # early Trainer versions wrote `model_index:` with the model's name alone: renaming it shows nothing either
    head = "---\nlicense: mit\nmodel_index:\n  name: m\n---\n\n# m\n\nIt achieves the following results on the "
    body = "evaluation set:\n- Loss: 0.1\n- Accuracy: 0.97\n"
    [found] = [d for d in lint(head + body) if d.code == "MC502"]
    assert "holds no results either" in found.message and "replace `model_index`" in (found.help or "")
    with_results = head.replace("  name: m\n", "- name: m\n  results:\n  - task: {type: audio-classification}\n")
    [found] = [d for d in lint(with_results + body) if d.code == "MC502"]
    assert "results are under `model_index`" in found.message and "rename" in (found.help or "")


def test_another_models_results_are_not_the_headline() -> None:
    # "The original model achieves the following results": the earlier version's, not this card's model's
    text = ("---\nlicense: mit\n---\n\n# m\n\n## Differences\n\nThe original model achieves the following results on "
            "our dataset:\n\n- Accuracy: 94.8%\n- F1 Score: 95%\n")
    assert reported_metrics(Card.from_text(text)).headline is None
    assert reported_metrics(Card.from_text(text.replace("The original model", "It"))).headline is not None


def test_the_trainers_list_is_not_compared_with_another_datasets_result() -> None:
    # the speech script names the set with its configuration ("COMMON_VOICE_8_0 - PT"): its list is that set's
    # evaluation split, not the Robust Speech Event's dev data, though both are validation results
    def text(dev_wer: str, own: str = "Test WER") -> str:
        return (
            "---\nlicense: mit\nmodel-index:\n- name: m\n  results:\n"
            "  - task: {type: automatic-speech-recognition}\n"
            "    dataset: {name: Common Voice 8.0, type: mozilla-foundation/common_voice_8_0, args: pt}\n"
            f"    metrics: [{{name: {own}, type: wer, value: 19.361}}]\n"
            "  - task: {type: automatic-speech-recognition}\n"
            "    dataset: {name: Robust Speech Event - Dev Data, type: speech-recognition-community-v2/dev_data}\n"
            f"    metrics: [{{name: Validation WER, type: wer, value: {dev_wer}}}]\n---\n\n# m\n\n"
            "This model is a fine-tuned version of [facebook/wav2vec2-xls-r-300m](https://huggingface.co/facebook/"
            "wav2vec2-xls-r-300m) on the MOZILLA-FOUNDATION/COMMON_VOICE_8_0 - PT dataset.\n"
            "It achieves the following results on the evaluation set:\n- Loss: 0.2290\n- Wer: 0.2382\n")
    assert found(text("47.812"), "MC501") == []
    # the set's own validation result, another value: reported, against it alone
    [d] = found(text("47.812", own="Validation WER"), "MC501")
    assert "19.361" in d.message and "47.812" not in d.message


def test_the_xlsr_templates_test_result_is_the_one_metric_of_model_index() -> None:
    # "**Test Result**: 100 %" names no metric: with one metric in model-index, it is that one (a WER)
    index = ("model-index:\n- name: m\n  results:\n  - task:\n      type: automatic-speech-recognition\n"
             "    dataset:\n      name: Common Voice pa\n      type: common_voice\n    metrics:\n"
             "    - name: Test WER\n      type: wer\n      value: {value}\n")
    body = "# m\n\n## Test Result\n\n**Test Result**: 100 %\n"
    (d,) = found(f"---\nlicense: mit\n{index.format(value='54.86')}---\n{body}", "MC501")
    assert d.message.startswith("Test Result is 100 in the text") and "54.86 in model-index" in d.message
    assert found(f"---\nlicense: mit\n{index.format(value='100')}---\n{body}", "MC501") == []
    # (two metrics in model-index: which one the result is, is not known)
    two = index.format(value="54.86") + "    - name: Test CER\n      type: cer\n      value: 20.1\n"
    assert found(f"---\nlicense: mit\n{two}---\n{body}", "MC501") == []

