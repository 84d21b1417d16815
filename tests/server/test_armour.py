"""Sync armour, against a real server process on SQLite and on PostgreSQL:
one bad entry from one device never stops the other PCs of the station.

Each bad kind the audit found is sent by a hostile device of the station; the
server refuses it (4xx, Chinese message naming what is wrong, nothing stored)
and a PC of the same station keeps syncing (`sync` exits 0) and converges.
Bad entries that an older server already stored go to the PC's quarantine.
"""

from __future__ import annotations

import gzip
import json
from types import SimpleNamespace

import pytest
import requests
from sqlalchemy import select, text
from sync_harness import assert_converged, dump_pc, dump_server, enrolled_pc, inject, run_cli

from desktop.models import Volunteer
from desktop.models.base import new_id
from desktop.sync import protocol
from desktop.sync.clock import HybridClock, system_ms
from desktop.sync.engine import make_client, run_sync, status
from desktop.sync.journal import JOURNALED
from server.schema import station as station_table

HEADERS = {protocol.PROTOCOL_HEADER: str(protocol.PROTOCOL_VERSION)}


def enrol(server, code: str, site: str) -> dict:
    r = requests.post(server.url + "/v1/enrol", json={"code": code, "site": site}, headers=HEADERS, timeout=10)
    assert r.status_code == 200, r.text
    return r.json()


def last_seq(server, station_id: str) -> int:
    with server.store.db.engine.connect() as conn:
        return conn.scalar(select(station_table.c.last_seq).where(station_table.c.id == station_id))


@pytest.fixture(scope="module")
def st(server, tmp_path_factory):
    station_id, code = server.new_station("丙村新时代文明实践站")
    hostile = enrol(server, code, "hostile")
    base = tmp_path_factory.mktemp(f"armour-{server.kind}")
    pc1 = enrolled_pc(server, base / "pc1", server.store.new_code(station_id))
    pc2 = enrolled_pc(server, base / "pc2", server.store.new_code(station_id))
    ns = SimpleNamespace(id=station_id, token=hostile["token"], device=hostile["device_id"], pc1=pc1, pc2=pc2,
                         dir2=base / "pc2", clock=HybridClock("hostile"))
    yield ns
    pc1.close()
    pc2.close()


def entry(ns, fields: dict, entity: str = "volunteer", hlc: str | None = None, row_id: str | None = None) -> dict:
    return {"id": new_id(), "entity": entity, "row_id": row_id or new_id(), "station_id": ns.id,
            "fields": fields, "hlc": hlc or ns.clock.tick(), "site": "hostile", "actor": "坏设备"}


def good_fields(ns, **extra) -> dict:
    return {"name": "好数据", "station_id": ns.id, **extra}


def send(server, ns, body: bytes, **headers) -> requests.Response:
    return requests.post(server.url + "/v1/push", data=body, timeout=60, headers=HEADERS | {
        "Authorization": f"Bearer {ns.token}", "Content-Type": "application/json"} | headers)


def full_width(stamp: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in stamp[:16]) + stamp[16:]


def batch(ns, *bad: dict, raw: str | None = None) -> bytes:
    """A push body: one good entry, then the bad ones; `raw` replaces the last "@@" string literally."""
    entries = [entry(ns, good_fields(ns)), *bad]
    text = json.dumps({"entries": entries}, ensure_ascii=False, allow_nan=True)
    return (raw.join(text.rsplit('"@@"', 1)) if raw else text).encode("utf-8", "surrogatepass")


def _ahead(ns) -> dict:
    return entry(ns, good_fields(ns), hlc=f"{system_ms() + 3 * 86_400_000:016d}-0000-x")


