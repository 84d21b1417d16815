"""Photo files: upload over tus (tuspy), resumable; lazy download.

A photo row names its file by SHA-256; the file lives in the data folder's
photo store (desktop.sync.photostore). Before uploading, the client asks which
hashes the server lacks for this station and sends only those. The tus URL
of an upload in progress is kept in `photo_upload`, so an upload cut in the
middle resumes from the server's offset, even after a restart.
"""

from __future__ import annotations

import hashlib
import os
import socket
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from desktop.i18n import translate
from desktop.models.activities import Photo
from desktop.models.sync_state import PhotoUpload
from desktop.progress import check as check_cancel
from desktop.sync import protocol
from desktop.sync.client import SYNC_CANCELLED, SyncClient, SyncError
from desktop.sync.photostore import photo_file

UPLOADS = PhotoUpload.__table__
PHOTOS = Photo.__table__
CHUNK = 512 * 1024
UPLOAD_TIMEOUT_S = 60


def photo_path(db, sha256: str) -> Path:
    return photo_file(db, sha256)


def find_photo(db, sha256: str) -> Path | None:
    for candidate in (photo_path(db, sha256), db.photos_dir / sha256[:2] / sha256,
                      db.photos_dir / f"{sha256}.jpg", db.photos_dir / sha256):
        if candidate.is_file():
            return candidate
    return None


def _pending(db) -> list[str]:
    with db.engine.connect() as conn:
        hashes = set(conn.scalars(select(PHOTOS.c.sha256).where(PHOTOS.c.deleted_at.is_(None))))
        done = set(conn.scalars(select(UPLOADS.c.sha256).where(UPLOADS.c.done.is_(True))))
    return sorted(h for h in hashes - done if protocol.is_sha256(h) and find_photo(db, h) is not None)


def pending_count(db) -> int:
    return len(_pending(db))


def _save(db, sha256: str, url: str = "", done: bool = False) -> None:
    with db.engine.begin() as conn:
        stmt = sqlite_insert(UPLOADS).values(sha256=sha256, url=url, done=done, updated_at=datetime.now())
        conn.execute(stmt.on_conflict_do_update(index_elements=["sha256"],
                                                set_={"url": url, "done": done, "updated_at": datetime.now()}))


@contextmanager
def _tus_environment(path: str | None):
    """tuspy calls requests without a session, without a timeout, and only takes
    verify=True/False. requests then reads REQUESTS_CA_BUNDLE, so a county CA is
    passed that way; and a default socket timeout keeps a silent server from
    hanging the upload forever (urllib3 falls back to it when given none)."""
    old_timeout = socket.getdefaulttimeout()
    socket.setdefaulttimeout(UPLOAD_TIMEOUT_S)
    old = os.environ.get("REQUESTS_CA_BUNDLE")
    if path:
        os.environ["REQUESTS_CA_BUNDLE"] = path
    try:
        yield
    finally:
        socket.setdefaulttimeout(old_timeout)
        if path and old is None:
            os.environ.pop("REQUESTS_CA_BUNDLE", None)
        elif path:
            os.environ["REQUESTS_CA_BUNDLE"] = old


def upload(db, client: SyncClient, sha256: str, cancel=None) -> None:
    # tusclient pulls in aiohttp: load it only when a transfer starts (bench/startup.py)
    from tusclient import client as tus_client
    from tusclient.exceptions import TusCommunicationError

    path = find_photo(db, sha256)
    with db.engine.connect() as conn:
        url = conn.scalar(select(UPLOADS.c.url).where(UPLOADS.c.sha256 == sha256)) or None
    tus = tus_client.TusClient(client.url + "/v1/files/", headers=client.headers())
    metadata = {"filename": sha256, "filetype": "image/jpeg", "sha256": sha256}
    with _tus_environment(client.ca_bundle):
        try:
            try:
                uploader = tus.uploader(file_path=str(path), url=url, chunk_size=CHUNK, metadata=metadata)
            except TusCommunicationError:  # the server forgot that upload: start over
                uploader = tus.uploader(file_path=str(path), chunk_size=CHUNK, metadata=metadata)
            if not uploader.url:
                uploader.set_url(uploader.create_url())
                uploader.offset = 0
                _save(db, sha256, uploader.url)
            size = uploader.get_file_size()
            while uploader.offset < size:
                check_cancel(cancel, translate("sync.client", SYNC_CANCELLED))
                uploader.upload_chunk()
                client.bytes_sent += CHUNK
        except (TusCommunicationError, OSError) as error:
            if getattr(error, "status_code", None) == 422:
                _save(db, sha256, "")
                raise SyncError(translate("sync.blobs", "A photo was damaged during the upload (the checksum does not match); the next sync uploads it again.")) from None
            raise SyncError(translate("sync.blobs", "The connection to the county broke off while uploading photos. What was uploaded is kept; the next sync carries on.")) from None
    _save(db, sha256, "", done=True)


def sync_photos(db, client: SyncClient, report, progress, cancel) -> None:
    pending = _pending(db)
    if not pending:
        return
    missing: set[str] = set()
    for start in range(0, len(pending), 1000):
        missing.update(client.blobs_missing(pending[start:start + 1000]))
    for n, sha256 in enumerate(pending, 1):
        if sha256 not in missing:
            _save(db, sha256, "", done=True)
            report.photos_skipped += 1
            continue
        upload(db, client, sha256, cancel)
        report.photos_uploaded += 1
        progress("photos", n, len(pending))


def fetch(db, client: SyncClient, sha256: str) -> Path:
    """Download a photo this PC does not have (lazily, when it is shown or printed)."""
    existing = find_photo(db, sha256)
    if existing is not None:
        return existing
    if not protocol.is_sha256(sha256):
        raise SyncError(translate("sync.blobs", "The photo id is wrong."))
    data = client.download(sha256)
    if hashlib.sha256(data).hexdigest() != sha256:
        raise SyncError(translate("sync.blobs", "The downloaded photo is damaged (the checksum does not match); try again later."))
    target = photo_path(db, sha256)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".part")
    partial.write_bytes(data)
    os.replace(partial, target)
    _save(db, sha256, "", done=True)
    return target
