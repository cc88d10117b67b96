"""Results an evaluation printed, pasted as code (facts/printed.py): missing-section reads them as evaluation."""

from __future__ import annotations

import pytest

from modelcard_lint.api import lint_text
from modelcard_lint.card import Card
from modelcard_lint.facts import printed


def card(code: str) -> Card:
    return Card.from_text(f"---\nlicense: mit\n---\n\n# m\n\nHello.\n\n```\n{code}\n```\n")


@pytest.mark.parametrize(
    "code,found",
    [
        ("{\n    'exact': 64.88976637051661,\n    'f1': 68.1776176526635,\n    'total': 6078\n}", True),
        ("loss: 0.2096 - accuracy: 0.9570 - val_loss: 0.0407 - val_accuracy: 0.9805", True),
        ("eval_accuracy = 0.9123\neval_f1 = 0.8871\neval_loss = 0.31", True),
        ("masked_lm_accuracy = 0.7128\nsentence_order_accuracy = 0.9765", True),
        ("{'f1': 91.2}", False),  # one value: a threshold, an example, not a set of results
        # (unless the block says it is an evaluation's)
        ("Eval metrics (10% valid set): {'accuracy': 0.9114740008594757}", True),
        ("Metrics (10% of the data): {'accuracy': 0.9114740008594757}", False),
        # a loss on held-out data beside a metric (not a training loss)
        ("- 'eval_loss': 0.07463177293539047,\n- 'eval_accuracy': 0.980375,\n- 'eval_runtime': 304.9846", True),
        ("- 'loss': 0.0746,\n- 'eval_accuracy': 0.980375,\n- 'eval_runtime': 304.9846", False),
        ("learning_rate: 2e-05\ntrain_batch_size: 16\nnum_epochs: 3\nseed: 42", False),
        ("python run_squad.py --max_seq_length=384 --doc_stride=128 --num_train_epochs=2", False),
        ("{'best_f1_thresh': 0.0, 'best_exact_thresh': 0.0}", False),
        # the mean reward of an agent's final checkpoint, as ML-Agents records it (not a checkpoint without one)
        ('"final_checkpoint": {\n    "steps": 3000022,\n    "file_path": "results/Huggy.onnx",\n'
         '    "reward": 1.87466665605704,\n    "creation_time": 1661076513.45\n}', True),
        ('"final_checkpoint": {\n    "steps": 3000022,\n    "file_path": "results/Huggy.onnx"\n}', False),
    ],
)
def test_printed_results(code: str, found: bool) -> None:
    assert printed.prints_results(card(code)) is found


def test_missing_section_reads_printed_results_as_evaluation() -> None:
    text = "---\nlicense: mit\n---\n\n# m\n\nHello.\n\n```\n{'exact': 64.9, 'f1': 68.2}\n```\n"
    assert "evaluation" not in _topics(text)
    text = text.replace("'f1': 68.2", "'total': 6078")
    assert "evaluation" in _topics(text)


def _topics(text: str) -> list[str]:
    """The topics missing-section reports (a card that lacks every topic gets one finding, which lists them)."""
    return [t for d in lint_text(text) if d.code == "MC201" for t in d.data.get("topics", [d.data["topic"]])]
