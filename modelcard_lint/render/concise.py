"""``path:line:col: CODE [severity] message``, one diagnostic per line (``[*]`` marks a safe fix)."""

from __future__ import annotations

from . import CardOutput, visible
from . import Renderer as Base


class Renderer(Base):
    def card(self, card: CardOutput) -> None:
        write = self.out.write
        for d in card.diagnostics:
            mark = " [*]" if d.fix is not None and d.fix.safe else ""
            write(f"{visible(d.path)}:{d.line}:{d.column}: {d.code}{mark} [{d.severity.label}] {visible(d.message)}\n")
