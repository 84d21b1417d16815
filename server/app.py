"""The county server's HTTP API (FastAPI; OpenAPI at /openapi.json, docs at /docs).

Every error is JSON {"code", "message"} with a Chinese message; a malformed or
hostile request gets a 4xx and changes nothing.
"""

from __future__ import annotations

import os
from contextlib import asynccontextmanager
from functools import partial
from pathlib import Path

import anyio
import anyio.to_thread
from fastapi import Depends, FastAPI, Header, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response, StreamingResponse
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.middleware.gzip import GZipMiddleware

from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.sync import protocol, snapshot_wire
from server import accounts, blobs, console, releases, requests
from server import snapshot as snapshots
from server.door import PARSED, Door
from server.store import ApiError, Store
from server.sync_lane import GZIP_MIN, SyncLane, SyncThreads

# gzip level of answers (pull pages above all): level 9 was 18% of the server's time in an initial
# sync; level 1 is several times faster for a page about 15% larger (bench/README.md, sync_initial.py)
GZIP_LEVEL = 1


def _sync_threads() -> int:
    """STATION_DESK_SYNC_THREADS when it is a number from 1 to 256, else 4 (server/README.md, the worker count)."""
    text = os.environ.get("STATION_DESK_SYNC_THREADS", "").strip()
    return int(text) if text.isascii() and text.isdigit() and 1 <= int(text) <= 256 else 4


SYNC_THREADS = _sync_threads()  # pushes and pulls a worker runs at once (create_app's sync routes)
_ERROR = {"model": protocol.ErrorBody}
# every endpoint documents every status the door, authentication and validation can answer
ERRORS = {status: _ERROR | {"description": text} for status, text in (
    (400, "malformed request (headers, JSON, encoding)"), (401, "missing, invalid or revoked device token"),
    (403, "not this station's data, or a wrong enrolment code"), (404, "no such thing"),
    (409, "clock ahead of the server, or the code belongs to another station"),
    (413, "body too large, or photo quota full"), (415, "unsupported content encoding"),
    (422, "the request breaks the schema: message names entity, field and rule"),
    (426, "client older than the minimum protocol"), (429, "too many wrong enrolment codes"))}


# /v1/push reads its body from the sync lane (server.door.PARSED); its schema is documented here
PUSH_BODY = {"requestBody": {"required": True, "content": {"application/json": {
    "schema": {"$ref": "#/components/schemas/PushRequest"}}}}}


# /v1/snapshot answers newline-delimited JSON (one object a line: desktop.sync.snapshot_wire)
SNAPSHOT_ANSWER = {200: {"description": "the snapshot, one JSON object a line",
                         "content": {snapshot_wire.MEDIA_TYPE: {"schema": {"type": "string"}}}}}


_ID_TEXT = QT_TRANSLATE_NOOP("sync.protocol", "not a valid id (1 to 36 letters, digits or -)")
_PATTERN_TEXT = {"id": _ID_TEXT, "row_id": _ID_TEXT, "station_id": _ID_TEXT,
                 "entity": QT_TRANSLATE_NOOP("sync.protocol", "not a valid table name"),
                 "hlc": QT_TRANSLATE_NOOP("sync.protocol", "malformed stamp (16 digits-4 lower-case hex digits-site id, ASCII only)"),
                 "site": QT_TRANSLATE_NOOP("sync.protocol", "wrong site id")}


def _chinese(error: dict) -> dict:
    """A compiled pattern's refusal, said as the rule it stands for."""
    name = error.get("loc", ("",))[-1]
    if error.get("type") == "string_pattern_mismatch" and name in _PATTERN_TEXT:
        return error | {"msg": translate("sync.protocol", _PATTERN_TEXT[name])}
    return error


def _error(status: int, code: str, message: str, **extra) -> JSONResponse:
    return JSONResponse({"code": code, "message": message, **extra}, status_code=status)


def from_env() -> FastAPI:
    """App factory for `serve --workers N`: each worker process opens the database itself."""
    from server.db import open_db

    return create_app(Store(open_db(os.environ["STATION_DESK_SERVER_DB"])),
                      Path(os.environ["STATION_DESK_SERVER_DATA"]) / "blobs")


class CountyApp(FastAPI):
    """The app, with the sync lane (server.sync_lane) in front of it: every HTTP request meets the lane
    first, which answers the plain pushes and pulls itself and hands all else to the app as it came."""

    lane: SyncLane | None = None

    async def __call__(self, scope, receive, send) -> None:
        if self.lane is not None and scope["type"] == "http":
            await self.lane(scope, receive, send)
        else:
            await super().__call__(scope, receive, send)


