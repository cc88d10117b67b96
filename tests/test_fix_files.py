"""Writing a fixed card: read-only cards, owners, hard links, symbolic links, leftovers of a killed run."""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from modelcard_lint.app import write as fix
from modelcard_lint.app.cli import main

BEFORE = "---\nlicense: MIT\n---\n# T\n"
AFTER = "---\nlicense: mit\n---\n# T\n"


def run(*args: str):
    return CliRunner().invoke(main, ["--isolated", "--select", "MC112", "--output-format", "concise", *args])


def card(folder: Path, name: str = "README.md", text: str = BEFORE) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_read_only_card_is_not_rewritten(tmp_path: Path) -> None:
    path = card(tmp_path)
    os.chmod(path, 0o444)
    result = run("--fix", str(path))
    assert result.exit_code == 2
    assert f"{path}: not fixed: the file is read-only" in result.output
    assert path.read_text(encoding="utf-8") == BEFORE
    assert stat.S_IMODE(path.stat().st_mode) == 0o444
    assert f"{path}:2:10: MC112" in result.output  # the findings of the card as it is
    assert sorted(p.name for p in tmp_path.iterdir()) == ["README.md"]


@pytest.mark.skipif(os.geteuid() != 0, reason="only root can give a file to another user")
def test_root_keeps_the_owner_and_group_of_another_users_card(tmp_path: Path) -> None:
    path = card(tmp_path)
    os.chown(path, 4242, 4343)
    os.chmod(path, 0o664)
    inode = path.stat().st_ino
    assert run("--fix", str(path)).exit_code == 0
    st = path.stat()
    assert (st.st_uid, st.st_gid, stat.S_IMODE(st.st_mode)) == (4242, 4343, 0o664)
    assert st.st_ino != inode  # replaced by a rename, as usual
    assert path.read_text(encoding="utf-8") == AFTER


@pytest.mark.skipif(os.geteuid() != 0, reason="only root can give a file to another user")
def test_a_card_whose_owner_cannot_be_kept_is_overwritten_in_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a user who may write another user's card, but not give a file away
    path = card(tmp_path)
    os.chown(path, 4242, 4343)
    inode = path.stat().st_ino

    def refused(*args: object) -> None:
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(fix.os, "chown", refused)
    assert run("--fix", str(path)).exit_code == 0
    st = path.stat()
    assert (st.st_ino, st.st_uid, st.st_gid) == (inode, 4242, 4343)
    assert path.read_text(encoding="utf-8") == AFTER
    assert sorted(p.name for p in tmp_path.iterdir()) == ["README.md"]


def test_hard_links_are_kept(tmp_path: Path) -> None:
    path = card(tmp_path)
    other = tmp_path / "latest.md"
    os.link(path, other)
    assert run("--fix", str(path)).exit_code == 0
    assert path.read_text(encoding="utf-8") == other.read_text(encoding="utf-8") == AFTER
    assert path.stat().st_ino == other.stat().st_ino and path.stat().st_nlink == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["README.md", "latest.md"]


def test_a_failed_write_in_place_puts_the_old_text_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = card(tmp_path)
    os.link(path, tmp_path / "latest.md")
    real_fsync = os.fsync
    calls = []

    def failing_fsync(fd: int) -> None:
        calls.append(fd)
        if len(calls) == 2:  # the temporary file is written; writing over the card fails
            raise OSError(28, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(fix.os, "fsync", failing_fsync)
    result = run("--fix", str(path))
    assert result.exit_code == 2
    assert "not fixed: No space left on device" in result.output
    assert path.read_text(encoding="utf-8") == BEFORE
    assert sorted(p.name for p in tmp_path.iterdir()) == ["README.md", "latest.md"]


def test_a_symlinked_card_is_fixed_through_its_link(tmp_path: Path) -> None:
    # the Hugging Face cache: snapshots/<rev>/README.md -> ../../blobs/<hash>
    blobs, snapshot = tmp_path / "blobs", tmp_path / "snapshots" / "abc"
    blobs.mkdir()
    snapshot.mkdir(parents=True)
    blob = card(blobs, "0123abcd")
    link = snapshot / "README.md"
    link.symlink_to(os.path.relpath(blob, snapshot))
    assert run("--fix", str(link)).exit_code == 0
    assert link.is_symlink()
    assert blob.read_text(encoding="utf-8") == AFTER
    assert sorted(p.name for p in blobs.iterdir()) == ["0123abcd"]
    assert sorted(p.name for p in snapshot.iterdir()) == ["README.md"]


def test_stale_temporaries_of_a_killed_run_are_removed(tmp_path: Path) -> None:
    path = card(tmp_path)
    card(tmp_path, "other.md")
    old = time.time() - 120
    stale = tmp_path / ".README.md.k3j_x9a0.tmp"
    fresh = tmp_path / ".README.md.q8w2e4r6.tmp"  # another run may be writing it now
    others = [
        tmp_path / ".other.md.k3j_x9a0.tmp",  # another card's, which this run does not write
        tmp_path / ".README.md.tmp",  # not our name
        tmp_path / ".README.md.k3j_x9a0.tmp.bak",
    ]
    for leftover in (stale, fresh, *others):
        leftover.write_text("partial", encoding="utf-8")
    for leftover in (stale, *others):
        os.utime(leftover, (old, old))
    assert run("--fix", str(path)).exit_code == 0
    assert not stale.exists()
    assert fresh.exists() and all(p.exists() for p in others)
    assert path.read_text(encoding="utf-8") == AFTER


def test_a_folder_of_stale_temporaries_is_read_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = [card(tmp_path, f"c{i}.md") for i in range(3)]
    scans = []
    real_scandir = os.scandir
    monkeypatch.setattr(fix.os, "scandir", lambda folder: scans.append(folder) or real_scandir(folder))
    assert run("--fix", *map(str, paths)).exit_code == 0
    assert scans == [str(tmp_path)]
