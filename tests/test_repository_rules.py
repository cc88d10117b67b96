"""The card held against its repository (MC6xx), on repositories built from the two seed cards.

``repos.py`` turns each seed's training-results table into the ``trainer_state.json`` the Trainer
would have written for it; then one side is edited: a value, a dropped row, an exchanged pair,
another headline, another base model, a LICENSE of another license, ``.eval_results`` files that
agree and that do not, malformed files.  A repository whose files all agree with its card adds no
finding to those of the card alone.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from repos import AK, BERT, ak_repo, all_results, bert_repo, dump, trainer_state

from modelcard_lint import fix_text, lint_path
from modelcard_lint.app.cli import main
from modelcard_lint.diagnostics import Diagnostic

APACHE = "                                 Apache License\n                           Version 2.0, January 2004\n"
SST2 = "- dataset:\n    id: nyu-mll/glue\n    task_id: sst2\n  value: 0.914\n  date: '2022-09-14'\n"


def _found(card: Path, select: str = "ALL") -> list[Diagnostic]:
    return lint_path(card, config={"select": [select]}, plugins=False)


def _where(diags: list[Diagnostic], folder: Path) -> set[tuple[str, str, int]]:
    return {(Path(d.path).relative_to(folder).as_posix(), d.code, d.span.line) for d in diags}


def _evals(state: dict[str, Any]) -> list[dict[str, Any]]:
    return [e for e in state["log_history"] if "eval_loss" in e]


def _bert_state(**kw: Any) -> dict[str, Any]:
    return trainer_state(BERT.read_text(encoding="utf-8"), best_step=2500, **kw)


def _true_ak_state() -> dict[str, Any]:
    """The ak seed's log as the run logged it: its rows from epoch 20 print Accuracy and Validation Loss
    exchanged (a resumed run whose evaluations listed their metrics in another order)."""
    state = trainer_state(AK.read_text(encoding="utf-8"))
    history = state["log_history"]
    summary = next(i for i, e in enumerate(history) if "train_runtime" in e)
    for e in history[:summary]:
        if "eval_loss" in e and e["epoch"] >= 20:
            e["eval_loss"], e["eval_accuracy"] = e["eval_accuracy"], e["eval_loss"]
    return state


# -- a consistent repository adds nothing ----------------------------------------------------------------------------


@pytest.mark.parametrize("seed", [BERT, AK], ids=["bert", "ak"])
def test_a_repository_that_agrees_with_its_card_adds_no_finding(tmp_path: Path, seed: Path) -> None:
    build = bert_repo if seed is BERT else ak_repo
    extra = {"LICENSE": APACHE, ".eval_results/glue.yaml": SST2} if seed is BERT else {"LICENSE": APACHE}
    card = build(tmp_path, **extra)
    alone = lint_path(seed, config={}, plugins=False)
    with_repo = _found(card)
    assert {(d.code, d.span.line, d.span.column) for d in with_repo} == {
        (d.code, d.span.line, d.span.column) for d in alone}
    assert all(Path(d.path) == card for d in with_repo)


def test_the_best_checkpoint_turns_the_guess_of_mc504_into_a_statement(tmp_path: Path) -> None:
    alone = [d for d in lint_path(BERT, config={}, plugins=False) if d.code == "MC504"]
    (d,) = [d for d in _found(bert_repo(tmp_path)) if d.code == "MC504"]
    assert "probably" in alone[0].message and "probably" not in d.message
    assert "the best checkpoint" in d.message and "load_best_model_at_end" in d.message
    assert d.data is not None and d.data["best_step"] == 2500


# -- one side edited -------------------------------------------------------------------------------------------------


def _edited_value(state: dict[str, Any]) -> None:
    _evals(state)[3]["eval_loss"] = 0.3  # step 2000 (card line 70)


def _dropped_from_log(state: dict[str, Any]) -> None:
    state["log_history"] = [e for e in state["log_history"] if e.get("step") not in (4500, 5000)]


def _exchanged(state: dict[str, Any]) -> None:
    e = _evals(state)[5]  # step 3000 (card line 72)
    e["eval_loss"], e["eval_accuracy"] = e["eval_accuracy"], e["eval_loss"]


def _another_run(state: dict[str, Any]) -> None:
    for e in _evals(state):
        e["eval_loss"] += 0.1


@pytest.mark.parametrize(
    "edit, expected",
    [
        (_edited_value, {("README.md", "MC601", 70)}),
        (_dropped_from_log, {("README.md", "MC601", 75)}),
        (_exchanged, {("README.md", "MC601", 72)}),
        (_another_run, {("README.md", "MC601", 65), ("README.md", "MC602", 34)}),
    ],
    ids=["value", "rows-not-logged", "exchanged", "another-run"],
)
def test_an_edited_log(tmp_path: Path, edit: Any, expected: set[tuple[str, str, int]]) -> None:
    state = _bert_state()
    edit(state)
    card = bert_repo(tmp_path, **{"trainer_state.json": state})
    assert _where(_found(card, "MC6"), tmp_path) == expected


@pytest.mark.parametrize(
    "old, new, expected",
    [
        ("| 0.1737        | 1.07  | 4500  | 0.2802          | 0.9128   |\n", "", {("README.md", "MC601", 74)}),
        ("| 0.3426          | 0.9140   |", "| 0.3426          | 0.9104   |", {("README.md", "MC601", 86)}),
        ("- Loss: 0.2345\n- Accuracy: 0.9140", "- Loss: 0.2481\n- Accuracy: 0.9140",
         {("README.md", "MC602", 34), ("README.md", "MC604", 34)}),
        ("- num_epochs: 10.0", "- num_epochs: 3.0", {("README.md", "MC603", 61)}),
        ("[bert-base-cased](https://huggingface.co/bert-base-cased)",
         "[roberta-base](https://huggingface.co/roberta-base)", {("README.md", "MC605", 32)}),
        ("      value: 0.9139908256880734", "      value: 0.9254", {("README.md", "MC604", 24)}),
    ],
    ids=["row-dropped", "value", "headline", "num-epochs", "base-model", "model-index"],
)
def test_an_edited_card(tmp_path: Path, old: str, new: str, expected: set[tuple[str, str, int]]) -> None:
    text = BERT.read_text(encoding="utf-8")
    assert old in text
    card = bert_repo(tmp_path, **{"README.md": text.replace(old, new), "trainer_state.json": _bert_state()})
    assert _where(_found(card, "MC6"), tmp_path) == expected


def test_the_ak_card_against_its_true_log_finds_the_exchanged_columns(tmp_path: Path) -> None:
    """The seed's rows from epoch 20 show Accuracy and Validation Loss exchanged; its log does not."""
    card = ak_repo(tmp_path, **{"trainer_state.json": _true_ak_state()})
    (d,) = _found(card, "MC6")
    assert (d.span.line, d.data and d.data["rows"]) == (62, 11)
    assert d.message.startswith("Accuracy and Validation Loss hold each other's values in 11 rows, step 304700 to")


