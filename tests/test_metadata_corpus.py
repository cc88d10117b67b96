"""The metadata rules on the two seed cards (their corpus counts and verdicts are in corpus_verdicts.toml)."""

from __future__ import annotations

from harness import SEEDS, lint


def test_bert_seed_gets_missing_base_model_and_args_info() -> None:
    text = (SEEDS / "bert-base-cased-sst2.md").read_text(encoding="utf-8")
    got = {(d.code, d.severity.label, d.span.line, d.span.column) for d in lint(text) if d.code.startswith("MC1")}
    assert got == {("MC121", "warning", 32, 39), ("MC128", "info", 20, 13)}
    [missing] = [d for d in lint(text) if d.code == "MC121"]
    assert "`bert-base-cased`" in missing.message


def test_ak_seed_gets_missing_base_model_and_language_and_no_error() -> None:
    text = (SEEDS / "ak-pretrain-cls-model.md").read_text(encoding="utf-8")
    got = {(d.code, d.severity.label, d.span.line, d.span.column) for d in lint(text) if d.code.startswith("MC1")}
    assert got == {("MC121", "warning", 17, 39), ("MC116", "info", 2, 1)}
    [missing] = [d for d in lint(text) if d.code == "MC121"]
    assert "`hfl/chinese-roberta-wwm-ext`" in missing.message
