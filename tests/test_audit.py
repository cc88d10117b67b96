"""``modelcard-lint audit``: the same findings as a plain run, from Parquet, JSONL and folders, and clear errors.

The corpus tests build Parquet and JSONL files from ../shared/corpus/cards in the layout of the
Hub's card dumps (tests/auditdata.py) and compare the audit's findings.parquet with a plain
``--output-format json`` run over the card files.  The Dask tests are in test_audit_dask.py,
the report's in test_audit_report.py.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from auditdata import audit, findings
from harness import ROOT

pa = pytest.importorskip("pyarrow", reason="the audit extra is not installed (pip install -e '.[test]')")
pq = pytest.importorskip("pyarrow.parquet")


@pytest.fixture(scope="module")
def parquet_audit(corpus: dict, tmp_path_factory: pytest.TempPathFactory) -> tuple[subprocess.CompletedProcess, Path]:
    out = tmp_path_factory.mktemp("audit")
    return audit(str(corpus["parquet"]), "--output-dir", str(out), "--isolated"), out


def test_auditing_parquet_finds_what_a_plain_run_finds(corpus: dict, parquet_audit) -> None:
    proc, out = parquet_audit
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""  # no progress bar on a pipe
    assert proc.stdout.startswith("Audited 1,500 cards")
    assert len(corpus["expected"]) > 5000
    assert findings(out, corpus["paths"]) == corpus["expected"]
    assert sorted(p.name for p in out.iterdir()) == ["cards.parquet", "findings.parquet", "report.html"]


def test_cards_parquet_carries_every_other_column_through(corpus: dict, parquet_audit) -> None:
    tmp_path = parquet_audit[1]
    cards = pq.read_table(tmp_path / "cards.parquet")
    source = pq.read_table(corpus["parquet"])
    assert cards.num_rows == 1500
    assert cards.column("id").to_pylist() == source.column("modelId").to_pylist()  # in the input's order
    for name in ("author", "downloads", "likes", "library_name", "pipeline_tag", "tags", "createdAt"):
        assert cards.schema.field(name).type == source.schema.field(name).type, name
        assert cards.column(name).to_pylist() == source.column(name).to_pylist(), name
    assert "card" not in cards.schema.names and "modelId" not in cards.schema.names
    # the counts agree with findings.parquet
    found = pq.read_table(tmp_path / "findings.parquet").to_pylist()
    per_card: dict[str, list[str]] = {}
    for row in found:
        per_card.setdefault(row["id"], []).append(row["severity"])
    for row in cards.to_pylist():
        severities = per_card.get(row["id"], [])
        assert row["findings"] == len(severities)
        assert (row["errors"], row["warnings"], row["infos"]) == tuple(
            severities.count(s) for s in ("error", "warning", "info"))
    assert set(cards.column("codes").to_pylist()[0]) <= {r["code"] for r in found}


def test_sections_are_those_mc201_finds(corpus: dict, parquet_audit) -> None:
    from modelcard_lint.audit.lint import SECTIONS
    from modelcard_lint.rules.structure.mc201_missing_section import PROFILES

    assert PROFILES["default"] == SECTIONS
    tmp_path = parquet_audit[1]
    cards = {r["id"]: r for r in pq.read_table(tmp_path / "cards.parquet").to_pylist()}
    missing: dict[str, set[str]] = {}
    plain = [e for e in corpus["expected"] if e[1] == "MC201"]
    assert plain
    by_path = {path: ident for ident, path in corpus["paths"].items()}
    for path, *_, message in plain:
        missing.setdefault(by_path[path], set()).add(message)
    # a card MC201 says nothing about has every section
    complete = [c for ident, c in cards.items() if ident not in missing]
    assert complete and all(c["section_evaluation"] and c["section_limitations"] for c in complete)
    assert sum(not c["section_evaluation"] for c in cards.values()) == sum(
        any("evaluation" in m for m in messages) for messages in missing.values())


def test_auditing_jsonl_finds_what_a_plain_run_finds(corpus: dict, tmp_path: Path) -> None:
    proc = audit(str(corpus["jsonl"]), "--output-dir", str(tmp_path), "--isolated", "-j", "1")
    assert proc.returncode == 0, proc.stderr
    assert findings(tmp_path, corpus["paths"]) == corpus["expected"]
    cards = pq.read_table(tmp_path / "cards.parquet")
    assert cards.schema.field("downloads").type == pa.int64()
    assert cards.schema.field("tags").type == pa.list_(pa.string())


def test_auditing_the_corpus_folder_as_it_is(corpus: dict, tmp_path: Path) -> None:
    proc = audit(str(corpus["cards"]), "--include-all", "--output-dir", str(tmp_path), "--isolated")
    assert proc.returncode == 0, proc.stderr
    assert findings(tmp_path) == corpus["expected"]  # the ids are the cards' paths
    # without --include-all, the cards a plain run finds in the folder: those with front matter
    proc = audit(str(corpus["cards"]), "--output-dir", str(tmp_path), "--isolated", "-q")
    shown = subprocess.run([sys.executable, "-m", "modelcard_lint", "--isolated", "--show-files", str(corpus["cards"])],
                           capture_output=True, text=True, cwd=ROOT).stdout.split()
    assert pq.read_table(tmp_path / "cards.parquet").column("id").to_pylist() == shown


def test_the_configuration_and_rule_selection_apply(corpus: dict, tmp_path: Path) -> None:
    config = tmp_path / "audit.toml"
    config.write_text('select = ["MC1", "MC301"]\n[severity]\nMC301 = "error"\n', encoding="utf-8")
    out = tmp_path / "out"
    proc = audit(str(corpus["parquet"]), "--output-dir", str(out), "--config", str(config), "--ignore", "MC114", "-q")
    assert proc.returncode == 0, proc.stderr
    found = pq.read_table(out / "findings.parquet").to_pylist()
    assert {r["code"][:3] for r in found} <= {"MC1", "MC3"} and "MC114" not in {r["code"] for r in found}
    assert {r["severity"] for r in found if r["code"] == "MC301"} == {"error"}
    # the configuration found from the folder the audit runs in applies to rows too
    (tmp_path / ".modelcard-lint.toml").write_text('select = ["MC101"]\n', encoding="utf-8")
    assert audit(str(corpus["parquet"]), "--output-dir", str(out), "-q", cwd=tmp_path).returncode == 0
    assert {r["code"] for r in pq.read_table(out / "findings.parquet").to_pylist()} == {"MC101"}


# -- small inputs, made up ------------------------------------------------------------------------------------


CLEAN = "---\nlicense: mit\nlanguage: en\n---\n\n# m\n\nA model.\n"


def test_ids_default_to_the_file_and_row_and_null_cards_are_empty_cards(tmp_path: Path) -> None:
    table = pa.table({"card": [CLEAN, None, "# no metadata\n"], "id": ["x", "y", "z"], "errors": [1, 2, 3]})
    pq.write_table(table, tmp_path / "t.parquet")
    proc = audit("t.parquet", "--output-dir", "out", "--select", "MC101", "-q", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    cards = pq.read_table(tmp_path / "out" / "cards.parquet")
    assert cards.column("id").to_pylist() == ["t.parquet:1", "t.parquet:2", "t.parquet:3"]
    # columns named like cards.parquet's own are carried under another name
    assert cards.column("input_id").to_pylist() == ["x", "y", "z"]
    assert cards.column("input_errors").to_pylist() == [1, 2, 3]
    assert cards.column("findings").to_pylist() == [0, 1, 1]


def test_every_bad_input_is_one_line_and_exit_2(tmp_path: Path) -> None:
    pq.write_table(pa.table({"text": ["x"], "modelId": ["a/b"]}), tmp_path / "other.parquet")
    (tmp_path / "fake.parquet").write_text("not parquet\n", encoding="utf-8")
    (tmp_path / "bad.jsonl").write_text('{"card": "# a"}\n{"card": \n', encoding="utf-8")
    (tmp_path / "list.jsonl").write_text('{"card": "# a"}\n[1, 2]\n', encoding="utf-8")
    (tmp_path / "notes.txt").write_text("hello\n", encoding="utf-8")
    cases = {
        ("other.parquet",): "other.parquet: no column 'card' (its columns: text, modelId); name the column of the "
                            "cards' text with --card-column",
        ("other.parquet", "--card-column", "text", "--id-column", "name"): "other.parquet: no column 'name'",
        ("fake.parquet",): "fake.parquet: not a Parquet file",
        ("data/*.parquet",): "data/*.parquet: no file matches this pattern",
        ("missing.jsonl",): "missing.jsonl: no such file or directory",
        ("bad.jsonl",): "bad.jsonl:2: not valid JSON",
        ("list.jsonl",): "list.jsonl:2: a JSON list where a JSON object (one card) was expected",
        ("notes.txt",): "notes.txt: not a Parquet file, a JSONL file, a card or a folder of cards",
        ("other.parquet", "--card-column", "text", "--select", "MC999"): "--select: unknown rule",
        ("other.parquet", "--scheduler", "somewhere"): "--scheduler somewhere: give the scheduler's address",
    }
    for args, message in cases.items():
        proc = audit(*args, "--output-dir", "out", cwd=tmp_path)
        assert proc.returncode == 2, (args, proc.stderr)
        lines = proc.stderr.splitlines()
        assert len(lines) == 1 and lines[0].startswith("modelcard-lint: error: ") and message in lines[0], (args, lines)
        assert proc.stdout == ""
    assert not (tmp_path / "out").exists() or list((tmp_path / "out").iterdir()) == []


def test_a_failed_audit_leaves_the_previous_outputs_and_no_temporary_file(tmp_path: Path) -> None:
    good = "".join(json.dumps({"card": CLEAN, "modelId": f"m/{i}"}) + "\n" for i in range(300))
    (tmp_path / "good.jsonl").write_text(good, encoding="utf-8")
    assert audit("good.jsonl", "--output-dir", "out", "-q", cwd=tmp_path).returncode == 0
    before = {p.name: p.read_bytes() for p in (tmp_path / "out").iterdir()}
    # the bad line comes after hundreds of cards are done: the run stops, and publishes nothing
    (tmp_path / "late.jsonl").write_text(good + '{"card": 3}\n', encoding="utf-8")
    proc = audit("late.jsonl", "--output-dir", "out", "-j", "2", cwd=tmp_path)
    assert proc.returncode == 2 and "late.jsonl:301: 'card' holds a JSON int, not the card's text" in proc.stderr
    assert {p.name: p.read_bytes() for p in (tmp_path / "out").iterdir()} == before


def test_without_the_extra_the_command_says_how_to_install_it(tmp_path: Path) -> None:
    script = ("import sys; sys.modules['pyarrow'] = None; sys.argv = ['modelcard-lint', 'audit', 'x.parquet', "
              "'--output-dir', 'out']\nfrom modelcard_lint.app.cli import run\nrun()")
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=tmp_path)
    assert proc.returncode == 2
    assert proc.stderr == ("modelcard-lint: error: `modelcard-lint audit` needs the audit extra (pyarrow is not "
                           "installed): pip install 'modelcard-lint[audit]'\n")


def test_a_progress_bar_on_a_terminal_only(tmp_path: Path) -> None:
    import pty

    rows = "".join(json.dumps({"card": CLEAN, "modelId": f"m/{i}"}) + "\n" for i in range(50))
    (tmp_path / "c.jsonl").write_text(rows, encoding="utf-8")
    leader, follower = pty.openpty()
    env = dict(os.environ, COLUMNS="120", TERM="xterm")
    proc = subprocess.run([sys.executable, "-m", "modelcard_lint", "audit", "c.jsonl", "--output-dir", "out"],
                          stdout=subprocess.PIPE, stderr=follower, cwd=tmp_path, env=env, text=True)
    os.close(follower)
    shown = b""
    try:
        while chunk := os.read(leader, 65536):
            shown += chunk
    except OSError:  # the terminal is closed
        pass
    os.close(leader)
    assert proc.returncode == 0
    assert b"auditing" in shown and b"cards/s" in shown and b"50/50" in shown
    assert proc.stdout.startswith("Audited 50 cards")


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_an_interrupted_audit_leaves_no_file(tmp_path: Path, signum: int) -> None:
    cards = [p.read_text(encoding="utf-8", errors="replace") for p in sorted((ROOT / "tests" / "fixtures").glob("*/*.md"))]
    rows = "".join(json.dumps({"card": cards[i % len(cards)], "modelId": f"m/{i}"}) + "\n" for i in range(30_000))
    (tmp_path / "c.jsonl").write_text(rows, encoding="utf-8")
    out = tmp_path / "out"
    # a shell's background job ignores Ctrl-C, and a child inherits that: when the tests run so, the audit is given
    # the disposition of a foreground command (a handler is reset to the default in the child, an ignore is not)
    ignored = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        proc = subprocess.Popen([sys.executable, "-m", "modelcard_lint", "audit", "c.jsonl", "--output-dir", str(out),
                                 "-j", "2"], cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    finally:
        signal.signal(signal.SIGINT, ignored)
    deadline = time.monotonic() + 60
    while not (out.is_dir() and any(out.iterdir())) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    proc.send_signal(signum)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130 and err.strip() == "modelcard-lint: interrupted"
    assert list(out.iterdir()) == []
