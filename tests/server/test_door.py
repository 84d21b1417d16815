"""The door, storage limits and enrolment, against a real server process on SQLite and PostgreSQL."""

from __future__ import annotations

import base64
import os
import select as selector
import socket
import threading
import time

import pytest
import requests
from sqlalchemy import func, select
from sync_harness import dump_station_bytes, make_server, proc_figures, raw_http

from desktop.sync import protocol
from server import blobs
from server.schema import device, enrol_attempt

HEADERS = {protocol.PROTOCOL_HEADER: str(protocol.PROTOCOL_VERSION)}
MB = 1024 * 1024


def enrol(server, code: str, site: str = "door") -> requests.Response:
    return requests.post(server.url + "/v1/enrol", json={"code": code, "site": site}, headers=HEADERS, timeout=10)


@pytest.fixture(scope="module")
def door(server):
    a_id, a_code = server.new_station("丁村新时代文明实践站")
    b_id, b_code = server.new_station("戊村新时代文明实践站")
    a, b = enrol(server, a_code, "doorA").json(), enrol(server, b_code, "doorB").json()
    return {"a": a, "b": b, "a_id": a_id, "b_id": b_id, "auth": HEADERS | {"Authorization": f"Bearer {a['token']}"}}


@pytest.mark.parametrize("value", ["²", "1" * 5000, "１", "1.0", "-1", " ", "0x1", "١"])
def test_protocol_header_is_parsed_strictly(server, value):
    status, body = raw_http(server.port, "POST", "/v1/enrol", {protocol.PROTOCOL_HEADER: value,
                                                               "Content-Type": "application/json"}, b'{"code":"x"}')
    assert status in (400, 426), (status, body)


@pytest.mark.parametrize("headers", [
    {"Content-Length": "１２"}, {"Content-Length": "99999999999999999999999"}, {"Content-Encoding": "br"},
    [("Authorization", "Bearer a"), ("Authorization", "Bearer b")], {"Authorization": "Bearer " + "é" * 10},
    {"Authorization": "Bearer " + "x" * 500},
])
def test_other_headers_are_parsed_strictly(server, headers):
    items = list(headers.items()) if isinstance(headers, dict) else headers
    status, _ = raw_http(server.port, "GET", "/v1/check", [(protocol.PROTOCOL_HEADER, "1"), *items])
    assert 400 <= status < 500


@pytest.mark.parametrize("body", [b"[" * 100_000 + b"]" * 100_000, b'{"code": "\\ud800"}', b'{"code": NaN}',
                                  b'{"code": "\xff\xfe"}', b'{"hashes": [' + b'{"a":' * 40 + b"1" + b"}" * 40 + b"]}"])
def test_json_depth_and_unicode_are_checked_before_anything(server, body):
    for path in ("/v1/enrol", "/v1/blobs/have", "/v1/push"):  # a push's body: the lane runs the same checks
        status, answer = raw_http(server.port, "POST", path, {protocol.PROTOCOL_HEADER: "1",
                                                              "Content-Type": "application/json"}, body)
        assert status == 422, (path, status, answer)


@pytest.mark.parametrize("path", ["/v1/files/.", "/v1/files/%2e", "/v1/files/.locks", "/v1/files/%00",
                                  "/v1/files/..%2f..%2fcounty.sqlite", "/v1/files/" + "a" * 31 + "%00",
                                  "/v1/files/../../blobs", "/v1/files/" + "A" * 32, "/v1/files//etc/passwd"])
@pytest.mark.parametrize("method", ["HEAD", "PATCH", "DELETE", "GET"])
def test_tus_paths_are_validated(server, door, path, method):
    status, _ = raw_http(server.port, method, path, door["auth"] | {
        "Tus-Resumable": "1.0.0", "Upload-Offset": "0", "Content-Type": "application/offset+octet-stream"},
        b"x" * 10 if method == "PATCH" else b"")
    assert status in (400, 404, 405), (method, path, status)


