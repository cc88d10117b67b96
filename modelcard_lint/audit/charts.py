"""The report's charts: Vega-Lite specifications written with Altair, rendered to SVG by vl-convert.

Each function takes the rows that ``Stats`` gives and returns an SVG element to put in the page as
it is: no script, no font and no request is needed to show it.
"""

from __future__ import annotations

import itertools
import os
import re
from typing import Any

import altair as alt

SEVERITY_COLORS = {"error": "#c0392b", "warning": "#e39b17", "info": "#4f7cac"}
SEVERITY_LABELS = {"error": "errors", "warning": "warnings", "info": "infos"}
ACCENT = "#3b6ea5"
SECTION = "#2a9d8f"
WIDTH = 470
FONT = "Helvetica Neue, Helvetica, Arial, Liberation Sans, DejaVu Sans, sans-serif"
RULES_SHOWN = 20


def svg(chart: alt.TopLevelMixin) -> str:
    import vl_convert

    spec = chart.configure(font=FONT, background="white", padding=12).configure_view(stroke=None).configure_axis(
        labelFontSize=12, titleFontSize=12, titleColor="#444", labelColor="#333", gridColor="#eee", domainColor="#999",
        labelLimit=260,
    ).configure_title(fontSize=16, subtitleFontSize=12, subtitleColor="#666", anchor="start", offset=12)
    spec = spec.configure_legend(labelFontSize=12, titleFontSize=12, orient="top", title=None)
    text = vl_convert.vegalite_to_svg(spec.to_dict())
    text = text[text.index("<svg") :]
    # the page holds several charts: their ids (clip paths) must not meet
    prefix = f"chart{next(_CHARTS)}-"
    return _IDS.sub(lambda m: m.group(1) + prefix, text)


_CHARTS = itertools.count(1)
_IDS = re.compile(r"""(\bid="|url\(#|href="#)""")


def _title(text: str, subtitle: str) -> alt.TitleParams:
    return alt.TitleParams(text, subtitle=subtitle)


def _height(n: int) -> int:
    return max(60, 22 * n)


def _labels(base: alt.Chart, field: str, fmt: str) -> alt.Chart:
    """The value at the end of each bar."""
    return base.mark_text(align="left", dx=4, fontSize=11, color="#333").encode(text=alt.Text(field, format=fmt))


def _severity_color(field: str = "severity") -> alt.Color:
    return alt.Color(
        f"{field}:N",
        scale=alt.Scale(domain=list(SEVERITY_COLORS), range=list(SEVERITY_COLORS.values())),
        legend=alt.Legend(title=None, orient="top", labelExpr="datum.label + 's'"),
    )


def findings_per_rule(rows: list[dict[str, Any]]) -> str:
    rows = [dict(r, label=f"{r['code']} {r['name']}") for r in rows[:RULES_SHOWN]]
    order = [r["label"] for r in rows]
    base = alt.Chart(alt.Data(values=rows)).encode(
        y=alt.Y("label:N", sort=order, title=None),
        x=alt.X("findings:Q", title="findings", axis=alt.Axis(format=",d", tickCount=5)),
    )
    bars = base.mark_bar(cornerRadiusEnd=2).encode(
        color=_severity_color(),
        tooltip=["code:N", "name:N", "severity:N", alt.Tooltip("findings:Q", format=",")],
    )
    labels = _labels(base, "findings:Q", ",")
    chart = (bars + labels).properties(
        width=WIDTH, height=_height(len(rows)),
        title=_title("Findings per rule", "how often each rule fires over all the cards, by its severity"),
    )
    return svg(chart)


def share_of_cards(rows: list[dict[str, Any]]) -> str:
    rows = sorted(rows, key=lambda r: (-r["share"], r["code"]))[:RULES_SHOWN]
    rows = [dict(r, label=f"{r['code']} {r['name']}") for r in rows]
    order = [r["label"] for r in rows]
    base = alt.Chart(alt.Data(values=rows)).encode(
        y=alt.Y("label:N", sort=order, title=None),
        x=alt.X("share:Q", title="share of the cards", scale=alt.Scale(domain=[0, 1]), axis=alt.Axis(format="%")),
    )
    bars = base.mark_bar(cornerRadiusEnd=2).encode(color=_severity_color())
    labels = _labels(base, "share:Q", ".0%")
    chart = (bars + labels).properties(
        width=WIDTH, height=_height(len(rows)),
        title=_title("Share of cards with each defect", "cards with at least one finding of the rule"),
    )
    return svg(chart)


