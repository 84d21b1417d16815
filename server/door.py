"""The door: what every request passes before any endpoint (or authentication) sees it.

A pure ASGI middleware, outermost in the app:

- headers are parsed strictly: the protocol header is 1 to 6 ASCII digits,
  Content-Length is ASCII digits, a header the door reads may appear once,
  only identity or gzip content encodings;
- every body is read here, bounded while it streams (chunked bodies too, no
  Content-Length needed): past MAX_BODY_BYTES the request is refused with 413
  and the rest is never read;
- a gzip body is inflated here with a ceiling (MAX_INFLATED_BYTES) and handed
  on inflated;
- a JSON body must be valid UTF-8 (no surrogates), standard JSON (no NaN or
  Infinity), at most MAX_JSON_DEPTH deep, and without NUL characters in its
  strings (PostgreSQL cannot store them);
- tus paths are validated: /v1/files, /v1/files/ or /v1/files/<32 hex>, with
  no percent-escapes in the raw path; concatenation is not offered; a body
  longer than its declared Upload-Length is refused.

The plain pushes and pulls pass the same checks in the sync lane, outside
the app (server.sync_lane, which reads their bodies with the door's `take`);
what the lane does not take comes here as it came.

The county console (server.console, pages for people in a browser) is
exempt from the protocol header and from the JSON rules (it posts forms);
the body bound and the header rules hold for it too.

Refusals are JSON {"code", "message"} with a Chinese message, like every
other error of the server.
"""

from __future__ import annotations

import json
import logging
import re
import zlib
from collections.abc import Awaitable, Callable

import orjson

from desktop.i18n import translate
from desktop.sync import protocol

log = logging.getLogger("county.door")
MAX_JSON_DEPTH = 32
OPEN_PATHS = frozenset({"/health", "/docs", "/openapi.json", "/redoc", "/docs/oauth2-redirect"})
TUS_PREFIX = "/v1/files"
_TUS_PATH = re.compile(r"/v1/files(?:/|/[0-9a-f]{32})?", re.ASCII)
_DIGITS = re.compile(r"[0-9]{1,6}", re.ASCII)
_LENGTH = re.compile(r"[0-9]{1,19}", re.ASCII)
SINGLE = (b"content-length", b"content-encoding", b"content-type", b"authorization", b"upload-length",
          b"upload-offset", protocol.PROTOCOL_HEADER.lower().encode())


class Refusal(Exception):
    def __init__(self, status: int, code: str, message: str, **extra):
        super().__init__(message)
        self.status, self.code, self.message, self.extra = status, code, message, extra


def _headers(scope) -> dict[bytes, bytes]:
    out: dict[bytes, bytes] = {}
    for name, value in scope.get("headers", []):
        name = name.lower()
        if name in out and name in SINGLE:
            raise Refusal(400, protocol.BAD_REQUEST, translate("server.door", "The header {name} appears more than once.").format(name=name.decode("latin-1")[:40]))
        out[name] = value
    return out


def _ascii(value: bytes, what: str) -> str:
    try:
        return value.decode("ascii")
    except UnicodeDecodeError:
        raise Refusal(400, protocol.BAD_REQUEST, translate("server.door", "The header {name} contains non-ASCII characters.").format(name=what)) from None


def _console(path: str) -> bool:
    from server.console import is_console

    return is_console(path)


