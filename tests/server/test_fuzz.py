"""Fuzzing every endpoint of a real server process (SQLite and PostgreSQL):
generated garbage and schemathesis against the OpenAPI document. Never a 5xx,
and the other station's data is byte-identical before and after.

Also: entries with any value of any type for any field are refused by the
server or stored so that every PC applies them; no PC ever crashes.
"""

from __future__ import annotations

import gzip
import json

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)
from sync_harness import dump_station_bytes, enrolled_pc, raw_http, run_cli

from desktop.models.base import SYNCED, new_id
from desktop.sync import protocol, schema
from desktop.sync.clock import HybridClock
from desktop.sync.engine import status

HEADERS = {protocol.PROTOCOL_HEADER: str(protocol.PROTOCOL_VERSION)}
ENDPOINTS = ["/health", "/openapi.json", "/v1/enrol", "/v1/push", "/v1/pull", "/v1/check", "/v1/report",
             "/v1/blobs/have", "/v1/blobs/" + "a" * 64, "/v1/files", "/v1/files/", "/v1/files/" + "0" * 32]


@pytest.fixture(scope="module")
def two(server):
    a_id, a_code = server.new_station("甲村新时代文明实践站")
    b_id, b_code = server.new_station("乙村新时代文明实践站")
    a = requests.post(server.url + "/v1/enrol", json={"code": a_code, "site": "fuzzA"}, headers=HEADERS,
                      timeout=10).json()
    b = requests.post(server.url + "/v1/enrol", json={"code": b_code, "site": "fuzzB"}, headers=HEADERS,
                      timeout=10).json()
    clock = HybridClock("fuzzB")
    entries = [{"id": new_id(), "entity": "volunteer", "row_id": new_id(), "station_id": b_id, "hlc": clock.tick(),
                "fields": {"name": f"乙{i}", "station_id": b_id}, "site": "fuzzB"} for i in range(5)]
    assert requests.post(server.url + "/v1/push", json={"entries": entries}, timeout=10,
                         headers=HEADERS | {"Authorization": f"Bearer {b['token']}"}).status_code == 200
    return {"a": a, "b": b, "a_id": a_id, "b_id": b_id}


json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
                           lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                                       max_size=4), max_leaves=20)
path_text = st.text(alphabet=st.characters(min_codepoint=33, max_codepoint=126, exclude_characters="#?"),
                    max_size=40)


