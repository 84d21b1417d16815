"""Installers the county hosts for its stations (updates over the county intranet).

    python -m server release add FILE --version V [--signature FILE.sig]
    python -m server release list

Files are kept beside the photo blobs, in DATA_DIR/releases/V/, with meta.json (name, size,
SHA-256, the maintainers' signature). A file is accepted only with a signature from a
trusted release key (desktop.sync.releases): the county relays, it does not sign.
Every /v1 answer carries the newest version in `X-Station-Desk-Latest`, so a PC learns of
it at sync without another round trip; the PC downloads it (HTTP Range, resumable),
checks checksum and signature itself, and runs it after the station head confirms.
"""

from __future__ import annotations

import json
import os
import shutil
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from fastapi import APIRouter, Depends
from fastapi.responses import FileResponse
from starlette.datastructures import MutableHeaders

from desktop.i18n import translate
from desktop.sync import protocol
from desktop.sync.releases import HEADER, ReleaseRefused, trusted_keys, verify, version_key
from server.store import ApiError


def releases_dir(data_dir: Path) -> Path:
    return data_dir / "releases"


def server_keys() -> list[bytes] | None:
    """The release keys this server trusts: the ones the package ships with, or the file named by
    STATION_DESK_RELEASE_KEYS (a county or a test that signs with its own key)."""
    name = os.environ.get("STATION_DESK_RELEASE_KEYS")
    return trusted_keys(Path(name)) if name else None


def add_release(data_dir: Path, file: Path, version: str, signature_file: Path | None = None) -> dict:
    version_key(version)
    if not file.is_file():
        raise ReleaseRefused(translate("server.releases", "No installer file: {file}").format(file=file))
    signature_file = signature_file or file.with_name(file.name + ".sig")
    signature = signature_file.read_text(encoding="ascii").strip() if signature_file.is_file() else ""
    sha256 = verify(file, signature, keys=server_keys())
    target = releases_dir(data_dir) / version
    if target.exists():
        raise ReleaseRefused(translate("server.releases", "The version {version} is already published.").format(version=version))
    target.mkdir(parents=True)
    shutil.copy(file, target / file.name)
    meta = {"version": version, "file": file.name, "size": file.stat().st_size, "sha256": sha256,
            "signature": signature, "added_at": datetime.now().isoformat(timespec="seconds")}
    (target / "meta.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
    return meta


def list_releases(data_dir: Path) -> list[dict]:
    out = []
    root = releases_dir(data_dir)
    for meta in root.glob("*/meta.json") if root.is_dir() else ():
        try:
            out.append(json.loads(meta.read_text(encoding="utf-8")))
        except (OSError, ValueError):
            continue
    return sorted(out, key=lambda m: version_key(m["version"]))


class Latest:
    """The newest release, re-read when the releases folder changes (cheap on the hot path)."""

    def __init__(self, data_dir: Path):
        self.root = releases_dir(data_dir)
        self._stamp: float | None = None
        self._meta: dict | None = None
        self._lock = threading.Lock()

    def get(self) -> dict | None:
        try:
            stamp = self.root.stat().st_mtime
        except OSError:
            return None
        with self._lock:
            if stamp != self._stamp:
                found = list_releases(self.root.parent)
                self._meta, self._stamp = (found[-1] if found else None), stamp
            return self._meta


def announcing(send, version: Callable[[], str | None]):
    """`send` with the newest release's version (`version()`, read when the answer starts; None: no
    release) in HEADER of the answer; the sync lane's answers (server.sync_lane) and Announce's."""

    async def sending(message) -> None:
        if message["type"] == "http.response.start":
            value = version()
            if value:
                MutableHeaders(scope=message)[HEADER] = value
        await send(message)
    return sending


class Announce:
    """The newest release's version on every /v1/ answer (HEADER). Pure ASGI, not @app.middleware:
    Starlette's BaseHTTPMiddleware cost a task group and a stream on every request."""

    def __init__(self, app, latest: Latest):
        self.app, self.latest = app, latest

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http" or not scope.get("path", "").startswith("/v1/"):
            await self.app(scope, receive, send)
            return
        await self.app(scope, receive, announcing(send, self.version))

    def version(self) -> str | None:
        return (self.latest.get() or {}).get("version")


def install(app, data_dir: Path, auth, responses: dict | None = None) -> Latest:
    latest = Latest(data_dir)
    router = APIRouter(prefix="/v1/releases", tags=["releases"], responses=responses or {})

    @router.get("/latest")
    def newest(ident=Depends(auth)):
        meta = latest.get()
        if meta is None:
            raise ApiError(404, protocol.BAD_REQUEST, translate("server.releases", "The county has not published a new version yet."))
        return {**meta, "url": f"/v1/releases/{meta['version']}/file"}

    @router.get("/{version}/file")
    def download(version: str, ident=Depends(auth)):
        if version == "latest":
            meta = latest.get()
            version = meta["version"] if meta else ""
        try:
            version_key(version)
        except ReleaseRefused:
            raise ApiError(404, protocol.BAD_REQUEST, translate("server.releases", "No such version.")) from None
        meta_file = releases_dir(data_dir) / version / "meta.json"
        if not meta_file.is_file():
            raise ApiError(404, protocol.BAD_REQUEST, translate("server.releases", "No such version."))
        meta = json.loads(meta_file.read_text(encoding="utf-8"))
        return FileResponse(meta_file.parent / meta["file"], filename=meta["file"],
                            headers={"X-Release-Sha256": meta["sha256"]})

    app.include_router(router)

    app.add_middleware(Announce, latest=latest)
    return latest
