"""Where photo files live in the data folder: one rule for the photo service
(which writes them) and for photo transfer (which uploads and downloads them).

    photos/<sha[:2]>/<sha>.jpg          the stored (resized) photo; sha is its SHA-256
    photos/thumbs/<sha[:2]>/<sha>.jpg   its thumbnail, made on the PC that shows it
"""

from __future__ import annotations

from pathlib import Path


def photo_file(db, sha256: str) -> Path:
    return db.photos_dir / sha256[:2] / f"{sha256}.jpg"


def thumbnail_file(db, sha256: str) -> Path:
    return db.photos_dir / "thumbs" / sha256[:2] / f"{sha256}.jpg"
