"""Every rule has its document in rules/, every document a rule, and the examples run.

A document's header is generated from the rule class (``docs.header``) and
must match it.  The sections come in order: What it does, Why is this bad?,
Example, Use instead, Options, Fix.  Every ``model-card`` block under
"Example" must make the rule fire exactly where its markers say (at least
once); every block under "Use instead" must not make it fire.  A ``model-repo``
block is a whole repository (``harness.split_repo``), linted through its
``README.md``, each file with its own markers.  A ``toml`` block right before an
example is that example's configuration.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from harness import ROOT, check_markers, check_repo, lint, lint_repo, parse_markers, split_repo

from modelcard_lint.core.docs import docs_dir, header, rule_document, strip_markers
from modelcard_lint.core.registry import load_registry

DOCS = ROOT / "rules"
SECTIONS = ["What it does", "Why is this bad?", "Example", "Use instead", "Options", "Fix"]
RULES = load_registry(plugins=False).public()
_BLOCK = re.compile(r"^```([\w-]+)[^\n]*\n(.*?)^```[ \t]*$", re.M | re.S)


def _sections(text: str) -> dict[str, str]:
    """The document's ``## `` sections (headings inside code blocks do not count)."""
    out: dict[str, list[str]] = {}
    current: list[str] | None = None
    fence = False
    for line in text.split("\n"):
        if line.startswith("```"):
            fence = not fence
        if not fence and line.startswith("## "):
            current = out.setdefault(line[3:].strip(), [])
            continue
        if current is not None:
            current.append(line)
    return {k: "\n".join(v) for k, v in out.items()}


def _controls(text: str) -> str:
    """The control characters that the Control Pictures (U+2400-U+241F, U+2421) in an example stand for."""
    return "".join(
        chr(ord(c) - 0x2400) if "\u2400" <= c <= "\u241f" else "\x7f" if c == "\u2421" else c for c in text
    )


def _examples(section: str) -> list[tuple[dict, str]]:
    """(config, card) for each model-card block; a toml block just before one configures it.

    A ``model-repo`` block gives ``(config, block)`` too, its text starting with ``==> ``.

    A Control Picture (``␀``, ``␛``) in a block stands for the control character it pictures,
    so that a document can show where an invisible character is.
    """
    out, config = [], {}
    for m in _BLOCK.finditer(section):
        lang, body = m.group(1), _controls(m.group(2))
        if lang == "toml":
            config = tomllib.loads(body)
        elif lang in ("model-card", "model-repo"):
            out.append((config, body))
            config = {}
    return out


def test_docs_ship_with_the_package_or_the_checkout() -> None:
    assert docs_dir().is_dir()


def test_every_rule_has_a_document_and_every_document_a_rule() -> None:
    documented = {p.stem for p in DOCS.glob("*.md")}
    assert documented == {r.code for r in RULES}


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_document_structure(rule) -> None:
    text = (DOCS / f"{rule.code}.md").read_text(encoding="utf-8")
    assert text.startswith(header(rule)), f"regenerate the header of rules/{rule.code}.md:\n{header(rule)}"
    found = [s for s in _sections(text) if s in SECTIONS]
    expected = SECTIONS if not rule.internal else [s for s in SECTIONS if s not in ("Use instead",)]
    assert found == expected, f"sections of rules/{rule.code}.md"
    options = _sections(text)["Options"]
    for name in rule.options:
        assert f"`{name}`" in options, f"option {name} is not documented"
    for name in re.findall(r"^- `([\w-]+)`", options, flags=re.M):
        assert name in rule.options, f"documented option {name} does not exist"
    shown = rule_document(rule)
    assert shown == strip_markers(text)
    assert not re.search(r"\{[A-Z]{1,4}\d{3}[^}]*\}", shown), "the test markers are not shown to users"


@pytest.mark.parametrize("rule", [r for r in RULES if not r.internal], ids=lambda r: r.code)
def test_failing_examples_fire_where_marked(rule) -> None:
    examples = _examples(_sections((DOCS / f"{rule.code}.md").read_text(encoding="utf-8"))["Example"])
    assert examples, "the Example section needs a ```model-card block"
    for config, card in examples:
        if card.startswith("==> "):
            files = split_repo(card)
            marked = {code for text in files.values() for code, _ in parse_markers(text)[1]}
            assert rule.code in marked, "an example needs at least one marker"
            check_repo(files, config=config, only={rule.code})
            continue
        _, expected, _ = parse_markers(card)
        assert any(code == rule.code for code, _ in expected), "an example needs at least one marker"
        check_markers(card, config=config, only={rule.code})


@pytest.mark.parametrize("rule", [r for r in RULES if not r.internal], ids=lambda r: r.code)
def test_passing_examples_do_not_fire(rule) -> None:
    examples = _examples(_sections((DOCS / f"{rule.code}.md").read_text(encoding="utf-8"))["Use instead"])
    assert examples, "the Use instead section needs a ```model-card block"
    for config, card in examples:
        if card.startswith("==> "):
            import shutil

            diags, _, _, folder = lint_repo(split_repo(card), config)
            shutil.rmtree(folder, ignore_errors=True)
            fired = [d for d in diags if d.code == rule.code]
            assert not fired, [f"{d.path}:{d.span.line}:{d.span.column} {d.message}" for d in fired]
            continue
        clean, _, _ = parse_markers(card)
        fired = [d for d in lint(clean, config=config) if d.code == rule.code]
        assert not fired, [f"{d.span.line}:{d.span.column} {d.message}" for d in fired]


def test_rule_command_prints_the_document(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from modelcard_lint.app.cli import main

    result = CliRunner().invoke(main, ["rule", "placeholder-text"])
    assert result.exit_code == 0
    assert result.output.startswith("# MC301 placeholder-text")


def test_generated_parts_of_the_documents_are_current() -> None:
    # the README's rule table and each document's header are made from the rule classes
    proc = subprocess.run([sys.executable, str(ROOT / "scripts" / "gen_docs.py"), "--check"], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_the_built_in_rules_load_without_a_clash_of_codes_or_names() -> None:
    from modelcard_lint.core.registry import load_registry

    registry = load_registry()
    assert registry.errors == []
    names = [rule.name for rule in registry.public()]
    assert len(names) == len(set(names))
