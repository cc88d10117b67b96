"""What a hook must survive: special files, huge files, dying workers, slow rules, hostile text, bad configuration.

Each test is one failure class from a fuzzing campaign; none may end in a hang or a traceback.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from harness import ROOT, SEEDS

from modelcard_lint.app.cli import main

AK = (SEEDS / "ak-pretrain-cls-model.md").read_text(encoding="utf-8")


def run(*args: str, input: bytes | str | None = None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def concise(*args: str, input: bytes | str | None = None) -> tuple[int, list[str]]:
    result = run("--isolated", "--output-format", "concise", "-q", *args, input=input)
    return result.exit_code, result.stdout.splitlines()


def python(script: str, timeout: float = 60, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(script)], capture_output=True, text=True, cwd=ROOT, timeout=timeout,
        **kwargs,
    )


# -- special and huge files --------------------------------------------------------------------------------


def test_a_fifo_is_refused_without_reading_it_and_skipped_in_a_walk(tmp_path: Path) -> None:
    fifo = tmp_path / "README.md"
    os.mkfifo(fifo)
    code, lines = concise(str(fifo))  # would block forever if it were opened for a blocking read
    assert code == 2
    assert lines == [f"{fifo}:1:1: MC902 [error] cannot read: it is not a regular file but a FIFO (named pipe)"]
    (tmp_path / "m").mkdir()
    (tmp_path / "m" / "README.md").write_text("---\nlicense: mit\n---\n# T\n")
    result = run("--isolated", "--output-format", "json", "--select", "MC114", str(tmp_path))
    assert result.exit_code == 0 and json.loads(result.stdout) == []


def test_a_device_is_refused() -> None:
    code, lines = concise("/dev/zero")
    assert code == 2 and "not a regular file but a device" in lines[0]


def test_a_file_over_the_size_limit_is_not_read(tmp_path: Path) -> None:
    card = tmp_path / "README.md"
    card.write_text("---\nlicense: mit\n---\n" + "x" * 2000 + "\n")
    (tmp_path / ".modelcard-lint.toml").write_text('max-file-size = "1 KB"\n')
    result = run("--output-format", "concise", "-q", str(card))
    assert result.exit_code == 2
    assert "MC902 [error] not linted: the file is 2.0 KiB, more than the 1000 bytes of `max-file-size`" in result.stdout
    (tmp_path / ".modelcard-lint.toml").write_text('max-file-size = "ten"\n')
    bad = run(str(card))
    assert bad.exit_code == 2 and "'max-file-size' must be a number of bytes" in bad.output


def test_stdin_is_read_up_to_the_size_limit(tmp_path: Path) -> None:
    (tmp_path / ".modelcard-lint.toml").write_text("max-file-size = 100\n")
    result = run("--config", str(tmp_path / ".modelcard-lint.toml"), "-", input=b"x" * 10_000)
    assert result.exit_code == 2 and "more than 100 bytes" in result.output


def test_a_stray_nul_is_reported_where_it_is_and_the_card_is_linted(tmp_path: Path) -> None:
    card = tmp_path / "README.md"
    card.write_bytes(b"---\nlicense: mit\n---\n# T\n\nText\x00 here. TODO\n")
    code, lines = concise("--select", "MC302,MC301", str(card))
    assert code == 1
    assert lines == [
        f"{card}:6:5: MC302 [*] [warning] invisible control character U+0000 (NUL): the Hub shows nothing here, "
        "but it hides text from readers and reviewers, and breaks tools that read the card",
        f"{card}:6:13: MC301 [warning] \"TODO\" marks unfinished text",
    ]


def test_control_characters_are_one_finding_per_line_and_one_fix(tmp_path: Path) -> None:
    # thousands of line separators between the words of one line are one thing to fix, not thousands
    card = tmp_path / "README.md"
    card.write_text("---\nlicense: mit\n---\n# T\n\n" + "word\u2028" * 3000 + "end \x01x\n\nok\n", encoding="utf-8")
    code, lines = concise("--select", "MC302", str(card))
    assert code == 1 and len(lines) == 1
    assert lines[0].startswith(f"{card}:6:5: MC302 [*] [warning] invisible control characters U+0001 (SOH), "
                               "U+2028 (LINE SEPARATOR) (3001 in this line)")
    code, _ = concise("--select", "MC302", "--fix", str(card))
    assert code == 0
    assert card.read_text(encoding="utf-8") == "---\nlicense: mit\n---\n# T\n\n" + "word" * 3000 + "end x\n\nok\n"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-32"])
def test_utf16_and_utf32_are_named(tmp_path: Path, encoding: str) -> None:
    card = tmp_path / "README.md"
    card.write_bytes("---\nlicense: mit\n---\n# T\n".encode(encoding))
    code, lines = concise(str(card))
    assert code == 2 and "text; the Hub reads cards as UTF-8" in lines[0] and encoding[:6].upper() in lines[0]


def test_nothing_to_lint_is_said_on_stderr(tmp_path: Path) -> None:
    result = run("--isolated", str(tmp_path))
    assert result.exit_code == 0
    assert result.stderr == "modelcard-lint: warning: no model cards found to lint\n"


# -- workers, time limits, interrupts ------------------------------------------------------------------------

DYING_WORKER = """
import os, sys
from modelcard_lint.rules.structure.mc202_empty_section import EmptySection
from modelcard_lint.app.cli import run

