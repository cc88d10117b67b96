"""One JSON object per line per diagnostic, written as the cards are done (for tools that read a stream)."""

from __future__ import annotations

import json

from . import CardOutput, Totals
from . import Renderer as Base


class Renderer(Base):
    def card(self, card: CardOutput) -> None:
        for d in card.diagnostics:
            self.out.write(json.dumps(d.to_json(), ensure_ascii=False, allow_nan=False) + "\n")

    def finish(self, totals: Totals) -> None:
        pass
