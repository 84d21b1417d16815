"""A photo that came by sync is fetched from the county server when it is first shown or printed."""

from __future__ import annotations

import shutil

from sqlmodel import select

from desktop.models import Photo
from desktop.services import photos
from desktop.sync.photostore import photo_file, thumbnail_file


def test_ensure_local_without_enrolment_is_none_and_harmless(db):
    assert photos.ensure_local(db, "ab" * 32) is None


def test_thumbnail_is_rebuilt_for_a_photo_that_is_here(db, tmp_path):
    from PIL import Image

    from desktop.services.activities import add_activity

    activity = add_activity(db, title="照片活动", category="丰富活跃文化生活", start="2026-05-01 09:00",
                            end="2026-05-01 11:00")
    source = tmp_path / "p.jpg"
    Image.new("RGB", (1200, 900), (200, 30, 30)).save(source)
    photos.import_photos(db, activity.id, [source])
    with db.read() as session:
        sha = session.exec(select(Photo.sha256)).one()
    shutil.rmtree(db.photos_dir / "thumbs")
    assert photos.ensure_local(db, sha) == photo_file(db, sha)
    assert thumbnail_file(db, sha).is_file()
