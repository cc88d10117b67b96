"""access-token (MC304): each service's token format is found, at its place; placeholders in a token's shape are not.

The tokens are built here from random characters, so that no token-shaped string sits in the repository's sources."""

from __future__ import annotations

import random
import string

import pytest

from modelcard_lint.api import lint_text

_RNG = random.Random(304)


def _random(alphabet: str, n: int) -> str:
    return "".join(_RNG.choice(alphabet) for _ in range(n))


LETTERS, ALNUM, UPPER = string.ascii_letters, string.ascii_letters + string.digits, string.ascii_uppercase + string.digits
TOKENS = [
    ("hf_" + _random(LETTERS, 34), "a Hugging Face access token"),
    ("api_" + _random(LETTERS, 34), "an old Hugging Face API token"),
    ("sk-proj-" + _random(ALNUM, 48), "an OpenAI API key"),
    ("ghp_" + _random(ALNUM, 36), "a GitHub token"),
    ("AKIA" + _random(UPPER, 16), "an AWS access key"),
    ("AIza" + _random(ALNUM, 35), "a Google API key"),
    ("xoxb-" + _random(string.digits, 12) + "-" + _random(ALNUM, 24), "a Slack token"),
]


def _found(body: str) -> list:
    return [d for d in lint_text(f"---\nlicense: mit\n---\n\n# m\n\nA model.\n\n{body}\n", plugins=False)
            if d.code == "MC304"]


@pytest.mark.parametrize(("token", "kind"), TOKENS)
def test_a_token_is_found_at_its_place_and_shown_only_in_part(token: str, kind: str) -> None:
    (d,) = _found(f'~~~python\nlogin(token="{token}")\n~~~')
    assert (d.span.line, d.span.column, d.span.end_column) == (10, 14, 14 + len(token))
    assert d.message.startswith(kind) and token not in d.message
    assert "revoke" in (d.help or "") and d.fix is None


@pytest.mark.parametrize(
    "text",
    [
        "login(token=\"hf_" + "x" * 34 + "\")",  # (a run of one character)
        "HF_TOKEN=hf_YOUR_TOKEN_HERE_" + _random(LETTERS, 20),  # (words of a placeholder)
        "pip install hf_transfer_accelerated_download_library",  # (a word that starts like one)
        "sk-" + "ab" * 20,  # (too few distinct characters for a random token)
        "x" + "hf_" + _random(LETTERS, 34),  # (inside a longer word)
    ],
)
def test_a_placeholder_or_a_word_in_a_tokens_shape_is_not_reported(text: str) -> None:
    assert _found(f"~~~\n{text}\n~~~") == []


def test_a_token_in_the_front_matter_is_found_too() -> None:
    token = TOKENS[0][0]
    found = [d for d in lint_text(f"---\nlicense: mit\nhf_token: {token}\n---\n\n# m\n\nA model.\n", plugins=False)
             if d.code == "MC304"]
    assert [(d.span.line, d.span.column) for d in found] == [(3, 11)]


def test_the_full_output_shows_the_line_with_the_token_cut(tmp_path) -> None:
    from click.testing import CliRunner

    from modelcard_lint.app.cli import main

    token = TOKENS[0][0]
    card = tmp_path / "README.md"
    card.write_text(f"---\nlicense: mit\n---\n\n# m\n\nA model.\n\n~~~python\nlogin(token=\"{token}\")\n~~~\n",
                    encoding="utf-8")
    result = CliRunner().invoke(main, ["--isolated", "--select", "MC304", str(card)], catch_exceptions=False)
    assert result.exit_code == 1
    assert token not in result.output and f'login(token="{token[:7]}…")' in result.output
