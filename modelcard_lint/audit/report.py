"""report.html: one self-contained page (inline SVG charts and CSS, no script) that says what the audit found."""

from __future__ import annotations

import html
from typing import Any, NamedTuple

from ..version import __version__
from . import charts
from .stats import Stats


class About(NamedTuple):
    """How the audit was run, for the page's header and footer."""

    sources: list[str]
    when: str  # the local date and time it ended
    seconds: float
    where: str  # "2 worker processes", "the Dask cluster at tcp://…"


def _pct(part: int | float, whole: int | float) -> str:
    if not whole:
        return "0%"
    share = 100 * part / whole
    return f"{share:.1f}%" if 0 < share < 1 or 99 < share < 100 else f"{share:.0f}%"


def _n(value: int) -> str:
    return f"{value:,}"


def _plural(n: int, word: str) -> str:
    return f"{_n(n)} {word}{'' if n == 1 else 's'}"


def render(stats: Stats, about: About) -> str:
    """The page."""
    rules = stats.by_rule()
    figures = []
    if rules:
        figures += [charts.findings_per_rule(rules), charts.share_of_cards(rules)]
    if stats.sections_known:
        figures.append(charts.section_coverage(stats.by_section()))
    groupings = [
        ("downloads", "Findings per card by downloads", "cards grouped by their number of downloads", "downloads"),
        ("library", "Findings per card by library", "the libraries with the most cards", "library"),
        ("pipeline", "Findings per card by pipeline tag", "the pipeline tags with the most cards", "pipeline tag"),
    ]
    notes = []
    for key, title, subtitle, axis in groupings:
        column = stats.columns[key]
        if column is None:
            names = " or ".join(f"<code>{name}</code>" for name in _GROUPING_COLUMNS[key])
            notes.append(f"<li>{html.escape(title)}: the input has no {names} column.</li>")
        elif stats.cards:
            figures.append(charts.per_card_by(stats.by_group(key), title, f"{subtitle} (column {column})", axis))
    worst = stats.worst_cards()
    if worst:
        figures.append(charts.worst_cards(worst))
    body = "\n".join(f'<figure class="chart">{svg}</figure>' for svg in figures)
    missing = f'<ul class="notes">{"".join(notes)}</ul>' if notes else ""
    return _PAGE.format(
        title="Model card audit",
        subtitle=html.escape(_subtitle(stats, about)),
        tiles=_tiles(stats, rules),
        summary=_summary(stats, rules),
        charts=body or '<p class="empty">No card was audited.</p>',
        notes=missing,
        worst=_worst_table(worst),
        footer=_footer(about),
    )


_GROUPING_COLUMNS = {"downloads": ("downloads",), "library": ("library_name",), "pipeline": ("pipeline_tag",)}


def _subtitle(stats: Stats, about: About) -> str:
    sources = ", ".join(about.sources[:3]) + (f" and {len(about.sources) - 3} more" if len(about.sources) > 3 else "")
    return f"{_plural(stats.cards, 'card')} from {sources}, {about.when}"


def _tiles(stats: Stats, rules: list[dict[str, Any]]) -> str:
    tiles = [
        (_n(stats.cards), "cards audited", ""),
        (_n(stats.total), "findings",
         " · ".join(f"{_n(stats.findings[s])} {charts.SEVERITY_LABELS[s]}" for s in charts.SEVERITY_COLORS)),
        (_pct(stats.cards_with["error"], stats.cards), "of the cards have an error",
         f"{_n(stats.cards_with['error'])} cards"),
        (_pct(stats.clean, stats.cards), "of the cards have no finding", f"{_n(stats.clean)} cards"),
    ]
    if rules:
        top = max(rules, key=lambda r: (r["cards"], r["findings"]))
        tiles.append((_pct(top["cards"], stats.cards), "of the cards: the most common defect",
                      f"{top['code']} {top['name']}"))
    return "\n".join(
        f'<div class="tile"><div class="value">{html.escape(value)}</div><div class="label">{html.escape(label)}</div>'
        f'<div class="detail">{html.escape(detail)}</div></div>'
        for value, label, detail in tiles
    )


