"""Generate what the rule classes say into the documents: the README rule table and each rule document's header.

    python scripts/gen_docs.py           # rewrite what is out of date
    python scripts/gen_docs.py --check   # change nothing; exit 1 and name what is out of date

A rule's code, name, default severity, family and options live in its class; its summary is the
first line of the class docstring.  The README's table (between the ``rules-table`` markers) and
the first lines of ``rules/<CODE>.md`` are made from them, so they cannot drift; the test suite
runs ``--check``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from modelcard_lint.core.docs import header  # noqa: E402
from modelcard_lint.core.registry import load_registry  # noqa: E402

README = ROOT / "README.md"
DOCS = ROOT / "rules"
START, END = "<!-- rules-table:start (made by scripts/gen_docs.py) -->", "<!-- rules-table:end -->"


def rule_table() -> str:
    rows = ["| code | name | severity | what it finds |", "|---|---|---|---|"]
    for rule in load_registry(plugins=False).public():
        rows.append(f"| {rule.code} | {rule.name} | {rule.severity.label} | {rule.summary()} |")
    return "\n".join(rows)


def expected_readme(text: str) -> str:
    if START not in text or END not in text:
        raise SystemExit(f"README.md has no {START} ... {END} markers")
    before, rest = text.split(START, 1)
    _, after = rest.split(END, 1)
    return f"{before}{START}\n{rule_table()}\n{END}{after}"


def expected_document(path: Path, text: str) -> str:
    rule = load_registry(plugins=False).lookup(path.stem)
    if rule is None:
        raise SystemExit(f"{path.relative_to(ROOT)} documents no rule")
    head = header(rule)
    # the header is the title and the metadata line; the prose starts at the first "## " section
    body = text[text.index("\n## ") + 1 :] if "\n## " in text else ""
    return f"{head}\n{body}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if a file is out of date")
    args = parser.parse_args()
    stale = []
    targets = [(README, expected_readme)]
    targets += [(p, lambda t, p=p: expected_document(p, t)) for p in sorted(DOCS.glob("*.md"))]
    for path, make in targets:
        text = path.read_text(encoding="utf-8")
        want = make(text)
        if want != text:
            stale.append(path.relative_to(ROOT))
            if not args.check:
                path.write_text(want, encoding="utf-8")
    if stale and args.check:
        print("out of date (run python scripts/gen_docs.py): " + ", ".join(map(str, stale)))
        return 1
    for path in stale:
        print(f"updated {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
