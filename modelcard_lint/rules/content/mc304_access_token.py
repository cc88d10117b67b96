"""MC304 access-token: a credential written in the card (a Hugging Face token, a cloud or API key)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...card import Card
from ...core.rule import Rule
from ...diagnostics import Finding, Severity, Span
from ...facts.lazyre import lazy

# the services' own token formats, each by its fixed prefix and the length and alphabet of what follows (a token
# runs to a character that cannot be in it: "hf_..." inside a longer word is no token)
_KINDS = (
    ("hf_", "a Hugging Face access token", r"hf_[A-Za-z0-9]{30,40}"),
    ("api_", "an old Hugging Face API token", r"api_(?:org_)?[A-Za-z]{30,40}"),
    ("sk-", "an OpenAI API key", r"sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{32,200}"),
    ("gh", "a GitHub token", r"gh[pousr]_[A-Za-z0-9]{36,40}|github_pat_[A-Za-z0-9_]{60,100}"),
    ("AKIA", "an AWS access key", r"(?:AKIA|ASIA)[0-9A-Z]{16}"),
    ("AIza", "a Google API key", r"AIza[0-9A-Za-z_-]{35}"),
    ("xox", "a Slack token", r"xox[abposr]-[0-9A-Za-z-]{10,100}"),
)
_TOKEN = lazy(
    r"(?<![A-Za-z0-9_-])(?:" + "|".join(f"(?P<k{i}>{p})" for i, (_, _, p) in enumerate(_KINDS)) + r")(?![A-Za-z0-9_-])"
)
# the prefixes looked for first, as plain text (a line without any is not searched): GitHub's in full, since "gh" is in
# most English lines
_PREFIXES = tuple(p for prefix, _, _ in _KINDS for p in (("ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_")
                                                        if prefix == "gh" else (prefix,)))
# a placeholder in a token's shape: "hf_xxxxxxxx...", "hf_YOUR_TOKEN...", "sk-...EXAMPLE..."
_PLACEHOLDER = lazy(r"(.)\1{3}|your|token|example|dummy|fake|redacted|placeholder|abcdef|123456", re.I)
DISTINCT = 10  # a token drawn at random holds at least this many distinct characters
# an id in a UUID's shape after "sk-": the element ids of scikit-learn's HTML view of an estimator, which skops' cards
# hold in their style block ("#sk-8f9616f3-01a7-4784-b5f5-5c31d2b0f7a6 {color: black;}"), not an OpenAI key
_SKLEARN_ID = lazy(r"sk-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


class AccessToken(Rule):
    """A secret credential is written in the card: anyone who reads it can act as its owner."""

    code = "MC304"
    name = "access-token"
    severity = Severity.ERROR

    def check(self, card: Card) -> Iterator[Finding]:
        text = card.text
        if not any(prefix in text for prefix in _PREFIXES):
            return
        for n, line in enumerate(card.lines, start=1):
            if not any(prefix in line for prefix in _PREFIXES):
                continue
            for m in _TOKEN.finditer(line):
                token = m.group()
                body = token.split("_", 1)[-1] if token[:3] in ("hf_", "api", "ghp", "gho", "ghu", "ghs", "ghr") \
                    else token
                if _PLACEHOLDER.search(body) or len(set(body)) < DISTINCT or _SKLEARN_ID.fullmatch(token):
                    continue
                what = _KINDS[int((m.lastgroup or "k0")[1:])][1]
                shown = f"{token[:token.find('_') + 5] if '_' in token[:12] else token[:8]}…"
                yield self.finding(
                    Span(n, m.start() + 1, n, m.end() + 1),
                    f"{what} (`{shown}`) is written in the card: anyone who reads the card, or its repository's "
                    "history, can use it with its owner's rights",
                    help="revoke the token where it was issued (for a Hugging Face token: "
                    "https://huggingface.co/settings/tokens), then remove it from the card and read it from an "
                    "environment variable instead (`HF_TOKEN`); removing it alone leaves it in the git history",
                    kind=what,
                    secret=True,  # (the full output shows the line with the token cut, as the message does)
                )
