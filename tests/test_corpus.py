"""The shared corpus of real cards as a crash test and a regression snapshot.

Runs the command line over every card of ../shared/corpus (real cards,
huggingface_hub's test cards, generated Trainer and template cards): it must
finish with exit 0 or 1, print nothing on stderr and report no internal
error.  The front-matter oddities the corpus holds are pinned at their lines.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from harness import ROOT, codes, lint, load_toml


@pytest.fixture(scope="module")
def corpus_run(shared: Path) -> tuple[int, list[dict], str, list[Path]]:
    files = sorted((shared / "corpus").rglob("*.md"))
    proc = subprocess.run(
        [sys.executable, "-m", "modelcard_lint", "--isolated", "--output-format", "json", *map(str, files)],
        capture_output=True, text=True, cwd=ROOT,
    )
    return proc.returncode, json.loads(proc.stdout), proc.stderr, files


def test_every_corpus_card_lints_without_internal_error(corpus_run) -> None:
    code, diags, stderr, files = corpus_run
    assert len(files) > 1500
    assert code in (0, 1)
    assert stderr == ""
    assert [d for d in diags if d["code"].startswith("MC9")] == []


def _card(shared: Path, name: str) -> str:
    return (shared / "corpus" / name).read_bytes().decode("utf-8")


@pytest.mark.parametrize(
    "name, expected",
    [
        # never closed
        ("cards/hubmirror2022__NlpHUST_t5-vi-en-base.md", [("MC102", 1, 1)]),
        # opened with four dashes
        ("cards/hubmirror2022__vesteinn_IceBERT-QA.md", [("MC102", 1, 1)]),
        # five dashes to open, four to close
        ("cards/hubmirror2022__Sristi_Senti-Bot.md", [("MC102", 1, 1), ("MC102", 4, 1)]),
        # a line of text before the block, and a blank line in between
        ("cards/hubmirror2022__masakhane_mbart50-large-zu-en-mt.md", [("MC102", 1, 1)]),
        ("cards/hubmirror2022__readerbench_RoGPT2-base.md", [("MC102", 1, 1)]),
        # metadata with a closing fence only
        ("cards/transformers__squeezebert__squeezebert-uncased.md", [("MC102", 1, 1)]),
        # after a blank line: the Hub reads it
        ("cards/transformers__allenai__wmt16-en-de-12-1.md", [("MC103", 2, 1)]),
        # after a blank line and never closed
        ("cards/hubmirror2022__yair_HeadlineGeneration-sagemaker.md", [("MC102", 2, 1)]),
        # YAML syntax errors, at ruamel.yaml's position in the file
        ("cards/hubmirror2022__Jikiwa_text-files-2.md", [("MC104", 2, 1)]),
        ("cards/hubmirror2022__osanseviero_test_tag.md", [("MC104", 2, 15)]),
        ("cards/hubmirror2022__qqhann_w2v_hf_commonvoice_from_xlsr53_pretrain_0329UTC1500.md", [("MC104", 7, 1)]),
        # huggingface_hub's own cases
        ("hf-fixtures/huggingface_hub/sample_invalid_card_data.md", [("MC106", 2, 1)]),
        ("hf-fixtures/huggingface_hub_inline/repocard__DUMMY_MODELCARD_EMPTY_METADATA.md", [("MC102", 2, 1)]),
        ("hf-fixtures/huggingface_hub_inline/repocard__regex_no_match_leading_text.md", [("MC102", 1, 1)]),
        ("hf-fixtures/huggingface_hub/sample_no_metadata.md", [("MC101", 1, 1)]),
        ("hf-fixtures/huggingface_hub_inline/repocard__crlf_empty_frontmatter.md", []),
    ],
)
def test_front_matter_oddities_at_their_lines(shared: Path, name: str, expected: list) -> None:
    assert codes(lint(_card(shared, name), select=["MC10"])) == expected


def test_crlf_and_bom_cards_give_the_same_positions_as_lf(shared: Path) -> None:
    crlf = [p for p in sorted((shared / "corpus" / "cards").glob("*.md")) if b"\r\n" in p.read_bytes()]
    assert len(crlf) >= 10
    for path in crlf:
        text = path.read_bytes().decode("utf-8")
        lf = text.replace("\r\n", "\n")
        assert codes(lint(text)) == codes(lint(lf)), path.name
        with_bom = codes(lint("\ufeff" + lf))
        if lf.startswith("---"):
            assert ("MC102", 1, 1) in with_bom  # the Hub does not see metadata behind a BOM
        assert [c for c in with_bom if c != ("MC102", 1, 1)] == codes(lint(lf)), path.name


# -- the pins: every rule's count, and every error judged, in one file ----------------------------------------

VERDICTS = load_toml(ROOT / "tests" / "corpus_verdicts.toml")


@pytest.fixture(scope="module")
def cards_run(shared: Path) -> list[dict]:
    """Every finding of every rule over corpus/cards (the real cards), from one run of the command."""
    proc = subprocess.run(
        [sys.executable, "-m", "modelcard_lint", "--isolated", "--output-format", "json",
         *map(str, sorted((shared / "corpus" / "cards").glob("*.md")))],
        capture_output=True, text=True, cwd=ROOT,
    )
    assert proc.returncode in (0, 1), proc.stderr
    return json.loads(proc.stdout)


def test_every_rule_has_its_count_pinned(cards_run) -> None:
    from modelcard_lint.core.registry import load_registry

    public = {r.code for r in load_registry(plugins=False).public() if not r.internal}
    assert set(VERDICTS["counts"]) == public, "every rule has a count in corpus_verdicts.toml"
    counts = Counter(d["code"] for d in cards_run)
    assert {code: counts.get(code, 0) for code in VERDICTS["counts"]} == VERDICTS["counts"]


def test_every_error_was_judged_and_false_alarms_stay_under_one_in_a_hundred_cards(shared: Path, cards_run) -> None:
    by_class = {c["code"]: c for c in VERDICTS["error-class"]}
    errors = [d for d in cards_run if d["severity"] == "error"]
    per_code = Counter(d["code"] for d in errors if d["code"] in by_class)
    assert dict(per_code) == {code: c["count"] for code, c in by_class.items() if c["count"]}
    one_by_one = {(Path(d["path"]).name, d["code"], d["line"]) for d in errors if d["code"] not in by_class}
    judged = {(e["card"], e["code"], e["line"]) for e in VERDICTS["error"]}
    assert one_by_one - judged == set(), "new error findings: judge them by hand and record them in corpus_verdicts.toml"
    assert judged - one_by_one == set(), "judged error findings that no longer appear: update corpus_verdicts.toml"
    false_alarms = sum(c["false_alarms"] for c in by_class.values())
    false_alarms += sum(1 for e in VERDICTS["error"] if e["verdict"] != "defect")
    cards = len(list((shared / "corpus" / "cards").glob("*.md")))
    assert false_alarms * 100 < cards, "more than 1 false alarm in 100 cards"
