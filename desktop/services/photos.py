"""Activity photos: a resized copy and a thumbnail in the photo store, a row per photo.

Store layout (the sync engineer uploads these files by hash, the paper
engineer lays them out):

    photos/<sha[:2]>/<sha>.jpg          resized copy, long side <= MAX_SIDE (2048) px, JPEG q85, no EXIF
    photos/thumbs/<sha[:2]>/<sha>.jpg   thumbnail, long side <= THUMB_SIDE px

The key ``sha`` (``Photo.sha256``) is the SHA-256 of the **stored resized
file**, byte for byte: the file that is uploaded is the file whose checksum
the server verifies, and a hash the server has is the file it has. The
originals never leave the PC (they may be 10 MB and carry GPS positions).
Resizing is deterministic, so the same original imported twice gives the
same hash: a photo already in the activity is skipped as a duplicate.

Files are written (atomically, via a temporary name) before the rows; a
crash in between leaves at most an unreferenced file, which the next import
of that photo reuses.

Large JPEGs are decoded at a reduced scale (libjpeg DCT scaling through
``Image.draft``), which is what keeps import fast and memory small.
"""

from __future__ import annotations

import hashlib
import io
import os
import warnings
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from PIL import Image, UnidentifiedImageError
from sqlmodel import select

from desktop.db import Database
from desktop.errors import UserError
from desktop.i18n import translate
from desktop.models import Activity, Photo
from desktop.progress import Progress
from desktop.services.audit import audit
from desktop.services.lookup import live
from desktop.sync.journal import bulk_insert
from desktop.sync.photostore import photo_file, thumbnail_file

MAX_SIDE = 2048
DRAFT_SIDE = 1600  # a 4000x3000 photo decodes at 1/2 scale straight to 2000x1500: no resampling at all
THUMB_SIDE = 320
QUALITY = 85
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".bmp", ".webp", ".tif", ".tiff", ".gif"}
WINDOW_SLACK = timedelta(minutes=30)  # photos a little before or after the activity are normal
BATCH = 20  # rows per transaction during a folder import

T = Image.Transpose
ORIENT = {2: T.FLIP_LEFT_RIGHT, 3: T.ROTATE_180, 4: T.FLIP_TOP_BOTTOM, 5: T.TRANSPOSE, 6: T.ROTATE_270,
          7: T.TRANSVERSE, 8: T.ROTATE_90}  # EXIF orientation -> the turn that makes it upright



def make_thumbnail(db: Database, sha256: str) -> Path:
    """Write the thumbnail of a stored photo (one that arrived by sync has none yet)."""
    target = thumbnail_file(db, sha256)
    with Image.open(photo_file(db, sha256)) as image:
        image.draft("RGB", (THUMB_SIDE * 2, THUMB_SIDE * 2))
        image = image.convert("RGB") if image.mode != "RGB" else image
        image.thumbnail((THUMB_SIDE, THUMB_SIDE), Image.Resampling.BILINEAR)
        _write_atomic(target, _encode(image))
    return target


def ensure_local(db: Database, sha256: str) -> Path | None:
    """The photo's file on this PC, downloading it from the county server if it
    came by sync (downloads are lazy), with its thumbnail. None when it cannot
    be had now (not enrolled, offline, or the server does not have it yet)."""
    path = photo_file(db, sha256)
    if not path.is_file():
        from desktop.sync import blobs, engine

        try:
            found = blobs.fetch(db, engine.make_client(db), sha256)
        except UserError:
            return None
        if found != path:  # an older layout: move it where the photo service looks
            path.parent.mkdir(parents=True, exist_ok=True)
            os.replace(found, path)
    if not thumbnail_file(db, sha256).is_file():
        try:
            make_thumbnail(db, sha256)
        except (OSError, UnidentifiedImageError):
            return None
    return path


@dataclass
class Prepared:
    sha256: str
    width: int
    height: int
    size_bytes: int
    taken_at: datetime | None
    original_name: str


def _exif_time(image: Image.Image) -> datetime | None:
    exif = image.getexif()
    text = exif.get_ifd(0x8769).get(0x9003) or exif.get(0x0132)  # DateTimeOriginal, else DateTime
    if not isinstance(text, str):
        return None
    try:
        return datetime.strptime(text.strip("\x00 ")[:19], "%Y:%m:%d %H:%M:%S")
    except ValueError:
        return None


def _write_atomic(path: Path, data: bytes) -> None:
    if path.exists() and path.stat().st_size == len(data):
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_suffix(f".tmp{os.getpid()}")
    with open(temp, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temp, path)


def _encode(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=QUALITY)
    return buffer.getvalue()


