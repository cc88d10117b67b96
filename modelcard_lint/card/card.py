"""The Card: everything the rules read about one model card, built once.

The front-matter block is located when the card is made (one regex); the
YAML is composed and the body parsed only when a rule first asks for them,
so a run of metadata-only rules never pays for the Markdown parser.
Derived models shared by several rules (typed tables, reported metrics)
are computed once per card through ``Card.derived``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar

from .body import Block, Body, Section, Table, parse_body
from .frontmatter import FrontMatter, locate
from .source import Source
from .yamlnode import Node

if TYPE_CHECKING:
    from .repository import RepoFile, Repository

T = TypeVar("T")
_UNSET: Any = object()


class Card:
    __slots__ = ("source", "folder", "frontmatter", "body_line", "_lines", "_body", "_derived", "_code_lines",
                 "_repo", "_meta")

    def __init__(self, source: Source, folder: str | None = None) -> None:
        self.source = source
        #: the folder the card was read from (None for text from stdin or the API): its repository
        self.folder = folder
        self.frontmatter: FrontMatter | None
        self.frontmatter, self.body_line = locate(source)
        self._lines: list[str] | None = None
        self._body: Body | None = None
        self._derived: dict[str, Any] = {}
        self._code_lines: frozenset[int] | None = None
        self._repo: Repository | None = _UNSET
        self._meta: Node | None = _UNSET

    @classmethod
    def from_text(cls, text: str, path: str = "<text>") -> Card:
        return cls(Source.from_text(text, path))

    @property
    def path(self) -> str:
        return self.source.path

    @property
    def text(self) -> str:
        """The whole file, LF line endings, without a byte-order mark."""
        return self.source.text

    @property
    def lines(self) -> list[str]:
        """The file's lines; ``lines[n - 1]`` is line ``n``."""
        if self._lines is None:
            self._lines = self.source.text.split("\n")
        return self._lines

    @property
    def meta(self) -> Node | None:
        """The metadata mapping, or None when there is none (or it is not a mapping)."""
        meta = self._meta
        if meta is _UNSET:
            # worked out once: rules ask 30 times a card (43,000 times over the corpus)
            fm = self.frontmatter
            root = fm.root if fm is not None else None
            meta = self._meta = root if root is not None and root.is_map else None
        return meta

    @property
    def repo(self) -> Repository | None:
        """The model repository this card is the README of, its files read when first asked for.

        None for text without a folder, a card that is not a folder's README.md, or a folder that
        is not a model repository (see ``card.repository``).
        """
        if self._repo is _UNSET:
            if self.folder is None:
                self._repo = None
            else:
                from .repository import Repository

                self._repo = Repository.open(self.folder, self.path)
        return self._repo

    def repo_files(self) -> list[RepoFile]:
        """The files of the repository that rules have read (none when no rule asked for the repository)."""
        repo = self._repo
        return repo.read_files() if repo is not _UNSET and repo is not None else []

    @property
    def body(self) -> Body:
        if self._body is None:
            lines = self.lines[self.body_line :]
            fm = self.frontmatter
            if fm is not None and fm.close_line is not None and fm.open_line > self.body_line:
                # a metadata block lower in the file (MC102): its lines are not the body's Markdown
                lines = lines.copy()
                for n in range(fm.open_line, fm.close_line + 1):
                    lines[n - 1 - self.body_line] = ""
            # the lines go along with their text: parsing needs both, and the split costs as much as the join
            self._body = parse_body("\n".join(lines), self.body_line, lines)
        return self._body

    @property
    def code_lines(self) -> frozenset[int]:
        """The file lines inside code blocks (fenced or indented), as the Markdown parser found them.

        The one answer to "is this line code?": text there is an example, not prose, a
        placeholder or a suppression comment.
        """
        if self._code_lines is None:
            lines: set[int] = set()
            for block in self.code_blocks:
                lines.update(range(block.line, block.end_line + 1))
            self._code_lines = frozenset(lines)
        return self._code_lines

    @property
    def code_blocks(self) -> list[Block]:
        """The body's code blocks (fenced or indented), in order, nested ones included."""
        return self.body.code_blocks

    def prose_lines(self) -> Iterator[tuple[int, str]]:
        """(line number, text) of every body line outside code blocks."""
        code = self.code_lines
        lines = self.lines
        for n in range(self.body_line + 1, len(lines) + 1):
            if n not in code:
                yield n, lines[n - 1]

    @property
    def sections(self) -> list[Section]:
        return list(self.body.sections())

    @property
    def tables(self) -> list[Table]:
        return self.body.tables

    def derived(self, key: str, build: Callable[[Card], T]) -> T:
        """Compute a model shared by several rules once per card."""
        try:
            return self._derived[key]
        except KeyError:
            value = self._derived[key] = build(self)
            return value
