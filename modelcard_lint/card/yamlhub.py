"""Writing and reading YAML values as huggingface_hub does (PyYAML's YAML 1.1 rules).

``scalar_text`` writes a string so that every reader gets the same string back (plain only
when PyYAML, ruamel's YAML 1.1 and the YAML 1.2 core schema all read it as that string);
``load_as_hub`` loads the front matter as ``yaml.safe_load`` would, for the fixer's guard.
"""

from __future__ import annotations

import re
from typing import Any

from .yamlnode import BOOLS, FLOAT_RE, INT_RE, NULLS, TAG

# -- writing and reading values as huggingface_hub does ------------------------
# PyYAML's YAML 1.1 implicit resolvers (yaml/resolver.py), which huggingface_hub's
# ``yaml.safe_load`` applies to every plain scalar
_HUB_IMPLICIT: list[tuple[str, re.Pattern[str], str]] = [
    (
        "bool",
        re.compile(r"(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)\Z"),
        "yYnNtTfFoO",
    ),
    (
        "float",
        re.compile(
            r"(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?"
            r"|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))\Z"
        ),
        "-+0123456789.",
    ),
    (
        "int",
        re.compile(
            r"(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+"
            r"|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)\Z"
        ),
        "-+0123456789",
    ),
    ("merge", re.compile(r"<<\Z"), "<"),
    ("null", re.compile(r"(?:~|null|Null|NULL|)\Z"), "~nN"),
    (
        "timestamp",
        re.compile(
            r"(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?"
            r"(?:[Tt]|[ \t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\.[0-9]*)?"
            r"(?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)\Z"
        ),
        "0123456789",
    ),
    ("value", re.compile(r"=\Z"), "="),
]
# what other readers also take for something else than a string: ruamel.yaml's YAML 1.1
# (`y`, `n`, `1e3`) and the YAML 1.2 core schema (`1e3`, `0o17`)
_OTHER_TYPED = re.compile(r"(?:[yYnN]|[-+]?[0-9][0-9_]*(?:\.[0-9_]*)?[eE][-+]?[0-9]+|[-+]?0o[0-7_]+)\Z")
# a plain scalar that means the same in a block and in a flow collection, as a key or a value
_PLAIN = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_./+-]*\Z")
# what a single-quoted scalar cannot hold: line breaks (they fold) and what YAML does not print
# (the complement of YAML's printable set, written as what it excludes: a negated class of the
# printable ranges takes milliseconds to compile, this one a fraction of that)
_NOT_SINGLE = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]")
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r", "\x85": "\\N"}
_ESCAPES.update({"\u2028": "\\L", "\u2029": "\\P"})


def hub_tag(plain: str) -> str:
    """The tag huggingface_hub (PyYAML, YAML 1.1) gives a plain scalar: "str", "int", "bool", ..."""
    first = plain[:1]
    for tag, pattern, firsts in _HUB_IMPLICIT:
        if (first in firsts or (not plain and tag == "null")) and pattern.match(plain):
            return tag
    return "str"


def is_plain_string(text: str) -> bool:
    """True when ``text`` written as a plain scalar reads back as that string for every YAML reader."""
    return (
        _PLAIN.match(text) is not None
        and hub_tag(text) == "str"
        and _OTHER_TYPED.match(text) is None
        # the YAML 1.2 core schema, as _resolve_tag applies it
        and text not in NULLS
        and text not in BOOLS
        and INT_RE.match(text) is None
        and FLOAT_RE.match(text) is None
    )


def scalar_text(value: str) -> str:
    """``value`` written as a YAML scalar that loads back as the same string.

    Plain when that is unambiguous for YAML 1.1 (huggingface_hub) and 1.2 readers,
    in a block or a flow collection; otherwise single-quoted, or double-quoted with
    escapes when the value holds line breaks or characters YAML does not print.
    The result is always one line.
    """
    if is_plain_string(value):
        return value
    if _NOT_SINGLE.search(value) is None:
        return "'" + value.replace("'", "''") + "'"
    out = []
    for ch in value:
        escaped = _ESCAPES.get(ch)
        if escaped is not None:
            out.append(escaped)
        elif _NOT_SINGLE.match(ch) is None:
            out.append(ch)
        elif ord(ch) <= 0xFF:
            out.append(f"\\x{ord(ch):02x}")
        elif ord(ch) <= 0xFFFF:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(f"\\U{ord(ch):08x}")
    return '"' + "".join(out) + '"'


_HUB_LOADER: type | None = None


def _hub_loader_class() -> type:
    from ruamel.yaml.constructor import SafeConstructor
    from ruamel.yaml.resolver import BaseResolver
    from ruamel.yaml.tag import Tag

    tags = {name: Tag(suffix=TAG + name) for name in ("str", "seq", "map", *(t for t, _, _ in _HUB_IMPLICIT))}

    class HubResolver(BaseResolver):
        processing_version = (1, 1)  # read by the constructor (octal `017`, sexagesimal `1:30`)

        def resolve(self, kind: Any, value: Any, implicit: Any) -> Any:
            name = kind.__name__
            if name == "ScalarNode":
                return tags[hub_tag(value)] if implicit and implicit[0] else tags["str"]
            return tags["seq" if name == "SequenceNode" else "map"]

    try:
        from ruamel.yaml.cyaml import CParser
    except ImportError:  # pragma: no cover - the libyaml extra is a dependency
        from ruamel.yaml.composer import Composer
        from ruamel.yaml.parser import Parser
        from ruamel.yaml.reader import Reader
        from ruamel.yaml.scanner import Scanner

        class PyHubLoader(Reader, Scanner, Parser, Composer, SafeConstructor, HubResolver):
            def __init__(self, stream: str) -> None:
                Reader.__init__(self, stream, loader=self)
                Scanner.__init__(self, loader=self)
                Parser.__init__(self, loader=self)
                Composer.__init__(self, loader=self)
                SafeConstructor.__init__(self, loader=self)
                HubResolver.__init__(self, loadumper=self)
                self.allow_duplicate_keys = True

            def check_mapping_key(self, node: Any, key_node: Any, mapping: Any, key: Any, value: Any) -> bool:
                return True

        return PyHubLoader

    class HubLoader(CParser, SafeConstructor, HubResolver):
        def __init__(self, stream: str) -> None:
            CParser.__init__(self, stream)
            self._parser = self._composer = self
            SafeConstructor.__init__(self, loader=self)
            HubResolver.__init__(self, loadumper=self)
            self.allow_duplicate_keys = True

        def check_mapping_key(self, node: Any, key_node: Any, mapping: Any, key: Any, value: Any) -> bool:
            return True  # the last of duplicate keys wins, as in PyYAML

    return HubLoader


def load_as_hub(text: str) -> Any:
    """The data huggingface_hub reads from a front-matter block: ``yaml.safe_load``, YAML 1.1.

    Built from ruamel.yaml's safe constructor and PyYAML's resolver (``language: no``
    is False, ``1e3`` a string); raises on what PyYAML would not load.
    """
    global _HUB_LOADER
    if _HUB_LOADER is None:
        _HUB_LOADER = _hub_loader_class()
    import warnings

    with warnings.catch_warnings():  # ruamel.yaml warns on YAML 1.1 forms PyYAML loads quietly (`!!float 1e5`)
        warnings.simplefilter("ignore")
        return _HUB_LOADER(text).get_single_data()