def check_headers(scope, headers: dict[bytes, bytes]) -> int | None:
    """Refuse what is malformed; return the declared Content-Length, if any."""
    path = scope.get("path", "")
    if "\x00" in path or b"%00" in scope.get("query_string", b""):
        raise Refusal(400, protocol.BAD_REQUEST, translate("server.door", "The request address contains a null character and was refused."))
    # an old PC must still fetch its update (server.releases), whatever protocol it speaks
    if path not in OPEN_PATHS and not _console(path) and not path.startswith("/v1/releases/"):
        raw = headers.get(protocol.PROTOCOL_HEADER.lower().encode())
        if raw is None:
            raise Refusal(426, protocol.CLIENT_TOO_OLD, translate("sync.protocol", protocol.TOO_OLD_MESSAGE),
                          download="/v1/releases/latest/file", min_protocol=protocol.MIN_PROTOCOL)
        version = raw.decode("latin-1").strip()
        if not _DIGITS.fullmatch(version):
            raise Refusal(400, protocol.BAD_REQUEST, translate("server.door", "The header {name} must be 1 to 6 digits.").format(name=protocol.PROTOCOL_HEADER))
        if int(version) < protocol.MIN_PROTOCOL:
            raise Refusal(426, protocol.CLIENT_TOO_OLD, translate("sync.protocol", protocol.TOO_OLD_MESSAGE),
                          download="/v1/releases/latest/file", min_protocol=protocol.MIN_PROTOCOL)
    auth = headers.get(b"authorization")
    if auth is not None and (len(auth) > 200 or not auth.isascii()):
        raise Refusal(401, protocol.BAD_TOKEN, translate("server.door", "The sync credentials are malformed. Enrol this PC again with the code from the county."))
    encoding = headers.get(b"content-encoding", b"identity").strip().lower()
    if encoding not in (b"identity", b"gzip", b""):
        raise Refusal(415, protocol.BAD_REQUEST, translate("server.door", "Only uncompressed or gzip request bodies are accepted."))
    length = None
    if b"content-length" in headers:
        text = _ascii(headers[b"content-length"], "Content-Length").strip()
        if not _LENGTH.fullmatch(text):
            raise Refusal(400, protocol.BAD_REQUEST, translate("server.door", "The header Content-Length must be a number."))
        length = int(text)
        if length > protocol.MAX_BODY_BYTES:
            raise Refusal(413, protocol.TOO_LARGE, translate("server.door", "The request body is too large and was refused."))
    if path.startswith(TUS_PREFIX):
        check_tus(scope, headers)
    return length


def check_tus(scope, headers: dict[bytes, bytes]) -> None:
    raw_path = scope.get("raw_path") or scope.get("path", "").encode()
    if not _TUS_PATH.fullmatch(scope.get("path", "")) or b"%" in raw_path:
        raise Refusal(404, "not_found", translate("server.door", "No such upload."))
    if b"upload-concat" in headers:
        raise Refusal(400, protocol.BAD_REQUEST, translate("server.door", "Joining uploads is not supported."))
    for name in (b"upload-length", b"upload-offset"):
        if name in headers and not _LENGTH.fullmatch(_ascii(headers[name], name.decode()).strip()):
            raise Refusal(400, protocol.BAD_REQUEST, translate("server.door", "The header {name} must be a number.").format(name=name.decode()))


def inflate(body: bytes) -> bytes:
    """gunzip with a ceiling, so a small hostile body cannot expand without bound."""
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        data = inflater.decompress(body, protocol.MAX_INFLATED_BYTES)
    except zlib.error:
        raise Refusal(400, protocol.BAD_REQUEST, translate("server.door", "The request body is not valid gzip data.")) from None
    if inflater.unconsumed_tail:
        raise Refusal(413, protocol.TOO_LARGE, translate("server.door", "The request body is too large once uncompressed."))
    return data