def chunked_flood(port: int, path: str, total: int) -> tuple[int | None, int]:
    """Send `total` bytes as a chunked body without a token; returns (status, bytes sent before the answer)."""
    sock = socket.create_connection(("127.0.0.1", port), timeout=30)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 64 * 1024)
    sock.sendall(f"POST {path} HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Type: application/json\r\n"
                 f"{protocol.PROTOCOL_HEADER}: 1\r\n\r\n".encode())
    piece = b"[" * (64 * 1024)
    chunk = f"{len(piece):x}\r\n".encode() + piece + b"\r\n"
    sent, answer = 0, b""
    try:
        while sent < total:
            readable, writable, _ = selector.select([sock], [sock], [], 30)
            if readable:
                break
            if writable:
                sock.sendall(chunk)
                sent += len(piece)
    except (BrokenPipeError, ConnectionResetError):
        pass
    try:
        sock.settimeout(30)
        while b"\r\n\r\n" not in answer:
            data = sock.recv(65536)
            if not data:
                break
            answer += data
    except (ConnectionResetError, TimeoutError):
        pass
    sock.close()
    return (int(answer[9:12]) if answer.startswith(b"HTTP/1.1 ") else None), sent


@pytest.mark.parametrize("path", ["/v1/enrol", "/v1/blobs/have", "/v1/push", "/v1/files"])
def test_a_50_mb_chunked_body_without_a_token_is_refused_after_2_mb(server, path):
    rss_before = proc_figures(server.proc.pid)[0]
    status, sent = chunked_flood(server.port, path, 50 * MB)
    rss_after = proc_figures(server.proc.pid)[0]
    lines = [line for line in (server.data_dir / "server.log").read_text().splitlines()
             if f"refused POST {path} with 413" in line]
    read = int(lines[-1].split("after reading ")[1].split()[0])  # what the door took in, as it says
    print(f"{path}: status {status}, client sent {sent / MB:.1f} MB, server read {read / MB:.2f} MB, "
          f"RSS {rss_before / MB:.0f} -> {rss_after / MB:.0f} MB")
    assert status == 413
    assert read <= 2 * MB, f"the server read {read} bytes"
    assert rss_after - rss_before < 16 * MB


def test_a_body_past_its_upload_length_is_refused(server, door):
    meta = "filename YQ==,filetype YQ==,sha256 " + base64.b64encode(b"ab" * 32).decode()
    r = requests.post(server.url + "/v1/files", data=b"x" * 100, timeout=10, headers=door["auth"] | {
        "Tus-Resumable": "1.0.0", "Upload-Length": "10", "Upload-Metadata": meta,
        "Content-Type": "application/offset+octet-stream"})
    assert r.status_code == 413 and "Upload-Length" in r.json()["message"]
    create = requests.post(server.url + "/v1/files", timeout=10, headers=door["auth"] | {
        "Tus-Resumable": "1.0.0", "Upload-Length": "10", "Upload-Metadata": meta})
    assert create.status_code == 201
    patch = requests.patch(create.headers["location"], data=b"x" * 100, timeout=10, headers=door["auth"] | {
        "Tus-Resumable": "1.0.0", "Upload-Offset": "0", "Content-Type": "application/offset+octet-stream"})
    assert 400 <= patch.status_code < 500
    concat = requests.post(server.url + "/v1/files", timeout=10, headers=door["auth"] | {
        "Tus-Resumable": "1.0.0", "Upload-Concat": "final;/v1/files/" + "0" * 32})
    assert concat.status_code == 400


def test_the_photo_quota_is_clear_when_reached(server, door):
    meta = "filename YQ==,filetype YQ==,sha256 " + base64.b64encode(b"cd" * 32).decode()
    server.store.set_quota(door["a_id"], 5000)
    try:
        r = requests.post(server.url + "/v1/files", timeout=10, headers=door["auth"] | {
            "Tus-Resumable": "1.0.0", "Upload-Length": "6000", "Upload-Metadata": meta})
        assert r.status_code == 413 and r.json()["code"] == protocol.QUOTA_FULL
        assert "照片空间已满" in r.json()["message"] and "县中心" in r.json()["message"]
    finally:
        server.store.set_quota(door["a_id"], None)
    assert blobs.quota_of(server.store, door["a_id"])[1] == 5 * 1024 ** 3  # the default
    ok = requests.post(server.url + "/v1/files", timeout=10, headers=door["auth"] | {
        "Tus-Resumable": "1.0.0", "Upload-Length": "6000", "Upload-Metadata": meta})
    assert ok.status_code == 201