def section_coverage(rows: list[dict[str, Any]]) -> str:
    order = [r["section"] for r in rows]
    base = alt.Chart(alt.Data(values=rows)).encode(
        y=alt.Y("section:N", sort=order, title=None),
        x=alt.X("share:Q", title="share of the cards", scale=alt.Scale(domain=[0, 1]), axis=alt.Axis(format="%")),
    )
    bars = base.mark_bar(color=SECTION, cornerRadiusEnd=2)
    labels = _labels(base, "share:Q", ".0%")
    chart = (bars + labels).properties(
        width=WIDTH, height=_height(len(rows)),
        title=_title("Section coverage", "cards with a section on each topic, matched as MC201 matches headings"),
    )
    return svg(chart)


def per_card_by(rows: list[dict[str, Any]], title: str, subtitle: str, axis: str) -> str:
    """Mean findings per card in each group, stacked by severity, with the number of cards of the group."""
    order = [r["group"] for r in rows]
    long = [
        {"group": r["group"], "severity": severity, "mean": r[SEVERITY_LABELS[severity]], "cards": r["cards"],
         "rank": rank}
        for r in rows for rank, severity in enumerate(SEVERITY_COLORS)
    ]
    totals = [dict(r, total=r["errors"] + r["warnings"] + r["infos"], n=f"{r['cards']:,} cards") for r in rows]
    bars = alt.Chart(alt.Data(values=long)).mark_bar().encode(
        y=alt.Y("group:N", sort=order, title=axis),
        x=alt.X("mean:Q", title="findings per card (mean)", stack="zero", axis=alt.Axis(format="~g", tickCount=5)),
        color=_severity_color(),
        order=alt.Order("rank:Q"),
        tooltip=["group:N", "severity:N", alt.Tooltip("mean:Q", format=".2f"), alt.Tooltip("cards:Q", format=",")],
    )
    labels = alt.Chart(alt.Data(values=totals)).mark_text(align="left", dx=4, fontSize=11, color="#666").encode(
        y=alt.Y("group:N", sort=order), x="total:Q", text="n:N",
    )
    chart = (bars + labels).properties(width=WIDTH - 90, height=_height(len(rows)), title=_title(title, subtitle))
    return svg(chart)


def worst_cards(rows: list[dict[str, Any]]) -> str:
    names = short_names([r["id"] for r in rows])
    long = [{"card": name, "id": r["id"], "severity": s, "count": r[SEVERITY_LABELS[s]], "rank": rank}
            for r, name in zip(rows, names, strict=True) for rank, s in enumerate(SEVERITY_COLORS)]
    chart = alt.Chart(alt.Data(values=long)).mark_bar().encode(
        y=alt.Y("card:N", sort=names, title=None),
        x=alt.X("count:Q", title="findings", stack="zero", axis=alt.Axis(format=",d", tickCount=5)),
        color=_severity_color(),
        order=alt.Order("rank:Q"),
        tooltip=["id:N", "severity:N", "count:Q"],
    ).properties(
        width=WIDTH - 80, height=_height(len(rows)),
        title=_title("The worst cards", "the cards with the most errors, then warnings, then infos"),
    )
    return svg(chart)


def short_names(ids: list[str], most: int = 48) -> list[str]:
    """Names for the chart: card files without the folder they share; at most ``most`` characters (the middle cut)."""
    if len(ids) > 1 and all(i.endswith(".md") for i in ids):
        try:
            common = os.path.commonpath(ids)
        except ValueError:  # absolute and relative paths
            common = ""
        if common:
            ids = [os.path.relpath(i, common) for i in ids]
    out: list[str] = []
    for name in ids:
        if len(name) > most:
            half = (most - 1) // 2
            name = name[:half] + "…" + name[-(most - 1 - half) :]
        while name in out:  # two names cut to the same text
            name += " "
        out.append(name)
    return out
