"""The table and metric rules never crash, whatever the table holds."""

from __future__ import annotations

from harness import lint
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

HEADERS = ["Training Loss", "Epoch", "Step", "Validation Loss", "Accuracy", "F1 (%)", "Wer", "Matthews Correlation",
           "Perplexity", "Model", "Train Loss", "eval_cosine_ndcg@10", "", "Loss", "Exact Match", "Gen Len"]
CELLS = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.floats(min_value=-5, max_value=200).map(lambda x: f"{x:.4f}"),
    st.integers(min_value=-10, max_value=10**7).map(str),
    st.sampled_from(["No log", "", "-", "nan", "inf", "-inf", "1e309", "**0.9**", "85 %", "1,000", "n/a", "0.5/0.6"]),
    st.text(alphabet="0123456789.-e%abc ", max_size=8),
)


@st.composite
def cards(draw: st.DrawFn) -> str:
    header = draw(st.lists(st.sampled_from(HEADERS), min_size=1, max_size=7))
    rows = draw(st.lists(st.lists(CELLS, min_size=0, max_size=len(header) + 1), max_size=12))
    bullets = draw(st.lists(st.tuples(st.sampled_from(HEADERS), CELLS), max_size=4))
    index = draw(st.sampled_from(["", "model-index:\n- name: m\n  results: []\n",
                                  ("model-index:\n- name: m\n  results:\n  - metrics:\n    - type: accuracy\n"
                                   "      value: 0.9\n    - type: loss\n      value: [1]\n")]))
    hyper = draw(st.sampled_from(["", "### Training hyperparameters\n\n- train_batch_size: 8\n- num_epochs: 3\n\n"]))
    text = f"---\nlicense: mit\n{index}---\n\n# m\n\n"
    if bullets:
        text += "It achieves the following results on the evaluation set:\n"
        text += "".join(f"- {k}: {v}\n" for k, v in bullets) + "\n"
    text += hyper
    text += "| " + " | ".join(header) + " |\n|" + "---|" * len(header) + "\n"
    text += "".join("| " + " | ".join(c.replace("|", "") for c in row) + " |\n" for row in rows)
    return text


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cards())
def test_rules_never_crash(text: str) -> None:
    diags = lint(text, select=["MC4", "MC5"])
    crashes = [d.message for d in diags if d.code == "MC901"]
    assert not crashes, crashes
