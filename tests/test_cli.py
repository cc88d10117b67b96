"""The command line as a user meets it: formats, exit codes, errors without tracebacks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from harness import ROOT, SEEDS

from modelcard_lint.app.cli import main

AK = str(SEEDS / "ak-pretrain-cls-model.md")
CLEAN = str(ROOT / "tests" / "fixtures" / "all" / "clean-card.md")


def run(*args: str, input: bytes | str | None = None, env: dict | None = None):
    return CliRunner().invoke(main, list(args), input=input, env=env, catch_exceptions=False)


def test_seed_reports_placeholders_each_at_its_position_and_exits_1() -> None:
    result = run("--output-format", "json", "--select", "MC301", AK)
    assert result.exit_code == 1
    found = [(d["code"], d["line"], d["column"]) for d in json.loads(result.output)]
    assert found == [("MC301", 12, 1), ("MC301", 17, 124), ("MC301", 24, 1), ("MC301", 28, 1), ("MC301", 32, 1)]


def test_clean_card_exits_0_and_says_so_in_one_line() -> None:
    result = run(CLEAN)
    assert result.exit_code == 0, result.output
    assert result.output == "All checks passed (1 file checked).\n"


def test_json_keys_and_order() -> None:
    result = run("--output-format", "json", AK, CLEAN)
    data = json.loads(result.output)
    assert data, "the seed has findings"
    for d in data:
        assert {"path", "code", "name", "severity", "message", "line", "column", "end_line", "end_column"} <= d.keys()
        assert d["line"] >= 1 and d["column"] >= 1
    keys = [(d["path"], d["line"], d["column"]) for d in data]
    assert keys == sorted(keys)


def test_concise_format() -> None:
    result = run("--output-format", "concise", "--select", "MC301", AK)
    lines = result.output.splitlines()
    assert lines[0] == (
        f"{AK}:12:1: MC301 [warning] the Trainer's note asking to proofread and complete the card, and then to "
        "remove the note, is still here: whoever opens the file reads the card as an unfinished draft"
    )
    assert lines[-1] == "Found 5 warnings in 1 file (1 file checked)."


def test_quiet_prints_only_diagnostics() -> None:
    result = run("--output-format", "concise", "-q", "--select", "MC301", AK)
    assert len(result.output.splitlines()) == 5


def test_full_format_frame_and_help() -> None:
    result = run("--select", "MC301", "--color", "never", AK)
    out = result.output
    assert f"{AK}:24:1: warning[MC301] placeholder-text" in out
    assert "   24 | More information needed\n      | ^^^^^^^^^^^^^^^^^^^^^^^\n" in out
    assert "= help: write the missing information here" in out
    assert "\x1b[" not in out


def test_color_always_and_no_color() -> None:
    assert "\x1b[" in run("--select", "MC301", "--color", "always", AK).output
    assert "\x1b[31" not in run("--select", "MC301", "--color", "always", AK, env={"NO_COLOR": "1"}).output


@pytest.mark.parametrize(
    "args, code",
    [
        (["--fail-on", "error"], 0),  # the seed's MC301 findings are warnings
        (["--fail-on", "warning"], 1),
        (["--exit-zero"], 0),
    ],
)
def test_fail_on_and_exit_zero(args: list[str], code: int) -> None:
    assert run("--select", "MC301", *args, AK).exit_code == code


def test_info_only_is_exit_0_by_default_and_1_with_fail_on_info(tmp_path: Path) -> None:
    card = tmp_path / "README.md"
    card.write_text("\n---\nlicense: mit\n---\n# T\n", encoding="utf-8")
    assert run("--select", "MC103", str(card)).exit_code == 0
    assert run("--select", "MC103", "--fail-on", "info", str(card)).exit_code == 1


def test_select_ignore_by_code_name_and_prefix() -> None:
    by_name = run("--output-format", "json", "--select", "placeholder-text", AK)
    by_prefix = run("--output-format", "json", "--select", "MC3", AK)
    assert json.loads(by_name.output) == json.loads(by_prefix.output)
    ignored = run("--output-format", "json", "--select", "MC2,MC3", "--ignore", "placeholder-text", AK)
    assert all(d["code"] != "MC301" for d in json.loads(ignored.output))


@pytest.mark.parametrize("option", ["--select", "--ignore", "--extend-select"])
def test_unknown_rule_is_a_usage_error(option: str) -> None:
    result = run(option, "MC999", AK)
    assert result.exit_code == 2
    assert "unknown rule or prefix 'MC999'" in result.output
    assert "Traceback" not in result.output


def test_bad_option_behaves_like_click() -> None:
    result = run("--no-such-option", AK)
    assert result.exit_code == 2
    assert "No such option" in result.output and "--no-such-option" in result.output


def test_help_lists_commands_and_check_options() -> None:
    top = run("--help")
    assert top.exit_code == 0
    for word in ("check", "rules", "rule"):
        assert word in top.output
    check = run("check", "--help")
    for option in ("--select", "--output-format", "--fail-on", "--stdin-filename", "--config"):
        assert option in check.output


def test_rules_lists_every_rule() -> None:
    result = run("rules")
    assert result.exit_code == 0
    assert any(line.startswith("MC301  placeholder-text") for line in result.output.splitlines())
    data = json.loads(run("rules", "--output-format", "json").output)
    assert {"code", "name", "severity", "summary"} <= data[0].keys()


def test_rule_by_code_name_and_unknown() -> None:
    assert run("rule", "MC301").output.startswith("# MC301 placeholder-text")
    assert run("rule", "mc301").exit_code == 0
    result = run("rule", "placeholder-txt")
    assert result.exit_code == 2
    assert "did you mean 'placeholder-text'" in result.output


def test_stdin_with_filename() -> None:
    text = Path(AK).read_bytes()
    result = run("--output-format", "concise", "-q", "--select", "MC301", "--stdin-filename", "models/x/README.md", "-", input=text)
    assert result.exit_code == 1
    assert result.output.splitlines()[0].startswith("models/x/README.md:12:1: MC301")


def test_unreadable_inputs_are_reported_and_the_rest_still_run(tmp_path: Path) -> None:
    binary = tmp_path / "weights.md"
    binary.write_bytes(b"---\x00\x01\x02")
    latin = tmp_path / "latin.md"
    latin.write_bytes("---\nlicense: mit\n---\n# Caf\xe9\n".encode("latin-1"))
    result = run("--output-format", "concise", "-q", str(binary), str(latin), str(tmp_path / "missing.md"), AK)
    assert result.exit_code == 2
    out = result.output
    assert f"{binary}:1:4: MC902 [error] not a text file" in out
    assert f"{latin}:4:6: MC902 [error] not valid UTF-8: byte 0xe9" in out
    assert f"{tmp_path / 'missing.md'}:1:1: MC902 [error] cannot read: no such file or directory" in out
    assert f"{AK}:12:1: MC301" in out


def test_directory_walk_finds_cards_and_skips_hidden_and_venvs(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "README.md").write_text("# no front matter\n", encoding="utf-8")
    (tmp_path / "a" / "config.json").write_text("{}", encoding="utf-8")  # a model repository: its README is a card
    (tmp_path / "notes.md").write_text("# not a card\n", encoding="utf-8")
    (tmp_path / "card.md").write_text("---\nlicense: mit\n---\n# T\n", encoding="utf-8")
    for skipped in (".git", "node_modules", ".hidden"):
        (tmp_path / skipped).mkdir()
        (tmp_path / skipped / "README.md").write_text("# x\n", encoding="utf-8")
    (tmp_path / "env").mkdir()
    (tmp_path / "env" / "pyvenv.cfg").write_text("", encoding="utf-8")
    (tmp_path / "env" / "README.md").write_text("# x\n", encoding="utf-8")
    result = run("--output-format", "json", "--select", "MC101", str(tmp_path))
    paths = sorted({d["path"] for d in json.loads(result.output)})
    assert paths == [str(tmp_path / "a" / "README.md")]
    summary = run("--select", "MC101", "--output-format", "concise", str(tmp_path)).output.splitlines()[-1]
    assert summary == "Found 1 warning in 1 file (2 files checked)."


def test_no_argument_lints_the_current_directory(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("# no front matter\n", encoding="utf-8")
    (tmp_path / "model.safetensors").write_bytes(b"")
    old = os.getcwd()
    os.chdir(tmp_path)
    try:
        result = run("--output-format", "concise", "-q", "--select", "MC101")
    finally:
        os.chdir(old)
    assert result.output == "README.md:1:1: MC101 [warning] the card has no metadata block, so the Hub cannot show " \
        "its license, language, datasets or task, and search filters skip it\n"


def test_a_crashing_rule_becomes_mc901_and_exit_2(monkeypatch: pytest.MonkeyPatch) -> None:
    from modelcard_lint.rules.structure.mc202_empty_section import EmptySection

    def boom(self, card):
        raise ZeroDivisionError("division by zero")
        yield

    monkeypatch.setattr(EmptySection, "check", boom)
    result = run("--output-format", "concise", "-q", "--select", "MC202,MC301", AK)
    assert result.exit_code == 2
    lines = result.output.splitlines()
    assert lines[0].startswith(f"{AK}:1:1: MC901 [error] rule MC202 (empty-section) crashed on this card with ZeroDivisionError")
    assert sum(" MC301 " in line for line in lines) == 5  # the other rule still ran


@pytest.mark.parametrize("module", [["-m", "modelcard_lint"]])
def test_python_m_entry_point(module: list[str]) -> None:
    proc = subprocess.run(
        [sys.executable, *module, "--output-format", "concise", "-q", "--select", "MC301", AK],
        capture_output=True, text=True, cwd=ROOT,
    )
    assert proc.returncode == 1
    assert proc.stdout.count("MC301") == 5
    assert proc.stderr == ""


def test_full_format_underlines_under_wide_characters(tmp_path: Path) -> None:
    card = tmp_path / "README.md"
    card.write_text("---\nlicense: mit\n---\n# 模型\n\n中文模型 TODO\n", encoding="utf-8")
    out = run("--select", "MC301", "--color", "never", str(card)).output
    assert "   6 | 中文模型 TODO\n     |          ^^^^\n" in out


def test_full_format_is_styled_only_on_request_or_on_a_terminal(tmp_path: Path) -> None:
    assert "\x1b[" not in run("--select", "MC301", AK).output  # CliRunner's output is not a terminal
    assert "\x1b[" in run("--select", "MC301", AK, env={"FORCE_COLOR": "1"}).output


def test_version() -> None:
    from modelcard_lint import __version__

    result = run("--version")
    assert result.exit_code == 0
    assert result.output == f"modelcard-lint, version {__version__}\n"


def test_github_annotations(tmp_path: Path) -> None:
    card = tmp_path / "README.md"
    card.write_text("---\nlicense: MIT\n---\n# T\n\n<!-- This model card has been generated automatically according "
                    "to the information the Trainer had access to. You\nshould probably proofread and complete it, "
                    "then remove this comment. -->\n\n100% done, key: value, TODO\n", encoding="utf-8")
    result = run("--output-format", "github", "--select", "MC112,MC301", str(card))
    lines = result.output.splitlines()
    path = str(card).replace(":", "%3A").replace(",", "%2C")
    assert lines[0].startswith(f"::error file={path},line=2,col=10,endLine=2,endColumn=13,title=MC112 invalid-license::")
    # a multi-line span carries no columns (GitHub rejects them)
    assert lines[1].startswith(f"::warning file={path},line=6,endLine=7,title=MC301 placeholder-text::")
    assert "%0A" in lines[1]  # the help line, escaped
    assert lines[2].startswith(f"::warning file={path},line=9,col=24,endLine=9,endColumn=28,")
    assert lines[-1] == "Found 1 error and 2 warnings in 1 file (1 file checked). 1 fixable with --fix."
    assert result.exit_code == 1


def test_sarif_report() -> None:
    result = run("--output-format", "sarif", AK)
    data = json.loads(result.output)
    assert data["version"] == "2.1.0"
    (run_,) = data["runs"]
    rules = {r["id"]: r for r in run_["tool"]["driver"]["rules"]}
    assert rules["MC401"]["name"] == "SwappedColumns"
    assert rules["MC401"]["defaultConfiguration"]["level"] == "error"
    results = run_["results"]
    swap = next(r for r in results if r["ruleId"] == "MC401")
    region = swap["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["endLine"]) == (62, 72)
    assert swap["level"] == "error"
    assert run_["tool"]["driver"]["rules"][swap["ruleIndex"]]["id"] == "MC401"
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results}
    assert uris == {"tests/cards/ak-pretrain-cls-model.md"} or all(not u.startswith("/") for u in uris)
    prints = [r["partialFingerprints"]["primaryLocationLineHash"] for r in results]
    assert len(set(prints)) == len(prints)


def test_sarif_fingerprints_survive_lines_inserted_above(tmp_path: Path) -> None:
    text = Path(AK).read_text(encoding="utf-8")
    card = tmp_path / "README.md"
    card.write_text(text, encoding="utf-8")
    before = {r["ruleId"] + r["partialFingerprints"]["primaryLocationLineHash"]
              for r in json.loads(run("--output-format", "sarif", str(card)).output)["runs"][0]["results"]}
    card.write_text(text.replace("# ak-pretrain-cls-model\n", "# ak-pretrain-cls-model\n\nA new paragraph.\n"),
                    encoding="utf-8")
    after = {r["ruleId"] + r["partialFingerprints"]["primaryLocationLineHash"]
             for r in json.loads(run("--output-format", "sarif", str(card)).output)["runs"][0]["results"]}
    assert len(before & after) >= len(before) - 1


def test_statistics() -> None:
    out = run("--statistics", AK).output.splitlines()
    assert out[0] == "5  MC301  placeholder-text  [warning]"
    assert out[-1].startswith("Found 1 error")
    data = json.loads(run("--statistics", "--output-format", "json", AK).output)
    assert data[0] == {"code": "MC301", "name": "placeholder-text", "count": 5, "severity": "warning"}
    assert sum(d["count"] for d in data) == len(json.loads(run("--output-format", "json", AK).output))


def test_parallel_run_gives_the_same_report(tmp_path: Path) -> None:
    text = Path(AK).read_text(encoding="utf-8")
    for i in range(210):  # above the threshold where workers start
        folder = tmp_path / f"m{i:03d}"
        folder.mkdir()
        (folder / "README.md").write_text(text.replace("30.0", f"{i}.0") if i % 3 else text, encoding="utf-8")
    one = run("--output-format", "json", "-j", "1", str(tmp_path))
    two = run("--output-format", "json", "-j", "2", str(tmp_path))
    assert one.exit_code == two.exit_code == 1
    assert json.loads(one.output) == json.loads(two.output)
    assert len({d["path"] for d in json.loads(two.output)}) == 210
    full = run("--color", "never", "-j", "2", str(tmp_path)).output
    assert "   24 | More information needed" in full  # the workers send back the lines to frame
