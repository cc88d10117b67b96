"""Values written by fixes read back as the same string, for huggingface_hub (PyYAML, YAML 1.1) and YAML 1.2.

``load_as_hub`` reads front matter as huggingface_hub's ``yaml.safe_load`` does; the tests
compare it with PyYAML itself where PyYAML is installed (it comes with pre-commit).
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from modelcard_lint.card import Card
from modelcard_lint.card.yamlcompose import compose
from modelcard_lint.card.yamlhub import is_plain_string, load_as_hub, scalar_text

yaml = pytest.importorskip("yaml")


def same(a: object, b: object) -> bool:
    """Equal data, types included (1 is not True, NaN equals NaN)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)  # type: ignore[attr-defined]
    if isinstance(a, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))  # type: ignore[arg-type]
    if isinstance(a, float) and math.isnan(a):
        return math.isnan(b)  # type: ignore[arg-type]
    return a == b


def readings(document: str) -> list[object]:
    """What PyYAML, load_as_hub and the linter's YAML 1.2 compose read from a document."""
    root, problems = compose(document, 0)
    assert root is not None and not [p for p in problems if p.category == "syntax"], document
    return [yaml.safe_load(document), load_as_hub(document), root.plain()]


@pytest.mark.parametrize(
    "value, text",
    [
        ("mit", "mit"),
        ("apache-2.0", "apache-2.0"),
        ("0bsd", "0bsd"),
        ("org/model-v1.5", "org/model-v1.5"),
        ("123", "'123'"),
        ("True", "'True'"),
        ("no", "'no'"),
        ("y", "'y'"),
        ("1e3", "'1e3'"),
        ("1:30", "'1:30'"),
        ("2024-01-01", "'2024-01-01'"),
        ("null", "'null'"),
        ("", "''"),
        ("a,b", "'a,b'"),
        ("it's", "'it''s'"),
        ("a: b", "'a: b'"),
        ("# x", "'# x'"),
        ("a\nb", '"a\\nb"'),
        ("a\u2028b", '"a\\Lb"'),
        ("\x1b[2J", '"\\x1b[2J"'),
    ],
)
def test_scalar_text(value: str, text: str) -> None:
    assert scalar_text(value) == text
    for reading in readings(f"k: {text}\nl: [{text}, x]\n{text}: 1\n"):
        assert reading == {"k": value, "l": [value, "x"], value: 1}


_values = st.text(
    alphabet=st.one_of(
        st.sampled_from(list("aZ09 _-./+:,#'\"\\[]{}&*!|>%@`?\t\n\r\x85\u2028\u2029\ufeff\x00\x1b\x7f")),
        st.characters(codec="utf-8"),
    ),
    max_size=12,
)


@settings(max_examples=500, deadline=None)
@given(_values)
def test_every_string_reads_back_the_same(value: str) -> None:
    text = scalar_text(value)
    assert "\n" not in text
    for reading in readings(f"k: {text}\nl: [{text}]\n"):
        assert reading == {"k": value, "l": [value]}


@settings(max_examples=300, deadline=None)
@given(st.from_regex(r"[A-Za-z0-9_][A-Za-z0-9_./+-]{0,8}", fullmatch=True))
def test_a_string_is_left_plain_only_when_every_reader_reads_that_string(value: str) -> None:
    if is_plain_string(value):
        for reading in readings(f"k: {value}\nl: [{value}]\n{value}: 1\n"):
            assert reading == {"k": value, "l": [value], value: 1}


def test_load_as_hub_reads_the_corpus_as_pyyaml_does(shared: Path) -> None:
    compared = 0
    for path in sorted((shared / "corpus" / "cards").iterdir()):
        fm = Card.from_text(path.read_text(encoding="utf-8", errors="replace")).frontmatter
        if fm is None or fm.close_line is None:
            continue
        try:
            expected = yaml.safe_load(fm.yaml_text)
        except yaml.YAMLError:
            continue  # PyYAML's scanner refuses some tabs that libyaml accepts
        assert same(load_as_hub(fm.yaml_text), expected), path.name
        compared += 1
    assert compared > 1000


@pytest.mark.parametrize(
    "document",
    [
        "a: no\nb: yes\nc: on\nd: y\ne: 1e3\nf: 1.0e+3\ng: 017\nh: 0o17\ni: 1:30\nj: 2024-01-01\nk: ~\nl: .inf\n",
        "a: x\na: y\n",
        "base: &b {k: 1}\nc:\n  <<: *b\n  j: 2\n",
        "a: !!str 1\nb: !!int '2'\nc: '3'\nd: \"4\"\n",
    ],
)
def test_load_as_hub_reads_yaml_11_as_pyyaml_does(document: str) -> None:
    assert same(load_as_hub(document), yaml.safe_load(document))