def _summary(stats: Stats, rules: list[dict[str, Any]]) -> str:
    if not stats.cards:
        return "<p>The sources hold no card.</p>"
    parts = [
        f"Of the {_plural(stats.cards, 'card')}, {_pct(stats.cards_with['error'], stats.cards)} have at least one "
        f"error and {_pct(stats.cards_with['warning'], stats.cards)} at least one warning; "
        f"{_pct(stats.clean, stats.cards)} have no finding at all."
    ]
    if rules:
        top = max(rules, key=lambda r: (r["cards"], r["findings"]))
        parts.append(f"The most common defect is <strong>{html.escape(top['name'])}</strong> ({top['code']}), "
                     f"in {_pct(top['cards'], stats.cards)} of the cards.")
    if stats.sections_known:
        sections = stats.by_section()
        low, high = min(sections, key=lambda s: s["share"]), max(sections, key=lambda s: s["share"])
        parts.append(f"The section found most often is on {html.escape(high['section'])} "
                     f"({_pct(high['cards'], stats.sections_known)} of the cards), the rarest on "
                     f"{html.escape(low['section'])} ({_pct(low['cards'], stats.sections_known)}).")
    unreadable = stats.rules.get("MC902")
    if unreadable:
        parts.append(f"{_plural(unreadable[1], 'card')} could not be read as UTF-8 text (MC902).")
    return "<p>" + " ".join(parts) + "</p>"


def _worst_table(rows: list[dict[str, Any]]) -> str:
    if not rows:
        return ""
    lines = "\n".join(
        f"<tr><td class=\"id\">{html.escape(r['id'])}</td><td>{r['errors']}</td><td>{r['warnings']}</td>"
        f"<td>{r['infos']}</td><td class=\"codes\">{html.escape(', '.join(r['codes']))}</td></tr>"
        for r in rows
    )
    return (
        '<section><h2>The worst cards</h2><table><thead><tr><th class="text">card</th><th>errors</th>'
        f'<th>warnings</th><th>infos</th><th class="text">rules</th></tr></thead><tbody>{lines}</tbody></table>'
        "</section>"
    )


def _footer(about: About) -> str:
    return (
        "The data behind every chart is in this folder: <code>findings.parquet</code> (one row per finding) and "
        "<code>cards.parquet</code> (one row per card, with the columns of the input). "
        f"Made by modelcard-lint {html.escape(__version__)} in {about.seconds:,.1f} s on {html.escape(about.where)}; "
        "<code>modelcard-lint rule CODE</code> explains a rule."
    )


_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
  :root {{ color-scheme: light; }}
  body {{ margin: 0; background: #f5f6f8; color: #1f2328;
         font: 15px/1.5 "Helvetica Neue", Helvetica, Arial, "Liberation Sans", "DejaVu Sans", sans-serif; }}
  main {{ max-width: 1440px; margin: 0 auto; padding: 28px 32px 40px; }}
  h1 {{ font-size: 28px; margin: 0; }}
  h2 {{ font-size: 18px; margin: 0 0 12px; }}
  .subtitle {{ color: #59636e; margin: 4px 0 20px; }}
  .tiles {{ display: grid; grid-template-columns: repeat(auto-fit, minmax(200px, 1fr)); gap: 12px;
           margin-bottom: 18px; }}
  .tile {{ background: #fff; border-radius: 8px; padding: 14px 16px; box-shadow: 0 1px 2px rgba(0,0,0,.08); }}
  .tile .value {{ font-size: 28px; font-weight: 700; }}
  .tile .label {{ color: #1f2328; }}
  .tile .detail {{ color: #6e7781; font-size: 13px; }}
  .summary {{ background: #fff; border-radius: 8px; padding: 4px 18px; margin-bottom: 18px;
             box-shadow: 0 1px 2px rgba(0,0,0,.08); max-width: 75em; }}
  .charts {{ display: grid; grid-template-columns: repeat(auto-fit, minmax(660px, 1fr)); gap: 16px; }}
  figure.chart {{ margin: 0; background: #fff; border-radius: 8px; padding: 8px; box-shadow: 0 1px 2px rgba(0,0,0,.08);
                 overflow-x: auto; }}
  figure.chart svg {{ max-width: 100%; height: auto; }}
  section {{ background: #fff; border-radius: 8px; padding: 16px 18px; margin-top: 16px;
            box-shadow: 0 1px 2px rgba(0,0,0,.08); overflow-x: auto; }}
  table {{ border-collapse: collapse; font-size: 14px; }}
  th, td {{ text-align: right; padding: 4px 12px; border-bottom: 1px solid #eaeef2; }}
  th.text, td.id, td.codes {{ text-align: left; }}
  td.id {{ font-family: ui-monospace, Menlo, Consolas, "DejaVu Sans Mono", monospace; }}
  td.codes {{ color: #59636e; }}
  ul.notes {{ color: #59636e; }}
  footer {{ color: #6e7781; font-size: 13px; margin-top: 24px; }}
  code {{ font-size: 13px; }}
</style>
</head>
<body>
<main>
<h1>{title}</h1>
<p class="subtitle">{subtitle}</p>
<div class="tiles">
{tiles}
</div>
<div class="summary">{summary}</div>
<div class="charts">
{charts}
</div>
{notes}
{worst}
<footer>{footer}</footer>
</main>
</body>
</html>
"""
