"""Backups: consistent copies, progress, cancel, and a clear message when the target is unusable."""

from __future__ import annotations

import sqlite3

import pytest

from desktop.errors import EnvironmentProblem
from desktop.progress import Cancelled
from desktop.services.backup import backup_now, prune_automatic
from desktop.services.demo import generate


def test_backup_with_photos_progress_and_prune(db, tmp_path):
    generate(db, volunteers=80, activities=40)
    (db.photos_dir / "ab").mkdir(parents=True)
    (db.photos_dir / "ab" / "abcd.jpg").write_bytes(b"jpeg bytes")
    seen = []
    result = backup_now(db, tmp_path / "usb", progress=lambda d, t: seen.append((d, t)), pages_per_step=16)
    assert result.photos_copied == 1 and (tmp_path / "usb" / "photos" / "ab" / "abcd.jpg").exists()
    assert len(seen) > 2 and seen[-1][0] == seen[-1][1]
    with sqlite3.connect(result.path) as conn:
        assert conn.execute("select count(*) from volunteer").fetchone() == (80,)
    again = backup_now(db, tmp_path / "usb")
    assert again.photos_copied == 0  # unchanged photos are not copied twice
    for _ in range(3):
        backup_now(db, include_photos=False)
    assert len(prune_automatic(db, keep=1)) >= 2
    assert len(list(db.backups_dir.glob("station-*.sqlite"))) == 1


def test_cancel_leaves_no_partial_file(db, tmp_path):
    generate(db, volunteers=200, activities=50)
    with pytest.raises(Cancelled) as caught:
        backup_now(db, tmp_path / "usb", progress=lambda done, total: False, pages_per_step=8)
    assert "取消" in caught.value.message
    assert list((tmp_path / "usb").glob("*.sqlite")) == []


def test_unwritable_target(db, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    with pytest.raises(EnvironmentProblem, match="备份位置"):
        backup_now(db, blocker / "inside")
