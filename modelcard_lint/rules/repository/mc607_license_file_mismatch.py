"""MC607 license-file-mismatch: the metadata's `license` is not the license of the repository's LICENSE file."""

from __future__ import annotations

from collections.abc import Iterator

from ...card import Card
from ...core.rule import Rule
from ...diagnostics import Finding, Severity
from ...facts.licensefile import compatible, recognise


class LicenseFileMismatch(Rule):
    """The `license` in the metadata names another license than the repository's LICENSE file holds."""

    code = "MC607"
    name = "license-file-mismatch"
    severity = Severity.WARNING

    def check(self, card: Card) -> Iterator[Finding]:
        meta = card.meta
        node = meta.get("license") if meta is not None else None
        declared = [n for n in node.scalars() if n.is_str] if node is not None else []
        if node is None or not declared or any(n.value.strip().lower() == "other" for n in declared):
            return
        repo = card.repo
        f = repo.license() if repo is not None else None
        if f is None or f.text is None:
            return
        found = recognise(f.lines)
        if found is None or any(compatible(n.value, found.id) for n in declared):
            return
        shown = ", ".join(f"`{n.value}`" for n in declared)
        quoted = f.lines[found.line - 1].strip()
        quoted = quoted if len(quoted) <= 60 else quoted[:57] + "..."
        yield self.finding(
            node if len(declared) > 1 else declared[0],
            f"`license` is {shown}, but the repository's license file is the {found.name} ({f.name}, line "
            f"{found.line}: \"{quoted}\"), which the Hub calls `{found.id}`",
            help=f"make the two agree: write `license: {found.id}`, or put the text of the {shown} license in {f.name}",
            found=found.id, file=f.path,
        )
