"""A baseline: the findings a project accepts for now, so that a run fails only on new ones.

``--write-baseline FILE`` records every finding of the run, per card, rule and message, with a
count; ``--baseline FILE`` (or ``baseline = "FILE"`` in the configuration) then hides as many
findings of each (card, rule, message) as the file records, as ESLint's bulk suppressions do.
Line numbers are taken out of the messages before they are compared, so editing an unrelated
part of a card does not bring its accepted findings back. Paths are relative to the baseline
file's folder, so the file can be committed. Crashes and unreadable files are never hidden.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable
from pathlib import Path

from ..core.internal import INTERNAL_CODES
from ..diagnostics import Diagnostic
from .config import ConfigError

FORMAT = "modelcard-lint-baseline"
VERSION = 1
_LINES = re.compile(r"\b(lines?|rows?) \d+(?:(?:-|–|:| to )\d+)?")


def message_key(message: str) -> str:
    """A message without the line numbers it quotes."""
    return _LINES.sub(lambda m: m.group(1) + " #", message)


class Baseline:
    """The accepted findings of a baseline file, and what this run used of them."""

    def __init__(self, path: Path, cards: dict[str, dict[str, dict[str, int]]]) -> None:
        self.path = path
        self.folder = os.path.dirname(os.path.abspath(path))
        self.cards = cards  # card (relative to the file's folder) -> code -> message key -> count
        self.left: dict[str, dict[tuple[str, str], int]] = {}  # counts not used yet, for the cards seen
        self.hidden = 0

    @classmethod
    def load(cls, path: Path) -> Baseline:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ConfigError(f"{path}: no such baseline file (write one with --write-baseline {path})") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{path}: cannot read the baseline: {exc}") from None
        except json.JSONDecodeError as exc:
            raise ConfigError(f"{path}: the baseline is not valid JSON: {exc}") from None
        cards = data.get("cards") if isinstance(data, dict) and data.get(FORMAT) == VERSION else None
        if not isinstance(cards, dict) or not all(
            isinstance(codes, dict)
            and all(
                isinstance(msgs, dict) and all(isinstance(n, int) and n > 0 for n in msgs.values())
                for msgs in codes.values()
            )
            for codes in cards.values()
        ):
            raise ConfigError(f"{path}: not a modelcard-lint baseline (write one with --write-baseline)")
        return cls(path, cards)

    def _key(self, display: str) -> str:
        return os.path.relpath(os.path.abspath(display), self.folder).replace(os.sep, "/")

    def filter(self, display: str, diagnostics: list[Diagnostic]) -> list[Diagnostic]:
        """The diagnostics of one card that the baseline does not account for."""
        card = self._key(display)
        left = self.left.get(card)
        if left is None:
            recorded = self.cards.get(card, {})
            left = self.left[card] = {(code, msg): n for code, msgs in recorded.items() for msg, n in msgs.items()}
        if not left:
            return diagnostics
        kept = []
        for d in diagnostics:
            key = (d.code, message_key(d.message))
            if d.code not in INTERNAL_CODES and left.get(key, 0) > 0:
                left[key] -= 1
                self.hidden += 1
            else:
                kept.append(d)
        return kept

    def stale(self) -> int:
        """Recorded findings that no longer occur: in the cards of this run, or of cards that are gone."""
        count = sum(n for left in self.left.values() for n in left.values())
        for card, codes in self.cards.items():
            if card not in self.left and not os.path.exists(os.path.join(self.folder, card)):
                count += sum(n for msgs in codes.values() for n in msgs.values())
        return count


class BaselineWriter:
    """Collects the findings of a run for ``--write-baseline``."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.folder = os.path.dirname(os.path.abspath(path))
        self.cards: dict[str, dict[str, dict[str, int]]] = {}
        self.findings = 0

    def add(self, display: str, diagnostics: Iterable[Diagnostic]) -> None:
        card = os.path.relpath(os.path.abspath(display), self.folder).replace(os.sep, "/")
        for d in diagnostics:
            if d.code in INTERNAL_CODES:
                continue
            msgs = self.cards.setdefault(card, {}).setdefault(d.code, {})
            key = message_key(d.message)
            msgs[key] = msgs.get(key, 0) + 1
            self.findings += 1

    def write(self) -> None:
        from .output import write_atomically

        data = {FORMAT: VERSION, "cards": {card: self.cards[card] for card in sorted(self.cards)}}
        write_atomically(self.path, json.dumps(data, indent=2, ensure_ascii=False, sort_keys=True) + "\n")
