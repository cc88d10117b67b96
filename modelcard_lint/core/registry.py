"""Which rules exist: the built-in ones and those of installed plugins.

A plugin is a distribution that declares, in its ``pyproject.toml``::

    [project.entry-points."modelcard_lint.rules"]
    my-rules = "my_package.rules:get_rules"

The entry point may name a Rule subclass, a list of them, or a callable that
returns such a list.  Each rule is checked when loaded (code, name, severity,
summary, options, ``check``); a plugin that fails to load or declares a
broken rule is reported and skipped, and the run ends with exit code 2.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterable
from typing import Any

from ..diagnostics import Severity
from .rule import CODE_PATTERN, NAME_PATTERN, Rule

ENTRY_POINT_GROUP = "modelcard_lint.rules"


class SelectorError(ValueError):
    """A selector names no rule."""


class Registry:
    """The rules by code and by name, where each came from, and plugin load errors."""

    def __init__(self) -> None:
        self.rules: dict[str, type[Rule]] = {}  # by code, in registration order
        self.by_name: dict[str, type[Rule]] = {}
        self.origin: dict[str, str] = {}  # code -> "modelcard-lint" or the plugin
        self.errors: list[str] = []

    def add(self, rule: Any, origin: str) -> None:
        problem = _check_rule(rule, origin)
        if problem is None:
            if rule.code in self.rules:
                problem = f"code {rule.code} is already used by {self.origin[rule.code]}"
            elif rule.name in self.by_name:
                problem = f"name {rule.name!r} is already used by {self.by_name[rule.name].code}"
        if problem is not None:
            label = getattr(rule, "__name__", repr(rule))
            self.errors.append(f"plugin {origin}: rule {label} was not loaded: {problem}")
            return
        self.rules[rule.code] = rule
        self.by_name[rule.name] = rule
        self.origin[rule.code] = origin

    def lookup(self, key: str) -> type[Rule] | None:
        """A rule by code (any case) or name."""
        return self.rules.get(key.upper()) or self.by_name.get(key.lower())

    def select(self, selector: str) -> list[type[Rule]]:
        """Rules named by a selector: a code, a name, a code prefix (``MC3``) or ``ALL``."""
        sel = selector.strip()
        if sel.upper() == "ALL":
            return [r for r in self.rules.values() if not r.internal]
        rule = self.lookup(sel)
        if rule is not None:
            if rule.internal:
                raise SelectorError(f"{rule.code} ({rule.name}) is reported by the engine and cannot be selected")
            return [rule]
        prefix = sel.upper()
        found = [r for code, r in self.rules.items() if code.startswith(prefix) and not r.internal]
        if sel and found:
            return found
        raise SelectorError(f"unknown rule or prefix {selector!r} (run `modelcard-lint rules` for the list)")

    def codes_for(self, selector: str) -> set[str] | None:
        """The codes a suppression comment's selector names (None: no rule, or an engine code)."""
        try:
            return {r.code for r in self.select(selector)}
        except SelectorError:
            return None

    def public(self) -> list[type[Rule]]:
        return sorted(self.rules.values(), key=lambda r: r.code)


def _check_rule(rule: Any, origin: str) -> str | None:
    if not (isinstance(rule, type) and issubclass(rule, Rule)):
        return "it is not a subclass of modelcard_lint.rule.Rule"
    if not isinstance(rule.code, str) or not CODE_PATTERN.match(rule.code):
        return f"code {rule.code!r} is not 1-4 capital letters and 3 digits"
    if origin != "modelcard-lint" and rule.code.startswith("MC"):
        return f"code {rule.code} uses the MC prefix, which belongs to modelcard-lint's own rules"
    if not isinstance(rule.name, str) or not NAME_PATTERN.match(rule.name):
        return f"name {rule.name!r} is not kebab-case"
    if not isinstance(rule.severity, Severity):
        return f"severity {rule.severity!r} is not a modelcard_lint.diagnostics.Severity"
    if not rule.summary():
        return "it has no docstring; its first line is the rule's summary"
    if rule.stage not in ("card", "suppressions"):
        return f"stage {rule.stage!r} is not \"card\" or \"suppressions\""
    if not rule.internal and rule.stage == "card" and rule.check is Rule.check:
        return "it does not define check(self, card)"
    if rule.stage == "suppressions" and rule.check_suppressions is Rule.check_suppressions:
        return "it does not define check_suppressions(self, directives)"
    for key, option in rule.options.items():
        try:
            option.validate(option.default)
        except (TypeError, ValueError, AttributeError) as exc:
            return f"option {key!r} has a bad default: {exc}"
    return None