def test_other_files_that_disagree(tmp_path: Path) -> None:
    results = all_results(_bert_state())
    results["eval_accuracy"] = 0.9071
    card = bert_repo(tmp_path, **{
        "all_results.json": results,
        "LICENSE": "MIT License\n\nCopyright (c) 2022\n",
        "adapter_config.json": {"base_model_name_or_path": "bert-large-cased", "peft_type": "LORA"},
        ".eval_results/glue.yaml": SST2.replace("0.914", "0.925"),
        ".eval_results/glue-again.yaml": SST2,
    })
    assert _where(_found(card, "MC6"), tmp_path) == {
        ("README.md", "MC604", 24), ("README.md", "MC604", 35),  # model-index and the headline
        ("README.md", "MC607", 4), ("README.md", "MC606", 1),  # no base_model in an adapter repository
        ("README.md", "MC605", 32),  # the adapter's base is the authority
        (".eval_results/glue.yaml", "MC609", 4),
        (".eval_results/glue.yaml", "MC610", 2),  # glue-again.yaml comes first, by name
    }


@pytest.mark.parametrize(
    "name, text, line",
    [
        ("trainer_state.json", '{\n  "log_history": [\n    {"step": 1},\n  ]\n}\n', 4),
        ("all_results.json", '{"eval_accuracy": 0.91,\n "eval_loss": }\n', 2),
        ("config.json", "{'_name_or_path': 'x'}", 1),
        (".eval_results/a.yaml", "- dataset:\n    id: [a/b\n  value: 1\n", 3),
    ],
)
def test_malformed_files_are_findings_at_their_position(tmp_path: Path, name: str, text: str, line: int) -> None:
    card = bert_repo(tmp_path, **{name: text})
    found = [d for d in _found(card, "MC6") if Path(d.path).name == Path(name).name]
    assert [(d.span.line, "not valid" in d.message) for d in found] == [(line, True)]


