"""Photo store: resized copy and thumbnail by hash, EXIF window warning, duplicates, folders, cancel."""

from __future__ import annotations

import hashlib
from datetime import datetime

import pytest
from PIL import Image

from desktop.errors import NotFound
from desktop.services import photos
from desktop.services.activities import add_activity


def make_jpeg(path, size=(3000, 2000), when: str | None = None, color=(200, 120, 60), orientation: int | None = None):
    exif = Image.Exif()
    if when:
        exif[0x0132] = when
    if orientation:
        exif[0x0112] = orientation
    Image.new("RGB", size, color).save(path, exif=exif)
    return path


@pytest.fixture
def activity(db):
    return add_activity(db, title="集中活动日", category="丰富活跃文化生活", start="2026-03-07 09:00",
                        end="2026-03-07 11:00")


def test_import_resizes_and_stores_by_hash(db, activity, tmp_path):
    src = make_jpeg(tmp_path / "a.jpg", when="2026:03:07 09:30:00", orientation=6)
    summary = photos.import_photos(db, activity.id, [src])
    assert len(summary.added) == 1 and not summary.warnings and not summary.errors
    (photo,) = photos.list_photos(db, activity.id)
    stored = photos.photo_file(db, photo.sha256)
    assert hashlib.sha256(stored.read_bytes()).hexdigest() == photo.sha256  # the key is the stored file's hash
    assert stored.parent.name == photo.sha256[:2]
    assert (photo.width, photo.height) == (1365, 2048)  # upright (EXIF orientation 6), long side 2048
    assert photo.taken_at == datetime(2026, 3, 7, 9, 30) and photo.original_name == "a.jpg"
    with Image.open(photos.thumbnail_file(db, photo.sha256)) as thumb:
        assert max(thumb.size) == photos.THUMB_SIDE


def test_duplicates_warnings_errors_and_folders(db, activity, tmp_path):
    folder = tmp_path / "usb" / "DCIM"
    folder.mkdir(parents=True)
    make_jpeg(folder / "1.jpg", when="2026:03:07 10:00:00")
    make_jpeg(folder / "2.jpg", when="2026:03:09 10:00:00", color=(10, 20, 30))
    Image.new("RGB", (640, 480), (0, 90, 0)).save(folder / "3.png")
    (folder / "broken.jpg").write_bytes(b"\xff\xd8 not really")
    (folder / "notes.txt").write_text("x")
    summary = photos.import_photos(db, activity.id, [tmp_path / "usb"])
    assert summary.total == 4 and len(summary.added) == 3
    assert len(summary.warnings) == 1 and "2.jpg" in summary.warnings[0]
    assert len(summary.errors) == 1 and "broken.jpg" in summary.errors[0]
    again = photos.import_photos(db, activity.id, [folder / "1.jpg", folder / "3.png"])
    assert again.added == [] and len(again.duplicates) == 2 and "重复" in again.message
    assert photos.photo_counts(db) == {activity.id: 3}
    photo = photos.list_photos(db, activity.id)[0]
    photos.remove_photo(db, photo.id)
    assert len(photos.list_photos(db, activity.id)) == 2
    with pytest.raises(NotFound):
        photos.remove_photo(db, photo.id)


def test_cancel_keeps_what_was_done(db, activity, tmp_path):
    for i in range(5):
        make_jpeg(tmp_path / f"{i}.jpg", size=(400, 300), color=(i * 40, 50, 50))
    calls = []

    def progress(done, total):
        calls.append(done)
        return done < 2

    summary = photos.import_photos(db, activity.id, [tmp_path], progress=progress)
    assert summary.cancelled and len(summary.added) == 2 and "已取消" in summary.message
    assert len(photos.list_photos(db, activity.id)) == 2


def test_missing_activity_and_file(db, activity, tmp_path):
    with pytest.raises(NotFound):
        photos.import_photos(db, "nope", [tmp_path])
    summary = photos.import_photos(db, activity.id, [tmp_path / "gone.jpg"])
    assert summary.errors and "找不到" in summary.errors[0]
