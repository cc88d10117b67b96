"""The rule contract: one class per rule, metadata as class attributes.

A rule reads the Card and yields Findings.  It never prints, never does I/O,
and never sets its own severity: the engine stamps code, name and the
configured severity on each finding, and turns a crash into a diagnostic.

    class PlaceholderText(Rule):
        \"\"\"Placeholder text ... was never replaced.\"\"\"   # first line = summary
        code = "MC301"
        name = "placeholder-text"
        severity = Severity.WARNING                         # the default; config may change it
        options = {"extra-phrases": Option([], "More phrases to report as placeholders")}

        def check(self, card):
            for ... in ...:
                yield self.finding(span, "placeholder text ... was never replaced", help="write ...")

Options are validated by the engine from their defaults' types; ``self.opts``
holds the values for this configuration.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, ClassVar, NamedTuple

from ..card import Card
from ..card.yamlhub import scalar_text
from ..card.yamlnode import Node
from ..diagnostics import Edit, Finding, Fix, Severity, Span

if TYPE_CHECKING:
    from .suppress import Directive

CODE_PATTERN = re.compile(r"^[A-Z]{1,4}[0-9]{3}$")
NAME_PATTERN = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")

FAMILIES = {
    "1": "front matter and metadata",
    "2": "structure and sections",
    "3": "content and placeholders",
    "4": "tables",
    "5": "metric consistency",
    "6": "repository files",
    "9": "internal",
}


class NoFix(NamedTuple):
    """Why a finding gets no fix although its rule has one; ``Rule.finding`` adds it to the message."""

    reason: str


def why_not_editable(node: Node) -> str | None:
    """Why writing over this scalar's text could change more than its own value, or None when it may be.

    A node with an anchor or a tag, an alias, or a value reached twice through an alias
    (``Node.lock``); a block scalar (``|``, ``>``), whose text runs to the next key and
    whose line breaks belong to the value; and a scalar written over several lines.
    """
    if node.lock:
        return node.lock
    if not node.is_scalar:
        return "it is not a single value"
    if node.style in ("|", ">"):
        return f"it is a block scalar (`{node.style}`)"
    if node.span.line != node.span.end_line:
        return "it is written over several lines"
    return None


class Option:
    """A rule option: its default, a one-line description, and its type.

    ``type`` is inferred from the default unless given: ``bool``, ``int``,
    ``float``, ``str``, ``str-list`` (a list of strings) or ``str-list-map``
    (a table whose values are lists of strings).  ``choices`` restricts a
    ``str`` option.
    """

    __slots__ = ("default", "description", "type", "choices")

    def __init__(self, default: Any, description: str, type: str = "", choices: tuple[str, ...] = ()) -> None:
        self.default = default
        self.description = description
        self.type = type
        self.choices = choices

    def __repr__(self) -> str:
        return f"Option({self.default!r}, {self.description!r})"

    def type_name(self) -> str:
        if self.type:
            return self.type
        d = self.default
        if isinstance(d, bool):
            return "bool"
        if isinstance(d, int):
            return "int"
        if isinstance(d, float):
            return "float"
        if isinstance(d, str):
            return "str"
        if isinstance(d, (list, tuple)):
            return "str-list"
        if isinstance(d, dict):
            return "str-list-map"
        raise TypeError(f"cannot infer the type of option default {d!r}")

    def validate(self, value: Any) -> Any:
        """Return ``value`` checked and normalised, or raise ValueError."""
        kind = self.type_name()
        if kind == "bool":
            if not isinstance(value, bool):
                raise ValueError("expected true or false")
            return value
        if kind == "int":
            if isinstance(value, bool) or not isinstance(value, int):
                raise ValueError("expected an integer")
            return value
        if kind == "float":
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise ValueError("expected a number")
            return float(value)
        if kind == "str":
            if not isinstance(value, str):
                raise ValueError("expected a string")
            if self.choices and value not in self.choices:
                raise ValueError(f"expected one of {', '.join(self.choices)}")
            return value
        if kind == "str-list":
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ValueError("expected a list of strings")
            return list(value)
        if kind == "str-list-map":
            if not isinstance(value, dict) or not all(
                isinstance(v, list) and all(isinstance(s, str) for s in v) for v in value.values()
            ):
                raise ValueError("expected a table whose values are lists of strings")
            return {str(k): list(v) for k, v in value.items()}
        raise ValueError(f"unknown option type {kind}")


class Rule:
    """Base class of every rule, built-in or plugin."""

    code: ClassVar[str] = ""
    name: ClassVar[str] = ""
    severity: ClassVar[Severity] = Severity.WARNING
    options: ClassVar[dict[str, Option]] = {}
    #: rules that are off unless selected explicitly
    default_enabled: ClassVar[bool] = True
    #: engine-level codes (crashes, unreadable files): listed and documented, not run
    internal: ClassVar[bool] = False
    #: what the rule reads: "card" (``check(card)``), or "suppressions": the card's suppression
    #: comments once they have been applied (``check_suppressions(directives)``, for MC903)
    stage: ClassVar[str] = "card"
    #: where a plugin's rule is documented (built-in rules use ``modelcard-lint rule``)
    docs_url: ClassVar[str | None] = None

    def __init__(self, options: dict[str, Any] | None = None) -> None:
        self.opts: dict[str, Any] = {k: o.default for k, o in self.options.items()}
        if options:
            self.opts.update(options)
        self.setup()

    @classmethod
    def summary(cls) -> str:
        """The first line of the class docstring."""
        doc = (cls.__doc__ or "").strip()
        return doc.splitlines()[0].strip() if doc else ""

    @classmethod
    def validate_options(cls, opts: dict[str, Any]) -> None:
        """Check options that depend on each other; raise ValueError naming the problem."""

    def setup(self) -> None:
        """Prepare anything derived from options (compiled patterns, tables)."""

    def check(self, card: Card) -> Iterable[Finding]:
        raise NotImplementedError

    def check_suppressions(self, directives: list[Directive]) -> Iterable[Finding]:
        """For ``stage = "suppressions"`` rules: findings about the card's suppression comments."""
        raise NotImplementedError

    # -- helpers for rule authors ----------------------------------------
    @staticmethod
    def finding(
        where: Any,
        message: str,
        help: str | None = None,
        fix: Fix | NoFix | None = None,
        data: dict[str, Any] | None = None,
        *,
        path: str | None = None,
        **more: Any,
    ) -> Finding:
        """A finding at ``where``: a Span, or anything with a ``span`` (Node, Heading, Cell).

        ``data`` and keyword arguments are machine-readable details, kept in the JSON output.
        A ``NoFix`` leaves the finding without a fix and says why in its message. ``path`` is
        the file the finding is in when it is not the card (a file of the card's repository).
        """
        span = where if isinstance(where, Span) else where.span
        details = {**data, **more} if data else more
        if isinstance(fix, NoFix):
            message = f"{message}; not fixed automatically: {fix.reason}"
            fix = None
        return Finding(span, message, help, details or None, fix, path)

    @staticmethod
    def replace(where: Any, text: str, message: str, safe: bool = True) -> Fix:
        """A fix that replaces the text at ``where`` (a Span or a located thing) with ``text``.

        ``text`` is written as given; to write a value over a YAML node, use ``replace_value``.
        """
        span = where if isinstance(where, Span) else where.span
        return Fix(message, (Edit(span, text),), safe)

    @staticmethod
    def add_entry(card: Card, key: str, value: str, message: str, safe: bool = True) -> Fix | None:
        """A fix that adds ``key: value`` (the value a YAML string) just above the closing `---`.

        None when the metadata is not a block mapping written at column 1 (an entry added there
        would not be one of its keys) or the front matter is not closed.
        """
        fm, meta = card.frontmatter, card.meta
        if fm is None or fm.close_line is None or meta is None or fm.yaml_text.lstrip().startswith("{"):
            return None
        if meta.span.column != 1:
            return None
        at = Span(fm.close_line, 1, fm.close_line, 1)
        return Fix(message, (Edit(at, f"{key}: {scalar_text(value)}\n"),), safe)

    @staticmethod
    def replace_value(node: Node, value: str, message: str, safe: bool = True) -> Fix | NoFix:
        """A fix that writes the string ``value`` over a scalar node (a value, a list item or a key).

        The whole scalar is replaced, quotes included, by YAML that reads back as ``value``
        for huggingface_hub and for YAML 1.2 readers (quoted when a plain scalar would be a
        number, a boolean, a null, or hold special characters).  A node that cannot be written
        over safely (``why_not_editable``) gets a ``NoFix`` saying why.
        """
        why = why_not_editable(node)
        if why is not None:
            return NoFix(why)
        return Fix(message, (Edit(node.span, scalar_text(value)),), safe)