def test_an_unreadable_file_is_a_finding_not_a_crash(tmp_path: Path) -> None:
    card = bert_repo(tmp_path)
    (tmp_path / "trainer_state.json").write_bytes(b"\x00\x01\x02" * 100)
    found = _found(card)
    assert [d.message for d in found if d.code == "MC601"] == [
        "the file cannot be read: not a text file: it holds NUL bytes or mostly control characters, so it is binary, "
        "so the card cannot be checked against the Trainer's log"]
    assert not [d for d in found if d.code == "MC901"]


# -- a folder or the card, every output format ----------------------------------------------------------------------


def _cli(*args: str) -> Any:
    return CliRunner().invoke(main, ["--isolated", "--select", "MC6", *args])


@pytest.fixture
def models(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "models" / "bert"
    folder.mkdir(parents=True)
    state = _bert_state()
    _edited_value(state)
    bert_repo(folder, **{"trainer_state.json": state, "config.json": "{\n  \"_name_or_path\": 7,\n}\n",
                         ".eval_results/glue.yaml": SST2.replace("task_id: sst2", "task: sst2")})
    return folder


def test_the_folder_and_the_card_give_the_same_findings_with_the_files_paths(models: Path) -> None:
    by_folder = json.loads(_cli("--output-format", "json", "models/bert").stdout)
    by_card = json.loads(_cli("--output-format", "json", "models/bert/README.md").stdout)
    assert by_folder == by_card
    assert sorted({d["path"] for d in by_card}) == [
        "models/bert/.eval_results/glue.yaml", "models/bert/README.md", "models/bert/config.json"]
    # messages name the files as the repository does, so that a baseline matches whatever path a run was given
    assert "the log (trainer_state.json, line 63)" in next(d["message"] for d in by_card if d["code"] == "MC601")
    from_inside = json.loads(_cli("--output-format", "json", str(models.resolve())).stdout)
    assert [d["message"] for d in from_inside] == [d["message"] for d in by_card]


@pytest.mark.parametrize("fmt", ["full", "concise", "github", "sarif", "gitlab", "junit", "json-lines"])
def test_every_output_format_names_the_other_files(models: Path, fmt: str) -> None:
    out = _cli("--output-format", fmt, "--color", "never", "models/bert").stdout
    assert "models/bert/.eval_results/glue.yaml" in out and "models/bert/config.json" in out
    if fmt == "full":  # the file's own line, under its path
        assert "models/bert/config.json:3:1: warning[MC605]" in out and "   3 | }" in out
        assert "   3 |     task: sst2" in out


def test_per_file_ignores_and_suppressions_in_the_repository_files(models: Path) -> None:
    Path(".modelcard-lint.toml").write_text('select = ["MC6"]\n[per-file-ignores]\n"models/*/config.json" = ["MC605"]\n')
    results = models / ".eval_results" / "glue.yaml"
    results.write_text(results.read_text().replace("    task: sst2", "    task: sst2  # modelcard-lint-disable-line MC608"))
    found = json.loads(CliRunner().invoke(main, ["--output-format", "json", "models/bert"]).stdout)
    assert [(d["path"], d["line"]) for d in found if d["code"] == "MC608"] == [("models/bert/.eval_results/glue.yaml", 1)]
    assert not [d for d in found if d["code"] == "MC605"]


def test_a_card_read_from_stdin_with_its_repository_name(models: Path) -> None:
    text = (models / "README.md").read_text()
    result = CliRunner().invoke(main, ["--isolated", "--select", "MC601", "--output-format", "concise",
                                       "--stdin-filename", "models/bert/README.md", "-"], input=text)
    assert result.stdout.startswith("models/bert/README.md:70:35: MC601")


# -- fixes -------------------------------------------------------------------------------------------------------------


def test_the_table_rewritten_from_the_log_is_the_trainers_own(tmp_path: Path) -> None:
    original = BERT.read_text(encoding="utf-8")
    edited = (original.replace("| 0.1737        | 1.07  | 4500  | 0.2802          | 0.9128   |\n", "")
              .replace("| 0.3426          | 0.9140   |", "| 0.9140          | 0.3426   |")
              .replace("| 0.2656          | 0.8899   |", "| 0.2656          | 0.8999   |"))
    card = bert_repo(tmp_path, **{"README.md": edited, "trainer_state.json": _bert_state()})
    safe, left = fix_text(edited, path=str(card), config={"select": ["MC601"]}, plugins=False)
    assert safe == edited and len(left) == 3  # the rewrite is unsafe
    fixed, left = fix_text(edited, path=str(card), config={"select": ["MC601"]}, unsafe=True, plugins=False)
    assert fixed == original and left == []


def test_the_rewrite_edits_only_the_tables_lines_and_follows_the_logs_columns(tmp_path: Path) -> None:
    card = ak_repo(tmp_path, **{"trainer_state.json": _true_ak_state()})
    text = card.read_text()
    fixed, left = fix_text(text, path=str(card), config={"select": ["MC601", "MC401"]}, unsafe=True, plugins=False)
    before, after = text.split("\n"), fixed.split("\n")
    assert len(before) == len(after)
    changed = [n for n, (a, b) in enumerate(zip(before, after, strict=True), start=1) if a != b]
    assert changed == list(range(62, 73))  # the exchanged rows, nothing else
    assert after[61] == "| 0.6349        | 20.0  | 304700 | 0.7874   | 1.0813          |"
    assert left == []  # and MC401 has nothing left to find


def test_model_index_results_filled_from_all_results(tmp_path: Path) -> None:
    text = AK.read_text(encoding="utf-8").replace(
        "license: apache-2.0\n", "license: apache-2.0\npipeline_tag: text-classification\ndatasets:\n- clue\n")
    state = trainer_state(AK.read_text(encoding="utf-8"))
    card = ak_repo(tmp_path, **{"README.md": text, "all_results.json": all_results(state)})
    fixed, left = fix_text(text, path=str(card), config={"select": ["MC604", "MC124"]}, unsafe=True, plugins=False)
    assert "  results:\n  - task:\n      type: text-classification\n    dataset:\n      name: clue\n" in fixed
    assert "    - name: Accuracy\n      type: accuracy\n      value: 0.7876137\n---\n" in fixed
    assert left == []  # the filled results follow the Hub's schema and agree with the file


def test_a_model_index_value_rewritten_from_all_results(tmp_path: Path) -> None:
    results = all_results(_bert_state())
    results["eval_accuracy"] = 0.9071100917431193
    card = bert_repo(tmp_path, **{"all_results.json": results})
    fixed, _ = fix_text(card.read_text(), path=str(card), config={"select": ["MC604"]}, unsafe=True, plugins=False)
    assert "      value: 0.9071100917431193\n---" in fixed


def test_an_adapter_repository_gets_its_base_model_as_a_safe_fix(tmp_path: Path) -> None:
    adapter = {"base_model_name_or_path": "google-bert/bert-base-cased", "peft_type": "LORA"}
    card = bert_repo(tmp_path, **{"adapter_config.json": adapter})
    text = card.read_text()
    fixed, left = fix_text(text, path=str(card), plugins=False)
    assert fixed == text.replace("\n---\n", "\nbase_model: google-bert/bert-base-cased\n---\n", 1)
    assert not [d for d in left if d.code in ("MC121", "MC605", "MC606")]


def test_a_card_without_a_repository_costs_no_file_read(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text(BERT.read_text(encoding="utf-8"))
    (tmp_path / "trainer_state.json.bak").write_text(dump(_bert_state()))  # no marker file: not a model repository
    assert not [d for d in _found(tmp_path / "README.md") if d.code.startswith("MC6")]
