"""Path patterns with .gitignore semantics: `exclude`, `extend-include`, and the .gitignore files themselves.

Patterns are matched against a path relative to a base folder (the folder of the
configuration file or of the .gitignore file), as git does: ``/models/legacy/`` is
anchored there, ``outputs/`` matches a folder at any depth, ``!keep.md`` re-includes.
pathspec does the matching; it is imported only when a pattern needs it, so that the
default list of folder names costs a set lookup.
"""

from __future__ import annotations

import os
from typing import Any

_SPECIAL = frozenset("/*?[!\\#")


class PatternError(ValueError):
    """A pattern that cannot be compiled; the message names it."""


class GitPatterns:
    """Patterns of one source (a configuration key or an ignore file), relative to ``base``."""

    __slots__ = ("lines", "base", "names", "_spec")

    def __init__(self, lines: list[str], base: str) -> None:
        self.lines = [line for line in lines if line.strip() and not line.lstrip().startswith("#")]
        self.base = base
        # a plain name ("node_modules", ".venv") matches a file or folder of that name at any depth
        plain = all(not (_SPECIAL & set(line.strip())) for line in self.lines)
        self.names = frozenset(line.strip() for line in self.lines) if plain else None
        self._spec: Any = None
        if self.names is None:
            self._compile()

    def _compile(self) -> Any:
        if self._spec is None:
            import pathspec

            try:
                self._spec = pathspec.GitIgnoreSpec.from_lines(self.lines)
            except Exception as exc:  # pathspec raises re.error, ValueError and its own errors
                bad = next((line for line in self.lines if _invalid(line)), None)
                shown = f"{bad!r} is not a valid pattern" if bad else "a pattern is not valid"
                raise PatternError(f"{shown}: {exc}") from None
        return self._spec

    def __bool__(self) -> bool:
        return bool(self.lines)

    def check(self, path: str, is_dir: bool = False) -> bool | None:
        """True: the path matches (is excluded / ignored); False: a negation re-includes it; None: no pattern applies.

        ``path`` is absolute.  A path outside the base folder is matched by its parts only.
        """
        rel = _relative(path, self.base)
        if self.names is not None:
            return True if any(part in self.names for part in rel.split("/")) else None
        result = self._compile().check_file(rel + "/" if is_dir else rel)
        if result.include is None and not is_dir:
            # a pattern that names a folder ("outputs/") excludes the files under it
            parent = rel.rsplit("/", 1)[0] if "/" in rel else ""
            while parent:
                folder = self._spec.check_file(parent + "/")
                if folder.include is not None:
                    return bool(folder.include)
                parent = parent.rsplit("/", 1)[0] if "/" in parent else ""
        return None if result.include is None else bool(result.include)


def _invalid(line: str) -> bool:
    import pathspec

    try:
        pathspec.GitIgnoreSpec.from_lines([line])
    except Exception:
        return True
    return False


def _relative(path: str, base: str) -> str:
    if path.startswith(base.rstrip(os.sep) + os.sep):
        rel = path[len(base.rstrip(os.sep)) + 1 :]
    else:
        rel = path.lstrip(os.sep)  # outside the base: only unanchored patterns can match it
    return rel.replace(os.sep, "/")
