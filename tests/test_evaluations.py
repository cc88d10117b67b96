"""Which model-index result a value of the text belongs to, and how two printed values compare (MC501)."""

from __future__ import annotations

import pytest
from harness import lint

from modelcard_lint.card import Card
from modelcard_lint.facts.metricnames import normalize
from modelcard_lint.facts.metrics import reported_metrics
from modelcard_lint.facts.tables import parse_number
from modelcard_lint.facts.values import same_value, truncated
from modelcard_lint.facts.written import _label


@pytest.mark.parametrize(
    "a, b, metric, same",
    [
        ("0.2811", "28.11", "bleu", True),  # evaluate's BLEU and sacrebleu's
        ("41.23", "0.4123", "rouge1", True),
        ("28.11", "28.91", "bleu", False),
        ("0.2811", "28.91", "bleu", False),
        ("2.5", "250", "loss", False),  # a loss is never a percentage
    ],
)
def test_a_score_may_be_a_fraction_or_a_percentage(a: str, b: str, metric: str, same: bool) -> None:
    assert same_value(parse_number(a), parse_number(b), normalize(metric)) is same


@pytest.mark.parametrize(
    "a, b, cut",
    [
        ("0.8299999833106995", "82.99%", True),
        ("0.8299999833106995", "83.00%", False),  # rounded: same_value's business
        ("41.567", "41.56", True),
        ("41.567", "41.5", True),
        ("41.567", "41.4", False),
        ("41.5", "41.56", False),  # more decimals than the value: not a cut
    ],
)
def test_a_value_cut_instead_of_rounded(a: str, b: str, cut: bool) -> None:
    assert truncated(parse_number(a), parse_number(b), normalize("accuracy")) is cut


@pytest.mark.parametrize(
    "label, key, split",
    [
        ("WER (test)", "wer", "test"),
        ("Test WER", "wer", "test"),
        ("WER (Word Error Rate) on the Test Set", "wer", "test"),
        ("Test Result (wer)", "wer", "test"),
        ("Model Accuracy", "accuracy", ""),
        ("eval F1-Score", "f1", "eval"),
        ("validation accuracy", "accuracy", "eval"),
        ("WER without KenLM", "wer without kenlm", ""),  # another decoding: another key, compared with nothing
    ],
)
def test_labels_of_values_written_in_the_text(label: str, key: str, split: str) -> None:
    found = _label(label)
    assert found is not None
    assert (found[0].key, found[0].split) == (key, split)


@pytest.mark.parametrize("label", ["learning_rate", "seed", "Number of epochs", "warmup_ratio"])
def test_labels_that_are_not_metrics(label: str) -> None:
    assert _label(label) is None


def _index(*results: str) -> str:
    return "---\nlicense: mit\nmodel-index:\n- name: m\n  results:\n" + "".join(results) + "---\n\n# m\n\n"


def _result(args: str, value: str, extra: str = "") -> str:
    return (
        f"  - task:\n      type: translation\n      args: {args}\n    dataset:\n      name: flores101-devtest\n"
        f"      type: flores_101\n{extra}    metrics:\n    - type: bleu\n      value: {value}\n"
    )


def test_words_in_another_order_name_another_result() -> None:
    text = _index(_result("nds-eng", "29.9")) + "| langpair | BLEU |\n|---|---|\n| eng-nds | 16.6 |\n| nds-eng | 29.9 |\n"
    rows = [r for r in reported_metrics(Card.from_text(text)).tables if r.source == "table"]
    assert [(r.span.line, r.result) for r in rows] == [(22, 0)]


def test_a_row_that_names_no_result_is_compared_with_nothing() -> None:
    text = _index(_result("afr-eng", "46.8")) + "| langpair | BLEU |\n|---|---|\n| afr-nld | 18.4 |\n"
    assert lint(text, select=["MC501"]) == []


