"""control-character (MC302) on text that was UTF-8 read as Windows-1252: the control is one of its bytes, and the fix
gives the text back instead of deleting the control alone (facts/mojibake.py)."""

from __future__ import annotations

from modelcard_lint.api import fix_text, lint_text
from modelcard_lint.facts.mojibake import mojibake

CARD = '---\nlicense: mit\n---\n\n# m\n\n```json\n{"token_str": "â–\x81modeling", "next": "â–\x81model"}\n```\n'


def test_a_control_inside_misread_text_names_the_text_it_was() -> None:
    (d,) = lint_text(CARD, config={"select": ["MC302"]}, plugins=False)
    assert "UTF-8 read as Windows-1252 (`â–\x81` was `▁`)" in d.message
    assert fix_text(CARD, config={"select": ["MC302"]}, plugins=False)[0].endswith(
        '{"token_str": "▁modeling", "next": "▁model"}\n```\n')


def test_text_of_its_own_is_no_misread_text() -> None:
    assert mojibake("café\x85") == []  # (é then the control: the bytes E9 85 are no UTF-8)
    assert mojibake("naïve and café") == []  # (no control: nothing says it was misread)
    assert mojibake("Ã©\x81") == []  # (C3 A9 81: a stray byte after "é")
    assert mojibake("x â€\x9d y") == [(2, 5, "\u201d")]  # (a closing quote, its byte 9D undefined in Windows-1252)
