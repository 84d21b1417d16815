"""The sync lane: the two requests every station makes on every sync, `POST /v1/push` and
`GET /v1/pull`, answered without FastAPI's routing, parameter handling and middleware.

A pure ASGI layer in front of the whole app (server.app.CountyApp calls it first). It takes only the
plain well-formed case: a push whose body the one-pass decoder takes (protocol.decode_push, run on the
worker thread, in the push's turn: server.store.Store.push_body), a pull whose query is made of `after`,
`limit`, `entity` and `own` with plain valid values, each at most once, and no body. It checks them
as the door does (server.door.Door.take: the headers, the bound on the body, the inflating), answers
with the release header (server.releases.announcing, as Announce) and gzips an answer of 1,000 bytes
or more for a PC that takes gzip (at server.app.GZIP_LEVEL), as the app's layers do. Everything else (a malformed query,
a push body the decoder refuses, another path or method) goes on to the app as it came (its body
replayed as it was sent): the door, the FastAPI routes, which stay the documented API (OpenAPI) and
give the detailed 422 messages. Both ways run the same functions (server.app's sync routes), in one
hop to one of the worker's sync threads (SyncThreads), so the answers are the same; the lane only saves
the framework's work, which was more than the database work of a pull (bench/README.md, "Round six:
server load"), and the ten layers of middleware a request passed (bench/README.md, "Round ten").
"""

from __future__ import annotations

import asyncio
import gzip
import re
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from starlette.responses import JSONResponse

from desktop.sync import protocol
from server.door import Door, Refusal, replay
from server.errors import ApiError
from server.releases import announcing

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


GZIP_MIN = 1000  # bytes from which an answer goes gzipped (the lane's, and the app's GZipMiddleware: minimum_size)


def _accepts_gzip(scope) -> bool:
    for name, value in scope["headers"]:
        if name == b"accept-encoding":
            return b"gzip" in value.lower()
    return False


class SyncThreads:
    """A worker's sync threads: the pushes and pulls it runs at once (server.app.SYNC_THREADS), the lane's
    and the FastAPI sync routes' alike, taken in the order they came.

    asyncio's own executor hop (`loop.run_in_executor` on a ThreadPoolExecutor), not anyio's
    `to_thread.run_sync` with a CapacityLimiter: anyio waits for a token and hands the call over through a
    queue.Queue, each in Python, and with many requests waiting (a county's morning) that cost about
    136-158 µs of the event loop's CPU a hop against 38-47 µs here (bench/sync_hop.py; bench/README.md,
    "Round twelve"); a sync is two hops. The executor's queue is first in, first out, as the limiter's
    waiters were."""

    def __init__(self, count: int):
        self.count = count
        self._pool: ThreadPoolExecutor | None = None

    async def run(self, fn: Callable, *args):
        """`fn(*args)` on one of the sync threads. A call still waiting when its request is cancelled (the
        server stops) does not run; one that has begun runs to its end."""
        if self._pool is None:  # opened on first use, and again after close() (an app started twice: tests)
            self._pool = ThreadPoolExecutor(self.count, thread_name_prefix="sync")
        return await asyncio.get_running_loop().run_in_executor(self._pool, fn, *args)

    def close(self) -> None:
        """The calls under way end; those still waiting are dropped (their PCs send them again)."""
        pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)


class SyncLane:
    def __init__(self, app, *, push: Callable[..., bytes | None], pull: Callable[..., bytes],
                 threads: SyncThreads,
                 announce: Callable[[], str | None] = lambda: None, level: int = 1):
        """`app`: the whole app, for what the lane does not take; `announce()`: the release header's value
        (or None); `level`: the gzip level of answers."""
        self.app, self.push, self.pull, self.threads = app, push, pull, threads
        self.announce, self.level, self.door = announce, level, Door(app)

    async def __call__(self, scope, receive, send) -> None:
        call = None
        if scope["type"] == "http":
            path, method = scope["path"], scope["method"]
            if path == "/v1/push" and method == "POST":
                call = (self.push, _authorization(scope))
            elif path == "/v1/pull" and method == "GET":
                args = pull_query(scope.get("query_string", b""))
                if args is not None:
                    call = (self.pull, _authorization(scope), *args)
        if call is None:
            await self.app(scope, receive, send)
            return
        # the lane's own answers carry the release header (what it hands to the app gets it there)
        answering = announcing(send, self.announce)
        read = [0]
        try:
            _headers, raw, body = await self.door.take(scope, receive, read)
        except Refusal as refusal:
            await self.door.refuse(scope, answering, refusal, read[0])
            return
        if call[0] is self.push:
            if not body:
                await self.app(scope, replay(raw, receive), send)
                return
            call = (*call, body)
        elif body:  # a pull with a body: the app says what it makes of it
            await self.app(scope, replay(raw, receive), send)
            return
        try:
            answer = await self.threads.run(self._answer, call, _accepts_gzip(scope))
        except ApiError as error:
            response = JSONResponse({"code": error.code, "message": error.message, **error.extra},
                                    status_code=error.status)
            await response(scope, receive, answering)
            return
        if answer is None:  # a push body the one-pass decoder refused: the app, as it came
            await self.app(scope, replay(raw, receive), send)
            return
        body, zipped = answer
        headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
        if zipped:
            headers += [(b"content-encoding", b"gzip"), (b"vary", b"Accept-Encoding")]
        await answering({"type": "http.response.start", "status": 200, "headers": headers})
        await answering({"type": "http.response.body", "body": body})

    def _answer(self, call: tuple, zip_it: bool) -> tuple[bytes, bool] | None:
        """On the worker thread: the answer, gzipped when it is long and the PC takes gzip."""
        body = call[0](*call[1:])
        if body is None:
            return None
        if zip_it and len(body) >= GZIP_MIN:
            return gzip.compress(body, compresslevel=self.level, mtime=0), True
        return body, False
