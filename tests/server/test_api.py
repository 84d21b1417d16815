"""The county server over real HTTP, against SQLite and PostgreSQL."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
import threading
from datetime import datetime, timedelta

import pytest
import requests
from sqlalchemy import select, update

from desktop.ids import new_id
from desktop.sync import protocol
from desktop.sync.client import ClientTooOld, NotEnrolled, SyncClient
from desktop.sync.clock import DAY_MS, HybridClock, system_ms
from server.schema import enrol_code, station

HEADERS = {protocol.PROTOCOL_HEADER: str(protocol.PROTOCOL_VERSION)}


def enrol(server, code: str, site: str = "site1") -> dict:
    r = requests.post(server.url + "/v1/enrol", json={"code": code, "device_name": "测试电脑", "site": site},
                      headers=HEADERS, timeout=10)
    assert r.status_code == 200, r.text
    return r.json()


def auth(token: str) -> dict:
    return HEADERS | {"Authorization": f"Bearer {token}"}


def entries_for(station_id: str, n: int = 3, site: str = "site1", **fields) -> list[dict]:
    clock = HybridClock(site)
    out = []
    for i in range(n):
        out.append({"id": new_id(), "entity": "volunteer", "row_id": new_id(), "station_id": station_id,
                    "fields": {"name": f"志愿者{i}", "station_id": station_id, **fields}, "hlc": clock.tick(),
                    "site": site, "actor": "站长"})
    return out


def push(server, token: str, entries: list[dict]) -> requests.Response:
    return requests.post(server.url + "/v1/push", json={"entries": entries}, headers=auth(token), timeout=10)


def pull(server, token: str, after: int = 0, **params) -> dict:
    r = requests.get(server.url + "/v1/pull", params={"after": after, **params}, headers=auth(token), timeout=10)
    assert r.status_code == 200, r.text
    return r.json()


def last_seq(server, station_id: str) -> int:
    with server.store.db.engine.connect() as conn:
        return conn.scalar(select(station.c.last_seq).where(station.c.id == station_id))


@pytest.fixture(scope="module")
def two_stations(server):
    a_id, a_code = server.new_station("甲村新时代文明实践站")
    b_id, b_code = server.new_station("乙村新时代文明实践站")
    a = enrol(server, a_code, "siteA")
    b = enrol(server, b_code, "siteB")
    return {"a": a, "b": b, "a_id": a_id, "b_id": b_id}


def test_openapi_is_served(server):
    spec = requests.get(server.url + "/openapi.json", timeout=10).json()
    for path in ("/v1/enrol", "/v1/push", "/v1/pull", "/v1/check", "/v1/blobs/have", "/v1/files"):
        assert path in spec["paths"], path
    assert requests.get(server.url + "/docs", timeout=10).status_code == 200


def test_enrol_code_is_single_use_and_expires(server):
    station_id, code = server.new_station()
    first = enrol(server, code.lower().replace("-", " "))  # typed loosely by a person
    assert first["station_id"] == station_id and first["token"]
    again = requests.post(server.url + "/v1/enrol", json={"code": code}, headers=HEADERS, timeout=10)
    assert again.status_code == 403 and "注册码" in again.json()["message"]
    late = server.store.new_code(station_id)
    with server.store.write() as conn:
        conn.execute(update(enrol_code).where(enrol_code.c.used_at.is_(None))
                     .values(expires_at=datetime.now() - timedelta(minutes=1)))
    expired = requests.post(server.url + "/v1/enrol", json={"code": late}, headers=HEADERS, timeout=10)
    assert expired.status_code == 403 and expired.json()["code"] == protocol.BAD_CODE


def test_push_pull_check_and_replay(server):
    station_id, code = server.new_station()
    pc1, pc2 = enrol(server, code), enrol(server, server.store.new_code(station_id), "site2")
    batch = entries_for(station_id, 5)
    r = push(server, pc1["token"], batch)
    assert r.status_code == 200 and r.json()["accepted"] == 5
    replay = push(server, pc1["token"], batch)
    assert replay.json() | {"server_time": 0} == {"accepted": 0, "duplicates": 5, "last_seq": r.json()["last_seq"],
                                                  "server_time": 0, "max_batch": protocol.MAX_BATCH_FAST}
    seen = pull(server, pc2["token"])
    assert [e["id"] for e in seen["entries"] if e["entity"] == "volunteer"] == [e["id"] for e in batch]
    own = pull(server, pc1["token"])
    assert all(e["entity"] == "station" for e in own["entries"])  # own entries are left out
    assert own["last_seq"] == seen["last_seq"] == last_seq(server, station_id)
    check = requests.get(server.url + "/v1/check", headers=auth(pc1["token"]), timeout=10).json()
    assert check["tables"]["volunteer"]["count"] == 5
    expected = protocol.table_digest(protocol.row_hash(e["row_id"], [e["hlc"]]) for e in batch)
    assert (check["tables"]["volunteer"]["count"], check["tables"]["volunteer"]["digest"]) == expected


def test_isolation_push_pull_check(server, two_stations):
    a, b = two_stations["a"], two_stations["b"]
    before = last_seq(server, two_stations["b_id"])
    hostile = push(server, a["token"], entries_for(two_stations["b_id"], 2, site="siteA"))
    assert hostile.status_code == 403 and hostile.json()["code"] == protocol.WRONG_STATION
    assert last_seq(server, two_stations["b_id"]) == before
    mixed = entries_for(two_stations["a_id"], 1, site="siteA") + entries_for(two_stations["b_id"], 1, site="siteA")
    assert push(server, a["token"], mixed).status_code == 403
    assert push(server, b["token"], entries_for(two_stations["b_id"], 3, site="siteB")).status_code == 200
    seen_by_a = pull(server, a["token"])
    assert all(e["station_id"] == two_stations["a_id"] for e in seen_by_a["entries"])
    assert pull(server, a["token"], entity="volunteer", own="true")["entries"] == []
    check_a = requests.get(server.url + "/v1/check", headers=auth(a["token"]), timeout=10).json()
    assert "volunteer" not in check_a["tables"]


def _upload(server, token: str, data: bytes) -> str:
    import hashlib

    from tusclient import client as tus_client

    sha = hashlib.sha256(data).hexdigest()
    path = server.data_dir / f"{sha}.bin"
    path.write_bytes(data)
    tus = tus_client.TusClient(server.url + "/v1/files/", headers=auth(token))
    with path.open("rb") as stream:  # tuspy leaves a file it opened itself unclosed
        uploader = tus.uploader(file_stream=stream, chunk_size=4096,
                                metadata={"filename": sha, "filetype": "image/jpeg", "sha256": sha})
        uploader.upload()
    return uploader.url


def test_isolation_blobs(server, two_stations):
    a, b = two_stations["a"], two_stations["b"]
    data = b"\xff\xd8photo-of-station-B" * 500
    import hashlib

    sha = hashlib.sha256(data).hexdigest()
    _upload(server, b["token"], data)
    have = requests.post(server.url + "/v1/blobs/have", json={"hashes": [sha]}, headers=auth(b["token"]), timeout=10)
    assert have.json()["missing"] == []
    other = requests.post(server.url + "/v1/blobs/have", json={"hashes": [sha]}, headers=auth(a["token"]), timeout=10)
    assert other.json()["missing"] == [sha]  # knowing a hash is not owning it
    assert requests.get(f"{server.url}/v1/blobs/{sha}", headers=auth(a["token"]), timeout=10).status_code == 404
    got = requests.get(f"{server.url}/v1/blobs/{sha}", headers=auth(b["token"]), timeout=10)
    assert got.status_code == 200 and got.content == data
    # a partial upload of B is invisible to A's token
    create = requests.post(server.url + "/v1/files", headers=auth(b["token"]) | {
        "Tus-Resumable": "1.0.0", "Upload-Length": "100",
        "Upload-Metadata": "filename YQ==,filetype YQ==,sha256 " + __import__("base64").b64encode(
            b"0" * 64).decode()}, timeout=10)
    assert create.status_code == 201, create.text
    location = create.headers["location"]
    head = requests.head(location, headers=auth(a["token"]) | {"Tus-Resumable": "1.0.0"}, timeout=10)
    assert head.status_code == 404
    patch = requests.patch(location, data=b"x" * 10, headers=auth(a["token"]) | {
        "Tus-Resumable": "1.0.0", "Upload-Offset": "0", "Content-Type": "application/offset+octet-stream"}, timeout=10)
    assert patch.status_code == 404


def test_upload_with_wrong_checksum_is_refused(server, two_stations):
    from tusclient.exceptions import TusCommunicationError

    a = two_stations["a"]
    path = server.data_dir / "liar.bin"
    path.write_bytes(b"not what the hash says" * 100)
    from tusclient import client as tus_client

    tus = tus_client.TusClient(server.url + "/v1/files/", headers=auth(a["token"]))
    uploader = tus.uploader(file_path=str(path), metadata={"filename": "x", "filetype": "image/jpeg",
                                                           "sha256": "ab" * 32})
    with pytest.raises(TusCommunicationError) as caught:
        uploader.upload()
    assert caught.value.status_code == 422
    have = requests.post(server.url + "/v1/blobs/have", json={"hashes": ["ab" * 32]}, headers=auth(a["token"]),
                         timeout=10)
    assert have.json()["missing"] == ["ab" * 32]


@pytest.mark.parametrize("body, headers, status", [
    (b"{not json", {"Content-Type": "application/json"}, 422),
    (b"\x1f\x8bgarbage", {"Content-Encoding": "gzip"}, 400),
    (gzip.compress(b"[" * 20_000_000), {"Content-Encoding": "gzip"}, 413),
    (b"x" * (protocol.MAX_BODY_BYTES + 10), {}, 413),
    (json.dumps({"entries": "nope"}).encode(), {}, 422),
    (json.dumps({"entries": [], "extra": 1}).encode(), {}, 422),
])
def test_malformed_push_is_refused_and_changes_nothing(server, two_stations, body, headers, status):
    before = last_seq(server, two_stations["a_id"])
    r = requests.post(server.url + "/v1/push", data=body, headers=auth(two_stations["a"]["token"]) | headers, timeout=30)
    assert r.status_code == status, r.text
    assert r.json()["message"]
    assert last_seq(server, two_stations["a_id"]) == before


@pytest.mark.parametrize("change", [
    {"hlc": "yesterday"}, {"entity": "Robert'); DROP TABLE entry;--"}, {"fields": {}},
    {"fields": {"name": {"nested": 1}}}, {"fields": {"../x": 1}}, {"row_id": "x" * 99}, {"site": "a b"},
])
def test_hostile_entries_are_refused(server, two_stations, change):
    before = last_seq(server, two_stations["a_id"])
    entry = entries_for(two_stations["a_id"], 1, site="siteA")[0] | change
    r = push(server, two_stations["a"]["token"], [entry])
    assert r.status_code == 422 and "格式" in r.json()["message"]
    assert last_seq(server, two_stations["a_id"]) == before


def test_clock_far_ahead_is_refused(server, two_stations):
    before = last_seq(server, two_stations["a_id"])
    clock = HybridClock("siteA", now=lambda: system_ms() + 2 * DAY_MS)
    entry = entries_for(two_stations["a_id"], 1, site="siteA")[0] | {"hlc": clock.tick()}
    r = push(server, two_stations["a"]["token"], [entry])
    assert r.status_code == 409 and r.json()["code"] == protocol.CLOCK_AHEAD and r.json()["server_time"] > 0
    assert last_seq(server, two_stations["a_id"]) == before


def test_auth_and_version_errors(server, two_stations):
    token = two_stations["a"]["token"]
    assert requests.get(server.url + "/v1/check", headers=HEADERS, timeout=10).status_code == 401
    bad = requests.get(server.url + "/v1/check", headers=auth("forged"), timeout=10)
    assert bad.status_code == 401 and "注册" in bad.json()["message"]
    old = requests.get(server.url + "/v1/check", headers=auth(token) | {protocol.PROTOCOL_HEADER: "0"}, timeout=10)
    assert old.status_code == 426 and "更新" in old.json()["message"]
    assert requests.get(server.url + "/v1/pull", params={"after": -1}, headers=auth(token), timeout=10).status_code == 422


def test_old_desktop_client_is_told_to_update(server, two_stations, monkeypatch):
    monkeypatch.setattr(protocol, "PROTOCOL_VERSION", 0)
    client = SyncClient(server.url, two_stations["a"]["token"], retries=0)
    with pytest.raises(ClientTooOld) as caught:
        client.check()
    assert "更新实践站工作台" in str(caught.value)


def test_revoked_device_is_refused(server):
    station_id, code = server.new_station()
    device = enrol(server, code)
    assert requests.get(server.url + "/v1/check", headers=auth(device["token"]), timeout=10).ok
    server.store.revoke_device(device["device_id"])
    client = SyncClient(server.url, device["token"], retries=0)
    with pytest.raises(NotEnrolled) as caught:
        client.pull(0)
    assert "撤销" in str(caught.value)


def test_county_edit_flows_down(server):
    station_id, code = server.new_station()
    device = enrol(server, code)
    server.store.county_write(station_id, "station", station_id, {"head_name": "李书记"})
    got = [e for e in pull(server, device["token"])["entries"] if e["fields"].get("head_name")]
    assert got and got[-1]["fields"] == {"head_name": "李书记"} and got[-1]["actor"] == "县中心"


def test_concurrent_pushes_get_contiguous_sequence(server):
    station_id, code = server.new_station()
    tokens = [enrol(server, code)["token"]] + [enrol(server, server.store.new_code(station_id), f"s{i}")["token"]
                                               for i in range(3)]
    errors = []

    def worker(token, site):
        for _ in range(5):
            r = push(server, token, entries_for(station_id, 10, site=site))
            if r.status_code != 200:
                errors.append(r.text)

    threads = [threading.Thread(target=worker, args=(t, f"w{i}")) for i, t in enumerate(tokens)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors
    reader = enrol(server, server.store.new_code(station_id), "reader")
    seqs, after = [], 0
    while True:
        page = pull(server, reader["token"], after)
        seqs += [e["seq"] for e in page["entries"]]
        after = page["last_seq"]
        if not page["more"]:
            break
    assert seqs == list(range(1, 202))  # 1 county entry + 4 x 5 x 10


def test_admin_cli(server, capsys):
    from server.__main__ import main

    def cli(*args: str) -> str:
        assert main([*args, "--db", server.db_url]) == 0
        return capsys.readouterr().out

    out = cli("station", "add", "--name", "青山村新时代文明实践站", "--county", "勉县")
    station_id = out.split("实践站编号：")[1].split()[0]
    code = out.split("注册码：")[1][:9]
    assert station_id in cli("station", "list")
    device = enrol(server, code)
    assert "注册码：" in cli("station", "code", station_id)
    assert device["device_id"] in cli("device", "list", "--station", station_id)
    assert "已修改" in cli("station", "edit", station_id, "--name", "青山村文明实践站")
    assert server.store.row(station_id, "station", station_id)["name"] == "青山村文明实践站"
    assert "已撤销" in cli("device", "revoke", device["device_id"])
    bad = subprocess.run([sys.executable, "-m", "server", "device", "revoke", "nope", "--db", server.db_url],
                         capture_output=True, text=True, timeout=60)
    assert bad.returncode == 2 and "错误" in bad.stderr and "Traceback" not in bad.stderr


@pytest.mark.slow
def test_guessing_enrolment_codes_is_slowed_down(tmp_path, request):
    from sync_harness import make_server

    from server.enrolment import UNKNOWN_LIMIT

    own = make_server("sqlite", tmp_path / "county", request)  # its own process: the others keep enrolling
    try:
        codes = [requests.post(own.url + "/v1/enrol", json={"code": f"ZZZZ-{i:04d}"}, headers=HEADERS, timeout=10)
                 for i in range(UNKNOWN_LIMIT + 1)]
        assert {r.status_code for r in codes[:UNKNOWN_LIMIT]} == {403} and codes[-1].status_code == 429
        assert "太多" in codes[-1].json()["message"]
    finally:
        own.stop()


@pytest.mark.slow
def test_several_worker_processes_on_postgresql(tmp_path, request):
    from sync_harness import make_server

    own = make_server("postgresql", tmp_path / "county", request, extra=("--workers", "2"))
    try:
        station_id, code = own.new_station()
        device = enrol(own, code)
        batches = [entries_for(station_id, 20, site="w") for _ in range(4)]
        threads = [threading.Thread(target=push, args=(own, device["token"], b)) for b in batches]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        reader = enrol(own, own.store.new_code(station_id), "r")
        assert [e["seq"] for e in pull(own, reader["token"])["entries"]] == list(range(1, 82))
    finally:
        own.stop()


def test_pull_pages_are_the_stores_for_every_query_shape(server):
    """The lane's pull (on PostgreSQL the token, the copying pass's look and the page in one statement:
    Store.pull_authenticated) answers what Store.pull gives, for each shape of query; a revoked PC reads
    nothing."""
    station_id, code = server.new_station(f"戊村{server.kind}")
    mine = enrol(server, code, "siteA")
    other = enrol(server, server.store.new_code(station_id), "siteB")
    assert push(server, mine["token"], entries_for(station_id, 5, "siteA")).ok
    activity = [dict(e, entity="activity", fields={"title": f"活动{i}", "station_id": station_id})
                for i, e in enumerate(entries_for(station_id, 3, "siteB"))]
    assert push(server, other["token"], activity).ok
    shapes = [{}, {"after": 2}, {"limit": 3}, {"entity": "volunteer"}, {"own": "true"},
              {"entity": "activity", "own": "1", "after": 1, "limit": 2}, {"entity": "nosuch"}]
    for params in shapes:
        got = pull(server, other["token"], **params)
        want = json.loads(server.store.pull(other["device_id"], station_id, params.get("after", 0),
                                            params.get("limit", protocol.MAX_PULL), params.get("entity"),
                                            params.get("own") in ("true", "1")))
        assert {**got, "server_time": 0} == {**want, "server_time": 0}, params
        assert got["entries"] or params.get("entity") == "nosuch", params
    server.store.revoke_device(other["device_id"])
    refused = requests.get(server.url + "/v1/pull", params={"after": 0}, headers=auth(other["token"]), timeout=10)
    assert refused.status_code == 401 and refused.json()["code"] == protocol.DEVICE_REVOKED


def test_push_refusals_and_their_order_with_the_token_in_the_push_statement(server):
    """On PostgreSQL the lane checks a push's token in the push's own statement (log_append.PG_PUSH_AS);
    the refusals and their order are those of authentication first, on both databases: a bad or revoked
    token is a 401 whatever the batch, another station's PC a 403, and a refused push writes nothing."""
    from server.schema import entry

    x_id, x_code = server.new_station(f"己村{server.kind}")
    y_id, y_code = server.new_station(f"庚村{server.kind}")
    x, y = enrol(server, x_code, "siteX"), enrol(server, y_code, "siteY")
    revoked = enrol(server, server.store.new_code(x_id), "siteZ")
    server.store.revoke_device(revoked["device_id"])
    good = entries_for(x_id, 3, "siteX")
    broken = [dict(good[0], fields={"name": 5})]  # a number where the table wants text: 422 for a good token
    more = entries_for(x_id, 2, "siteX")
    twice = [more[0], dict(more[1], row_id=more[0]["row_id"])]  # one row named twice: the transactional way
    ahead = [dict(good[0], hlc=HybridClock("siteX", now=lambda: system_ms() + 2 * DAY_MS).tick())]
    cases = [("forged", good, 401, protocol.BAD_TOKEN), ("forged", broken, 401, protocol.BAD_TOKEN),
             ("forged", twice, 401, protocol.BAD_TOKEN), (revoked["token"], good, 401, protocol.DEVICE_REVOKED),
             (revoked["token"], twice, 401, protocol.DEVICE_REVOKED), (y["token"], good, 403, protocol.WRONG_STATION),
             (y["token"], broken, 403, protocol.WRONG_STATION), (y["token"], twice, 403, protocol.WRONG_STATION),
             (x["token"], broken, 422, protocol.BAD_ENTRY), (x["token"], ahead, 409, protocol.CLOCK_AHEAD)]
    before = last_seq(server, x_id), last_seq(server, y_id)  # the station's own first entries
    for token, batch, status, code in cases:
        r = push(server, token, batch)
        assert (r.status_code, r.json()["code"]) == (status, code), (token[:8], batch[0]["fields"], r.text)
    assert (last_seq(server, x_id), last_seq(server, y_id)) == before
    for batch in (good, twice):
        r = push(server, x["token"], batch)
        assert r.status_code == 200 and r.json()["accepted"] == len(batch), r.text
    with server.store.db.engine.connect() as conn:
        devices = conn.execute(select(entry.c.device_id).where(entry.c.station_id == x_id,
                                                               entry.c.seq > before[0])).scalars().all()
    assert devices == [x["device_id"]] * 5