# name -> (make the body, extra headers, what the refusal says)
BAD = {
    "int 10^30": (lambda ns: batch(ns, entry(ns, {"residents_reached": 10 ** 30, "title": "x"}, "activity")), {},
                  "64 位"),
    "NaN": (lambda ns: batch(ns, entry(ns, good_fields(ns, note="@@")), raw="NaN"), {}, "JSON"),
    "Infinity": (lambda ns: batch(ns, entry(ns, good_fields(ns, note="@@")), raw="-Infinity"), {}, "JSON"),
    "not a date": (lambda ns: batch(ns, entry(ns, good_fields(ns, birth_date="去年春天"))), {}, "birth_date"),
    "int for a datetime": (lambda ns: batch(ns, entry(ns, {"start_at": 1764000000000}, "activity")), {},
                           "start_at"),
    "datetime with a time zone": (lambda ns: batch(ns, entry(ns, {"end_at": "2026-12-01T10:00:00+08:00"},
                                                             "activity")), {}, "时区"),
    "full-width stamp": (lambda ns: batch(ns, entry(ns, good_fields(ns), hlc=full_width(ns.clock.tick()))), {},
                         "时间戳"),
    "_ in the wall": (lambda ns: batch(ns, entry(ns, good_fields(ns), hlc=(lambda t: t[:3] + "_" + t[4:])(
        ns.clock.tick()))), {}, "时间戳"),
    "+ in the wall": (lambda ns: batch(ns, entry(ns, good_fields(ns), hlc="+" + ns.clock.tick()[1:])), {},
                      "时间戳"),
    "stamp a day ahead": (lambda ns: batch(ns, _ahead(ns)), {}, "时钟"),
    "stamp before the station": (lambda ns: batch(ns, entry(ns, good_fields(ns), hlc="0000000000000001-0000-x")),
                                 {}, "早于"),
    "lone surrogate": (lambda ns: batch(ns, entry(ns, good_fields(ns, note="\ud800"))), {}, "JSON"),
    "lone surrogate escaped": (lambda ns: batch(ns, entry(ns, good_fields(ns, note="@@")), raw='"\\ud800"'), {},
                               "JSON"),
    "text past the column's length": (lambda ns: batch(ns, entry(ns, good_fields(ns, note="长" * 501))), {},
                                      "文字太长"),
    "15 MB string, gzipped": (lambda ns: gzip.compress(batch(ns, entry(ns, good_fields(ns, note="长" * 15_000_000))),
                                                       compresslevel=1), {"Content-Encoding": "gzip"}, "太"),
    "3 MB string": (lambda ns: batch(ns, entry(ns, good_fields(ns, note="x" * 3_000_000))), {}, "太大"),
    "JSON 100,000 deep": (lambda ns: b'{"entries":' + b"[" * 100_000 + b"]" * 100_000 + b"}", {}, "JSON"),
    "not an id in a station field": (lambda ns: batch(ns, entry(ns, good_fields(ns, station_id="a/b"))), {},
                                     "编号"),
    "bookkeeping field": (lambda ns: batch(ns, entry(ns, good_fields(ns, field_clocks="{}"))), {}, "记账"),
    "list value": (lambda ns: batch(ns, entry(ns, good_fields(ns, note=["a"]))), {}, "简单值"),
}
CASES = list(BAD)


@pytest.mark.parametrize("case", CASES)
def test_each_bad_kind_is_refused_and_the_station_keeps_syncing(server, st, case):
    make, headers, what = BAD[case]
    body = make(st)
    before, server_before = last_seq(server, st.id), dump_server(server, st.id)
    r = send(server, st, body, **headers)
    assert 400 <= r.status_code < 500, (r.status_code, r.text[:300])
    message = r.json()["message"]
    assert what in message, message
    assert last_seq(server, st.id) == before and dump_server(server, st.id) == server_before  # all or nothing
    if r.status_code == 422 and r.json()["code"] == protocol.BAD_ENTRY:
        assert "第 2 条" in message and "规则" in message  # names which entry, the field and the rule
    with st.pc1.session("站长") as s:
        s.add(Volunteer(name=f"正常录入{case}"))
    run_sync(st.pc1, photos=False)
    code, out, err = run_cli(st.dir2, "sync", "--no-photos")
    assert code == 0, err
    assert_converged(server, st.id, st.pc1, st.pc2)


