"""Options shared by the table rules."""

from __future__ import annotations

from ...core.rule import Option
from ...facts.swaps import BOUNDED_METRICS

#: which metrics are rates, for the rules that need to know it (MC401, MC402)
BOUNDED_OPTION = Option(
    list(BOUNDED_METRICS),
    "Metrics whose values are rates, within [0, 1] or [0, 100] as percentages (canonical names)",
)
