"""What the report shows, counted as the cards go by: memory does not grow with the number of cards.

Per rule, per severity, per section, per download bucket, library and pipeline tag (the
columns ``downloads``, ``library_name`` and ``pipeline_tag`` of the input, when it has them),
and the worst cards (the most errors, then warnings, then infos).
"""

from __future__ import annotations

import heapq
from typing import Any

import pyarrow as pa

from .lint import SECTIONS
from .tables import SECTION_COLUMNS

SEVERITIES = ("error", "warning", "info")
#: the report's groupings: a title, and the input columns that can hold them (the first one found is used)
GROUPINGS = {
    "downloads": ("downloads", "download_count"),
    "library": ("library_name", "library"),
    "pipeline": ("pipeline_tag", "pipeline"),
}
#: lower bounds of the download buckets, and their labels
BUCKETS = ((0, "0"), (1, "1–9"), (10, "10–99"), (100, "100–999"), (1_000, "1k–10k"), (10_000, "10k–100k"),
           (100_000, "100k–1M"), (1_000_000, "1M or more"))
UNKNOWN = "unknown"
NONE = "(none)"
WORST = 20


class Group:
    """The counts of the cards that share a download bucket, a library or a pipeline tag."""

    __slots__ = ("cards", "errors", "warnings", "infos", "with_error")

    def __init__(self) -> None:
        self.cards = self.errors = self.warnings = self.infos = self.with_error = 0


