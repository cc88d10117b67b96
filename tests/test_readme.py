"""The README's examples work as written: the contributing walk-through's rule, the plugin example, the commands."""

from __future__ import annotations

import re
import textwrap

from harness import ROOT

from modelcard_lint.card import Card
from modelcard_lint.core.engine import RuleSet, lint_card
from modelcard_lint.core.registry import Registry
from modelcard_lint.core.rule import Rule

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _python_block(after: str) -> str:
    start = README.index(after)
    m = re.search(r"```python\n(.*?)```", README[start:], re.S)
    assert m, f"no Python block after {after!r}"
    return textwrap.dedent(m.group(1))


def _rules(code: str) -> list[type[Rule]]:
    namespace: dict = {"__name__": "readme_example"}
    exec(compile(code.replace("from ...", "from modelcard_lint."), "<README>", "exec"), namespace)
    return [v for v in namespace.values() if isinstance(v, type) and issubclass(v, Rule) and v is not Rule]


def _lint(rule_class: type, text: str) -> list:
    registry = Registry()
    registry.add(rule_class, "modelcard-lint" if rule_class.code.startswith("MC") else "README")
    assert not registry.errors, registry.errors
    rule = rule_class()
    return lint_card(Card.from_text(text), RuleSet([(rule, rule.severity)]))


def test_the_contributing_rule_is_a_valid_rule_that_fires() -> None:
    [rule] = [r for r in _rules(_python_block("1. **The class**")) if getattr(r, "code", "") == "MC203"]
    found = _lint(rule, "---\nlicense: mit\n---\n# my-model\n\n## Uses\n\nText.\n")
    assert [(d.code, d.line) for d in found] == [("MC203", 4)]
    assert _lint(rule, "# my-model\n\n## Model Card Contact\n\nme@example.org\n") == []


def test_the_plugin_example_is_a_valid_rule_that_fires() -> None:
    [rule] = [r for r in _rules(_python_block("## Plugins")) if getattr(r, "code", "") == "XMP001"]
    found = _lint(rule, "# MY MODEL\n\nText.\n")
    assert [(d.code, d.line) for d in found] == [("XMP001", 1)]
