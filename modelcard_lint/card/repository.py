"""The card's repository: the files beside a model card, read only when a rule first asks for one.

A card read from a folder (``Card.folder``) that is a model repository (it holds weights, a
model configuration, a tokenizer, the Trainer's logs or the Hub's ``.eval_results/``) and
that is the folder's ``README.md`` has a ``Repository`` (``Card.repo``).  Building one costs
a listing of the folder, kept per folder and refreshed when the folder changes, so a run over
a folder of thousand cards lists it once.  A file is read the first time a rule asks for it,
once per card: regular files only, at most ``MAX_BYTES``, UTF-8 text; one that cannot be
read says why (``RepoFile.error``).  JSON files are parsed by ``card.jsonfile``, YAML files
by ``card.yamlcompose``, both with file positions.  Findings in a file are reported under
its display path: the card's own folder as the user named it, and the file's name
(``models/bert/trainer_state.json``).  Nothing here goes to the network.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from .source import SourceError, read_source

if TYPE_CHECKING:
    from .jsonfile import JsonDoc
    from .yamlnode import Node, YamlProblem

#: files whose presence makes a folder a model repository
MODEL_FILES = frozenset(
    """config.json pytorch_model.bin pytorch_model.bin.index.json model.safetensors model.safetensors.index.json
    tf_model.h5 flax_model.msgpack adapter_config.json adapter_model.safetensors adapter_model.bin
    model_index.json tokenizer.json generation_config.json trainer_state.json all_results.json""".split()
)
MODEL_SUFFIXES = (".safetensors", ".gguf", ".onnx")
MODEL_DIRS = frozenset({".eval_results"})
#: the names a license file goes by, in the order they are looked for (any case)
LICENSE_NAMES = ("license", "license.md", "license.txt", "copying")
EVAL_RESULTS = ".eval_results"
#: the most a file of the repository may hold to be read (a Trainer log of every step can be large)
MAX_BYTES = 64 * 1024 * 1024

_LISTINGS: dict[str, tuple[int, frozenset[str], frozenset[str]]] = {}


def is_model_repo(filenames: Iterable[str], dirnames: Iterable[str] | None = None) -> bool:
    """Whether a folder holding these files and folders is a model repository."""
    return any(n in MODEL_FILES or n.endswith(MODEL_SUFFIXES) for n in filenames) or any(
        d in MODEL_DIRS for d in dirnames or ()
    )


def listing(folder: str) -> tuple[frozenset[str], frozenset[str]]:
    """The names of the files and of the folders in ``folder`` (kept until the folder changes)."""
    try:
        mtime = os.stat(folder).st_mtime_ns
    except OSError:
        return frozenset(), frozenset()
    kept = _LISTINGS.get(folder)
    if kept is not None and kept[0] == mtime:
        return kept[1], kept[2]
    files: list[str] = []
    dirs: list[str] = []
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                try:
                    (dirs if entry.is_dir() else files).append(entry.name)
                except OSError:
                    continue
    except OSError:
        pass
    if len(_LISTINGS) > 256:
        _LISTINGS.clear()
    _LISTINGS[folder] = (mtime, frozenset(files), frozenset(dirs))
    return _LISTINGS[folder][1], _LISTINGS[folder][2]


class RepoFile:
    """One file of the repository: its name in the repository, its display path, and its text."""

    __slots__ = ("name", "path", "text", "error", "_json", "_yaml", "_lines")

    def __init__(self, name: str, path: str, text: str | None, error: str | None = None) -> None:
        self.name = name  # in the repository: `trainer_state.json`, `.eval_results/gpqa.yaml`
        self.path = path  # as findings name it: the card's folder as the user named it, and the name
        self.text = text  # LF line endings, no byte-order mark; None when it cannot be read
        self.error = error  # why it cannot be read
        self._json: JsonDoc | None = None
        self._yaml: tuple[Node | None, list[YamlProblem]] | None = None
        self._lines: list[str] | None = None

    def __repr__(self) -> str:
        return f"RepoFile({self.path!r})"

    @property
    def lines(self) -> list[str]:
        if self._lines is None:
            self._lines = (self.text or "").split("\n")
        return self._lines

    @property
    def is_yaml(self) -> bool:
        return self.name.endswith((".yaml", ".yml"))

    def json(self) -> JsonDoc:
        """The file as JSON (its ``problems`` say why it is not; an unreadable file is an empty document)."""
        if self._json is None:
            from .jsonfile import JsonDoc

            self._json = JsonDoc(self.text if self.text is not None else "")
        return self._json

    def yaml(self) -> tuple[Node | None, list[YamlProblem]]:
        """The file as YAML: its root node (None when empty or broken) and its problems."""
        if self._yaml is None:
            from .yamlcompose import compose

            self._yaml = compose(self.text, 0) if self.text is not None else (None, [])
        return self._yaml


class Repository:
    """The model repository a card is the README of."""

    __slots__ = ("folder", "display", "files", "dirs", "_read")

    def __init__(self, folder: str, display: str, files: frozenset[str], dirs: frozenset[str]) -> None:
        self.folder = folder  # absolute
        self.display = display  # the card's folder as the user named it ("" for the current one)
        self.files = files
        self.dirs = dirs
        self._read: dict[str, RepoFile | None] = {}

    @classmethod
    def open(cls, folder: str, card_path: str) -> Repository | None:
        """The repository of the card ``card_path`` (its display path) read from ``folder``;
        None when the card is not a README or the folder is not a model repository."""
        if os.path.basename(card_path).lower() != "readme.md":
            return None
        files, dirs = listing(folder)
        if not is_model_repo(files, dirs):
            return None
        return cls(folder, os.path.dirname(card_path), files, dirs)

    def path(self, name: str) -> str:
        """The display path of a file of the repository."""
        return os.path.join(self.display, name) if self.display else name

    def has(self, name: str) -> bool:
        return name in self.files

    def file(self, name: str) -> RepoFile | None:
        """The file ``name`` (``.eval_results/x.yaml`` for one in a sub-folder), read on first ask; None when absent."""
        if name in self._read:
            return self._read[name]
        found = None
        if "/" in name or name in self.files:
            found = _read(Path(self.folder, name), name, self.path(name))
            if found is not None and found.error == "absent":
                found = None
        self._read[name] = found
        return found

    def license(self) -> RepoFile | None:
        """The license file (`LICENSE`, `LICENSE.md`, `LICENSE.txt`, `COPYING`, in any case), if there is one."""
        by_lower = {n.lower(): n for n in self.files}
        for name in LICENSE_NAMES:
            if name in by_lower:
                return self.file(by_lower[name])
        return None

    def eval_results(self) -> list[RepoFile]:
        """The Hub's evaluation results, ``.eval_results/*.yaml``, by name."""
        if EVAL_RESULTS not in self.dirs:
            return []
        names, _ = listing(os.path.join(self.folder, EVAL_RESULTS))
        out = []
        for name in sorted(names):
            if name.endswith((".yaml", ".yml")):
                f = self.file(f"{EVAL_RESULTS}/{name}")
                if f is not None:
                    out.append(f)
        return out

    def read_files(self) -> list[RepoFile]:
        """The files rules have read so far."""
        return [f for f in self._read.values() if f is not None]

    def find(self, path: str) -> RepoFile | None:
        """A file already read, by its display path."""
        return next((f for f in self.read_files() if f.path == path), None)


def _read(path: Path, name: str, display: str) -> RepoFile | None:
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return RepoFile(name, display, None, "absent")
    except OSError as exc:
        return RepoFile(name, display, None, f"it cannot be read: {exc.strerror or exc}")
    if not stat.S_ISREG(info.st_mode):
        return None if stat.S_ISDIR(info.st_mode) else RepoFile(name, display, None, "it is not a regular file")
    if info.st_size > MAX_BYTES:
        size = f"{info.st_size / (1024 * 1024):.0f} MiB"
        return RepoFile(name, display, None, f"it is {size}, more than the {MAX_BYTES >> 20} MiB read of a file")
    try:
        source = read_source(path, display, MAX_BYTES)
    except SourceError as exc:
        return RepoFile(name, display, None, exc.message.removeprefix("cannot read: "))
    return RepoFile(name, display, source.text)
