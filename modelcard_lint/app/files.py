"""Which files to lint: the files named on the command line, and the model cards found in directories.

In a directory, a ``README.md`` is a card when it starts with front matter or when its
folder is a model repository (it holds weights, a model configuration, a tokenizer, or the
Hub's ``.eval_results/``); any other ``.md`` file is a card when it starts with front matter,
and ``extend-include`` adds files that are cards whatever they hold (``include_all`` makes
every ``.md`` file one: a folder of cards saved one per file).  ``.gitignore`` and
``.ignore`` files are respected (``respect-gitignore = false`` turns that off), as are
``exclude`` and ``extend-exclude``, all with gitignore semantics; hidden folders and
virtual environments are skipped.  A file named on the command line is always linted,
unless ``--force-exclude`` applies the exclusions to it or ``--only-cards`` the card test
(what pre-commit needs, since it names every changed Markdown file).
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from ..card.repository import is_model_repo, listing
from .patterns import GitPatterns, PatternError

if TYPE_CHECKING:
    from .finder import SettingsFinder

_SKIP_DIRS = frozenset({"node_modules", "__pycache__", "site-packages"})
# front matter opening within the first bytes: optional BOM and blank space, then a fence
_OPENS_WITH_FENCE = re.compile(rb"^(?:\xef\xbb\xbf)?\s*---[ \t-]*\r?\n")
IGNORE_FILES = (".gitignore", ".ignore")


class Target(NamedTuple):
    """A file to lint: its path (None for stdin), how messages name it, and whether it was named explicitly."""

    path: Path | None
    display: str
    explicit: bool = True
    data: bytes | None = None  # the bytes read from stdin
    error: str | None = None  # why it cannot be read at all (a path that does not exist)


def _is_regular(path: str) -> bool:
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return False


def _opens_with_front_matter(path: str) -> bool:
    try:
        with open(path, "rb") as fh:
            head = fh.read(512)
    except OSError:
        return False
    return bool(_OPENS_WITH_FENCE.match(head))


def is_card(path: str, model_repo: bool | None = None) -> bool:
    """The card test of a directory search, for one file (``model_repo``: whether its folder is one)."""
    name = os.path.basename(path)
    if not name.lower().endswith(".md") or not _is_regular(path):  # a FIFO named README.md would block
        return False
    if name.lower() == "readme.md":
        if model_repo is None:
            model_repo = is_model_repo(*listing(os.path.dirname(path) or "."))
        if model_repo:
            return True
    return _opens_with_front_matter(path)


def _skip_dir(dirpath: str, name: str) -> bool:
    if name.startswith(".") or name in _SKIP_DIRS:
        return True
    return os.path.exists(os.path.join(dirpath, name, "pyvenv.cfg"))  # a virtualenv


class _Ignores:
    """The .gitignore and .ignore rules that apply in a folder: the deepest file that has a say decides."""

    def __init__(self, rules: list[GitPatterns]) -> None:
        self.rules = rules  # shallow to deep

    def ignored(self, path: str, is_dir: bool) -> bool:
        for rule in reversed(self.rules):
            verdict = rule.check(path, is_dir)
            if verdict is not None:
                return verdict
        return False

    def below(self, folder: str) -> _Ignores:
        own = [r for r in (_read_ignore(os.path.join(folder, name), folder) for name in IGNORE_FILES) if r]
        return _Ignores(self.rules + own) if own else self

    @classmethod
    def above(cls, start: str) -> _Ignores:
        """The rules of the folders from the repository's root down to ``start`` (not included)."""
        root = _git_root(start)
        if root is None:
            return cls([])
        folders = []
        folder = os.path.dirname(start)
        while len(folder) >= len(root):
            folders.append(folder)
            if folder == root:
                break
            folder = os.path.dirname(folder)
        ignores = cls([])
        exclude = _read_ignore(os.path.join(root, ".git", "info", "exclude"), root)
        if exclude:
            ignores = cls([exclude])
        for folder in reversed(folders):
            ignores = ignores.below(folder)
        return ignores


def _git_root(start: str) -> str | None:
    folder = start
    while True:
        if os.path.exists(os.path.join(folder, ".git")):
            return folder
        parent = os.path.dirname(folder)
        if parent == folder:
            return None
        folder = parent


def _read_ignore(path: str, base: str) -> GitPatterns | None:
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            lines = fh.read().splitlines()
    except OSError:
        return None
    try:
        return GitPatterns(lines, base)
    except PatternError:  # git itself skips a pattern it cannot read; so do we, for the whole file
        return None


class Discovery:
    """Finds the targets of a run; the settings of each folder say what is excluded and included."""

    def __init__(
        self, finder: SettingsFinder, force_exclude: bool = False, only_cards: bool = False, include_all: bool = False
    ) -> None:
        self.finder = finder
        self.force_exclude = force_exclude
        self.only_cards = only_cards
        self.include_all = include_all  # every .md file of a folder is a card, whatever it holds

    def collect(self, paths: list[str]) -> list[Target]:
        """Targets for the given paths; a path that does not exist is a target that says so."""
        targets: list[Target] = []
        for raw in paths:
            path = Path(raw)
            kind = _kind(path)
            if kind == "dir":
                targets.extend(self.walk(path, raw.rstrip("/\\") or raw))
            elif kind == "missing":
                targets.append(Target(path, raw, True, error="cannot read: no such file or directory"))
            elif self._wanted(path):
                targets.append(Target(path, raw, True))
        return targets

    def _wanted(self, path: Path) -> bool:
        """Whether a file named on the command line is linted."""
        if not (self.force_exclude or self.only_cards):
            return True
        settings = self.finder.for_path(path)
        absolute = os.path.abspath(path)
        if self.force_exclude and settings.is_excluded(absolute):
            return False
        if self.only_cards:
            return settings.is_included(absolute) or is_card(absolute)
        return True

    def walk(self, directory: Path, display: str) -> Iterator[Target]:
        """The cards under ``directory``, in a stable order."""
        start = os.path.abspath(directory)
        respect = self.finder.for_path(Path(start, "README.md")).respect_gitignore
        ignores = {start: _Ignores.above(start).below(start) if respect else _Ignores([])}
        for dirpath, dirnames, filenames in os.walk(start):
            here = ignores.pop(dirpath, _Ignores([]))
            settings = self.finder.for_path(Path(dirpath, "README.md"))
            keep = []
            for name in sorted(dirnames):
                sub = os.path.join(dirpath, name)
                if _skip_dir(dirpath, name) or settings.is_excluded(sub, True) or here.ignored(sub, True):
                    continue
                keep.append(name)
                ignores[sub] = here.below(sub) if respect else here
            model_repo = is_model_repo(filenames, dirnames)
            rel = os.path.relpath(dirpath, start)
            dirnames[:] = keep
            for name in sorted(filenames):
                path = os.path.join(dirpath, name)
                if settings.is_excluded(path) or here.ignored(path, False):
                    continue
                if self.include_all:
                    if not (name.lower().endswith(".md") and _is_regular(path)):
                        continue
                elif not (settings.is_included(path) or is_card(path, model_repo)):
                    continue
                shown = name if rel == "." else os.path.join(rel, name)
                yield Target(Path(path), os.path.join(display, shown) if display not in ("", ".") else shown, False)


def _kind(path: Path) -> str:
    """"dir", "file" (anything else that exists, even a FIFO: reading it says what it is), or "missing"."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return "file" if os.path.islink(path) else "missing"  # a broken link: reading it says so
    except OSError:
        return "file"  # a folder we may not search: reading the file says why it cannot be read
    return "dir" if stat.S_ISDIR(mode) else "file"