def check_json(body: bytes):
    """Valid UTF-8, standard JSON, bounded depth (orjson refuses surrogates, NaN and depth > 1024);
    returns the parsed value, so the endpoint need not parse the body again.

    Fast on a 5,000-entry push: only containers are walked, and strings are searched for NUL only
    when the body has an escaped one (JSON can only carry a NUL as \\u0000; orjson refuses a raw one)."""
    try:
        value = orjson.loads(body)
    except orjson.JSONDecodeError as error:
        raise Refusal(422, protocol.BAD_REQUEST, translate("server.door", "The request body is not valid JSON ({error}).").format(error=str(error)[:80])) from None
    nul = b"\\u0000" in body
    if nul and isinstance(value, str) and "\x00" in value:
        raise _nul()
    stack = [(value, 1)] if type(value) is dict or type(value) is list else []  # a bare true or 5 has none
    while stack:
        item, depth = stack.pop()
        children = item.values() if type(item) is dict else item
        if not children:
            continue
        if depth >= MAX_JSON_DEPTH:  # its children would be deeper than the limit
            raise Refusal(422, protocol.BAD_REQUEST, translate("server.door", "The request body's JSON is nested too deep (the limit is {n} levels).").format(n=MAX_JSON_DEPTH))
        if nul and type(item) is dict and any("\x00" in k for k in item):
            raise _nul()
        for child in children:
            kind = type(child)
            if kind is dict or kind is list:
                stack.append((child, depth + 1))
            elif nul and kind is str and "\x00" in child:
                raise _nul()
    return value


def _nul() -> Refusal:
    return Refusal(422, protocol.BAD_REQUEST, translate("server.door", "The request body's text contains a null character (\\u0000) and was refused."))


PARSED = "station_desk.json"  # scope key: the body as the door parsed it (server.app's push reads it)


class Door:
    def __init__(self, app, *, limit: int = protocol.MAX_BODY_BYTES):
        self.app, self.limit = app, limit

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        read = [0]
        try:
            headers, _raw, body = await self.take(scope, receive, read)
            path = scope.get("path", "")
            parsed = None
            if body and (b"json" in headers.get(b"content-type", b"").lower()
                         or not (path.startswith(TUS_PREFIX) or _console(path))):
                parsed = check_json(body)
            if scope.get("path", "").startswith(TUS_PREFIX) and b"upload-length" in headers and \
                    len(body) > int(headers[b"upload-length"]):
                raise Refusal(413, protocol.TOO_LARGE, translate("server.door", "The upload is longer than its declared length (Upload-Length) and was refused."))
        except Refusal as refusal:
            await self.refuse(scope, send, refusal, read[0])
            return
        scope = dict(scope, headers=list(headers.items()))
        if parsed is not None:
            scope[PARSED] = parsed
        await self.app(scope, replay(body, receive), send)

    async def take(self, scope, receive, read: list[int]) -> tuple[dict[bytes, bytes], bytes, bytes]:
        """A request's headers, checked (as the app will see them: Content-Length the inflated body's), its
        body as it came and its body read within the bound and inflated; `read[0]`: the bytes read so far.
        Raises Refusal."""
        headers = _headers(scope)
        check_headers(scope, headers)
        raw = body = await self._read(receive, read)
        if headers.get(b"content-encoding", b"").strip().lower() == b"gzip":
            body = inflate(body)
            headers.pop(b"content-encoding")
        headers[b"content-length"] = str(len(body)).encode()
        headers.pop(b"transfer-encoding", None)
        return headers, raw, body

    @staticmethod
    async def refuse(scope, send, refusal: Refusal, read: int) -> None:
        log.warning("refused %s %s with %d after reading %d body bytes", scope.get("method"),
                    scope.get("path", "")[:80].encode("unicode_escape").decode(), refusal.status, read)
        await send_error(send, refusal.status, refusal.code, refusal.message, **refusal.extra)

    async def _read(self, receive, read: list[int]) -> bytes:
        body = bytearray()
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                raise Refusal(400, protocol.BAD_REQUEST, translate("server.door", "The connection broke before the request was complete."))
            body += message.get("body", b"")
            read[0] = len(body)
            if len(body) > self.limit:
                raise Refusal(413, protocol.TOO_LARGE, translate("server.door", "The request body is too large and was refused."))
            if not message.get("more_body", False):
                return bytes(body)


def replay(body: bytes, receive) -> Callable[[], Awaitable[dict]]:
    sent = False

    async def again() -> dict:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()
    return again


async def send_error(send, status: int, code: str, message: str, **extra) -> None:
    payload = json.dumps({"code": code, "message": message, **extra}, ensure_ascii=False).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(payload)).encode()),
                            (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": payload})