def check(self, card):
    if "m105" in card.path:
        os._exit(3)  # a plugin that ends its process
    return iter(())

EmptySection.check = check
sys.argv = ["modelcard-lint", "--isolated", "-j", "2", "--select", "MC202", "--output-format", "concise", {folder!r}]
run()
"""


def test_a_worker_that_dies_ends_the_run_with_2_instead_of_a_hang(tmp_path: Path) -> None:
    for i in range(210):
        (tmp_path / f"m{i:03d}").mkdir()
        (tmp_path / f"m{i:03d}" / "README.md").write_text("---\nlicense: mit\n---\n# T\n\nText.\n")
    proc = python(DYING_WORKER.format(folder=str(tmp_path)), timeout=60)
    assert proc.returncode == 2, proc.stderr
    assert "modelcard-lint: error: a worker process died while linting" in proc.stderr
    assert "one of the" in proc.stderr and "Traceback" not in proc.stderr  # names the files that were in flight


SLOW_RULE = """
import sys, time
from modelcard_lint.rules.structure.mc202_empty_section import EmptySection
from modelcard_lint.app.cli import run

def check(self, card):
    time.sleep({sleep})
    return iter(())

EmptySection.check = check
sys.argv = ["modelcard-lint", "--config", {config!r}, "-j", "{jobs}", "--output-format", "concise", "-q", *{paths!r}]
run()
"""


def test_a_card_over_the_time_limit_is_stopped_and_the_run_goes_on(tmp_path: Path) -> None:
    config = tmp_path / "limits.toml"
    config.write_text('time-limit = 0.3\nselect = ["MC201", "MC202", "MC301"]\n')
    card = tmp_path / "README.md"
    card.write_text("---\nlicense: mit\n---\n# T\n\nTODO\n")
    start = time.monotonic()
    proc = python(SLOW_RULE.format(sleep=30, config=str(config), jobs=1, paths=[str(card)]))
    assert time.monotonic() - start < 20
    assert proc.returncode == 2, proc.stderr
    lines = proc.stdout.splitlines()
    assert f"{card}:1:1: MC904 [error] linting this card took longer than 0.3 s: rule MC202 (empty-section) was " \
        "stopped, and 1 more rule did not run, so findings may be missing" in lines
    assert any(" MC201 " in line for line in lines)  # the rule before it ran
    assert proc.stderr == ""


def test_ctrl_c_stops_a_parallel_run_at_once_with_130(tmp_path: Path) -> None:
    for i in range(220):
        (tmp_path / f"m{i:03d}").mkdir()
        (tmp_path / f"m{i:03d}" / "README.md").write_text("---\nlicense: mit\n---\n# T\n")
    config = tmp_path / "c.toml"
    config.write_text('select = ["MC202"]\ntime-limit = 0\n')
    script = SLOW_RULE.format(sleep=0.2, config=str(config), jobs=2, paths=[str(tmp_path)])
    # a shell's background job inherits SIGINT ignored, and Python then keeps ignoring it: restore it
    script = "import signal; signal.signal(signal.SIGINT, signal.default_int_handler)\n" + textwrap.dedent(script)
    proc = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    time.sleep(2)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=20)
    assert proc.returncode == 130
    assert err.strip().endswith("modelcard-lint: interrupted") and "Traceback" not in err


# -- what a card can put on the terminal -----------------------------------------------------------------------

HOSTILE = (
    '---\nlicense: mit\ndatasets: "a\\n::error::planted"\nlanguage: "\\e[2J\\e]0;title\\a"\n---\n'
    "# T \x1b[31mred\x1b[0m\n\nTODO \x1b]8;;https://evil.example\x07link\x1b]8;;\x07\n"
)


@pytest.mark.parametrize("fmt", ["full", "concise", "github"])
def test_control_characters_never_reach_the_terminal(tmp_path: Path, fmt: str) -> None:
    card = tmp_path / "README\x1b[2J.md"
    card.write_text(HOSTILE, encoding="utf-8")
    result = run("--isolated", "--output-format", fmt, "--color", "never", str(card))
    assert result.exit_code == 1
    out = result.stdout
    assert "\x1b" not in out and "\x07" not in out
    assert not any(line.startswith("::error::") for line in out.splitlines())
    if fmt != "github":
        assert "\\x1b" in out  # shown, as an escape
    else:  # each annotation is one line: the value's line break is escaped
        assert all(line.startswith("::") for line in out.splitlines()[:-1])


def test_sarif_uris_are_percent_encoded(tmp_path: Path) -> None:
    folder = tmp_path / "my models #1"
    folder.mkdir()
    (folder / "README.md").write_text("# T\n")
    (folder / "config.json").write_text("{}")
    old = os.getcwd()
    os.chdir(tmp_path)
    try:
        data = json.loads(run("--isolated", "--output-format", "sarif", "my models #1").stdout)
    finally:
        os.chdir(old)
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in data["runs"][0]["results"]}
    assert uris == {"my%20models%20%231/README.md"}


# -- configuration and plugins that must not end in a traceback ------------------------------------------------


@pytest.mark.parametrize(
    "name, text, message",
    [
        (".modelcard-lint.toml", 'exclude = ["[z-a]"]\n', "'[z-a]' is not a valid pattern"),
        (".modelcard-lint.toml", '[per-file-ignores]\n"[z-a]" = ["MC1"]\n', "is not a valid glob"),
        ("pyproject.toml", 'tool = "modelcard-lint"\n', "`tool` must be a table"),
        ("pyproject.toml", '[tool]\nmodelcard-lint = "x"\n', "[tool.modelcard-lint] must be a table"),
        (".modelcard-lint.toml", "x = " + "[" * 5000 + "]" * 5000 + "\n", "nested too deeply"),
        (".modelcard-lint.toml", "time-limit = -1\n", "'time-limit' must be a number of seconds"),
    ],
)
def test_bad_configuration_is_exit_2_with_a_message(tmp_path: Path, name: str, text: str, message: str) -> None:
    (tmp_path / name).write_text(text)
    (tmp_path / "README.md").write_text(AK)
    result = run(str(tmp_path / "README.md"))
    assert result.exit_code == 2
    assert message in result.output and "Traceback" not in result.output


def test_a_folder_that_cannot_be_searched_is_not_a_crash(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    card = tmp_path / "locked" / "README.md"
    card.parent.mkdir()
    card.write_text(AK)
    # as root, a folder without the search permission cannot be made: refuse what the system would refuse
    def refuse(real):
        def call(path, *args, **kwargs):
            if str(path).startswith(str(card.parent) + os.sep):
                raise PermissionError(13, "Permission denied")
            return real(path, *args, **kwargs)

        return call

    monkeypatch.setattr(os, "stat", refuse(os.stat))
    monkeypatch.setattr(os, "open", refuse(os.open))
    result = run("--output-format", "concise", "-q", str(card))
    assert result.exit_code == 2
    assert "MC902 [error] cannot read: permission denied" in result.stdout


BAD_PLUGIN = """
import sys
from modelcard_lint.core.rule import Rule
from modelcard_lint.core import registry
from modelcard_lint.diagnostics import Finding, Severity, Span
from modelcard_lint.app.cli import run

