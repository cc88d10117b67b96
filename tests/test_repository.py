"""The repository model: which cards have one, how its files are read, and where a JSON key is."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from modelcard_lint.card import Card
from modelcard_lint.card.jsoncompose import compose_json
from modelcard_lint.card.jsonfile import JsonDoc
from modelcard_lint.card.repository import MAX_BYTES, Repository
from modelcard_lint.card.source import Source
from modelcard_lint.diagnostics import Span


def _card(folder: Path, name: str = "README.md", shown: str | None = None) -> Card:
    path = folder / name
    text = path.read_text() if path.exists() else "---\nlicense: mit\n---\n"
    return Card(Source.from_text(text, shown if shown is not None else str(path)), str(folder))


# -- JSON with positions ---------------------------------------------------------------------------------------------


def test_json_keys_are_found_at_their_lines_and_columns() -> None:
    text = '{\n  "a": [1, {"z": 2, "y": [3, {"w": 1}]}, NaN],\n\t"b": {"c": {}}, "d": [],\n  "f": {"g": 1}\n}'
    doc = JsonDoc(text)
    assert doc.valid and doc.data["a"][1]["y"][1]["w"] == 1
    assert doc.span("a") == Span(2, 3, 2, 6)
    assert doc.span("a", 1, "y", 1, "w") == Span(2, 31, 2, 34)
    assert doc.span("a", 1) == doc.span("a", 1, "z")  # a list item is named by its first key
    assert doc.span("a", 0) == doc.span("a")  # ... or by its list's key when it has none
    assert doc.span("b", "c").line == 3 and doc.span("f", "g") == Span(4, 9, 4, 12)
    assert doc.span("missing") == Span.at(1, 1)


def test_strings_that_look_like_keys_do_not_shift_the_positions() -> None:
    text = '{"e": [":x", ", \\": y", "a\\"", ": b"],\n "f": 1}'
    assert JsonDoc(text).span("f") == Span(2, 2, 2, 5)


def test_nan_and_infinity_as_python_writes_them() -> None:
    doc = JsonDoc('{"grad_norm": NaN, "x": -Infinity}')
    assert doc.valid and doc.data["x"] == float("-inf")


def test_a_syntax_error_is_a_problem_at_its_position_in_jsons_words() -> None:
    doc = JsonDoc('{\n  "a": 1,\n}')
    assert not doc.valid and doc.data is None
    (problem,) = doc.problems
    assert (problem.span.line, problem.span.column) == (3, 1)
    assert problem.message == "Expecting property name enclosed in double quotes"
    assert JsonDoc("").problems[0].message == "Expecting value"
    assert JsonDoc("[" * 100_000).problems  # too deep: a problem, not a crash


def test_duplicate_keys_fall_back_to_the_exact_tree() -> None:
    doc = JsonDoc('{"a": 1,\n "a": {"b": 2},\n "c": 3}')
    assert doc.data == {"a": {"b": 2}, "c": 3}  # the last wins, as in json.loads
    assert doc.span("c") == Span(3, 2, 3, 5)
    assert doc.span("a", "b").line == 2
    root, problems = compose_json('{"a": 1,\n "a": 2}')
    assert root is not None and root.value["a"].value == 2 and problems[0].category == "duplicate-key"


def test_the_exact_tree_agrees_with_the_fast_positions() -> None:
    data = {"log_history": [{"epoch": i / 10, "loss": 0.5, "step": i, "x": [1, {"y": 2}]} for i in range(30)], "z": 1}
    text = json.dumps(data, indent=2, sort_keys=True)
    doc = JsonDoc(text)
    root, _ = compose_json(text)
    assert root is not None
    for path in [("log_history", 17, "step"), ("log_history", 29, "x", 1, "y"), ("z",)]:
        node = root.find(*path)
        assert node is not None and node.key is not None
        assert doc.span(*path) == node.key.span


# -- which cards have a repository ------------------------------------------------------------------------------------


def test_a_readme_in_a_model_folder_has_a_repository(tmp_path: Path) -> None:
    (tmp_path / "config.json").write_text("{}")
    card = _card(tmp_path, shown="models/bert/README.md")
    assert card.repo is not None
    assert card.repo.path("trainer_state.json") == os.path.join("models/bert", "trainer_state.json")
    assert card.repo_files() == []  # nothing read until a rule asks
    assert card.repo.file("config.json") is not None and card.repo_files()[0].path.endswith("config.json")


def test_no_repository_without_a_folder_a_readme_or_model_files(tmp_path: Path) -> None:
    assert Card.from_text("---\nlicense: mit\n---\n").repo is None
    assert _card(tmp_path).repo is None  # a folder of cards is not a model repository
    (tmp_path / "config.json").write_text("{}")
    os.utime(tmp_path, ns=(1, 10**18 + 1))
    assert _card(tmp_path, "other.md").repo is None  # only the README is the repository's card
    assert Card.from_text("x").repo_files() == []


def test_the_listing_is_refreshed_when_the_folder_changes(tmp_path: Path) -> None:
    assert _card(tmp_path).repo is None
    (tmp_path / "model.safetensors").write_bytes(b"")
    os.utime(tmp_path, ns=(1, 10**18))  # a new mtime, even on a coarse clock
    assert _card(tmp_path).repo is not None


def test_files_that_cannot_be_read_say_why(tmp_path: Path) -> None:
    (tmp_path / "config.json").write_bytes(b"\xff\xfe{}")
    (tmp_path / "all_results.json").mkdir()
    os.mkfifo(tmp_path / "trainer_state.json")
    repo = Repository.open(str(tmp_path), "README.md")
    assert repo is not None
    config = repo.file("config.json")
    assert config is not None and config.text is None and config.error
    assert repo.file("all_results.json") is None  # a folder is no file
    fifo = repo.file("trainer_state.json")
    assert fifo is not None and fifo.error == "it is not a regular file"
    assert repo.file("eval_results.json") is None
    assert repo.file("config.json") is config  # read once


def test_a_file_too_large_is_not_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "trainer_state.json").write_text("{}" + " " * 100)
    monkeypatch.setattr("modelcard_lint.card.repository.MAX_BYTES", 10)
    repo = Repository.open(str(tmp_path), "README.md")
    assert repo is not None
    f = repo.file("trainer_state.json")
    assert f is not None and f.text is None and "more than" in (f.error or "")
    assert MAX_BYTES > 10


def test_license_and_eval_results_files(tmp_path: Path) -> None:
    (tmp_path / ".eval_results").mkdir()
    (tmp_path / ".eval_results" / "b.yaml").write_text("- value: 1\n")
    (tmp_path / ".eval_results" / "a.yml").write_text("- value: 2\n")
    (tmp_path / ".eval_results" / "notes.txt").write_text("x")
    (tmp_path / "License.txt").write_text("MIT License\n")
    repo = Repository.open(str(tmp_path), "m/README.md")
    assert repo is not None
    assert [f.name for f in repo.eval_results()] == [".eval_results/a.yml", ".eval_results/b.yaml"]
    assert repo.eval_results()[0].path == os.path.join("m", ".eval_results/a.yml")
    root, problems = repo.eval_results()[1].yaml()
    assert root is not None and not problems and root.value[0].get("value").span.line == 1
    lic = repo.license()
    assert lic is not None and lic.name == "License.txt" and lic.lines[0] == "MIT License"
    assert repo.find(lic.path) is lic
