"""Rule documents: ``rules/<CODE>.md`` in the source tree, shipped in the package."""

from __future__ import annotations

from pathlib import Path

from .rule import FAMILIES, Rule

_PACKAGED = Path(__file__).parent.parent / "docs"
_SOURCE_TREE = Path(__file__).parent.parent.parent / "rules"


def docs_dir() -> Path:
    """Where the rule documents are: inside the installed package, else the source checkout."""
    return _PACKAGED if _PACKAGED.is_dir() else _SOURCE_TREE


def header(rule: type[Rule]) -> str:
    """The first two lines of a rule's document, generated from the class."""
    options = ", ".join(f"`{k}`" for k in rule.options) or "none"
    family = FAMILIES.get(rule.code[2:3], "plugin") if rule.code.startswith("MC") else "plugin"
    return (
        f"# {rule.code} {rule.name}\n\n"
        f"Severity: {rule.severity.label} · Family: {family} · Options: {options}\n"
    )


def rule_document(rule: type[Rule], origin: str = "modelcard-lint") -> str:
    path = docs_dir() / f"{rule.code}.md"
    if origin == "modelcard-lint" and path.is_file():
        return path.read_text(encoding="utf-8")
    lines = [header(rule), "", rule.summary(), ""]
    if rule.options:
        lines.append("## Options\n")
        lines += [f"- `{k}` (default `{o.default!r}`): {o.description}" for k, o in rule.options.items()]
        lines.append("")
    if rule.docs_url:
        lines.append(f"Documentation: {rule.docs_url}")
    lines.append(f"Provided by {origin}.")
    return "\n".join(lines)
