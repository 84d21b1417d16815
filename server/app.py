"""The county server's HTTP API (FastAPI; OpenAPI at /openapi.json, docs at /docs).

Every error is JSON {"code", "message"} with a Chinese message; a malformed or
hostile request gets a 4xx and changes nothing.
"""

from __future__ import annotations

import json
import os
import time
import zlib
from collections import deque
from pathlib import Path

from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.middleware.gzip import GZipMiddleware

from desktop.i18n import translate
from desktop.sync import protocol
from server import accounts, blobs, console, requests
from server.store import ApiError, Store

ENROL_ATTEMPTS, ENROL_WINDOW_S = 20, 600
OPEN_PATHS = ("/health", "/docs", "/openapi.json", "/redoc", "/docs/oauth2-redirect")


def _error(status: int, code: str, message: str, **extra) -> JSONResponse:
    return JSONResponse({"code": code, "message": message, **extra}, status_code=status)


def _inflate(body: bytes) -> bytes:
    """gunzip with a ceiling, so a small hostile body cannot expand without bound."""
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        data = inflater.decompress(body, protocol.MAX_INFLATED_BYTES)
    except zlib.error:
        raise ApiError(400, protocol.BAD_REQUEST, translate("server.app", "The request body is not valid gzip data.")) from None
    if inflater.unconsumed_tail:
        raise ApiError(413, protocol.TOO_LARGE, translate("server.app", "The request body is too large once unpacked."))
    return data


def from_env() -> FastAPI:
    """App factory for `serve --workers N`: each worker process opens the database itself."""
    from server.db import open_db

    return create_app(Store(open_db(os.environ["STATION_DESK_SERVER_DB"])),
                      Path(os.environ["STATION_DESK_SERVER_DATA"]) / "blobs")


def create_app(store: Store, blob_root: Path) -> FastAPI:
    app = FastAPI(title=translate("server.app", "Station Desk county server"), version=str(protocol.PROTOCOL_VERSION),
                  description="Sync endpoints for station PCs: enrol, push, pull, check, and photo blobs over tus.")
    app.add_middleware(GZipMiddleware, minimum_size=1000)

    @app.middleware("http")
    async def guard(request: Request, call_next):
        if request.url.path not in OPEN_PATHS and not console.is_console(request.url.path):
            version = request.headers.get(protocol.PROTOCOL_HEADER, "")
            if not version.isdigit() or int(version) < protocol.MIN_PROTOCOL:
                return _error(426, protocol.CLIENT_TOO_OLD, translate("sync.protocol", protocol.TOO_OLD_MESSAGE),
                              min_protocol=protocol.MIN_PROTOCOL)
        length = request.headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > protocol.MAX_BODY_BYTES):
            return _error(413, protocol.TOO_LARGE, translate("server.app", "The request body is too large and was refused."))
        return await call_next(request)

    @app.exception_handler(ApiError)
    async def api_error(request: Request, error: ApiError):
        return _error(error.status, error.code, error.message, **error.extra)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, error: HTTPException):
        if isinstance(error.detail, dict) and "code" in error.detail:
            return JSONResponse(error.detail, status_code=error.status_code, headers=error.headers)
        return JSONResponse({"code": "http_error", "message": str(error.detail)}, status_code=error.status_code,
                            headers=error.headers)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, error: RequestValidationError):
        where = "; ".join(".".join(str(p) for p in e["loc"]) + ": " + e["msg"] for e in error.errors()[:5])
        return _error(422, protocol.BAD_REQUEST, translate("server.app", "The request is not in the right form: {where}").format(where=where)[:500])

    def auth(authorization: str | None = Header(default=None)) -> tuple[str, str]:
        if not authorization or not authorization.startswith("Bearer ") or len(authorization) > 200:
            raise ApiError(401, protocol.BAD_TOKEN, translate("server.app", "The sync credentials are missing. Enrol this PC first with the code from the county centre."))
        return store.authenticate(authorization[7:].strip())

    @app.get("/health")
    def health():
        return {"ok": True, "server_time": store.now_ms(), "protocol": protocol.PROTOCOL_VERSION,
                "min_protocol": protocol.MIN_PROTOCOL}

    failures: dict[str, deque] = {}  # client address -> times of wrong codes (guessing is slowed down)

    @app.post("/v1/enrol", response_model=protocol.EnrolResponse)
    def enrol(body: protocol.EnrolRequest, request: Request):
        host = request.client.host if request.client else "?"
        recent = failures.setdefault(host, deque(maxlen=ENROL_ATTEMPTS))
        if len(recent) == ENROL_ATTEMPTS and time.monotonic() - recent[0] < ENROL_WINDOW_S:
            raise ApiError(429, protocol.BAD_CODE, translate("server.app", "Too many wrong enrolment codes; try again in ten minutes, or check the code with the county centre."))
        try:
            return store.enrol(body.code, body.device_name, body.site, body.station_id)
        except ApiError:
            recent.append(time.monotonic())
            raise

    @app.post("/v1/push", response_model=protocol.PushResponse,
              openapi_extra={"requestBody": {"content": {"application/json": {
                  "schema": protocol.PushRequest.model_json_schema()}}, "required": True}})
    async def push(request: Request, ident=Depends(auth)):
        body = bytearray()
        async for chunk in request.stream():
            body += chunk
            if len(body) > protocol.MAX_BODY_BYTES:
                raise ApiError(413, protocol.TOO_LARGE, translate("server.app", "Too much data in one upload; it was refused."))
        data = bytes(body)
        if request.headers.get("content-encoding", "").lower() == "gzip":
            data = _inflate(data)
        try:
            batch = protocol.PushRequest.model_validate(json.loads(data))
        except (ValueError, UnicodeDecodeError) as error:
            text = error.errors()[0]["msg"] if isinstance(error, ValidationError) else translate("server.app", "not valid JSON")
            raise ApiError(422, protocol.BAD_REQUEST, translate("server.app", "The uploaded data is not in the right form: {text}").format(text=text)) from None
        return await run_in_threadpool(store.push, ident[0], ident[1], batch.entries)

    @app.get("/v1/pull", response_model=protocol.PullResponse)
    def pull(after: int = Query(0, ge=0, le=2**62), limit: int = Query(protocol.MAX_PULL, ge=1, le=protocol.MAX_PULL),
             entity: str | None = Query(None, pattern=r"^[a-z][a-z0-9_]{0,49}$"), own: bool = False,
             ident=Depends(auth)):
        return Response(store.pull(ident[0], ident[1], after, limit, entity, own), media_type="application/json")

    @app.get("/v1/check", response_model=protocol.CheckResponse)
    def check(ident=Depends(auth)):
        return store.check(ident[1])

    for router in blobs.make_routers(store, blob_root, auth):
        app.include_router(router)
    console.install(app, store, blob_root)
    requests.install(app, store)
    app.include_router(accounts.make_router(store))
    return app


__all__ = ["create_app"]