def create_app(store: Store, blob_root: Path) -> FastAPI:
    @asynccontextmanager
    async def lifespan(_app):
        # the database connections the sync routes' threads use, opened before the first request
        await anyio.to_thread.run_sync(store.db.warm, SYNC_THREADS)
        yield
        sync_threads.close()  # the pushes under way end (and are answered) before the database closes
        store.close()  # the last-seen times still held in memory are written before the process ends

    app = CountyApp(lifespan=lifespan, title=translate("server.app", "Station Desk county server"), version=str(protocol.PROTOCOL_VERSION),
                  description="Sync endpoints for station PCs: enrol, push, pull, check, problem reports, "
                              "and photo blobs over tus. Every request except /health and the docs carries "
                              f"`{protocol.PROTOCOL_HEADER}`; all but enrol carry `Authorization: Bearer <token>`.")
    app.add_middleware(GZipMiddleware, minimum_size=GZIP_MIN, compresslevel=GZIP_LEVEL)
    app.add_middleware(Door)  # outermost of ours: bounds and checks every request before anything else

    @app.exception_handler(ApiError)
    async def api_error(request, error: ApiError):
        return _error(error.status, error.code, error.message, **error.extra)

    @app.exception_handler(HTTPException)
    async def http_error(request, error: HTTPException):
        if isinstance(error.detail, dict) and "code" in error.detail:
            return JSONResponse(error.detail, status_code=error.status_code, headers=error.headers)
        status = error.status_code if 400 <= error.status_code < 500 and error.status_code in ERRORS \
            or error.status_code in (405, 410) else 400
        text = (translate("server.app", "No such address.") if error.status_code == 404
                else translate("server.app", "The request was not accepted ({detail}).").format(detail=str(error.detail)[:200]))
        return JSONResponse({"code": "not_found" if error.status_code == 404 else "http_error", "message": text},
                            status_code=status, headers=error.headers)

    @app.exception_handler(RequestValidationError)
    async def invalid(request, error: RequestValidationError):
        where = "; ".join(".".join(str(p) for p in e["loc"]) + ": " + str(e["msg"]) for e in error.errors()[:5])
        return _error(422, protocol.BAD_REQUEST, translate("server.app", "The request is malformed: {where}").format(where=where)[:500])

    def bearer(authorization: str | None) -> str:
        """The token of an Authorization header, or a 401."""
        if not authorization or not authorization.startswith("Bearer ") or len(authorization) > 200:
            raise ApiError(401, protocol.BAD_TOKEN, translate("server.app", "The sync credentials are missing. Enrol this PC first with the code from the county centre."))
        return authorization[7:].strip()

    def auth(authorization: str | None = Header(default=None)) -> tuple[str, str]:
        return store.authenticate(bearer(authorization))

    @app.get("/health")
    def health():
        return {"ok": True, "server_time": store.now_ms(), "protocol": protocol.PROTOCOL_VERSION,
                "min_protocol": protocol.MIN_PROTOCOL}

    @app.post("/v1/enrol", response_model=protocol.EnrolResponse, responses=ERRORS)
    def enrol(body: protocol.EnrolRequest):
        return store.enrol(body.code, body.device_name, body.site, body.station_id)

    # The sync routes do their database work (authentication, the work, the copying pass) in one hop to
    # one of the worker's SYNC_THREADS (server.sync_lane.SyncThreads): requests are then served about in
    # the order they came (a push waits behind the requests before it, not behind every later request's
    # authentication), and a few threads keep the two cores busy with fewer switches of the interpreter
    # lock than the forty of the default pool. The plain well-formed ones do not even pass FastAPI: server.sync_lane answers them
    # with the same functions (bench/README.md, "Round six: server load").
    sync_threads = SyncThreads(SYNC_THREADS)

    def pushed(ident: tuple[str, str], answer: protocol.PushResponse, entries) -> bytes:
        # the copying pass, before the answer goes out, when the batch has request entries to copy (a
        # station's menu is brought up to date by its pull's pass; the pass over every station, every
        # FULL_EVERY seconds, by any sync's: server.requests.mirror.publish)
        if any(e.entity in requests.REQUEST_ENTITIES for e in entries):
            requests.publish(store, ident[1])
        return answer.__pydantic_serializer__.to_json(answer)

    def push_answer(ident: tuple[str, str], entries) -> bytes:
        return pushed(ident, store.push(ident[0], ident[1], entries), entries)

    def push_body_answer(authorization: str | None, body: bytes) -> bytes | None:
        """The sync lane's push: the body decoded in the push's turn (Store.push_body); None when the one-pass
        decoder refused it (the lane then gives it to the route below)."""
        ident, answer, entries = store.push_body(body, lambda: auth(authorization), lambda: bearer(authorization))
        return None if ident is None else pushed(ident, answer, entries)

    def pull_answer(authorization: str | None, after: int, limit: int, entity: str | None, own: bool) -> bytes:
        if store.db.is_sqlite:
            ident = auth(authorization)
            requests.publish(store, ident[1])  # the copying pass first, so the page has what it copied
            return store.pull(ident[0], ident[1], after, limit, entity, own)
        # PostgreSQL: the token, the page and whether the copying pass has work for the station, in one
        # statement; when the pass copies, the page again, with what it copied
        ident, wanted, page = store.pull_authenticated(bearer(authorization), after, limit, entity, own,
                                                       requests.STATION_WANTED_SQL)
        if requests.publish(store, ident[1], wanted=wanted):
            page = store.pull(ident[0], ident[1], after, limit, entity, own)
        return page

    @app.post("/v1/push", response_model=protocol.PushResponse, responses=ERRORS, openapi_extra=PUSH_BODY)
    async def push(request: Request, authorization: str | None = Header(default=None)):
        # a body the sync lane's one-pass decoder refused, as the door's checks parsed it: validated in one
        # call of the compiled model, which says what is wrong
        ident = await run_in_threadpool(auth, authorization)  # a bad token is refused before a bad body
        value = request.scope.get(PARSED)
        if value is None:
            raise ApiError(422, protocol.BAD_REQUEST, translate("server.app", "The request is malformed: {where}").format(
                where="body"))
        try:
            with protocol.bulk():
                entries = protocol.PushRequest.model_validate(value).entries
        except ValidationError as error:
            raise RequestValidationError([_chinese(e) for e in error.errors(include_url=False)]) from None
        answer = await sync_threads.run(push_answer, ident, entries)
        return Response(answer, media_type="application/json")

    @app.get("/v1/pull", response_model=protocol.PullResponse, responses=ERRORS)
    async def pull(after: int = Query(0, ge=0, le=2**62),
                   limit: int = Query(protocol.MAX_PULL, ge=1, le=protocol.MAX_PULL),
                   entity: str | None = Query(None, pattern=r"^[a-z][a-z0-9_]{0,49}$"), own: bool = False,
                   authorization: str | None = Header(default=None)):
        answer = await sync_threads.run(pull_answer, authorization, after, limit, entity, own)
        return Response(answer, media_type="application/json")

    @app.get("/v1/snapshot", response_class=StreamingResponse, responses=ERRORS | SNAPSHOT_ANSWER)
    def snapshot(version: int = Query(..., ge=1, le=1_000_000, description="snapshot wire version the PC reads"),
                 order: str = Query("", max_length=2000, pattern=r"^[a-z0-9_,]*$",
                                    description="table names, parents first, comma-separated"),
                 ident=Depends(auth)):
        """The station's current rows (winning values and per-field clocks) for an initial sync, as
        newline-delimited JSON column batches, parents first, with the sequence they are consistent with
        (desktop.sync.snapshot_wire)."""
        if version != snapshot_wire.SNAPSHOT_VERSION:
            raise ApiError(422, protocol.BAD_REQUEST, translate("server.app", "This server sends snapshots in version {ours}, not {theirs}; the PC downloads the log instead.").format(
                ours=snapshot_wire.SNAPSHOT_VERSION, theirs=version))
        names = [n for n in order.split(",") if n][:200]
        return StreamingResponse(snapshots.stream(store, ident[0], ident[1], names),
                                 media_type=snapshot_wire.MEDIA_TYPE)

    @app.get("/v1/check", response_model=protocol.CheckResponse, responses=ERRORS)
    def check(ident=Depends(auth)):
        return store.check(ident[1])

    @app.post("/v1/report", response_model=protocol.ProblemAnswer, responses=ERRORS)
    def report(body: protocol.ProblemReport, ident=Depends(auth)):
        """The PC's quarantine and the tables its check keeps finding different, for the county to see."""
        return protocol.ProblemAnswer(stored=store.report_problems(ident[0], ident[1], body))

    generated = app.openapi

    def openapi() -> dict:  # the push body's schema (its route takes the door's parsed body)
        if app.openapi_schema is None:
            spec = generated()
            extra = protocol.PushRequest.model_json_schema(ref_template="#/components/schemas/{model}")
            schemas = spec.setdefault("components", {}).setdefault("schemas", {})
            schemas.update(extra.pop("$defs", {}))
            schemas["PushRequest"] = extra
        return app.openapi_schema

    app.openapi = openapi

    for router in blobs.make_routers(store, blob_root, auth):
        app.include_router(router, responses=ERRORS)
    console.install(app, store, blob_root)
    requests.install(app, store, responses=ERRORS)
    latest = releases.install(app, blob_root.parent, auth, responses=ERRORS)
    app.include_router(accounts.make_router(store, blob_root.parent), responses=ERRORS)
    # in front of the whole app (CountyApp): the plain pushes and pulls skip its layers
    app.lane = SyncLane(partial(FastAPI.__call__, app), push=push_body_answer, pull=pull_answer,
                        threads=sync_threads, announce=lambda: (latest.get() or {}).get("version"),
                        level=GZIP_LEVEL)
    return app


__all__ = ["create_app"]