class Stats:
    def __init__(self, carried: list[str]) -> None:
        self.cards = 0
        self.findings = dict.fromkeys(SEVERITIES, 0)
        self.cards_with = dict.fromkeys(SEVERITIES, 0)  # cards with at least one finding of the severity
        self.clean = 0  # cards without a finding
        self.rules: dict[str, list[Any]] = {}  # code -> [findings, cards, name, severity]
        self.sections = [0] * len(SECTIONS)
        self.sections_known = 0  # cards whose sections are known (they could be read and did not time out)
        self.columns = {key: next((c for c in names if c in carried), None) for key, names in GROUPINGS.items()}
        self.groups: dict[str, dict[str, Group]] = {key: {} for key in GROUPINGS}
        self.worst: list[tuple[int, int, int, int, int, str, list[str]]] = []  # a heap of the worst cards

    def add(self, findings: pa.Table, cards: pa.Table, seq: int = 0, offset: int = 0) -> None:
        """Count consecutive cards: their rows of findings.parquet and cards.parquet.

        They are the ``seq``-th part of the input, from its ``offset``-th card: of two cards as bad as each
        other, the earlier one ranks first, wherever each was linted.
        """
        if findings.num_rows:
            codes = findings.column("code").to_pylist()
            for code, name, severity in zip(codes, findings.column("name").to_pylist(),
                                            findings.column("severity").to_pylist(), strict=True):
                entry = self.rules.get(code)
                if entry is None:
                    entry = self.rules[code] = [0, 0, name, severity]
                entry[0] += 1
                self.findings[severity] = self.findings.get(severity, 0) + 1
        ids = cards.column("id").to_pylist()
        counts = [cards.column(c).to_pylist() for c in ("errors", "warnings", "infos")]
        keys = {key: self._keys(key, cards.column(column).to_pylist())
                for key, column in self.columns.items() if column is not None}
        sections = [cards.column(c).to_pylist() for c in SECTION_COLUMNS]
        for i, (ident, card_codes) in enumerate(zip(ids, cards.column("codes").to_pylist(), strict=True)):
            errors, warnings, infos = counts[0][i], counts[1][i], counts[2][i]
            self.cards += 1
            for severity, n in zip(SEVERITIES, (errors, warnings, infos), strict=True):
                if n:
                    self.cards_with[severity] += 1
            if not (errors or warnings or infos):
                self.clean += 1
            for code in card_codes:
                self.rules[code][1] += 1
            if sections[0][i] is not None:
                self.sections_known += 1
                for t, column in enumerate(sections):
                    self.sections[t] += bool(column[i])
            for key, values in keys.items():
                group = self.groups[key].get(values[i])
                if group is None:
                    group = self.groups[key][values[i]] = Group()
                group.cards += 1
                group.errors += errors
                group.warnings += warnings
                group.infos += infos
                group.with_error += bool(errors)
            if errors or warnings or infos:
                self._rank((errors, warnings, infos, -seq, -offset - i, ident, card_codes))

    def _rank(self, worst: tuple[int, int, int, int, int, str, list[str]]) -> None:
        if len(self.worst) < WORST:
            heapq.heappush(self.worst, worst)
        elif worst > self.worst[0]:
            heapq.heapreplace(self.worst, worst)

    def merge(self, other: Stats) -> None:
        """Add the counts of other cards (a worker's)."""
        self.cards += other.cards
        self.clean += other.clean
        self.sections_known += other.sections_known
        for severity in SEVERITIES:
            self.findings[severity] += other.findings.get(severity, 0)
            self.cards_with[severity] += other.cards_with[severity]
        for code, (n, cards, name, severity) in other.rules.items():
            entry = self.rules.setdefault(code, [0, 0, name, severity])
            entry[0] += n
            entry[1] += cards
        self.sections = [a + b for a, b in zip(self.sections, other.sections, strict=True)]
        for key, groups in other.groups.items():
            mine = self.groups[key]
            for name, g in groups.items():
                total = mine.get(name)
                if total is None:
                    total = mine[name] = Group()
                for field in Group.__slots__:
                    setattr(total, field, getattr(total, field) + getattr(g, field))
        for worst in other.worst:
            self._rank(worst)

    def _keys(self, key: str, values: list[Any]) -> list[str]:
        if key == "downloads":
            return [bucket(v) for v in values]
        return [NONE if v is None or v == "" else str(v) for v in values]

    # -- what the report shows --------------------------------------------------------------------------------

    @property
    def total(self) -> int:
        return sum(self.findings.values())

    def by_rule(self) -> list[dict[str, Any]]:
        """Each rule found: code, name, severity, findings, cards and the share of the cards; most frequent first."""
        rows = [
            {"code": code, "name": name, "severity": severity, "findings": n, "cards": cards,
             "share": cards / self.cards if self.cards else 0.0}
            for code, (n, cards, name, severity) in self.rules.items()
        ]
        return sorted(rows, key=lambda r: (-r["findings"], r["code"]))

    def by_section(self) -> list[dict[str, Any]]:
        known = self.sections_known
        return [{"section": topic.replace("-", " "), "cards": n, "share": n / known if known else 0.0}
                for topic, n in zip(SECTIONS, self.sections, strict=True)]

    def by_group(self, key: str, most: int = 15) -> list[dict[str, Any]]:
        """The groups of one grouping with their mean findings per card (download buckets in order; others the
        ``most`` largest)."""
        groups = self.groups[key]
        if key == "downloads":
            order = [label for _, label in BUCKETS] + [UNKNOWN]
            names = [label for label in order if label in groups]
        else:
            names = sorted(groups, key=lambda g: (-groups[g].cards, g))[:most]
        rows = []
        for name in names:
            g = groups[name]
            rows.append({"group": name, "cards": g.cards, "errors": g.errors / g.cards,
                         "warnings": g.warnings / g.cards, "infos": g.infos / g.cards,
                         "with_error": g.with_error / g.cards})
        return rows

    def worst_cards(self) -> list[dict[str, Any]]:
        ranked = sorted(self.worst, reverse=True)
        return [{"id": ident, "errors": e, "warnings": w, "infos": i, "codes": codes}
                for e, w, i, _, _, ident, codes in ranked]


def bucket(value: Any) -> str:
    """The download bucket of a value of the downloads column."""
    if isinstance(value, str):
        value = value.strip()
        if not value.isdigit():
            return UNKNOWN
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value or value < 0:
        return UNKNOWN
    label = BUCKETS[0][1]
    for low, name in BUCKETS:
        if value >= low:
            label = name
    return label
