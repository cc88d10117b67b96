"""A file that holds nothing but a path: a symbolic link saved as a plain file.

Git stores a symbolic link as a blob holding the link's target, and writes that blob as an ordinary
file wherever links are turned off (``core.symlinks=false``, the default of Git for Windows) or lost
(archives, copies made through the web).  A README.md that is a link to another model's card then
holds one line such as ``../../org/model/README.md``: no metadata, no sections, and the Hub shows the
path as the whole card.  ``link_target`` recognises that shape: the whole file is a single path, with
no spaces and no URL scheme, that starts with ``./``, ``../`` or ``/``, or has folders and a file
extension (``docs/card.md``), or names a text file (``README.md``).  A word alone ("TODO"), a version
("v1.0") or a short note with a slash ("N/A") is not a path.

``strip_urls`` removes link targets and URLs from a text, for the rules that count its words;
``back_over_links`` looks back over a text by its words, not its links' addresses.
"""

from __future__ import annotations

import re

from ..card import Card
from .lazyre import lazy

MAX_LENGTH = 1024  # a link target longer than this is no path a repository holds
_PATH = lazy(r"(?:\.{1,2}/|/)?(?:[\w.\-~@+]+/)*[\w.\-~@+]+")
_EXTENSION = lazy(r"[^.]\.[A-Za-z][A-Za-z0-9]{0,9}\Z")
_TEXT_FILE = lazy(r"[^.]\.(?:md|markdown|mdx|txt|rst)\Z", re.I)


def link_target(card: Card) -> str | None:
    """The path the card's whole text is, or None when the card holds anything else."""
    text = card.text.strip()
    if not text or len(text) > MAX_LENGTH or not _PATH.fullmatch(text):
        return None
    if text.startswith(("./", "../", "/")) or ("/" in text and _EXTENSION.search(text)) or _TEXT_FILE.search(text):
        return text
    return None


_URL = lazy(r"https?://\S+")
_LINK_OPEN_OR_URL = lazy(r"\]\(|" + _URL.pattern)


def strip_urls(text: str) -> str:
    """``text`` without link targets and URLs: ``re.sub(r"\\]\\([^)]*\\)|https?://\\S+", "", text)``.

    The regex looks for the ``)`` again from every ``](``, so ``](`` repeated took quadratic
    time; here a ``](`` is matched alone and its ``)`` looked for once.  Once a ``](`` has no
    ``)`` after it, no later one has, and only URLs are left to remove.
    """
    out = []
    pos = search = 0
    pattern = _LINK_OPEN_OR_URL
    while (m := pattern.search(text, search)) is not None:
        start, end = m.span()
        if pattern is _LINK_OPEN_OR_URL and m.group() == "](":
            close = text.find(")", end)
            if close < 0:  # not a link target, and nothing else starts with "]"
                pattern = _URL
                search = start + 1
                continue
            end = close + 1
        out.append(text[pos:start])
        pos = search = end
    out.append(text[pos:])
    return "".join(out)


ADDRESS_LENGTH = 500  # a link's address longer than this counts as words
_ADDRESS = lazy(rf"\]\([^)\s]{{1,{ADDRESS_LENGTH}}}\)")


def back_over_links(text: str, end: int, reach: int) -> int:
    """Where a look back of ``reach`` characters from ``end`` starts, the addresses of the links on the way not
    counted ("built on top of [`sentence-transformers/...`](https://huggingface.co/...) for matching ...")."""
    start = max(0, end - reach)
    if "](" not in text[max(0, start - ADDRESS_LENGTH) : end]:
        return start
    for _ in range(4):  # (each address skipped may bring another into reach)
        skipped = sum(len(a.group()) for a in _ADDRESS.finditer(text, max(0, start - ADDRESS_LENGTH), end)
                      if a.end() > start)  # (an address the look back ends in counts whole)
        further = max(0, end - reach - skipped)
        if further == start:
            break
        start = further
    return start
