"""Configuration: discovery (closest wins), keys, rule options, and clear errors."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner
from harness import SEEDS

from modelcard_lint.app.cli import main

AK = (SEEDS / "ak-pretrain-cls-model.md").read_text(encoding="utf-8")


def lint_json(*args: str) -> tuple[int, list[dict]]:
    result = CliRunner().invoke(main, ["--output-format", "json", *args], catch_exceptions=False)
    return result.exit_code, (json.loads(result.stdout) if result.stdout.startswith("[") else result.output)


def cards(tmp_path: Path) -> Path:
    (tmp_path / "models" / "a").mkdir(parents=True)
    (tmp_path / "models" / "a" / "README.md").write_text(AK, encoding="utf-8")
    return tmp_path / "models" / "a" / "README.md"


def test_pyproject_tool_table_selects_and_sets_severity(tmp_path: Path) -> None:
    card = cards(tmp_path)
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.modelcard-lint]\nselect = ["placeholder-text"]\n'
        '[tool.modelcard-lint.severity]\nMC301 = "error"\n',
        encoding="utf-8",
    )
    code, data = lint_json(str(card))
    assert code == 1
    assert {d["code"] for d in data} == {"MC301"}
    assert {d["severity"] for d in data} == {"error"}


def test_closest_configuration_wins_and_dotfile_beats_pyproject(tmp_path: Path) -> None:
    card = cards(tmp_path)
    (tmp_path / ".modelcard-lint.toml").write_text('select = ["MC301"]\n', encoding="utf-8")
    (tmp_path / "models" / "pyproject.toml").write_text(
        '[tool.modelcard-lint]\nselect = ["MC202"]\n', encoding="utf-8"
    )
    (tmp_path / "models" / ".modelcard-lint.toml").write_text('select = ["MC201"]\n', encoding="utf-8")
    _, data = lint_json(str(card))
    assert {d["code"] for d in data} <= {"MC201"}


def test_pyproject_without_our_table_is_skipped(tmp_path: Path) -> None:
    card = cards(tmp_path)
    (tmp_path / ".modelcard-lint.toml").write_text('select = ["MC301"]\n', encoding="utf-8")
    (tmp_path / "models" / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    _, data = lint_json(str(card))
    assert {d["code"] for d in data} == {"MC301"}


def test_config_flag_and_isolated(tmp_path: Path) -> None:
    card = cards(tmp_path)
    (tmp_path / ".modelcard-lint.toml").write_text('select = ["MC202"]\n', encoding="utf-8")
    other = tmp_path / "other.toml"
    other.write_text('select = ["MC301"]\nignore = ["MC301"]\n', encoding="utf-8")
    assert lint_json(str(card)) == (0, [])
    assert lint_json("--config", str(other), str(card)) == (0, [])
    _, isolated = lint_json("--isolated", str(card))
    assert "MC301" in {d["code"] for d in isolated}


def test_cli_select_beats_the_file_and_ignore_adds(tmp_path: Path) -> None:
    card = cards(tmp_path)
    (tmp_path / ".modelcard-lint.toml").write_text('select = ["MC301"]\n', encoding="utf-8")
    _, data = lint_json("--select", "MC2", str(card))
    assert all(d["code"].startswith("MC2") for d in data)


def test_per_file_ignores_and_exclude(tmp_path: Path) -> None:
    card = cards(tmp_path)
    (tmp_path / "models" / "b").mkdir()
    (tmp_path / "models" / "b" / "README.md").write_text(AK, encoding="utf-8")
    (tmp_path / ".modelcard-lint.toml").write_text(
        'select = ["MC301"]\nextend-exclude = ["models/b"]\n[per-file-ignores]\n"a/README.md" = ["placeholder-text"]\n',
        encoding="utf-8",
    )
    assert lint_json(str(tmp_path)) == (0, [])
    # a file named on the command line is linted even when excluded, unless --force-exclude
    excluded = str(tmp_path / "models" / "b" / "README.md")
    assert lint_json(excluded)[0] == 1
    assert lint_json("--force-exclude", excluded) == (0, [])
    assert card.exists()


def test_rule_options_by_name_or_code(tmp_path: Path) -> None:
    card = cards(tmp_path)
    (tmp_path / ".modelcard-lint.toml").write_text(
        'select = ["MC201"]\n[rules.MC201]\nprofile = "hub-template"\n', encoding="utf-8"
    )
    _, data = lint_json(str(card))
    assert len(data) >= 5
    assert any("Model Card Contact" in d["message"] for d in data)


@pytest.mark.parametrize(
    "text, message",
    [
        ("selct = []\n", "unknown key 'selct' (did you mean 'select'?)"),
        ('select = "MC301"\n', "'select' must be a list of strings"),
        ('select = ["MC999"]\n', "in 'select': unknown rule or prefix 'MC999'"),
        ('[severity]\nMC301 = "fatal"\n', "severity of 'MC301': unknown severity 'fatal'"),
        ("[rules.nope]\nx = 1\n", "[rules.nope]: unknown rule 'nope'"),
        ("[rules.missing-section]\nprofil = 'x'\n", "unknown option 'profil' (did you mean 'profile'?)"),
        ("[rules.missing-section]\nprofile = 3\n", "option 'profile': expected a string"),
        ("[rules.missing-section]\nprofile = 'nope'\n", "unknown profile 'nope'"),
        ("[rules.missing-section.profiles]\nmine = ['nope']\n", "profile 'mine' requires unknown topic 'nope'"),
        ("select = [\n", "not valid TOML"),
    ],
)
def test_bad_configuration_is_exit_2_with_a_message_naming_it(tmp_path: Path, text: str, message: str) -> None:
    card = cards(tmp_path)
    (tmp_path / ".modelcard-lint.toml").write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, [str(card)], catch_exceptions=False)
    assert result.exit_code == 2
    assert message in result.output, result.output
    assert str(tmp_path / ".modelcard-lint.toml") in result.output
    assert "Traceback" not in result.output


def test_missing_config_flag_file(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["--config", str(tmp_path / "nope.toml"), "x.md"])
    assert result.exit_code == 2
    assert "no such file" in result.output


def test_stdin_filename_finds_the_configuration(tmp_path: Path) -> None:
    cards(tmp_path)
    (tmp_path / ".modelcard-lint.toml").write_text('select = ["MC301"]\n', encoding="utf-8")
    old = os.getcwd()
    os.chdir(tmp_path)
    try:
        result = CliRunner().invoke(
            main, ["--output-format", "json", "--stdin-filename", "models/a/README.md", "-"], input=AK
        )
    finally:
        os.chdir(old)
    assert {d["code"] for d in json.loads(result.output)} == {"MC301"}


def test_allow_lists_accept_values_the_bundled_hub_lists_do_not_know(tmp_path: Path) -> None:
    card = tmp_path / "README.md"
    card.write_text(
        "---\nlicense: acme-1.0\nlanguage: [en, qzl]\npipeline_tag: text-to-hologram\nlibrary_name: acmelib\n"
        "---\n# m\n",
        encoding="utf-8",
    )
    codes = "MC112,MC115,MC117,MC119"
    code, data = lint_json("--isolated", "--select", codes, str(card))
    assert code == 1
    assert sorted(d["code"] for d in data) == ["MC112", "MC115", "MC117", "MC119"]
    (tmp_path / ".modelcard-lint.toml").write_text(
        'select = ["MC112", "MC115", "MC117", "MC119"]\n'
        '[rules.invalid-license]\nallow = ["acme-1.0"]\n[rules.invalid-language]\nallow = ["qzl"]\n'
        '[rules.MC117]\nallow = ["text-to-hologram"]\n[rules.unknown-library-name]\nallow = ["acmelib"]\n',
        encoding="utf-8",
    )
    assert lint_json(str(card)) == (0, [])
    # only the listed value: another unknown license is still reported
    card.write_text("---\nlicense: [acme-1.0, acme-2.0]\n---\n# m\n", encoding="utf-8")
    code, data = lint_json(str(card))
    assert code == 1 and [d["code"] for d in data] == ["MC112"] and "acme-2.0" in data[0]["message"]


def test_an_allow_list_that_is_not_a_list_of_strings_is_a_config_error(tmp_path: Path) -> None:
    card = cards(tmp_path)
    (tmp_path / ".modelcard-lint.toml").write_text('[rules.invalid-license]\nallow = "acme-1.0"\n', encoding="utf-8")
    result = CliRunner().invoke(main, [str(card)])
    assert result.exit_code == 2
    assert "allow" in result.output and "Traceback" not in result.output
