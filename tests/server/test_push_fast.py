"""The push fast path (server.store) against the slow merge, on a real SQLite file; the one-pass push
decoder and the batch schema check against the slow ones they stand in for; the tables' digests the push
keeps against the ones of the rows; last-seen times written
when the server process stops."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from sync_harness import CountyServer

from desktop.ids import new_id
from desktop.sync import merge, protocol, schema
from server import log_append
from server.db import open_db
from server.door import check_json
from server.enrolment import EPOCH_MS
from server.log_append import load_clocks, table_digests
from server.log_append import signed as _signed
from server.schema import device, entry, row_state
from server.store import Store

ROWS = [f"row-{i}" for i in range(6)]
SITES = ["pcA", "pcB"]


@pytest.fixture(scope="module")
def sqlite_store() -> Store:
    """A store on a real SQLite file."""
    folder = Path(tempfile.mkdtemp(prefix="sd-fresh-"))
    store = Store(open_db(f"sqlite:///{folder / 'county.sqlite'}"))
    yield store
    store.db.dispose()


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def store(request) -> Store:
    """A store on a real SQLite file, and on a real PostgreSQL database (its push runs the one-round-trip
    statement, server.log_append.append_postgres)."""
    if request.param == "sqlite":
        folder = Path(tempfile.mkdtemp(prefix="sd-fast-"))
        url = f"sqlite:///{folder / 'county.sqlite'}"
    else:
        url = request.getfixturevalue("pg_cluster").new_database()
    store = Store(open_db(url))
    yield store
    store.db.dispose()


def _stamp(wall: int, counter: int, site: str) -> str:
    return f"{EPOCH_MS + wall:016d}-{counter:04x}-{site}"


values = st.one_of(st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\x00"), max_size=6),
                   st.sampled_from(["张三", "李四", ""]))
writes = st.lists(st.tuples(
    st.sampled_from(ROWS), st.integers(0, 3), st.integers(0, 2), st.sampled_from(SITES),
    st.dictionaries(st.sampled_from(["name", "phone", "skills", "note"]), values, min_size=1, max_size=4),
    st.booleans()), min_size=1, max_size=40)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(writes=writes, cut=st.integers(1, 40))
def test_fast_path_equals_the_slow_merge(store, writes, cut):
    """Random entry sets, pushed in two batches (rows new and old, several entries of one row in a batch,
    equal stamps with different values, replayed entries): the row states equal a plain fold of every
    distinct entry through merge.merge_entry, in log order, and the log holds each entry once."""
    station_id, _ = store.add_station("快速村", "测试县", station_id=new_id())
    entries, sent = [], []
    for row, wall, counter, site, fields, again in writes:
        e = {"id": new_id(), "entity": "volunteer", "row_id": row, "station_id": station_id,
             "fields": fields, "hlc": _stamp(wall, counter, site), "site": site, "actor": "站长"}
        entries.append(e)
        sent.append(e)
        if again and sent:  # a replay of an earlier entry (an answer lost on the way)
            sent.append(sent[len(sent) // 2])
    for batch in (sent[:cut], sent[cut:]):
        if batch:
            store.push("dev", station_id, [protocol.Entry(**e) for e in batch])
    _check_the_fold(store, station_id, sent)


def _check_the_fold(store: Store, station_id: str, sent: list[dict]) -> None:
    """The station's volunteer row states equal a plain fold of every distinct entry of `sent` through
    merge.merge_entry, in log order; the log holds each entry once, in that order; every table's digest the
    pushes kept is the one of its rows."""
    expected: dict[str, tuple[dict, dict]] = {}
    logged: list[str] = []
    for e in sent:
        if e["id"] in logged:
            continue
        logged.append(e["id"])
        state = expected.setdefault(e["row_id"], ({}, {}))
        merge.merge_entry(state[0], state[1], e["fields"], e["hlc"])
    with store.db.engine.connect() as conn:
        got = {r.row_id: (json.loads(r.data), load_clocks(r.clocks, json.loads(r.data)), r.row_hash) for r in conn.execute(
            select(row_state).where(row_state.c.station_id == station_id, row_state.c.entity == "volunteer"))}
        log = list(conn.scalars(select(entry.c.entry_id).where(entry.c.station_id == station_id,
                                                                entry.c.device_id == "dev")
                                .order_by(entry.c.seq)))
    assert log == logged
    assert set(got) == set(expected)
    for row_id, (values_, clocks) in expected.items():
        assert got[row_id] == (values_, clocks, _signed(protocol.row_hash(row_id, clocks.values())))
    # the table's digest the pushes kept (row_digest) is the one of its rows
    count, digest = protocol.table_digest(protocol.row_hash(r, c.values()) for r, (_, c) in expected.items())
    tables = store.check(station_id).tables
    assert tables["volunteer"] == protocol.TableSummary(count=count, digest=digest)
    with store.db.engine.connect() as conn:  # every table's (the station's own row too)
        recomputed = table_digests(conn, station_id)
    assert {k[1]: (n, f"{d & ((1 << 64) - 1):016x}") for k, (n, d) in recomputed.items()} == \
        {name: (t.count, t.digest) for name, t in tables.items()}


scalars = st.one_of(st.none(), st.booleans(), st.integers(-(1 << 70), 1 << 70), st.floats(allow_nan=True),
                    st.text(max_size=8), st.text(alphabet="0123456789-T:", max_size=20),
                    st.sampled_from(["2024-01-02", "2024-02-30", "2024-01-02T10:00:00", "3000-01-01", "a" * 60,
                                     "x\x00", "\ud800", "0195a0b6-1c1a-7c4e-9f00-3a1b2c3d4e5f"]))
names = st.sampled_from(["name", "gender", "birth_date", "join_date", "station_id", "deleted_at", "id", "Bad",
                         "new_field", "field_clocks"])
batches = st.lists(st.tuples(st.sampled_from(["volunteer", "signin", "Bad-table", "new_table"]),
                             st.dictionaries(names, scalars, max_size=4)), max_size=12)


@settings(max_examples=300, deadline=None)
@given(batch=batches)
def test_batch_check_finds_what_the_entry_check_finds(batch):
    """schema.first_problem (column at a time) names exactly the first entry check_fields refuses."""
    first = None
    for n, (entity, fields) in enumerate(batch):
        if not schema.is_valid(entity, fields):
            first = n
            break
    found = schema.first_problem(batch)
    assert (None if found is None else found[0]) == first


def _body(entries) -> bytes:
    return json.dumps({"entries": entries}, ensure_ascii=False).encode()


good = {"id": "e1", "entity": "volunteer", "row_id": "r1", "station_id": "s1", "fields": {"name": "张三"},
        "hlc": _stamp(1, 0, "pcA"), "site": "pcA", "actor": "站长"}
tweaks = st.sampled_from([
    ("id", "a\n"), ("id", ""), ("id", "x" * 37), ("entity", "Bad"), ("row_id", "r 1"), ("hlc", "1-2-3"),
    ("hlc", _stamp(1, 0, "pcA") + "\n"), ("site", "p\u00e9"), ("actor", "名" * 51), ("fields", {}),
    ("fields", {"Name": 1}), ("fields", {"name": [1]}), ("fields", {"name": {"a": 1}}), ("extra", 1),
    ("fields", {"name": "a\x00"}), ("actor", 3), ("fields", {f"f{i}": 1 for i in range(201)}), (None, None)])


@settings(max_examples=200, deadline=None)
@given(tweak=st.lists(tweaks, max_size=3), copies=st.integers(0, 3))
def test_fast_decoder_takes_only_what_the_model_takes(tweak, copies):
    """protocol.decode_push accepts a body only if the door and PushRequest accept it, with equal entries."""
    bad = dict(good)
    for key, value in tweak:
        if key is not None:
            bad[key] = value
    body = _body([good] * copies + [bad])
    fast = protocol.decode_push(body)
    try:
        slow = protocol.PushRequest.model_validate(check_json(body)).entries
    except Exception:  # noqa: BLE001 (the door's Refusal or pydantic's ValidationError)
        slow = None
    if fast is not None:
        assert slow is not None
        assert [(e.id, e.entity, e.row_id, e.station_id, e.fields, e.hlc, e.site, e.actor) for e in fast] == \
               [(e.id, e.entity, e.row_id, e.station_id, e.fields, e.hlc, e.site, e.actor) for e in slow]
    elif not tweak or all(key is None for key, _ in tweak):
        pytest.fail("the fast decoder refused a good body")


def test_last_seen_is_written_when_the_server_stops(tmp_path):
    """A device's last-seen time is kept in memory and written in batches; stopping the server (SIGTERM,
    as systemd does) writes what it still holds."""
    from desktop.sync.client import SyncClient

    server = CountyServer(f"sqlite:///{tmp_path / 'county.sqlite'}", tmp_path)
    server.start()
    try:
        _, code = server.new_station()
        answer = SyncClient(server.url).enrol(code, "测试电脑", "site1")
        client = SyncClient(server.url, answer.token)
        client.pull(0)
        client.close()
        with server.store.db.engine.connect() as conn:
            before = conn.scalar(select(device.c.last_seen_at).where(device.c.id == answer.device_id))
        assert before is None  # not yet written: the writer runs every half minute
    finally:
        server.stop()
    with server.store.db.engine.connect() as conn:
        seen = conn.scalar(select(device.c.last_seen_at).where(device.c.id == answer.device_id))
    assert seen is not None


def test_a_row_written_once_stores_its_stamp_once_escaped_if_it_must_be(store):
    """A new row's clocks are its one stamp as a JSON string (an older server's odd stamp too, escaped)."""
    station_id, _ = store.add_station("转义村", "测试县", station_id=new_id())
    odd = _stamp(1, 0, "pcA") + '"\\'
    with store.write() as conn:
        log_append.append(conn, station_id, "legacy", [
            (new_id(), "volunteer", "row-odd", {"name": "甲"}, odd, "pcA", ""),
            (new_id(), "volunteer", "row-plain", {"name": "乙", "phone": "1"}, _stamp(2, 0, "pcA"), "pcA", "")],
            ['{"name":"甲"}', '{"name":"乙","phone":"1"}'])
    with store.db.engine.connect() as conn:
        stored = {r.row_id: (r.data, r.clocks) for r in conn.execute(select(row_state).where(
            row_state.c.station_id == station_id, row_state.c.entity == "volunteer"))}
    assert stored["row-plain"][1] == json.dumps(_stamp(2, 0, "pcA"))
    assert load_clocks(stored["row-odd"][1], json.loads(stored["row-odd"][0])) == {"name": odd}
    assert load_clocks(stored["row-plain"][1], json.loads(stored["row-plain"][0])) == \
        {"name": _stamp(2, 0, "pcA"), "phone": _stamp(2, 0, "pcA")}


def test_replays_in_a_big_batch_are_found_by_range_and_by_id(store):
    """A batch of more than 100 entries looks its seen ids up by one range of the log (SQLite), or id by id
    when the range holds many other entries; either way each entry is logged once."""
    station_id, _ = store.add_station("重放村", "测试县", station_id=new_id())

    def made(n: int, start: int = 0) -> list[protocol.Entry]:
        return [protocol.Entry(id=new_id(), entity="volunteer", row_id=new_id(), station_id=station_id,
                               fields={"name": f"志愿者{i}"}, hlc=_stamp(start + i, 0, "pcA"), site="pcA")
                for i in range(n)]

    first = made(300)
    assert store.push("dev", station_id, first).accepted == 300
    answer = store.push("dev", station_id, first[100:] + made(150, 300))  # a range of seen and new ids
    assert (answer.accepted, answer.duplicates) == (150, 200)
    answer = store.push("dev", station_id, [first[0], first[-1], *made(99, 450)])  # 450 logged in its range
    assert (answer.accepted, answer.duplicates) == (99, 2)
    with store.db.engine.connect() as conn:
        ids = list(conn.scalars(select(entry.c.entry_id).where(entry.c.station_id == station_id,
                                                                entry.c.entity == "volunteer")))
    assert len(ids) == len(set(ids)) == 549
    assert store.check(station_id).tables["volunteer"].count == 549


def _ways(monkeypatch) -> list[bool]:
    """Which way each SQLite push went: True when log_append.append_new_rows wrote it."""
    ways: list[bool] = []
    real = log_append.append_new_rows

    def spy(*args, **kwargs):
        answer = real(*args, **kwargs)
        ways.append(answer is not None)
        return answer

    monkeypatch.setattr(log_append, "append_new_rows", spy)
    return ways


def _entry(station_id: str, row_id: str, fields: dict, stamp: str, site: str = "pcA") -> dict:
    return {"id": new_id(), "entity": "volunteer", "row_id": row_id, "station_id": station_id, "fields": fields,
            "hlc": stamp, "site": site, "actor": "站长"}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(fresh=st.integers(1, 12), writes=writes, cut=st.integers(1, 40), again=st.integers(0, 11))
def test_the_new_rows_way_equals_the_slow_merge(sqlite_store, monkeypatch, fresh, writes, cut, again):
    """With every batch big enough for the new-rows way (FRESH_MIN 1): a batch of new rows goes that way; a
    batch that names a row with a state already (found only by the row-state insert) falls back to the
    general way with nothing of it kept; random batches go either way. The rows and the log are those of the
    plain fold."""
    monkeypatch.setattr(log_append, "FRESH_MIN", 1)
    ways = _ways(monkeypatch)
    station_id, _ = sqlite_store.add_station("新行村", "测试县", station_id=new_id())
    new_rows = [_entry(station_id, f"new-{i}", {"name": f"甲{i}", "phone": str(i)}, _stamp(i, 0, "pcA"))
                for i in range(fresh)]
    rewrite = [_entry(station_id, f"new-{again % fresh}", {"name": "乙"}, _stamp(50, 0, "pcB"), "pcB"),
               _entry(station_id, "new-other", {"name": "丙"}, _stamp(51, 0, "pcB"), "pcB")]
    mixed = [_entry(station_id, row, fields, _stamp(wall, counter, site), site)
             for row, wall, counter, site, fields, _ in writes]
    sent = []
    for batch in (new_rows, rewrite, mixed[:cut], mixed[cut:]):
        if batch:
            sqlite_store.push("dev", station_id, [protocol.Entry(**e) for e in batch])
            sent.extend(batch)
    assert ways[:2] == [True, False]
    _check_the_fold(sqlite_store, station_id, sent)


def test_a_first_push_of_new_rows_goes_the_new_rows_way(sqlite_store, monkeypatch):
    """A big batch of new rows (FRESH_MIN or more) is written by SQLite from its log rows: each row state is
    its entry's fields with its one stamp, the digests move, a replay of it is all duplicates; the statement's
    plan reads the hash list once and finds each log row by its key (no scan of the log)."""
    ways = _ways(monkeypatch)
    station_id, _ = sqlite_store.add_station("首推村", "测试县", station_id=new_id())
    batch = [_entry(station_id, new_id(), {"name": f"志愿者{i}", "note": "它's"}, _stamp(i, 0, "pcA"))
             for i in range(log_append.FRESH_MIN + 44)]
    answer = sqlite_store.push("dev", station_id, [protocol.Entry(**e) for e in batch])
    assert (answer.accepted, answer.last_seq) == (len(batch), len(batch) + 1)  # the station's own row first
    assert ways == [True]
    with sqlite_store.db.engine.connect() as conn:
        got = {r.row_id: (json.loads(r.data), r.clocks, r.row_hash) for r in conn.execute(
            select(row_state).where(row_state.c.station_id == station_id, row_state.c.entity == "volunteer"))}
        plan = [row[-1] for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + log_append.ROW_STATE_FROM_LOG,
                                                        ("[1]", station_id, 1)).fetchall()]
    assert got == {e["row_id"]: (e["fields"], json.dumps(e["hlc"]),
                                 _signed(protocol.row_hash(e["row_id"], [e["hlc"]]))) for e in batch}
    _check_the_fold(sqlite_store, station_id, batch)
    again = sqlite_store.push("dev", station_id, [protocol.Entry(**e) for e in batch])
    assert (again.accepted, again.duplicates, ways) == (0, len(batch), [True, False])
    assert plan[0].startswith("SCAN h") and plan[1].startswith("SEARCH e USING INDEX sqlite_autoindex_entry_1"), plan
