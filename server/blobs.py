"""Photo blobs: resumable uploads over tus (tuspyserver), stored by SHA-256.

Each station uploads into its own folder, so a token never reaches another
station's partial uploads; a finished upload is hashed, checked against the
SHA-256 the client declared, and moved into the shared store. Ownership is
per station: knowing a hash is not enough to read or claim a photo.

Storage limits: each station has a photo quota (station.photo_quota, set by
the county with `station quota`; DEFAULT_QUOTA when unset) that counts its
stored photos plus the declared sizes of its unfinished uploads; an upload
that would pass it is refused with 413 `quota_full` and a clear message.
Unfinished uploads expire after UPLOAD_DAYS and are deleted (at start and
then at most every CLEAN_EVERY_S, when uploads are created). The door
(server.door) validates tus paths and refuses a body longer than its
Upload-Length.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse
from sqlalchemy import func, insert, select
from starlette.concurrency import run_in_threadpool
from tuspyserver import create_tus_router

from desktop.i18n import translate
from desktop.sync import protocol
from server.schema import blob
from server.store import Store

DEFAULT_QUOTA = 5 * 1024 ** 3
UPLOAD_DAYS = 7
CLEAN_EVERY_S = 600


def _gb(n: int) -> str:
    return f"{n / 1024 ** 3:.2f} GB"


def clean_expired(uploads: Path, max_age_s: float = UPLOAD_DAYS * 86400, now: float | None = None) -> int:
    """Delete unfinished uploads (and their .info) older than max_age_s. Returns how many."""
    now = time.time() if now is None else now
    removed = 0
    for folder in (p for p in uploads.iterdir() if p.is_dir() and not p.name.startswith(".")):
        for path in list(folder.iterdir()):
            if not path.is_file() or path.suffix == ".info":
                continue
            try:
                age = now - path.stat().st_mtime
            except FileNotFoundError:
                continue
            if age > max_age_s:
                for victim in (path, path.with_name(path.name + ".info")):
                    try:
                        victim.unlink()
                    except FileNotFoundError:
                        pass
                removed += 1
    return removed


def in_progress_bytes(folder: Path) -> int:
    total = 0
    if not folder.is_dir():
        return 0
    for info in folder.glob("*.info"):
        try:
            size = json.loads(info.read_text()).get("size") or 0
        except (OSError, ValueError, AttributeError):
            continue
        if isinstance(size, int) and not isinstance(size, bool) and size > 0:
            total += size
    return total


def quota_of(store: Store, station_id: str) -> tuple[int, int]:
    """(bytes stored for the station, its quota)."""
    with store.db.engine.connect() as conn:
        used = conn.scalar(select(func.coalesce(func.sum(blob.c.size), 0)).where(blob.c.station_id == station_id))
    return int(used or 0), store.photo_quota(station_id)


def blob_path(root: Path, sha256: str) -> Path:
    return root / sha256[:2] / sha256


def _file_sha256(path: str) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def owned(store: Store, station_id: str, hashes: list[str]) -> set[str]:
    with store.db.engine.connect() as conn:
        return set(conn.scalars(select(blob.c.sha256).where(blob.c.station_id == station_id,
                                                            blob.c.sha256.in_(hashes))))


def make_routers(store: Store, root: Path, auth: Callable) -> list[APIRouter]:
    uploads = root / "uploads"
    uploads.mkdir(parents=True, exist_ok=True)
    cleaned = {"at": time.monotonic()}
    clean_expired(uploads)

    def file_dep(ident=Depends(auth)):
        folder = uploads / ident[1]
        folder.mkdir(exist_ok=True)
        return lambda metadata: {"files_dir": str(folder)}

    def pre_create_dep(ident=Depends(auth)):
        station_id = ident[1]

        def check(metadata: dict, info: dict) -> None:
            if not protocol.is_sha256(metadata.get("sha256", "")):
                raise HTTPException(400, detail={"code": protocol.BAD_REQUEST, "message": translate("server.blobs", "The photo upload lacks a correct checksum.")})
            size = info.get("size")
            if not isinstance(size, int) or size > protocol.MAX_PHOTO_BYTES:
                raise HTTPException(413, detail={"code": protocol.TOO_LARGE, "message": translate("server.blobs", "The photo is too large (the limit is 20 MB).")})
            if time.monotonic() - cleaned["at"] > CLEAN_EVERY_S:
                cleaned["at"] = time.monotonic()
                clean_expired(uploads)
            used, quota = quota_of(store, station_id)
            used += in_progress_bytes(uploads / station_id)
            if used + size > quota:
                raise HTTPException(413, detail={
                    "code": protocol.QUOTA_FULL, "used": used, "quota": quota,
                    "message": translate("server.blobs", "This station's photo space at the county is full ({used} used, limit {quota}); this photo was not uploaded yet. Ask the county for more space; the photo stays on this PC.").format(
                        used=_gb(used), quota=_gb(quota))})
        return check

    def complete_dep(ident=Depends(auth)):
        station_id = ident[1]

        def finish(path: str, metadata: dict) -> None:
            expected = metadata.get("sha256", "")
            actual = _file_sha256(path)
            for leftover in (path + ".info",):
                if os.path.exists(leftover):
                    os.remove(leftover)
            if actual != expected:
                os.remove(path)
                raise HTTPException(422, detail={"code": protocol.BAD_REQUEST,
                                                 "message": translate("server.blobs", "The photo was damaged on the way (the checksum does not match); sync again.")})
            target = blob_path(root, actual)
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(path, target)
            with store.write() as conn:
                if not conn.scalar(select(blob.c.sha256).where(blob.c.station_id == station_id,
                                                               blob.c.sha256 == actual)):
                    conn.execute(insert(blob).values(station_id=station_id, sha256=actual,
                                                     size=target.stat().st_size, created_at=datetime.now()))
        return finish

    tus = create_tus_router(prefix="v1/files", files_dir=str(uploads), max_size=protocol.MAX_PHOTO_BYTES,
                            auth=auth, days_to_keep=UPLOAD_DAYS, upload_complete_dep=complete_dep,
                            pre_create_dep=pre_create_dep, file_dep=file_dep, tags=["blobs"])

    api = APIRouter(prefix="/v1/blobs", tags=["blobs"])

    @api.post("/have", response_model=protocol.BlobAnswer)
    def have(query: protocol.BlobQuery, ident=Depends(auth)):
        hashes = [h for h in query.hashes if protocol.is_sha256(h)]
        if len(hashes) != len(query.hashes):
            raise HTTPException(422, detail={"code": protocol.BAD_REQUEST, "message": translate("server.blobs", "The photo checksum is not in the right form.")})
        present = owned(store, ident[1], hashes)
        return protocol.BlobAnswer(missing=[h for h in hashes if h not in present])

    @api.get("/{sha256}", response_class=FileResponse)
    async def download(sha256: str, ident=Depends(auth)):
        if not protocol.is_sha256(sha256) or not await run_in_threadpool(owned, store, ident[1], [sha256]):
            raise HTTPException(404, detail={"code": "not_found", "message": translate("server.blobs", "The county does not have this photo.")})
        return FileResponse(blob_path(root, sha256), media_type="application/octet-stream")

    return [tus, api]