@st.composite
def garbage(draw, token: str):
    method = draw(st.sampled_from(["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]))
    path = draw(st.sampled_from(ENDPOINTS)) + draw(st.sampled_from(["", "", "/", "/.", "/%2e", "/%00", "/.locks"])
                                                     | path_text.map(lambda t: "/" + t))
    if draw(st.booleans()):
        path += "?" + draw(st.sampled_from(["after=-1", "after=²", "limit=0", "entity=Ä", "after=" + "9" * 40,
                                            "own=maybe", "entity=volunteer&own=true"]))
    headers = []
    protocol_value = draw(st.sampled_from(["1", "1", "0", "²", "1" * 5000, "", "x", "１"]))
    headers.append((protocol.PROTOCOL_HEADER, protocol_value))
    auth = draw(st.sampled_from([f"Bearer {token}", f"Bearer {token}", None, "Bearer ", "Basic x", "Bearer é"]))
    if auth is not None:
        headers.append(("Authorization", auth))
    kind = draw(st.sampled_from(["json", "json", "bytes", "none", "entries"]))
    if kind == "json":
        body = json.dumps(draw(json_values)).encode()
    elif kind == "entries":
        body = json.dumps({"entries": [draw(st.dictionaries(st.sampled_from(
            ["id", "entity", "row_id", "station_id", "fields", "hlc", "site", "actor", "seq"]), json_values,
            max_size=9)) for _ in range(draw(st.integers(0, 3)))]}).encode()
    elif kind == "bytes":
        body = draw(st.binary(max_size=300))
    else:
        body = b""
    if body and draw(st.booleans()):
        headers.append(("Content-Type", draw(st.sampled_from(["application/json", "application/offset+octet-stream",
                                                             "text/plain; charset=utf-8", "multipart/form-data"]))))
    if body and draw(st.integers(0, 4)) == 0:
        body = gzip.compress(body) if draw(st.booleans()) else body
        headers.append(("Content-Encoding", draw(st.sampled_from(["gzip", "br", "GZIP"]))))
    if draw(st.integers(0, 5)) == 0:
        headers.append(draw(st.sampled_from([("Upload-Length", "-5"), ("Upload-Length", "10"), ("Upload-Offset", "x"),
                                             ("Tus-Resumable", "1.0.0"), ("Upload-Concat", "partial"),
                                             ("X-HTTP-Method-Override", "DELETE"), ("Upload-Defer-Length", "1")])))
    return method, path, headers, body


def test_garbage_to_every_endpoint_never_gets_a_5xx_and_changes_nothing_of_the_other_station(server, two):
    before = dump_station_bytes(server, two["b_id"])
    seen: dict[int, int] = {}

    @settings(max_examples=250, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    @given(garbage(two["a"]["token"]))
    def probe(request):
        method, path, headers, body = request
        status, answer = raw_http(server.port, method, path, headers, body)
        seen[status] = seen.get(status, 0) + 1
        assert status < 500, (method, path, headers[:3], body[:100], status, answer[:300])
        if status >= 400 and method != "HEAD" and answer.startswith(b"{"):  # (h11 answers bad HTTP in plain text)
            assert "message" in json.loads(answer), answer[:200]

    probe()
    assert dump_station_bytes(server, two["b_id"]) == before
    assert sum(n for s, n in seen.items() if 400 <= s < 500) > 100, seen


def test_openapi_is_complete():
    import tempfile
    from pathlib import Path

    from server.app import create_app
    from server.db import open_db
    from server.store import Store

    folder = Path(tempfile.mkdtemp(prefix="sd-openapi-"))
    spec = create_app(Store(open_db(f"sqlite:///{folder / 'c.sqlite'}")), folder / "blobs").openapi()
    text = json.dumps(spec)
    for ref in {part.split('"')[0] for part in text.split('"$ref": "')[1:]}:
        node = spec
        assert ref.startswith("#/"), ref
        for key in ref[2:].split("/"):
            assert key in node, f"{ref} does not resolve"
            node = node[key]
    push = spec["paths"]["/v1/push"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert push["$ref"] == "#/components/schemas/PushRequest" and "Entry" in spec["components"]["schemas"]
    for path, operations in spec["paths"].items():
        for method, op in operations.items():
            if path.startswith("/v1/"):
                assert {"400", "401", "413", "422", "426"} <= set(op["responses"]), (method, path)


def test_schemathesis_finds_no_failure(server, two):
    spec = requests.get(server.url + "/openapi.json", timeout=10).json()
    api = schemathesis.openapi.from_dict(spec)
    headers = HEADERS | {"Authorization": f"Bearer {two['a']['token']}"}
    before = dump_station_bytes(server, two["b_id"])
    checks = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
    failures, calls = [], [0]

    def fuzz(operation):
        @settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        @given(operation.as_strategy())
        def run(case):
            for key in [k for k in (case.headers or {}) if k.lower() in ("content-length", "transfer-encoding")]:
                del case.headers[key]
            calls[0] += 1
            try:
                case.call_and_validate(base_url=server.url, headers=headers, checks=checks, timeout=30)
            except Exception as error:  # schemathesis's FailureGroup and friends: collect them all
                failures.append(f"{operation.label}: {str(error)[:600]}")
                raise
        try:
            run()
        except Exception:  # noqa: BLE001 (recorded above, asserted below)
            if not failures:
                raise

    for result in api.get_all_operations():
        fuzz(result.ok())
    assert not failures, "\n".join(failures)
    assert calls[0] > 100
    assert dump_station_bytes(server, two["b_id"]) == before


any_value = st.one_of(st.none(), st.booleans(), st.integers(-(2 ** 80), 2 ** 80), st.floats(allow_nan=False),
                      st.text(max_size=60), st.dates().map(str), st.datetimes().map(lambda d: d.isoformat()),
                      st.sampled_from(["", "2026-02-30", "0001-01-01T00:00:00", "9999-12-31", "\u0000", "长" * 600]))
columns = st.sampled_from([(e, f) for e in sorted(SYNCED) for f in schema.rules(e) if f != "station_id"])


def test_any_value_for_any_field_is_refused_or_applied_by_every_pc(server, two, tmp_path):
    """Hypothesis writes entries with any value of any type for any field through the real server;
    each is refused (4xx) or stored, and a PC then syncs with exit 0 (never a crash, never exit 70)."""
    station_id, code = server.new_station("癸村新时代文明实践站")
    device = requests.post(server.url + "/v1/enrol", json={"code": code, "site": "anyval"}, headers=HEADERS,
                           timeout=10).json()
    pc = enrolled_pc(server, tmp_path / "pc", server.store.new_code(station_id))
    clock = HybridClock("anyval")
    outcomes = {"stored": 0, "refused": 0}

    @settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    @given(st.lists(st.tuples(columns, any_value), min_size=1, max_size=4))
    def write(pairs):
        for (entity, field), value in pairs:
            fields = {field: value, "station_id": station_id}
            e = {"id": new_id(), "entity": entity, "row_id": new_id(), "station_id": station_id, "fields": fields,
                 "hlc": clock.tick(), "site": "anyval"}
            r = requests.post(server.url + "/v1/push", data=json.dumps({"entries": [e]}), timeout=30,
                              headers=HEADERS | {"Authorization": f"Bearer {device['token']}",
                                                 "Content-Type": "application/json"})
            assert r.status_code in (200, 409, 413, 422), r.text[:300]
            outcomes["stored" if r.status_code == 200 else "refused"] += 1
        code, _, err = run_cli(tmp_path / "pc", "sync", "--no-photos")
        assert code == 0, err
        assert status(pc)["rejected_entries"] == 0  # whatever the server stored, the PC can use

    try:
        write()
    finally:
        pc.close()
    assert outcomes["stored"] and outcomes["refused"], outcomes