def test_a_valid_push_still_passes_with_unknown_fields_and_tables(server, st):
    batch = [entry(st, good_fields(st, field_from_a_newer_version="留着")),
             entry(st, {"station_id": st.id, "anything": 1.5}, entity="table_from_a_newer_version")]
    r = send(server, st, json.dumps({"entries": batch}).encode())
    assert r.status_code == 200, r.text
    code, _, err = run_cli(st.dir2, "sync", "--no-photos")
    assert code == 0, err


def legacy_bad_entries(ns) -> list[dict]:
    """What an older server accepted and stored for every PC."""
    act = new_id()
    return [
        entry(ns, {"title": "大数", "residents_reached": 10 ** 30}, "activity", row_id=act),
        entry(ns, good_fields(ns, note=float("nan"))),
        entry(ns, good_fields(ns, birth_date="不是日期")),
        entry(ns, {"title": "整数时间", "start_at": 1764000000000, "end_at": 5}, "activity"),
        entry(ns, good_fields(ns, note="长" * 600)),
        entry(ns, good_fields(ns, name=None)),
        entry(ns, good_fields(ns, gender=True)),
    ]


def test_bad_entries_already_on_the_server_are_quarantined_and_sync_exits_0(server, st):
    bad = legacy_bad_entries(st)
    inject(server, st.id, bad)
    with st.pc1.session("站长") as s:
        s.add(Volunteer(name="隔离之后的正常数据"))
    run_sync(st.pc1, photos=False)
    code, out, err = run_cli(st.dir2, "sync", "--no-photos")
    assert code == 0, err
    assert f"{len(bad)} 条数据有问题，已隔离" in out
    code, out, _ = run_cli(st.dir2, "sync-status")
    assert code == 0 and f"{len(bad)} 条数据有问题，已隔离" in out and "sync-problems" in out
    code, out, _ = run_cli(st.dir2, "sync-problems")
    assert code == 0 and "64 位" in out and "birth_date" in out and "不能为空" in out
    code, out, _ = run_cli(st.dir2, "sync-problems", "--json")
    assert {r["row_id"] for r in json.loads(out)} == {e["row_id"] for e in bad}
    info = status(st.pc2)
    assert info["rejected_entries"] == len(bad) and info["check_ok"] is True  # quarantined entries are counted
    # everything else converged: the PC holds every row the server has, but the quarantined ones
    skip = {e["row_id"] for e in bad}
    local = dump_pc(st.pc2)
    for entity, rows in dump_server(server, st.id).items():
        for row_id in rows:
            if row_id not in skip and entity in ("volunteer", "activity"):
                assert row_id in local.get(entity, {}), (entity, row_id)
    # ... and the county sees the quarantine
    reported = [p for p in server.store.problems(st.id) if p["kind"] == "rejected"]
    assert {p["key"] for p in reported} >= {e["id"] for e in bad}
    assert all(p["detail"] for p in reported)
    assert server.store.health_report()[st.id]["quarantined"] >= len(bad)  # the console's 数据维护 page
    assert {q["row_id"] for q in server.store.quarantine_report()} >= skip


def test_quarantined_entries_are_retried_after_an_upgrade(server, st, monkeypatch):
    """An upgrade that understands a quarantined entry applies it (here: a longer note column)."""
    from desktop.sync import quarantine, schema

    long_note = next(e for e in legacy_bad_entries(st) if isinstance(e["fields"].get("note"), str))
    with st.pc2.read() as s:
        quarantined = [r["row_id"] for r in quarantine.listing(st.pc2) if r["entity"] == "volunteer"]
    before = status(st.pc2)["rejected_entries"]
    monkeypatch.setitem(schema.rules("volunteer"), "note", schema.Rule("text", False, 1000))
    monkeypatch.setattr(quarantine, "rules_version", lambda: "9.9.9:newer")
    code, _, err = run_cli(st.dir2, "sync", "--no-photos")
    assert code == 0, err
    assert status(st.pc2)["rejected_entries"] == before - 1
    with st.pc2.read() as s:
        applied = [v for v in quarantined if s.get(Volunteer, v) is not None]
        assert len(applied) == 1 and s.get(Volunteer, applied[0]).note == long_note["fields"]["note"]


