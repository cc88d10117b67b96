"""The table and metric rules over the real cards of the shared corpus.

Every error-severity finding must be one reviewed by hand in ``corpus_verdicts.toml``
(a real defect, or a false alarm recorded as such), and the number of findings per rule
is pinned, so a change that makes the rules noisier or blinder shows up here.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from harness import ROOT, load_toml, settings_for

from modelcard_lint.card import Card
from modelcard_lint.core.engine import lint_card
from modelcard_lint.diagnostics import Severity

VERDICTS = load_toml(ROOT / "tests" / "corpus_verdicts.toml")


def _lint_corpus(shared: Path) -> list[tuple[str, object]]:
    settings = settings_for(select=["MC4", "MC5"])
    out = []
    for path in sorted((shared / "corpus" / "cards").glob("*.md")):
        text = path.read_text(encoding="utf-8", errors="replace")
        out += [(path.name, d) for d in lint_card(Card.from_text(text, path.name), settings.ruleset)]
    return out


def test_corpus_findings(shared: Path) -> None:
    found = _lint_corpus(shared)
    assert not [d for _, d in found if d.code == "MC901"], "a rule crashed on a corpus card"
    errors = {(name, d.code, d.span.line) for name, d in found if d.severity == Severity.ERROR}
    reviewed = {(e["card"], e["code"], e["line"]) for e in VERDICTS["error"]}
    assert errors - reviewed == set(), "new error findings: review them by hand and list them in corpus_verdicts.toml"
    assert reviewed - errors == set(), "reviewed error findings that no longer appear: update corpus_verdicts.toml"
    false_alarms = [e for e in VERDICTS["error"] if e["verdict"] != "defect"]
    cards = len(list((shared / "corpus" / "cards").glob("*.md")))
    assert len(false_alarms) * 100 < cards, "more than 1 false alarm in 100 cards"
    counts = Counter(d.code for _, d in found)
    assert {code: counts.get(code, 0) for code in VERDICTS["counts"]} == VERDICTS["counts"]