def prepare(db: Database, source: Path) -> Prepared:
    """Resize one image into the store (resized copy and thumbnail); no database write."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(source) as image:
                taken_at = _exif_time(image)
                orientation = image.getexif().get(0x0112, 1)
                scale = min(1.0, DRAFT_SIDE / max(image.size))
                target = (max(1, int(image.width * scale)), max(1, int(image.height * scale)))
                if image.format == "JPEG":
                    image.draft("RGB", target)  # decode at 1/2, 1/4, 1/8 scale (long side >= DRAFT_SIDE)
                image.load()
                image = image.convert("RGB") if image.mode != "RGB" else image
                if orientation in ORIENT:
                    image = image.transpose(ORIENT[orientation])
                image.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.BICUBIC, reducing_gap=3.0)
                width, height = image.size
                resized = _encode(image)
                image.thumbnail((THUMB_SIDE, THUMB_SIDE), Image.Resampling.BILINEAR)
                thumb = _encode(image)
    except (UnidentifiedImageError, Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise UserError(translate("services.photos", "“{name}” is not a picture that can be read, or it is damaged; skipped.").format(
            name=source.name)) from None
    except FileNotFoundError:
        raise UserError(translate("services.photos", "The file “{path}” was not found.").format(path=source)) from None
    except OSError as error:
        raise UserError(translate("services.photos", "“{name}” cannot be read ({reason}); skipped.").format(
            name=source.name, reason=error.strerror or translate("services.photos", "the file is incomplete"))) from None
    sha = hashlib.sha256(resized).hexdigest()
    _write_atomic(photo_file(db, sha), resized)
    _write_atomic(thumbnail_file(db, sha), thumb)
    return Prepared(sha, width, height, len(resized), taken_at, source.name[:255])


def window_warning(activity: Activity, taken_at: datetime | None, name: str) -> str | None:
    """A warning when the photo's EXIF time is outside the activity's time (with some slack)."""
    if taken_at is None:
        return None
    if activity.start_at - WINDOW_SLACK <= taken_at <= activity.end_at + WINDOW_SLACK:
        return None
    return translate("services.photos", "“{name}” was taken at {taken:%Y-%m-%d %H:%M}, outside the activity ({start:%Y-%m-%d %H:%M} to {end:%H:%M}); check that it belongs to this activity.").format(
        name=name, taken=taken_at, start=activity.start_at, end=activity.end_at)


def expand_paths(paths: Iterable[Path | str]) -> list[Path]:
    """Files as given, and every image inside given folders (a USB stick), in name order."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in IMAGE_SUFFIXES
                                and not p.name.startswith(".")))
        else:
            found.append(path)
    return found


@dataclass
class ImportSummary:
    added: list[str] = field(default_factory=list)  # photo ids
    duplicates: list[str] = field(default_factory=list)  # file names
    warnings: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    cancelled: bool = False
    total: int = 0

    @property
    def message(self) -> str:
        text = translate("services.photos", "{count} photos added").format(count=len(self.added))
        if self.duplicates:
            text += translate("services.photos", ", {count} duplicates skipped").format(count=len(self.duplicates))
        if self.errors:
            text += translate("services.photos", ", {count} files could not be imported").format(count=len(self.errors))
        if self.cancelled:
            left = self.total - len(self.added) - len(self.duplicates) - len(self.errors)
            text += translate("services.photos", " (cancelled, {count} left undone)").format(count=left)
        return text + translate("services.photos", ".")


def _activity(db: Database, activity_id: str) -> Activity:
    with db.read() as session:
        return live(session, Activity, activity_id)


def _known_hashes(db: Database, activity_id: str) -> set[str]:
    with db.read() as session:
        return set(session.exec(select(Photo.sha256).where(Photo.activity_id == activity_id,
                                                          Photo.deleted_at.is_(None))))


def import_photos(db: Database, activity_id: str, paths: Iterable[Path | str], *, progress: Progress | None = None,
                  actor: str = "站长") -> ImportSummary:
    """Add files and folders of photos to an activity, with progress and cancel (see desktop.progress;
    cancelling keeps the batches already committed and sets `summary.cancelled`).
    Duplicates (same hash already in the activity) are skipped; unreadable files are reported, not fatal."""
    activity = _activity(db, activity_id)
    files = expand_paths(paths)
    summary = ImportSummary(total=len(files))
    known = _known_hashes(db, activity_id)
    pending: list[dict] = []

    def flush() -> None:
        if pending:
            with db.session(actor) as session:
                summary.added.extend(bulk_insert(session, Photo, pending))
                audit(session, actor, "photo.add", "activity", activity_id, count=len(pending))
            pending.clear()

    for done, path in enumerate(files):
        if progress is not None and progress(done, len(files)) is False:
            summary.cancelled = True
            break
        try:
            prepared = prepare(db, path)
        except UserError as error:
            summary.errors.append(error.message)
            continue
        if prepared.sha256 in known:
            summary.duplicates.append(prepared.original_name)
            continue
        known.add(prepared.sha256)
        warning = window_warning(activity, prepared.taken_at, prepared.original_name)
        if warning:
            summary.warnings.append(warning)
        pending.append({"activity_id": activity_id, "sha256": prepared.sha256, "width": prepared.width,
                        "height": prepared.height, "size_bytes": prepared.size_bytes,
                        "taken_at": prepared.taken_at, "original_name": prepared.original_name,
                        "added_at": datetime.now()})
        if len(pending) >= BATCH:
            flush()
    flush()
    if progress is not None and not summary.cancelled:
        progress(len(files), len(files))
    return summary


def list_photos(db: Database, activity_id: str) -> list[Photo]:
    with db.read() as session:
        query = select(Photo).where(Photo.activity_id == activity_id, Photo.deleted_at.is_(None))
        return list(session.exec(query.order_by(Photo.taken_at, Photo.added_at)))


def photo_counts(db: Database) -> dict[str, int]:
    """activity id -> number of photos (for the activity list)."""
    from sqlalchemy import func

    with db.read() as session:
        rows = session.exec(select(Photo.activity_id, func.count()).where(Photo.deleted_at.is_(None))
                            .group_by(Photo.activity_id)).all()
    return dict(rows)


def remove_photo(db: Database, photo_id: str, actor: str = "站长") -> None:
    """Take a photo off an activity (soft delete; the file stays for sync and other activities)."""
    with db.session(actor) as session:
        photo = live(session, Photo, photo_id)
        photo.deleted_at = datetime.now()
        audit(session, actor, "photo.remove", "activity", photo.activity_id, sha256=photo.sha256)
