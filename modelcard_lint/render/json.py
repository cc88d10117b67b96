"""A JSON array of diagnostics, in file order and by position within a file, written as the cards are done."""

from __future__ import annotations

import json

from . import CardOutput, Totals
from . import Renderer as Base


class Renderer(Base):
    first = True

    def card(self, card: CardOutput) -> None:
        for d in card.diagnostics:
            item = json.dumps(d.to_json(), indent=2, ensure_ascii=False, allow_nan=False).replace("\n", "\n  ")
            self.out.write(("[\n  " if self.first else ",\n  ") + item)
            self.first = False

    def finish(self, totals: Totals) -> None:
        self.out.write("[]\n" if self.first else "\n]\n")