def test_the_hub_evaluators_run_is_another_evaluation() -> None:
    verified = _result("afr-eng", "46.8").replace("value: 46.8\n", "value: 46.8\n      verified: true\n")
    text = _index(verified) + "| langpair | testset | BLEU |\n|---|---|---|\n| afr-eng | flores101-devtest | 44.1 |\n"
    assert lint(text, select=["MC501"]) == []
    assert [d.span.line for d in lint(text.replace("      verified: true\n", ""), select=["MC501"])] == [21]


def test_a_stated_split_is_compared_only_with_results_of_that_split() -> None:
    split = _result("afr-eng", "46.8", extra="      split: test\n")
    said = "It achieves the following results on the validation set:\n- Bleu: 44.1\n"
    assert lint(_index(split) + said, select=["MC501"]) == []
    unsaid = "It achieves the following results on the evaluation set:\n- Bleu: 44.1\n"
    assert [d.code for d in lint(_index(split) + unsaid, select=["MC501"])] == ["MC501"]


def test_a_leaderboards_run_is_another_evaluation() -> None:
    board = _result("afr-eng", "46.8").replace(
        "    metrics:", "    source:\n      url: https://huggingface.co/spaces/org/leaderboard\n    metrics:"
    )
    text = _index(board) + "| langpair | testset | BLEU |\n|---|---|---|\n| afr-eng | flores101-devtest | 44.1 |\n"
    assert lint(text, select=["MC501"]) == []
    paper = board.replace("https://huggingface.co/spaces/org/leaderboard", "https://arxiv.org/abs/2101.00001")
    assert [d.code for d in lint(_index(paper) + text.split("# m\n\n")[1], select=["MC501"])] == ["MC501"]


WHISPER_TABLE = """---
license: apache-2.0
model-index:
- name: Wav2Vec2 English
  results:
  - task:
      type: automatic-speech-recognition
    dataset:
      name: Common Voice en
      type: common_voice
      args: en
    metrics:
    - name: Test WER
      type: wer
      value: 21.53
    - name: Test CER
      type: cer
      value: 9.66
---

# Wav2vec2-Large-English

| Model | WER | CER |
| ------------- | ------------- | ------------- |
| wav2vec2-large-xlsr-53-english | **18.98%** | **8.29%** |
| wav2vec2-large-xlsr-53-hindi | 20.01% | 9.66% |
| wav2vec2-base-100h-lv60-english | 24.97% | 11.14% |
"""


def test_a_row_of_a_table_of_models_that_names_another_model_is_not_this_models() -> None:
    # the hindi row shares the CER 9.66 with model-index, but the english rows share more of the title's words
    assert [d for d in lint(WHISPER_TABLE) if d.code == "MC501"] == []
    # a table whose rows name no model closer to the title still lends its row to the result it shares a value with
    other = WHISPER_TABLE.replace("# Wav2vec2-Large-English", "# My speech model")
    assert [d.span.line for d in lint(other) if d.code == "MC501"] == [other.split("\n").index(
        "| wav2vec2-large-xlsr-53-hindi | 20.01% | 9.66% |") + 1]


SPACY_CARD = """---
license: cc-by-sa-4.0
model-index:
- name: nl_core_news_sm
  results:
  - task:
      name: POS
      type: token-classification
    metrics:
    - name: POS Accuracy
      type: accuracy
      value: 0.9392161567
---

# nl_core_news_sm

### Accuracy

| Type | Score |
| --- | --- |
| `TOKEN_ACC` | 99.97 |
| `POS_ACC` | 95.81 |
| `TAG_ACC` | 93.92 |
"""


def test_a_spacy_accuracy_table_and_a_value_under_another_metrics_name() -> None:
    (d,) = [d for d in lint(SPACY_CARD) if d.code == "MC501"]
    assert d.span.line == 22
    assert "0.9392161567 is the table's `TAG_ACC` (line 23): the value went under the wrong name" in d.message
    assert [d for d in lint(SPACY_CARD.replace("0.9392161567", "0.9581")) if d.code == "MC501"] == []


