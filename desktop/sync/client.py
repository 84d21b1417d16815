"""HTTP client of the county server, on requests.

Timeouts on every call; retries with exponential backoff on connection
errors and 502/503/504 (every sync request is safe to repeat: pushes carry
entry ids the server deduplicates); system proxies honoured (requests reads
HTTP(S)_PROXY / NO_PROXY and, on Windows, the system settings); an optional
CA bundle for county intranets with their own certificate authority.

Every failure becomes a SyncError with a Chinese message the user can act on.
"""

from __future__ import annotations

import gzip
import json
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from desktop import __version__
from desktop.errors import UserError
from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.sync import protocol
from desktop.sync.clock import system_ms

# gzip level of push bodies: measured on a first push of demo data (bench/sync_push.py, bench/README.md):
# level 1 is several times faster than 6 and the body about 15% larger, far under the body limit
GZIP_LEVEL = 1

if TYPE_CHECKING:  # requests (and urllib3) load only when a client is made: see bench/startup.py
    import requests


class SyncError(UserError):
    """Sync could not finish; the message says why and what to do."""


class NotEnrolled(SyncError):
    pass


class ClientTooOld(SyncError):
    pass


# raised as desktop.progress.Cancelled; translate("sync.client", SYNC_CANCELLED) where raised
SYNC_CANCELLED = QT_TRANSLATE_NOOP("sync.client", "Sync cancelled. What was done is saved; the next sync carries on from there.")


class BatchTooLarge(SyncError):
    """A push body that would break the server's body limits; the engine sends it in smaller batches."""


class ClockAhead(SyncError):
    """The server refused a batch whose stamps are a day or more ahead of it."""

    def __init__(self, message: str, server_time: int):
        super().__init__(message)
        self.server_time = server_time


_SLOW = QT_TRANSLATE_NOOP("sync.client", "The county server has not answered for a long time; the network may be too slow or the server busy. Try again later; the data is saved on this PC.")


def _unreachable(url: str) -> str:
    return translate("sync.client", "Cannot reach the county server ({url}). Check the network and the server address, and try again later. The data is saved on this PC and will not be lost.").format(
        url=url)