def test_expired_uploads_are_cleaned_up(server, door):
    meta = "filename YQ==,filetype YQ==,sha256 " + base64.b64encode(b"ef" * 32).decode()
    create = requests.post(server.url + "/v1/files", timeout=10, headers=door["auth"] | {
        "Tus-Resumable": "1.0.0", "Upload-Length": "100", "Upload-Metadata": meta})
    uid = create.headers["location"].rstrip("/").rsplit("/", 1)[1]
    folder = server.data_dir / "blobs" / "uploads" / door["a_id"]
    old = time.time() - 8 * 86400
    os.utime(folder / uid, (old, old))
    server.restart()  # cleaned at start (and then every ten minutes when uploads are created)
    assert not (folder / uid).exists() and not (folder / f"{uid}.info").exists()


def test_a_valid_code_is_never_locked_out_by_others_wrong_guesses(server):
    """Typos of other codes from the same address (a village behind one NAT) until the server-wide brake holds."""
    from server.enrolment import UNKNOWN_LIMIT

    station_id, code = server.new_station("己村新时代文明实践站")
    answers = [enrol(server, f"Q{i % 10}ZZ-ZZZZ").status_code for i in range(UNKNOWN_LIMIT + 3)]
    assert set(answers[:UNKNOWN_LIMIT]) == {403} and answers[-3:] == [429] * 3
    ok = enrol(server, code, "valid")
    assert ok.status_code == 200, ok.text


def test_wrong_guesses_at_one_code_are_limited_in_the_database(server):
    from server.enrolment import CODE_LIMIT

    station_id, code = server.new_station("庚村新时代文明实践站")
    prefix = code[:4]
    answers = [enrol(server, f"{prefix}-{i:04d}").status_code for i in range(CODE_LIMIT + 1)]
    assert answers == [403] * CODE_LIMIT + [429]
    with server.store.db.engine.connect() as conn:
        kept = conn.scalar(select(func.count()).select_from(enrol_attempt).where(enrol_attempt.c.code_id == prefix,
                                                                                  enrol_attempt.c.ok.is_(False)))
    assert kept == CODE_LIMIT  # in the database, not in a process


def test_several_workers_share_the_enrolment_limit(tmp_path, request):
    from server.enrolment import CODE_LIMIT

    own = make_server("postgresql", tmp_path / "county", request, extra=("--workers", "2"))
    try:
        _, code = own.new_station()
        prefix = code[:4]
        answers = []
        for i in range(CODE_LIMIT + 3):  # a new connection each time: both workers answer
            answers.append(requests.post(own.url + "/v1/enrol", json={"code": f"{prefix}-{i:04d}"}, timeout=10,
                                         headers=HEADERS | {"Connection": "close"}).status_code)
        assert answers.count(403) == CODE_LIMIT and answers[-3:] == [429] * 3
    finally:
        own.stop()


def test_a_repeated_enrolment_returns_the_same_device(server):
    station_id, code = server.new_station("辛村新时代文明实践站")
    first = enrol(server, code, "samepc").json()
    again = enrol(server, code, "samepc").json()  # the first answer was lost on the way
    assert again["device_id"] == first["device_id"] and again["token"] != first["token"]
    old = requests.get(server.url + "/v1/check", headers=HEADERS | {"Authorization": f"Bearer {first['token']}"},
                       timeout=10)
    assert old.status_code == 401
    assert enrol(server, code, "otherpc").status_code == 403  # another PC cannot reuse the code
    with server.store.db.engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(device).where(device.c.station_id == station_id)) == 1


def test_an_enrolment_that_fails_half_way_leaves_the_code_usable(server, monkeypatch):
    station_id, code = server.new_station("壬村新时代文明实践站")
    store = server.store
    calls = threading.Event()

    def broken():
        calls.set()
        raise RuntimeError("killed half-way")
    monkeypatch.setattr(store, "now_ms", broken)
    with pytest.raises(RuntimeError):
        store.enrol(code, "PC", "halfway")
    assert calls.is_set()
    monkeypatch.undo()
    with store.db.engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(device).where(device.c.station_id == station_id)) == 0
    assert enrol(server, code, "halfway").status_code == 200


def test_refusals_change_nothing_of_the_other_station(server, door):
    before = dump_station_bytes(server, door["b_id"])
    for path in ("/v1/push", "/v1/report", "/v1/blobs/have"):
        requests.post(server.url + path, data=b"{", headers=door["auth"], timeout=10)
    assert dump_station_bytes(server, door["b_id"]) == before
