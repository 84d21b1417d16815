"""The sync lane: the two requests every station makes on every sync, `POST /v1/push` and
`GET /v1/pull`, answered without FastAPI's routing and parameter handling.

A pure ASGI middleware, innermost of the app's own (inside the door, which has read and inflated the
body, and inside the gzip of answers). It takes only the plain well-formed case: a push whose body
(server.door.PUSH_BODY) the one-pass decoder takes (protocol.decode_push, run on the worker thread, in
the push's turn: server.store.Store.push_body), a pull whose query is made of `after`, `limit`,
`entity` and `own` with plain valid values, each at most once. Everything else (a malformed query, a
push body the decoder refuses, which then passes the door's checks here, another path or method)
goes on to the FastAPI routes, which stay the documented API (OpenAPI) and give the detailed 422
messages.
Both ways run the same functions (server.app's sync routes), in one hop to a worker thread under
the same limiter, so the answers are the same; the lane only saves the framework's work, which was
more than the database work of a pull (bench/README.md, "Round six: server load").
"""

from __future__ import annotations

import re
from collections.abc import Callable

import anyio.to_thread
from starlette.responses import JSONResponse

from desktop.sync import protocol
from server.door import PARSED, PUSH_BODY, Refusal, check_json, send_error
from server.errors import ApiError

_NUMBER = re.compile(rb"[0-9]{1,19}")
_ENTITY = re.compile(rb"[a-z][a-z0-9_]{0,49}")
_BOOL = {b"true": True, b"1": True, b"false": False, b"0": False}
MAX_AFTER = 2**62


def pull_query(query: bytes) -> tuple[int, int, str | None, bool] | None:
    """(after, limit, entity, own) of a plain pull query, or None for anything else (FastAPI then decides)."""
    after, limit, entity, own = 0, protocol.MAX_PULL, None, False
    seen: set[bytes] = set()
    for part in query.split(b"&") if query else ():
        name, eq, value = part.partition(b"=")
        if not eq or name in seen:
            return None
        seen.add(name)
        if name == b"after" or name == b"limit":
            if not _NUMBER.fullmatch(value):
                return None
            number = int(value)
            if name == b"after":
                if number > MAX_AFTER:
                    return None
                after = number
            else:
                if not 1 <= number <= protocol.MAX_PULL:
                    return None
                limit = number
        elif name == b"entity":
            if not _ENTITY.fullmatch(value):
                return None
            entity = value.decode()
        elif name == b"own":
            if value not in _BOOL:
                return None
            own = _BOOL[value]
        else:
            return None
    return after, limit, entity, own


def _authorization(scope) -> str | None:
    for name, value in scope["headers"]:
        if name == b"authorization":  # the door let at most one through, ASCII
            return value.decode("latin-1")
    return None


class SyncLane:
    def __init__(self, app, *, push: Callable[..., bytes | None], pull: Callable[..., bytes], limiter):
        self.app, self.push, self.pull, self.limiter = app, push, pull, limiter

    async def __call__(self, scope, receive, send) -> None:
        call = None
        if scope["type"] == "http":
            path, method = scope["path"], scope["method"]
            if path == "/v1/push" and method == "POST" and scope.get(PUSH_BODY) is not None:
                call = (self.push, _authorization(scope), scope[PUSH_BODY])
            elif path == "/v1/pull" and method == "GET":
                args = pull_query(scope.get("query_string", b""))
                if args is not None:
                    call = (self.pull, _authorization(scope), *args)
        if call is None:
            await self.app(scope, receive, send)
            return
        try:
            body = await anyio.to_thread.run_sync(*call, limiter=self.limiter)
        except ApiError as error:
            response = JSONResponse({"code": error.code, "message": error.message, **error.extra},
                                    status_code=error.status)
            await response(scope, receive, send)
            return
        if body is None:  # a push body the one-pass decoder refused: the door's checks, then the route says why
            raw = scope.pop(PUSH_BODY)
            try:
                parsed = await anyio.to_thread.run_sync(check_json, raw, limiter=self.limiter)
            except Refusal as refusal:
                await send_error(send, refusal.status, refusal.code, refusal.message, **refusal.extra)
                return
            scope[PARSED] = parsed
            await self.app(scope, receive, send)
            return
        await send({"type": "http.response.start", "status": 200,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})
