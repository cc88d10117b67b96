"""MC107 agrees with PyYAML, the loader huggingface_hub reads cards with: a front matter that libyaml reads
but PyYAML rejects for a tab gets MC107, and one PyYAML reads does not."""

from __future__ import annotations

from pathlib import Path

import pytest
from harness import lint
from hypothesis import given, settings
from hypothesis import strategies as st

yaml = pytest.importorskip("yaml", reason="PyYAML is in the test extra")


def pyyaml_rejects_a_tab(block: str) -> bool:
    try:
        yaml.safe_load(block)
    except yaml.YAMLError as exc:
        return "'\\t'" in str(exc)
    return False


def verdicts(block: str) -> tuple[bool, bool, bool]:
    """(libyaml reads it, PyYAML rejects it for a tab, MC107 fires)."""
    found = lint(f"---\n{block}\n---\n# T\n", select=["MC104", "MC107"])
    return (not any(d.code == "MC104" for d in found), pyyaml_rejects_a_tab(block),
            any(d.code == "MC107" for d in found))


_space = st.sampled_from([" ", "\t", " \t", "\t ", ""])
_word = st.sampled_from(["mit", "a b", "x", "gpl-3.0", "0.5", "yes"])
_value = st.one_of(
    _word.map(lambda w: w),
    st.builds(lambda a, s, b: f"{a}{s}{b}", _word, _space, _word),
    _word.map(lambda w: f'"{w}\t{w}"'),
    _word.map(lambda w: f"'{w}\t{w}'"),
    st.builds(lambda a, s, b: f"[{a},{s}{b}]", _word, _space, _word),
)
_line = st.builds(
    lambda key, s1, value, s2, comment: f"{key}:{s1}{value}{s2}{comment}",
    st.sampled_from(["license", "tags", "notes"]),
    st.sampled_from([" ", "\t", " \t", "  "]),
    _value,
    st.sampled_from(["", " ", "\t"]),
    st.sampled_from(["", " # c", " # c\td", "\t# c"]),
)


@settings(max_examples=400, deadline=None, derandomize=True)
@given(st.lists(_line, min_size=1, max_size=4, unique_by=lambda line: line.split(":")[0]))
def test_mc107_fires_exactly_when_pyyaml_rejects_a_tab(lines: list[str]) -> None:
    block = "\n".join(lines)
    reads, rejects, fires = verdicts(block)
    if reads:
        assert fires == rejects, block


def test_the_corpus_cards_huggingface_hub_cannot_load(shared: Path) -> None:
    flagged = {}
    for path in sorted((shared / "corpus" / "cards").glob("*.md")):
        text = path.read_bytes().decode("utf-8", errors="replace")
        flagged[path.name] = [d.line for d in lint(text, select=["MC107"])]
    assert {name: lines for name, lines in flagged.items() if lines} == {
        "hubmirror2022__Madhour_gpt2-eli5.md": [9],
        "hubmirror2022__seanbenhur_MuLTiGENBiaS.md": [9],
        "hubmirror2022__lighteternal_stsb-xlm-r-greek-transfer.md": [17, 18, 19, 20],  # a flow list indented by tabs
    }
    for name in flagged:  # and these are exactly the cards PyYAML rejects for a tab
        text = (shared / "corpus" / "cards" / name).read_bytes().decode("utf-8", errors="replace")
        block = text.split("---\n", 2)[1] if text.startswith("---\n") and text.count("---\n") >= 2 else ""
        assert pyyaml_rejects_a_tab(block) == bool(flagged[name]), name
