"""pyyaml-boolean (MC108): a plain value YAML 1.1 reads as a boolean, quoted back into the string the Hub reads."""

from __future__ import annotations

from modelcard_lint.api import fix_text, lint_text
from modelcard_lint.card.yamlhub import load_as_hub

CARD = "---\nlanguage: no\ntags:\n- nlp\n- Yes\ninference: off\n---\n# norwegian-model\n"


def test_huggingface_hubs_reading_is_a_boolean_and_the_fix_quotes_the_string() -> None:
    assert load_as_hub(CARD.split("---")[1]) == {"language": False, "tags": ["nlp", True], "inference": False}
    found = [d for d in lint_text(CARD) if d.code == "MC108"]
    assert [d.span.line for d in found] == [2, 5]
    assert "(`no` is Norwegian's code)" in found[0].message and "the boolean `false`" in found[0].message
    fixed, _ = fix_text(CARD)
    assert fixed.startswith("---\nlanguage: 'no'\ntags:\n- nlp\n- 'Yes'\ninference: off\n")
    assert load_as_hub(fixed.split("---")[1]) == {"language": "no", "tags": ["nlp", "Yes"], "inference": False}
    assert not [d for d in lint_text(fixed) if d.code == "MC108"]


def test_single_letters_are_strings_for_pyyaml_and_left_alone() -> None:
    card = "---\nlanguage: en\ntags:\n- n\n- Y\n---\n# letters\n"
    assert load_as_hub(card.split("---")[1]) == {"language": "en", "tags": ["n", "Y"]}
    assert not [d for d in lint_text(card) if d.code == "MC108"]


def test_an_anchored_value_is_reported_but_not_rewritten() -> None:
    # quoting it would drop the anchor `&lang` (and change what `*lang` repeats)
    card = "---\nlanguage: &lang no\ntags:\n- *lang\n---\n# norwegian-model\n"
    found = [d for d in lint_text(card) if d.code == "MC108"]
    assert (found[0].span.line, found[0].span.column) == (2, 11)
    assert all(d.fix is None for d in found)
    assert "not fixed automatically: it has the anchor `&lang`" in found[0].message
    assert fix_text(card)[0] == card
