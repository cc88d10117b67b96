"""huggingface_hub's own test cards, read as a peer's test suite.

The cards its tests treat as valid must give no metadata error; the ones they
treat as invalid must each give the matching diagnostic. The table says which
is which, from ``corpus/hf-fixtures/PROVENANCE.md``; the ``license: asdf`` and
leading-text cards are built here the way huggingface_hub's tests build them.
Metadata errors are the error-severity findings of MC1xx (front matter and
metadata), so a missing license (a warning) does not count.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from harness import lint

HUB = "corpus/hf-fixtures/huggingface_hub"
INLINE = "corpus/hf-fixtures/huggingface_hub_inline"

# card -> the metadata errors it gives (an empty set for the cards huggingface_hub treats as valid)
TABLE = {
    f"{HUB}/sample_simple.md": set(),
    f"{HUB}/sample_simple_model_index.md": set(),
    f"{HUB}/sample_windows_line_breaks.md": set(),
    f"{HUB}/sample_no_metadata.md": set(),  # no metadata: MC101, a warning, as the Hub's own
    f"{INLINE}/repocard__DUMMY_MODELCARD.md": set(),
    f"{INLINE}/repocard__DUMMY_MODELCARD_EVAL_RESULT.md": set(),  # verified by hand: MC125, a warning
    f"{INLINE}/repocard__DUMMY_MODELCARD_EVAL_RESULT_BOTH_VERIFIED_AND_UNVERIFIED.md": set(),
    f"{INLINE}/repocard__DUMMY_MODELCARD_NO_TEXT_CONTENT.md": set(),
    f"{INLINE}/repocard__DUMMY_MODELCARD_TARGET.md": set(),
    f"{INLINE}/repocard__DUMMY_MODELCARD_TARGET_WITH_EMOJI.md": set(),
    f"{INLINE}/repocard__DUMMY_NEW_MODELCARD_TARGET.md": set(),
    f"{INLINE}/repocard__DUMMY_MODELCARD_TARGET_NO_TAGS.md": set(),
    f"{INLINE}/repocard__DUMMY_MODELCARD_TARGET_NO_YAML.md": set(),
    f"{INLINE}/repocard__DUMMY_MODEL_CARD_TEMPLATE.md": set(),
    f"{INLINE}/repocard__crlf_empty_frontmatter.md": set(),  # `---\r\n---\r\n`: the Hub's regex matches
    f"{INLINE}/repocard__crlf_empty_then_real_frontmatter.md": set(),
    f"{INLINE}/repocard__ROUND_TRIP_MODELCARD_CASE.md": set(),  # `language: no` stays Norwegian
    f"{INLINE}/repocard__crlf_card.md": set(),
    f"{INLINE}/repocard__regex_match_with_leading_whitespace.md": set(),
    f"{INLINE}/repocard__regex_match_without_leading_whitespace.md": set(),
    f"{INLINE}/hfapi__modelcard_without_metadata.md": set(),
    # invalid in huggingface_hub's tests
    f"{HUB}/sample_invalid_model_index.md": {("MC124", 15, 5)},  # a result without `dataset`
    f"{HUB}/sample_invalid_card_data.md": {("MC106", 2, 1)},  # the front matter is a list
    f"{INLINE}/hfapi__INVALID_MODELCARD.md": {("MC124", 3, 14)},  # `model-index: foo`
    f"{INLINE}/repocard__DUMMY_MODELCARD_EMPTY_METADATA.md": {("MC102", 2, 1)},  # `---\n---`
    f"{INLINE}/repocard__lf_empty_frontmatter.md": {("MC102", 1, 1)},
    f"{INLINE}/repocard__regex_no_match_leading_text.md": {("MC102", 1, 1)},  # a line of text first
}
# not model cards: a dataset card and two Jinja templates
NOT_MODEL_CARDS = ("sample_datasetcard_simple.md", "sample_datasetcard_template.md", "sample_template.md")


def metadata_errors(text: str) -> set[tuple[str, int, int]]:
    return {
        (d.code, d.span.line, d.span.column)
        for d in lint(text)
        if d.code.startswith("MC1") and d.severity.label == "error"
    }


@pytest.mark.parametrize("name", sorted(TABLE), ids=lambda n: Path(n).stem)
def test_hub_fixture(shared: Path, name: str) -> None:
    text = (shared / name).read_bytes().decode("utf-8")
    assert metadata_errors(text) == TABLE[name]


def test_every_fixture_is_in_the_table(shared: Path) -> None:
    cards = {str(p.relative_to(shared)) for p in (shared / "corpus" / "hf-fixtures").rglob("*.md")}
    cards.discard("corpus/hf-fixtures/PROVENANCE.md")
    listed = set(TABLE) | {f"{HUB}/{n}" for n in NOT_MODEL_CARDS}
    assert cards - listed == set()


def test_license_asdf_is_rejected(shared: Path) -> None:
    # test_repocard.py: validate() passes on sample_simple.md, then fails once license is `asdf`
    text = (shared / HUB / "sample_simple.md").read_text(encoding="utf-8").replace("license: mit", "license: asdf")
    assert metadata_errors(text) == {("MC112", 4, 10)}


def test_text_before_the_metadata_is_reported(shared: Path) -> None:
    # TestRegexYamlBlock: leading text means no match, so the Hub sees no metadata
    text = "something\n" + (shared / HUB / "sample_simple.md").read_text(encoding="utf-8")
    assert metadata_errors(text) == {("MC102", 1, 1)}