class SyncClient:
    def __init__(self, url: str, token: str | None = None, *, ca_bundle: str | None = None,
                 timeout: tuple[float, float] = (5.0, 60.0), retries: int = 3, backoff: float = 0.5,
                 now_ms: Callable[[], int] = system_ms):
        url = (url or "").strip().rstrip("/")
        if not url.startswith(("http://", "https://")):
            raise SyncError(translate("sync.client", "The server address “{url}” is not right: it must start with http:// or https://, for example https://county.example.cn.").format(
                url=url))
        self.url = url
        self.now_ms = now_ms
        self.token = token
        self.ca_bundle = ca_bundle or None
        self.timeout = timeout
        self.bytes_sent = 0
        self.bytes_received = 0
        self.requests = 0
        self.offset_ms: int | None = None
        self.latest_release: str | None = None  # the county's newest installer version (releases.HEADER)
        # The push pipeline sends two batches at once from its threads: the counters are updated under a
        # lock, and each thread keeps its own last round trip, so the clock offset comes from the request
        # whose answer it reads.
        self._lock = threading.Lock()
        self._local = threading.local()
        import requests
        from requests.adapters import HTTPAdapter
        from urllib3.util.retry import Retry

        self.session = requests.Session()
        retry = Retry(total=retries, connect=retries, read=retries, status=retries, backoff_factor=backoff,
                      status_forcelist=(502, 503, 504), allowed_methods=None, raise_on_status=False)
        adapter = HTTPAdapter(max_retries=retry)
        self.session.mount("http://", adapter)
        self.session.mount("https://", adapter)
        self.session.verify = self.ca_bundle or True
        self.session.headers.update(self.headers())
        self.session.headers.pop("Connection", None)

    def headers(self) -> dict[str, str]:
        headers = {protocol.PROTOCOL_HEADER: str(protocol.PROTOCOL_VERSION), "User-Agent": f"StationDesk/{__version__}"}
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        return headers

    def close(self) -> None:
        self.session.close()

    # --- one request --------------------------------------------------------------

    def request(self, method: str, path: str, *, json_body: Any = None, gzip_body: bool = False,
                params: dict | None = None, stream: bool = False, compressed: bool = False,
                accept: tuple[int, ...] = ()) -> requests.Response:
        """`json_body`: a value, or its JSON bytes (already gzipped when `compressed`). A status in `accept`
        is returned, not raised (the caller handles it: an older server without an endpoint)."""
        import requests

        headers, data = {}, None
        if json_body is not None:
            data = json_body if isinstance(json_body, bytes) else encode(json_body)
            headers["Content-Type"] = "application/json"
            if gzip_body:
                if not compressed:
                    data = gzip.compress(data, compresslevel=GZIP_LEVEL)
                headers["Content-Encoding"] = "gzip"
        sent_at = self.now_ms()
        try:
            response = self.session.request(method, self.url + path, data=data, params=params, headers=headers,
                                            timeout=self.timeout, stream=stream)
        except requests.exceptions.SSLError:
            raise SyncError(translate("sync.client", "The county server's security certificate cannot be verified. If the county uses its own certificate, choose the certificate file (CA) in the sync settings; also check this PC's date.")) from None
        except requests.exceptions.ProxyError:
            raise SyncError(translate("sync.client", "Connecting to the county through the proxy server failed. Check this PC's proxy settings, or ask the network administrator.")) from None
        except requests.exceptions.Timeout:
            raise SyncError(translate("sync.client", _SLOW)) from None
        except (requests.exceptions.ConnectionError, requests.exceptions.RetryError) as error:
            if "timed out" in str(error).lower():  # a read timeout after retries arrives wrapped like this
                raise SyncError(translate("sync.client", _SLOW)) from None
            raise SyncError(_unreachable(self.url)) from None
        except (requests.exceptions.ChunkedEncodingError, requests.exceptions.ContentDecodingError):
            raise SyncError(translate("sync.client", "The connection to the county server broke off during the transfer, so not everything arrived. Sync again later; nothing will be doubled or lost.")) from None
        except requests.exceptions.InvalidURL:
            raise SyncError(translate("sync.client", "The server address “{url}” is not right.").format(url=self.url)) from None
        except requests.exceptions.RequestException as error:
            raise SyncError(translate("sync.client", "Talking to the county server failed ({error}). Try again later.").format(
                error=type(error).__name__)) from None
        received_at = self.now_ms()
        sent = len(data or b"") + _header_bytes(response.request.headers) + len(response.request.url) + 16
        received = 0
        if not stream:
            _ = response.content
            received = (response.raw.tell() or len(response.content)) + _header_bytes(response.headers) + 17
        with self._lock:
            self.requests += 1
            self.latest_release = response.headers.get("X-Station-Desk-Latest") or self.latest_release
            self.bytes_sent += sent
            self.bytes_received += received
        if response.status_code >= 400 and response.status_code not in accept:
            self._raise(response)
        self._local.window = (sent_at, received_at)
        return response

    def _offset(self, server_time: int) -> int:
        """The server's clock less this PC's, against the middle of this thread's last round trip."""
        sent_at, received_at = getattr(self._local, "window", (0.0, 0.0))
        return int(server_time - (sent_at + received_at) / 2)

    def _raise(self, response: requests.Response) -> None:
        try:
            body = decode(response.content)
            code, message = body.get("code", ""), body.get("message", "")
        except (ValueError, AttributeError):
            code, message = "", ""
        status = response.status_code
        if code == protocol.CLIENT_TOO_OLD or status == 426:
            raise ClientTooOld(message or translate("sync.protocol", protocol.TOO_OLD_MESSAGE))
        if code == protocol.CLOCK_AHEAD:
            raise ClockAhead(message, int(body.get("server_time", 0)))
        if status == 401 or code in (protocol.BAD_TOKEN, protocol.DEVICE_REVOKED):
            raise NotEnrolled(message or translate("sync.client", "The county does not accept this PC's sync credentials. Enrol this PC again with the code from the county centre."))
        if message and 400 <= status < 500:
            raise SyncError(translate("sync.client", "The county server refused the request: {message}").format(message=message))
        if status >= 500:
            raise SyncError(translate("sync.client", "The county server had an internal error ({status}). Try again later; if it keeps happening, contact the county centre.").format(
                status=status))
        raise SyncError(translate("sync.client", "The county server gave an answer that is not understood ({status}). Check the server address.").format(
            status=status))

    def _json(self, response: requests.Response) -> dict:
        try:
            data = decode(response.content)
        except ValueError:
            raise SyncError(translate("sync.client", "What the county server sent is not understood. Check that the server address points to the county server.")) from None
        if not isinstance(data, dict):
            raise SyncError(translate("sync.client", "What the county server sent is not understood. Check that the server address points to the county server."))
        return data

    def _model(self, model, response: requests.Response):
        from pydantic import ValidationError

        try:
            answer = model.model_validate(self._json(response))
        except ValidationError:
            raise SyncError(translate("sync.client", "The data from the county server is in the wrong form; the server's version may not match this software. Contact the county centre.")) from None
        server_time = getattr(answer, "server_time", None)
        if server_time:  # offset against the middle of the round trip
            self.offset_ms = self._offset(server_time)
        return answer

    # --- endpoints -------------------------------------------------------------------

    def health(self) -> dict:
        return self._json(self.request("GET", "/health"))

    def enrol(self, code: str, device_name: str, site: str, station_id: str | None = None) -> protocol.EnrolResponse:
        body = protocol.EnrolRequest(code=code.strip()[:40], device_name=device_name[:100], site=site[:32],
                                     station_id=station_id)
        return self._model(protocol.EnrolResponse, self.request("POST", "/v1/enrol", json_body=body.model_dump()))

    def push(self, entries: list[dict]) -> protocol.PushResponse:
        """One batch (gzipped); BatchTooLarge, before anything is sent, if it would break the body limits."""
        return self.push_body(encode({"entries": entries}))

    def push_body(self, data: bytes) -> protocol.PushResponse:
        """push() of a body already encoded ({"entries": [...]} as JSON, desktop.sync.outbox)."""
        if len(data) > protocol.MAX_INFLATED_BYTES:
            raise BatchTooLarge("batch too large")
        data = gzip.compress(data, compresslevel=GZIP_LEVEL)
        if len(data) > protocol.MAX_BODY_BYTES:
            raise BatchTooLarge("batch too large")
        return self._model(protocol.PushResponse, self.request("POST", "/v1/push", json_body=data, gzip_body=True,
                                                               compressed=True))

    def pull(self, after: int, *, limit: int = protocol.MAX_PULL, entity: str | None = None,
             own: bool = False) -> PullPage:
        """A page of entries, parsed once here (the applier takes the parsed entries; the page is also
        staged as the server's text, for a sync cut before it applies). The entries are checked one by
        one when applied (desktop.sync.apply)."""
        params: dict[str, Any] = {"after": after}
        if limit != protocol.MAX_PULL:
            params["limit"] = limit
        if entity:
            params["entity"], params["own"] = entity, "true" if own else "false"
        response = self.request("GET", "/v1/pull", params=params)
        with protocol.bulk():
            data = self._json(response)
        entries, last_seq, more, server_time = (data.get("entries"), data.get("last_seq"), data.get("more"),
                                                data.get("server_time"))
        if not (isinstance(entries, list) and isinstance(last_seq, int) and isinstance(more, bool)
                and isinstance(server_time, int) and last_seq >= after):
            raise SyncError(translate("sync.client", "The data from the county server is in the wrong form; the server's version may not match this software. Contact the county centre."))
        self.offset_ms = self._offset(server_time)
        return PullPage(entries, last_seq, more, server_time, response.content.decode("utf-8", "replace"))

    def check(self) -> protocol.CheckResponse:
        return self._model(protocol.CheckResponse, self.request("GET", "/v1/check"))

    def report(self, report: protocol.ProblemReport) -> protocol.ProblemAnswer:
        return self._model(protocol.ProblemAnswer, self.request("POST", "/v1/report",
                                                                json_body=report.model_dump(mode="json")))

    def blobs_missing(self, hashes: list[str]) -> list[str]:
        answer = self._model(protocol.BlobAnswer, self.request("POST", "/v1/blobs/have", json_body={"hashes": hashes}))
        return answer.missing

    def download(self, sha256: str) -> bytes:
        response = self.request("GET", f"/v1/blobs/{sha256}")
        return response.content


@dataclass
class PullPage:
    entries: list[dict]
    last_seq: int
    more: bool
    server_time: int
    text: str


def encode(value: Any) -> bytes:
    """Compact UTF-8 JSON (orjson; the standard library for what orjson refuses, e.g. integers past 64 bits,
    which the wire schema then refuses with its own message)."""
    import orjson

    try:
        return orjson.dumps(value)
    except TypeError:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()


def decode(data: bytes | str) -> Any:
    """JSON text to Python (orjson); a ValueError when it is not JSON."""
    import orjson

    return orjson.loads(data)


def _header_bytes(headers) -> int:
    return sum(len(k) + len(str(v)) + 4 for k, v in headers.items())