class BadSpan(Rule):
    '''Yields a finding with a span that is not one.'''
    code, name, severity = "XBD001", "bad-span", Severity.WARNING
    def check(self, card):
        yield Finding(Span(0, -3, "x", None), "broken")

class Exits(Rule):
    '''Calls sys.exit in check.'''
    code, name, severity = "XBD002", "exits", Severity.WARNING
    def check(self, card):
        sys.exit(0)
        yield

class CannotStart(Rule):
    '''Raises in setup.'''
    code, name, severity = "XBD003", "cannot-start", Severity.WARNING
    def setup(self):
        raise RuntimeError("no model file")
    def check(self, card):
        return iter(())

reg = registry.load_registry()
for rule in (BadSpan, Exits, CannotStart):
    reg.add(rule, "'bad' (test)")
sys.argv = ["modelcard-lint", "--isolated", "--select", "XBD,MC301", "--output-format", {fmt!r}, {card!r}]
run()
"""


@pytest.mark.parametrize("fmt", ["concise", "full", "sarif"])
def test_a_broken_plugin_is_a_diagnostic_or_an_error_never_a_crash(fmt: str) -> None:
    card = str(SEEDS / "ak-pretrain-cls-model.md")
    proc = python(BAD_PLUGIN.format(fmt=fmt, card=card))
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr
    assert "rule XBD003 (cannot-start) of 'bad' (test) could not start and was skipped: RuntimeError" in proc.stderr
    out = proc.stdout
    assert "rule XBD001 (bad-span) crashed on this card with ValueError: the rule yielded a finding with a " \
        "malformed span" in out
    assert "rule XBD002 (exits) crashed on this card with SystemExit" in out
    assert "MC301" in out  # the other rules ran


def test_diff_exits_2_when_a_card_cannot_be_read(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("---\nlicense: MIT\n---\n# T\n")
    result = run("--isolated", "--diff", str(tmp_path / "README.md"), str(tmp_path / "missing.md"))
    assert result.exit_code == 2
    assert "+license: mit" in result.stdout


def test_unsafe_fixes_alone_is_a_usage_error() -> None:
    result = run("--unsafe-fixes", str(SEEDS / "ak-pretrain-cls-model.md"))
    assert result.exit_code == 2 and "--unsafe-fixes only adds to --fix or --diff" in result.output


@pytest.mark.parametrize("fmt", ["sarif", "github"])
def test_statistics_with_a_format_it_cannot_serve_is_a_usage_error(fmt: str) -> None:
    result = run("--statistics", "--output-format", fmt, str(SEEDS / "ak-pretrain-cls-model.md"))
    assert result.exit_code == 2 and "--statistics" in result.output


@pytest.mark.parametrize("nesting", ["x: " + "[" * 30_000 + "]" * 30_000, "x:\n" + "- " * 30_000 + "a"])
def test_front_matter_nested_thousands_deep_is_a_finding_not_a_crash(tmp_path: Path, nesting: str) -> None:
    # libyaml's composer recurses in C: this depth crashed the process (a segmentation fault)
    card = tmp_path / "README.md"
    card.write_text(f"---\n{nesting}\n---\n# T\n")
    proc = subprocess.run([sys.executable, "-m", "modelcard_lint", "--isolated", "--output-format", "concise",
                           "--select", "MC104", str(card)], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 1, proc.stderr
    assert "MC104 [error] YAML syntax error in the front matter: the YAML is nested too deeply to read" in proc.stdout


def test_the_pools_wakeup_at_exit_is_quiet_when_its_pipe_is_already_closed() -> None:
    # the race behind a traceback printed after "a worker process died": the exit hook wakes the manager thread
    # through a pipe the thread has just closed
    from concurrent.futures import ProcessPoolExecutor

    from modelcard_lint.app.pool import quiet_wakeup

    executor = ProcessPoolExecutor(1)
    wakeup = executor._executor_manager_thread_wakeup  # type: ignore[attr-defined]
    wakeup._writer.close()  # closed, while its flag still says open
    with pytest.raises(OSError):
        wakeup.wakeup()
    quiet_wakeup(executor)
    wakeup.wakeup()  # no error
    wakeup._closed = True
    wakeup._reader.close()
    executor.shutdown(wait=True)


def test_a_colon_in_a_flow_scalar_hundreds_of_levels_deep_keeps_libyamls_error() -> None:
    # a ':' inside a flow scalar that libyaml stops at is read again by the pure-Python parser, whose time grows
    # with the square of the nesting (found by fuzzing): hundreds of levels deep, libyaml's error stands
    from modelcard_lint.card import Card
    from modelcard_lint.card.yamldepth import PYTHON_DEPTH

    shallow = Card.from_text("---\ntags: [a:b]\n---\n# M\n")
    assert shallow.meta is not None and shallow.frontmatter is not None and not shallow.frontmatter.yaml_problems
    depth = PYTHON_DEPTH + 10
    card = Card.from_text("---\n" + "[" * depth + "]" * (depth // 4) + "achieves:" + "]" * 30 + "\n---\n# M\n")
    assert card.frontmatter is not None
    (problem,) = card.frontmatter.yaml_problems
    assert "unexpected ':'" in problem.message