def _plugin_rules(obj: Any) -> Iterable[Any]:
    if isinstance(obj, type):
        return [obj]
    if callable(obj):
        obj = obj()
    if isinstance(obj, (list, tuple)):
        return obj
    return [obj]


_CACHE: dict[bool, Registry] = {}


def load_registry(plugins: bool = True) -> Registry:
    """The built-in rules, then each installed plugin's rules."""
    if plugins in _CACHE:
        return _CACHE[plugins]
    from .internal import INTERNAL_RULES

    reg = Registry()
    for rule in sorted((*INTERNAL_RULES, *builtin_rules()), key=lambda r: r.code):
        reg.add(rule, "modelcard-lint")
    if plugins:
        _load_plugins(reg)
    _CACHE[plugins] = reg
    return reg


_RULE_MODULE = re.compile(r"mc\d{3}_\w+\.py")


def builtin_rules() -> list[type[Rule]]:
    """The rules of ``modelcard_lint/rules/<family>/mcNNN_<name>.py``, in code order.

    Each such module defines one Rule subclass; finding them by file name means that a new
    rule is a new file and nothing else.
    """
    import importlib

    base = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "rules")
    found: list[type[Rule]] = []
    for family in sorted(os.listdir(base)):
        folder = os.path.join(base, family)
        if not os.path.isfile(os.path.join(folder, "__init__.py")):
            continue
        for name in sorted(os.listdir(folder)):
            if not _RULE_MODULE.fullmatch(name):
                continue
            module = importlib.import_module(f"modelcard_lint.rules.{family}.{name[:-3]}")
            classes = [
                obj for obj in vars(module).values()
                if isinstance(obj, type) and issubclass(obj, Rule) and obj.__module__ == module.__name__
            ]
            if len(classes) != 1:
                raise RuntimeError(f"{module.__name__} must define exactly one rule class, not {len(classes)}")
            found.append(classes[0])
    return sorted(found, key=lambda r: r.code)


def entry_points(group: str) -> list[tuple[str, str]]:
    """(name, value) of the entry points in ``group`` of every installed distribution.

    This reads each distribution's ``entry_points.txt`` on ``sys.path``
    directly, the first distribution of a name winning as with
    ``importlib.metadata``: importing ``importlib.metadata`` alone costs
    more than a tenth of the start-up budget of a one-card run.  Path
    entries that are not directories (zip archives) fall back to it.
    """
    found: dict[str, str] = {}
    seen: set[str] = set()
    for entry in sys.path:
        folder = entry or "."
        try:
            names = os.listdir(folder)
        except OSError:
            if os.path.isfile(folder):  # a zip archive on sys.path
                from importlib.metadata import entry_points as slow

                return sorted((ep.name, ep.value) for ep in slow(group=group))
            continue
        for name in names:
            if not name.endswith((".dist-info", ".egg-info")):
                continue
            dist = re.sub(r"[-_.]+", "-", name.rsplit(".", 1)[0].split("-")[0]).lower()
            if dist in seen:
                continue
            seen.add(dist)
            try:
                with open(os.path.join(folder, name, "entry_points.txt"), encoding="utf-8") as fh:
                    text = fh.read()
            except OSError:
                continue
            if group in text:
                for key, value in _section(text, group):
                    found.setdefault(key, value)
    return sorted(found.items())


def _section(text: str, group: str) -> list[tuple[str, str]]:
    """The ``name = value`` lines of one ``[group]`` section of an entry_points.txt."""
    out, inside = [], False
    for raw in text.splitlines():
        line = raw.strip()
        if line.startswith("["):
            inside = line == f"[{group}]"
        elif inside and "=" in line and not line.startswith(("#", ";")):
            key, value = line.split("=", 1)
            out.append((key.strip(), value.strip()))
    return out


def _load(value: str) -> Any:
    import importlib

    module, _, attr = value.partition(":")
    obj = importlib.import_module(module.strip())
    for part in attr.strip().split(".") if attr.strip() else []:
        obj = getattr(obj, part)
    return obj


def _load_plugins(reg: Registry) -> None:
    for name, value in entry_points(ENTRY_POINT_GROUP):
        origin = f"{name!r} ({value})"
        try:
            rules = list(_plugin_rules(_load(value)))
        except Exception as exc:  # a broken plugin must not stop the run
            reg.errors.append(f"plugin {origin} could not be loaded: {type(exc).__name__}: {exc}")
            continue
        for rule in rules:
            reg.add(rule, origin)
