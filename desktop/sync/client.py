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
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from desktop import __version__
from desktop.errors import UserError
from desktop.sync import protocol
from desktop.sync.clock import system_ms

if TYPE_CHECKING:  # requests (and urllib3) load only when a client is made: see bench/startup.py
    import requests


class SyncError(UserError):
    """Sync could not finish; the message says why and what to do."""


class NotEnrolled(SyncError):
    pass


class ClientTooOld(SyncError):
    pass


SYNC_CANCELLED = "同步已取消。已经完成的部分已保存，下次同步会接着进行。"  # raised as desktop.progress.Cancelled


class ClockAhead(SyncError):
    """The server refused a batch whose stamps are a day or more ahead of it."""

    def __init__(self, message: str, server_time: int):
        super().__init__(message)
        self.server_time = server_time


_SLOW = "县中心服务器长时间没有响应，可能网络太慢或服务器繁忙。请稍后再试，数据已保存在本机。"


def _unreachable(url: str) -> str:
    return f"无法连接县中心服务器（{url}）。请检查网络是否连通、服务器地址是否正确，稍后再试。数据已保存在本机，不会丢失。"


class SyncClient:
    def __init__(self, url: str, token: str | None = None, *, ca_bundle: str | None = None,
                 timeout: tuple[float, float] = (5.0, 60.0), retries: int = 3, backoff: float = 0.5,
                 now_ms: Callable[[], int] = system_ms):
        url = (url or "").strip().rstrip("/")
        if not url.startswith(("http://", "https://")):
            raise SyncError(f"服务器地址“{url}”格式不对，应以 http:// 或 https:// 开头，例如 https://county.example.cn。")
        self.url = url
        self.now_ms = now_ms
        self.token = token
        self.ca_bundle = ca_bundle or None
        self.timeout = timeout
        self.bytes_sent = 0
        self.bytes_received = 0
        self.requests = 0
        self.offset_ms: int | None = None
        self._window = (0.0, 0.0)
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
                params: dict | None = None, stream: bool = False) -> requests.Response:
        import requests

        headers, data = {}, None
        if json_body is not None:
            data = json.dumps(json_body, ensure_ascii=False, separators=(",", ":")).encode()
            headers["Content-Type"] = "application/json"
            if gzip_body:
                data = gzip.compress(data, compresslevel=6)
                headers["Content-Encoding"] = "gzip"
        sent_at = self.now_ms()
        try:
            response = self.session.request(method, self.url + path, data=data, params=params, headers=headers,
                                            timeout=self.timeout, stream=stream)
        except requests.exceptions.SSLError:
            raise SyncError("无法验证县中心服务器的安全证书。如果县中心使用内部证书，请在同步设置里指定证书文件（CA）；"
                            "也请检查本机日期是否正确。") from None
        except requests.exceptions.ProxyError:
            raise SyncError("通过代理服务器连接县中心失败。请检查本机的代理设置，或联系网络管理员。") from None
        except requests.exceptions.Timeout:
            raise SyncError(_SLOW) from None
        except (requests.exceptions.ConnectionError, requests.exceptions.RetryError) as error:
            if "timed out" in str(error).lower():  # a read timeout after retries arrives wrapped like this
                raise SyncError(_SLOW) from None
            raise SyncError(_unreachable(self.url)) from None
        except (requests.exceptions.ChunkedEncodingError, requests.exceptions.ContentDecodingError):
            raise SyncError("与县中心服务器的连接在传输中断开了，这次没有收全。请稍后再同步，数据不会重复也不会丢失。") from None
        except requests.exceptions.InvalidURL:
            raise SyncError(f"服务器地址“{self.url}”格式不对。") from None
        except requests.exceptions.RequestException as error:
            raise SyncError(f"与县中心服务器通信出错（{type(error).__name__}）。请稍后再试。") from None
        received_at = self.now_ms()
        self.requests += 1
        self.bytes_sent += len(data or b"") + _header_bytes(response.request.headers) + len(response.request.url) + 16
        if not stream:
            _ = response.content
            self.bytes_received += (response.raw.tell() or len(response.content)) + _header_bytes(response.headers) + 17
        if response.status_code >= 400:
            self._raise(response)
        self._window = (sent_at, received_at)
        return response

    def _raise(self, response: requests.Response) -> None:
        try:
            body = response.json()
            code, message = body.get("code", ""), body.get("message", "")
        except (ValueError, AttributeError):
            code, message = "", ""
        status = response.status_code
        if code == protocol.CLIENT_TOO_OLD or status == 426:
            raise ClientTooOld(message or protocol.TOO_OLD_MESSAGE)
        if code == protocol.CLOCK_AHEAD:
            raise ClockAhead(message, int(body.get("server_time", 0)))
        if status == 401 or code in (protocol.BAD_TOKEN, protocol.DEVICE_REVOKED):
            raise NotEnrolled(message or "县中心不认可本机的同步凭据。请用县中心发的注册码重新注册本机。")
        if message and 400 <= status < 500:
            raise SyncError(f"县中心服务器拒绝了请求：{message}")
        if status >= 500:
            raise SyncError(f"县中心服务器内部出错（{status}）。请稍后再试；如果一直出错，请联系县中心。")
        raise SyncError(f"县中心服务器返回了无法识别的回答（{status}）。请检查服务器地址是否正确。")

    def _json(self, response: requests.Response) -> dict:
        try:
            data = response.json()
        except ValueError:
            raise SyncError("县中心服务器返回的内容无法识别。请检查服务器地址是否指向县中心服务器。") from None
        if not isinstance(data, dict):
            raise SyncError("县中心服务器返回的内容无法识别。请检查服务器地址是否指向县中心服务器。")
        return data

    def _model(self, model, response: requests.Response):
        from pydantic import ValidationError

        try:
            answer = model.model_validate(self._json(response))
        except ValidationError:
            raise SyncError("县中心服务器返回的数据格式不对，可能服务器版本与本软件不匹配。请联系县中心。") from None
        server_time = getattr(answer, "server_time", None)
        if server_time:  # offset against the middle of the round trip
            self.offset_ms = int(server_time - (self._window[0] + self._window[1]) / 2)
        return answer

    # --- endpoints -------------------------------------------------------------------

    def health(self) -> dict:
        return self._json(self.request("GET", "/health"))

    def enrol(self, code: str, device_name: str, site: str, station_id: str | None = None) -> protocol.EnrolResponse:
        body = protocol.EnrolRequest(code=code.strip()[:40], device_name=device_name[:100], site=site[:32],
                                     station_id=station_id)
        return self._model(protocol.EnrolResponse, self.request("POST", "/v1/enrol", json_body=body.model_dump()))

    def push(self, entries: list[dict]) -> protocol.PushResponse:
        return self._model(protocol.PushResponse,
                           self.request("POST", "/v1/push", json_body={"entries": entries}, gzip_body=True))

    def pull(self, after: int, *, limit: int = protocol.MAX_PULL, entity: str | None = None,
             own: bool = False) -> PullPage:
        """A page of entries. Parsed once here for the cursor; the entries are
        checked one by one when applied (desktop.sync.apply), and the page is
        staged as the server's text, which keeps an initial sync fast."""
        params: dict[str, Any] = {"after": after}
        if limit != protocol.MAX_PULL:
            params["limit"] = limit
        if entity:
            params["entity"], params["own"] = entity, "true" if own else "false"
        response = self.request("GET", "/v1/pull", params=params)
        data = self._json(response)
        entries, last_seq, more, server_time = (data.get("entries"), data.get("last_seq"), data.get("more"),
                                                data.get("server_time"))
        if not (isinstance(entries, list) and isinstance(last_seq, int) and isinstance(more, bool)
                and isinstance(server_time, int) and last_seq >= after):
            raise SyncError("县中心服务器返回的数据格式不对，可能服务器版本与本软件不匹配。请联系县中心。")
        self.offset_ms = int(server_time - (self._window[0] + self._window[1]) / 2)
        return PullPage(entries, last_seq, more, server_time, response.text)

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


def _header_bytes(headers) -> int:
    return sum(len(k) + len(str(v)) + 4 for k, v in headers.items())

