"""--fix, --unsafe-fixes and --diff: edits on the card's own bytes, written atomically."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner
from harness import SEEDS

from modelcard_lint.app.cli import main


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(main, ["--isolated", *args], input=input, catch_exceptions=False)


def card_file(tmp_path: Path, text: str | bytes, name: str = "README.md") -> Path:
    path = tmp_path / name
    if isinstance(text, str):
        path.write_text(text, encoding="utf-8", newline="")
    else:
        path.write_bytes(text)
    return path


@pytest.mark.parametrize(
    "before, after",
    [
        # MC102: fences of four dashes or with trailing spaces
        ("----\nlicense: mit\n----\n# T\n", "---\nlicense: mit\n---\n# T\n"),
        ("--- \nlicense: mit\n---\n# T\n", "---\nlicense: mit\n---\n# T\n"),
        # MC110: a misspelled key
        ("---\nlicence: mit\n---\n# T\n", "---\nlicense: mit\n---\n# T\n"),
        ("---\nlicense: mit\nmodel_index:\n- name: x\n---\n", "---\nlicense: mit\nmodel-index:\n- name: x\n---\n"),
        # MC112: the same license written differently
        ("---\nlicense: MIT\n---\n", "---\nlicense: mit\n---\n"),
        ("---\nlicense:\n- Apache 2.0\n- mit\n---\n", "---\nlicense:\n- apache-2.0\n- mit\n---\n"),
        # MC115: a language code in upper case
        ("---\nlicense: mit\nlanguage: [EN, fr]\n---\n", "---\nlicense: mit\nlanguage: [en, fr]\n---\n"),
        # MC123: datasets as a string, quotes kept
        ("---\nlicense: mit\ndatasets: 'glue'\n---\n", "---\nlicense: mit\ndatasets: ['glue']\n---\n"),
        # MC121: base_model from the body's "fine-tuned version of"
        (
            "---\nlicense: mit\n---\n# m\n\nA fine-tuned version of [b](https://huggingface.co/org/b).\n",
            "---\nlicense: mit\nbase_model: org/b\n---\n# m\n\nA fine-tuned version of [b](https://huggingface.co/org/b).\n",
        ),
    ],
)
def test_safe_fixes(tmp_path: Path, before: str, after: str) -> None:
    path = card_file(tmp_path, before)
    run("--fix", "--select", "MC102,MC110,MC112,MC115,MC121,MC123", str(path))
    assert path.read_text(encoding="utf-8") == after
    # a second run has nothing left to fix
    assert run("--diff", "--select", "MC102,MC110,MC112,MC115,MC121,MC123", str(path)).exit_code == 0


@pytest.mark.parametrize(
    "before, after",
    [
        ("---\nlicense: gpl-2.0-or-later\n---\n", "---\nlicense: gpl-2.0\n---\n"),
        ("---\nlicense: mit\nlanguage: zh-CN\n---\n", "---\nlicense: mit\nlanguage: zh\n---\n"),
        ("---\nlicense: mit\npipeline_tag: conversational\n---\n", "---\nlicense: mit\npipeline_tag: text-generation\n---\n"),
    ],
)
def test_unsafe_fixes_need_the_flag(tmp_path: Path, before: str, after: str) -> None:
    path = card_file(tmp_path, before)
    result = run("--fix", "--select", "MC112,MC115,MC118", "--output-format", "concise", str(path))
    assert path.read_text(encoding="utf-8") == before
    assert result.output.splitlines()[-1].endswith("1 fixable with --fix --unsafe-fixes.")
    run("--fix", "--unsafe-fixes", "--select", "MC112,MC115,MC118", str(path))
    assert path.read_text(encoding="utf-8") == after


def test_untouched_bytes_crlf_and_bom_are_kept(tmp_path: Path) -> None:
    raw = "\ufeff---\r\nlicense: MIT  # ours\r\ntags:\r\n-   a\r\n---\r\n\r\n# T   \r\nText\twith tab\r\n".encode()
    path = card_file(tmp_path, raw)
    run("--fix", "--select", "MC112", str(path))
    assert path.read_bytes() == raw.replace(b"license: MIT", b"license: mit")


def test_inserted_lines_use_the_files_line_endings(tmp_path: Path) -> None:
    raw = b"---\r\nlicense: mit\r\n---\r\n# m\r\n\r\nA fine-tuned version of [o/b](https://huggingface.co/o/b).\r\n"
    path = card_file(tmp_path, raw)
    run("--fix", "--select", "MC121", str(path))
    assert path.read_bytes() == raw.replace(b"license: mit\r\n", b"license: mit\r\nbase_model: o/b\r\n")


def test_fix_reports_what_is_left_and_exits_on_it(tmp_path: Path) -> None:
    path = card_file(tmp_path, "---\nlicense: MIT\n---\n# T\n\nMore information needed\n")
    result = run("--fix", "--select", "MC112,MC301", "--output-format", "concise", str(path))
    lines = result.output.splitlines()
    assert lines[0].startswith(f"{path}:6:1: MC301")
    assert lines[-1] == "Fixed 1 finding in 1 file. Found 1 warning in 1 file (1 file checked)."
    assert result.exit_code == 1
    clean = card_file(tmp_path, "---\nlicense: MIT\n---\n# T\n", "other.md")
    assert run("--fix", "--select", "MC112", str(clean)).exit_code == 0


def test_diff_shows_without_writing(tmp_path: Path) -> None:
    text = "---\nlicence: MIT\n---\n# T\n"
    path = card_file(tmp_path, text)
    result = run("--diff", "--select", "MC110,MC112", str(path))
    assert result.exit_code == 1
    assert path.read_text(encoding="utf-8") == text
    assert f"--- {path}\n+++ {path}\n" in result.output
    assert "-licence: MIT\n+license: mit\n" in result.output
    assert result.output.splitlines()[-1] == "Would fix 2 findings in 1 file."


def test_permissions_are_kept_and_no_temporary_file_is_left(tmp_path: Path) -> None:
    path = card_file(tmp_path, "---\nlicense: MIT\n---\n")
    os.chmod(path, 0o640)
    run("--fix", "--select", "MC112", str(path))
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["README.md"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write into a read-only folder")
def test_a_card_that_cannot_be_written_is_left_as_it_was(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    path = card_file(folder, "---\nlicense: MIT\n---\n")
    os.chmod(folder, 0o500)
    try:
        result = run("--fix", "--select", "MC112", str(path))
    finally:
        os.chmod(folder, 0o700)
    assert result.exit_code == 2
    assert "not fixed" in result.output
    assert path.read_text(encoding="utf-8") == "---\nlicense: MIT\n---\n"


def test_a_failed_write_leaves_the_card_and_no_temporary_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = card_file(tmp_path, "---\nlicense: MIT\n---\n")

    def broken_replace(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("modelcard_lint.app.write.os.replace", broken_replace)
    result = run("--fix", "--select", "MC112", "--output-format", "concise", str(path))
    assert result.exit_code == 2
    assert "not fixed: No space left on device" in result.output
    assert path.read_text(encoding="utf-8") == "---\nlicense: MIT\n---\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["README.md"]
    assert f"{path}:2:10: MC112" in result.output  # the findings of the card as it is


def test_fix_with_stdin_and_files_or_with_diff_are_usage_errors(tmp_path: Path) -> None:
    card = card_file(tmp_path, "---\nlicense: MIT\n---\n")
    assert run("--fix", "-", str(card)).exit_code == 2
    assert run("--fix", "--diff", str(tmp_path)).exit_code == 2


def test_fix_and_diff_of_stdin_print_to_stdout_for_editors(tmp_path: Path) -> None:
    text = "---\nlicense: MIT\n---\n# T\n\nTODO\n"
    result = run("--fix", "--select", "MC112,MC301", "--output-format", "concise", "-", input=text)
    assert result.stdout == text.replace("MIT", "mit")  # the whole card, fixed; nothing else on stdout
    assert "MC301" in result.stderr and "MC112" not in result.stderr  # what is left, on stderr
    assert result.exit_code == 1
    clean = run("--fix", "--select", "MC112", "-q", "-", input="---\nlicense: mit\n---\n")
    assert (clean.exit_code, clean.stdout) == (0, "---\nlicense: mit\n---\n")  # unchanged, still printed
    diff = run("--diff", "--select", "MC112", "--stdin-filename", "models/x/README.md", "-", input=text)
    assert diff.exit_code == 1
    assert "-license: MIT\n+license: mit\n" in diff.stdout and "Would fix 1 finding" in diff.stderr


def test_json_carries_the_fix() -> None:
    data = json.loads(run("--output-format", "json", "--select", "MC121", str(SEEDS / "ak-pretrain-cls-model.md")).output)
    (d,) = data
    assert d["fix"] == {
        "applicability": "safe",
        "message": "add `base_model: hfl/chinese-roberta-wwm-ext` to the metadata",
        "edits": [{"line": 10, "column": 1, "end_line": 10, "end_column": 1,
                   "content": "base_model: hfl/chinese-roberta-wwm-ext\n"}],
    }


def test_fixing_the_seed_card_keeps_its_body(tmp_path: Path) -> None:
    text = (SEEDS / "ak-pretrain-cls-model.md").read_text(encoding="utf-8")
    path = card_file(tmp_path, text)
    result = run("--fix", "--output-format", "concise", str(path))
    fixed = path.read_text(encoding="utf-8")
    assert fixed == text.replace("  results: []\n---", "  results: []\nbase_model: hfl/chinese-roberta-wwm-ext\n---")
    assert "Fixed 1 finding in 1 file." in result.output