def test_held_entries_do_not_blind_the_check(server, st, tmp_path):
    """The audit's case: a table with held rows was never compared. Now it is, and the re-pull repairs it."""
    with st.pc1.session("站长") as s:  # two ordinary rows for the replica to lose later
        s.add_all([Volunteer(name="甲一"), Volunteer(name="乙二")])
    run_sync(st.pc1, photos=False)
    held = [entry(st, {"station_id": st.id, "phone": "1380000"}) for _ in range(3)]  # new rows without a name
    assert send(server, st, json.dumps({"entries": held}).encode()).status_code == 200
    assert run_cli(st.dir2, "sync", "--no-photos")[0] == 0
    assert status(st.pc2)["held_entries"] >= 3 and status(st.pc2)["check_ok"] is True
    with st.pc2.read() as s:
        victims = list(s.scalars(select(Volunteer.id).limit(2)))
    assert len(victims) == 2
    with st.pc2.engine.begin() as conn:  # the replica loses rows behind the app's back (no journal entry)
        conn.execution_options(**{JOURNALED: True}).execute(
            text("DELETE FROM volunteer WHERE id = :id"), [{"id": v} for v in victims])
    client = make_client(st.pc2)
    try:
        from desktop.sync.engine import check

        assert "volunteer" in check(st.pc2, client)  # the table with held entries is compared
    finally:
        client.close()
    with st.pc1.session("站长") as s:
        s.add(Volunteer(name="触发核对"))
    run_sync(st.pc1, photos=False)
    code, out, err = run_cli(st.dir2, "sync", "--no-photos", "--json")
    assert code == 0, err
    report = json.loads(out)
    assert "volunteer" in report["repaired"] and report["check_ok"] is True
    with st.pc2.read() as s:
        assert all(s.get(Volunteer, v) is not None for v in victims)


def test_a_table_that_keeps_differing_is_shown_and_reported(server, st):
    """A forged stamp an older server kept: the PC quarantines it, the replicas differ, and the check says so."""
    forged = entry(st, good_fields(st, name="伪造"), hlc=full_width(st.clock.tick()))
    inject(server, st.id, [forged])
    for _ in range(5):
        code, out, err = run_cli(st.dir2, "sync", "--no-photos", "--json")
        assert code == 0, err
        assert json.loads(out)["check_ok"] is False
    info = status(st.pc2)
    assert info["mismatched_tables"].get("volunteer", 0) > 3 and "volunteer" in info["mismatched_text"]
    code, out, _ = run_cli(st.dir2, "sync-status")
    assert "一直不一致" in out
    mismatch = [p for p in server.store.problems(st.id) if p["kind"] == "mismatch"]
    assert mismatch and mismatch[0]["entity"] == "volunteer" and mismatch[0]["count"] > 3


def test_a_new_pc_enrolled_after_all_this_syncs_and_agrees_on_the_rest(server, st, tmp_path):
    pc3 = enrolled_pc(server, tmp_path / "pc3", server.store.new_code(st.id))
    try:
        code, _, err = run_cli(tmp_path / "pc3", "sync", "--no-photos")
        assert code == 0, err
        from desktop.sync.quarantine import listing

        mine, theirs = dump_pc(pc3).get("volunteer", {}).keys(), dump_pc(st.pc2).get("volunteer", {}).keys()
        assert mine <= theirs  # pc2 applied one entry under the "upgraded" rules of the test above
        assert theirs - mine <= {r["row_id"] for r in listing(pc3)}
    finally:
        pc3.close()


def test_county_edits_keep_the_schema(server, st):
    from server.store import ApiError

    with pytest.raises(ApiError) as caught:
        server.store.county_write(st.id, "station", st.id, {"name": "长" * 500})
    assert "name" in caught.value.message and "规则" in caught.value.message
