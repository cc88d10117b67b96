"""Rule documents: ``rules/<CODE>.md`` in the source tree, shipped in the package."""

from __future__ import annotations

import re
from pathlib import Path

from .rule import FAMILIES, Rule

#: where the rule documents are published, for links in reports
DOCS_URL = "https://github.com/modelcard-lint/modelcard-lint/blob/main/rules/{code}.md"
# the expected-finding markers of the executed examples: `<!-- {MC301} -->` in Markdown, `# {MC105}` in YAML,
# `// {MC601}` in the JSON files of a repository example
_ONE = r"\{[A-Z]{1,4}\d{3}[^}]*\}\s*"
_MARKER = re.compile(rf"[ \t]*(?:<!--\s*(?:{_ONE})+-->|(?:#|//)\s*(?:{_ONE})+)[ \t]*$", re.M)

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


def strip_markers(text: str) -> str:
    """A document as a reader sees it: without the test markers of its examples."""
    return _MARKER.sub("", text)


def help_url(rule: type[Rule], origin: str = "modelcard-lint") -> str | None:
    return DOCS_URL.format(code=rule.code) if origin == "modelcard-lint" else rule.docs_url


def section(document: str, title: str) -> str:
    """The text of one ``## title`` section of a document ("" when it has none)."""
    m = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)", document, re.M | re.S)
    return m.group(1).strip() if m else ""


def rule_document(rule: type[Rule], origin: str = "modelcard-lint") -> str:
    """The document of a rule, as ``modelcard-lint rule`` prints it."""
    path = docs_dir() / f"{rule.code}.md"
    if origin == "modelcard-lint" and path.is_file():
        return strip_markers(path.read_text(encoding="utf-8"))
    lines = [header(rule), "", rule.summary(), ""]
    if rule.options:
        lines.append("## Options\n")
        lines += [f"- `{k}` (default `{o.default!r}`): {o.description}" for k, o in rule.options.items()]
        lines.append("")
    if rule.docs_url:
        lines.append(f"Documentation: {rule.docs_url}")
    lines.append(f"Provided by {origin}.")
    return "\n".join(lines)
