"""Writing a fixed card: once, atomically, and never over what it was not meant to replace.

Through a symbolic link the file it points to is written and the link kept; a card with
hard links is overwritten in place once the new text is complete in a temporary file; the
owner, group and permissions are kept; a read-only card is not rewritten; temporary files
left by a killed run are removed.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import tempfile
import time
from pathlib import Path

# -- writing ----------------------------------------------------------------------------------

STALE_AFTER = 60.0  # seconds: a temporary file older than this was left by a run that was killed
_TEMPORARY = re.compile(r"\.(?P<name>.+)\.[a-z0-9_]{8}\.tmp\Z")  # what tempfile.mkstemp names ours
_SCANNED: dict[str, dict[str, list[str]]] = {}  # folder -> card name -> our temporaries there


class NotWritten(OSError):
    """The card is not rewritten; the message says why."""


def remove_stale_temporaries(path: Path) -> None:
    """Remove the temporary files a killed run left next to the card ``path`` (ours only, older than a minute).

    Only names made as this module makes them (`.README.md.<8 characters>.tmp`) for this
    card, and only regular files; each folder is read once per process.
    """
    folder = os.fspath(path.parent)
    found = _SCANNED.get(folder)
    if found is None:
        found = _SCANNED[folder] = {}
        with contextlib.suppress(OSError), os.scandir(folder) as entries:
            for entry in entries:
                m = _TEMPORARY.match(entry.name)
                if m is not None:
                    found.setdefault(m.group("name"), []).append(entry.path)
    now = time.time()
    for leftover in found.pop(path.name, []):
        with contextlib.suppress(OSError):
            st = os.lstat(leftover)
            if stat.S_ISREG(st.st_mode) and now - st.st_mtime > STALE_AFTER:
                os.unlink(leftover)


def write_atomically(path: Path, text: str) -> None:
    """Replace the card at ``path`` with ``text`` (UTF-8), or raise OSError (``NotWritten``) saying why not.

    Through a symbolic link, the file it points to is rewritten and the link kept.  The new
    text is written to a temporary file in the same folder, which then replaces the card in
    one rename, with the card's permissions, owner and group.  A card with several hard
    links is instead overwritten in place once the temporary file is complete, so that
    every name still shows the same file; a failure while overwriting puts the old text back.
    A read-only card (no write permission bit) is not rewritten, even by root.
    """
    target = Path(os.path.realpath(path))
    st = os.stat(target)
    if not stat.S_ISREG(st.st_mode):
        raise NotWritten("it is not a regular file")
    if not st.st_mode & 0o222:
        raise NotWritten("the file is read-only")
    if not os.access(target, os.W_OK):
        raise NotWritten("the file is not writable by this user")
    remove_stale_temporaries(target)
    data = text.encode("utf-8")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    keep_tmp = False
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
            mine = os.fstat(fh.fileno())
        in_place = st.st_nlink > 1
        if not in_place:
            os.chmod(tmp, st.st_mode & 0o7777)
            if (mine.st_uid, mine.st_gid) != (st.st_uid, st.st_gid):
                try:
                    os.chown(tmp, st.st_uid, st.st_gid)  # root fixing another user's card, a setgid folder
                except PermissionError:
                    in_place = True  # the rename would give the card a new owner: overwrite it instead
        if not in_place:
            os.replace(tmp, target)
        else:
            try:
                _overwrite(target, data)
            except _Unrestored as exc:
                keep_tmp = True
                why = f"{exc.__cause__}; the card could not be restored, its fixed text is in {tmp}"
                raise NotWritten(why) from exc
    finally:
        if not keep_tmp:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


class _Unrestored(Exception):
    """Overwriting a card failed, and so did putting its old text back."""


def _overwrite(target: Path, data: bytes) -> None:
    """Write ``data`` over the file itself (its inode, so hard links keep it); on failure put its old bytes back."""
    with open(target, "r+b") as fh:
        old = fh.read()
        try:
            fh.seek(0)
            fh.write(data)
            fh.truncate()
            fh.flush()
            os.fsync(fh.fileno())
        except BaseException as exc:
            try:
                fh.seek(0)
                fh.write(old)
                fh.truncate()
                fh.flush()
            except OSError:
                raise _Unrestored() from exc
            raise