def test_spacys_dependency_scores_are_read_under_both_their_names() -> None:
    card_text = SPACY_CARD.replace("""  - task:
      name: POS""", """  - task:
      name: LABELED_DEPENDENCIES
      type: token-classification
    metrics:
    - name: Labeled Dependencies Accuracy
      type: accuracy
      value: 0.8943015712
  - task:
      name: POS""").replace("0.9392161567", "0.9581") + "| `DEP_UAS` | 89.43 |\n| `DEP_LAS` | 86.44 |\n"
    (d,) = [d for d in lint(card_text) if d.code == "MC501"]
    assert d.message.startswith("`DEP_LAS` is 86.44 in the results table")
    assert "0.8943015712 is the table's `DEP_UAS`" in d.message
    assert [d for d in lint(card_text.replace("0.8943015712", "0.8644")) if d.code == "MC501"] == []


def test_a_value_decoded_with_a_language_model_is_another_evaluation() -> None:
    card_text = """---
license: apache-2.0
model-index:
- name: m
  results:
  - task:
      type: automatic-speech-recognition
    dataset:
      type: mozilla-foundation/common_voice_8_0
      name: Common Voice ka
    metrics:
    - type: wer
      value: 7.39778066580026
      name: WER LM
---

# m

This model is a fine-tuned version of [facebook/wav2vec2-xls-r-1b](https://huggingface.co/facebook/wav2vec2-xls-r-1b).
It achieves the following results on the evaluation set:
- Loss: 0.1022
- Wer: 0.1527
"""
    assert [d for d in lint(card_text) if d.code == "MC501"] == []
    assert [d for d in lint(card_text.replace("name: WER LM", "name: WER")) if d.code == "MC501"]


def test_the_set_the_results_list_names_picks_the_result_it_is_compared_with() -> None:
    card_text = """---
license: cc0-1.0
model-index:
- name: xls-r-sv
  results:
  - task:
      type: automatic-speech-recognition
    dataset:
      name: mozilla-foundation/common_voice_8_0
      type: mozilla-foundation/common_voice_8_0
    metrics:
    - name: Test WER
      type: wer
      value: 12.68
  - task:
      type: automatic-speech-recognition
    dataset:
      name: speech-recognition-community-v2/dev_data
      type: speech-recognition-community-v2/dev_data
    metrics:
    - name: Test WER
      type: wer
      value: 27.55
---

# xls-r-sv

It achieves the following results on the MOZILLA-FOUNDATION/COMMON_VOICE_8_0 - SV-SE "test" set:
- Loss: 0.1497
- Wer: 0.1261
"""
    (d,) = [d for d in lint(card_text) if d.code == "MC501"]
    # (the other set's 27.55 is not listed, and a dataset whose name and type are one is named once)
    assert "but 12.68 in model-index (line 14, mozilla-foundation/common_voice_8_0):" in d.message
    assert [d for d in lint(card_text.replace("12.68", "12.61")) if d.code == "MC501"] == []


def test_results_without_and_with_a_language_model_in_two_tables() -> None:
    # (model-index holds the second table's values, the model's with its language model: no mismatch)
    card_text = """---
license: apache-2.0
model-index:
- name: xls-r-zh-hk-lm
  results:
  - task:
      type: automatic-speech-recognition
    dataset:
      name: Common Voice 7
      type: mozilla-foundation/common_voice_7_0
    metrics:
    - name: Test CER
      type: cer
      value: 23.10
---

# xls-r-zh-hk-lm

## Evaluation Results

The model achieves the following results on evaluation without a language model:

| Dataset | CER |
| --- | --- |
| `Common Voice 7` | 23.11% |

With the addition of the language model, it achieves the following results:

| Dataset | CER |
| --- | --- |
| `Common Voice 7` | 23.10% |
"""
    assert [d for d in lint(card_text) if d.code == "MC501"] == []
    found = [d for d in lint(card_text.replace("| 23.10% |", "| 22.40% |")) if d.code == "MC501"]
    assert found and all("23.10" in d.message for d in found)


def test_a_number_in_bold_before_a_note() -> None:
    number = parse_number("**4.17%** (epoch 50)")
    assert number is not None and number.value == 4.17 and number.percent
