"""Many PCs of one station pushing at once into a real county server process (on PostgreSQL with two
worker processes, where a push is the station's lock and one statement sent together; on SQLite the
serial path): batches overlap in rows, replay each other's entries and race for the station's lock.
Afterwards the log numbers every distinct entry once, with no gap; the row states are the merge of every
entry; the tables' digests the pushes kept are the ones of the rows; a pull brings the whole log."""

from __future__ import annotations

import json
import random
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import select
from sync_harness import make_server, wait_until

from desktop.ids import new_id
from desktop.sync import merge, protocol
from desktop.sync.client import SyncClient
from desktop.sync.clock import system_ms
from server import log_append
from server.db import open_db
from server.log_append import load_clocks, table_digests
from server.log_append import signed as _signed
from server.schema import entry, row_state
from server.store import Store

PCS = 6
BATCHES = 5
SHARED_ROWS = [f"shared-{i}" for i in range(8)]


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def busy_server(request, tmp_path_factory):
    extra = ("--workers", "2") if request.param == "postgresql" else ()
    srv = make_server(request.param, tmp_path_factory.mktemp(f"county-busy-{request.param}"), request, extra)
    yield srv
    srv.stop()


def _batches(station_id: str, pc: int, rng: random.Random) -> list[list[dict]]:
    """A PC's batches: new rows of its own, rows every PC writes, and a replay of entries already sent
    (its own earlier batch's and, in a batch of its own, the same entry twice)."""
    site, now = f"pc{pc}", system_ms()
    out, sent = [], []
    for b in range(BATCHES):
        batch = []
        for i in range(25):
            shared = rng.random() < 0.4
            row = rng.choice(SHARED_ROWS) if shared else f"own-{pc}-{b}-{i}"
            fields = {"name": f"志愿者{pc}-{b}-{i}"} if rng.random() < 0.5 else {"phone": f"138{pc}{b}{i:04d}"}
            stamp = f"{now + rng.randrange(1000):016d}-{rng.randrange(4):04x}-{site}"
            batch.append({"id": new_id(), "entity": "volunteer", "row_id": row, "station_id": station_id,
                          "fields": fields, "hlc": stamp, "site": site, "actor": "站长"})
        if sent:
            batch += rng.sample(sent, min(5, len(sent)))
        batch.append(batch[0])
        sent += batch
        out.append(batch)
    return out


def test_concurrent_pushes_of_one_station_number_each_entry_once_without_gaps(busy_server):
    server = busy_server
    station_id, code = server.new_station("并发村新时代文明实践站")
    clients = []
    for pc in range(PCS + 1):
        answer = SyncClient(server.url).enrol(code, f"pc{pc}", f"pc{pc}")
        clients.append((SyncClient(server.url, answer.token), answer.device_id))
        code = server.store.new_code(station_id)
    rng = random.Random(17)
    plans = [_batches(station_id, pc, rng) for pc in range(PCS)]
    for pc in range(PCS):  # entries that the next PC sends in its batch of the same round too, at about once
        for b in range(BATCHES):
            plans[pc][b] += plans[(pc + 1) % PCS][b][:3]

    def run(pc: int) -> list[protocol.PushResponse]:
        client = clients[pc][0]
        return [client.push(batch) for batch in plans[pc]]

    with ThreadPoolExecutor(PCS) as pool:
        answers = list(pool.map(run, range(PCS)))

    distinct: dict[str, dict] = {}
    for batches in plans:
        for batch in batches:
            for e in batch:
                distinct.setdefault(e["id"], e)
    accepted = sum(a.accepted for per_pc in answers for a in per_pc)
    assert accepted == len(distinct)
    sent = sum(len(b) for batches in plans for b in batches)
    assert sum(a.duplicates for per_pc in answers for a in per_pc) == sent - len(distinct)

    with server.store.db.engine.connect() as conn:
        log = conn.execute(select(entry.c.seq, entry.c.entry_id).where(
            entry.c.station_id == station_id, entry.c.entity == "volunteer").order_by(entry.c.seq)).all()
        top = conn.execute(select(entry.c.seq).where(entry.c.station_id == station_id)).scalars().all()
        states = {r.row_id: (json.loads(r.data), load_clocks(r.clocks, json.loads(r.data)), r.row_hash)
                  for r in conn.execute(select(row_state).where(row_state.c.station_id == station_id,
                                                                row_state.c.entity == "volunteer"))}
        recomputed = table_digests(conn, station_id)
    # every distinct entry once, and the station's numbers 1..N without a gap or a repeat
    assert sorted(e for _, e in log) == sorted(distinct)
    assert sorted(top) == list(range(1, len(top) + 1))
    assert max(a.last_seq for per_pc in answers for a in per_pc) == len(top)

    # the row states are the fold of every distinct entry (merge is order-free)
    expected: dict[str, tuple[dict, dict]] = {}
    for e in distinct.values():
        state = expected.setdefault(e["row_id"], ({}, {}))
        merge.merge_entry(state[0], state[1], e["fields"], e["hlc"])
    assert set(states) == set(expected)
    for row_id, (values, clocks) in expected.items():
        assert states[row_id] == (values, clocks, _signed(protocol.row_hash(row_id, clocks.values())))

    # the digests the concurrent pushes kept are the rows' own
    check = clients[PCS][0].check()
    assert {k[1]: (n, f"{d & ((1 << 64) - 1):016x}") for k, (n, d) in recomputed.items()} == \
        {name: (t.count, t.digest) for name, t in check.tables.items()}
    assert check.last_seq == len(top)

    # a PC that pushed nothing pulls the whole log, in order
    pulled, after = [], 0
    while True:
        page = clients[PCS][0].pull(after)
        pulled += page.entries
        after = page.last_seq
        if not page.more:
            break
    assert [e["seq"] for e in pulled] == sorted(top)
    assert {e["id"] for e in pulled if e["entity"] == "volunteer"} == set(distinct)
    assert after == len(top)


def _entries(station_id: str, rows: list[str], site: str = "pcA") -> list[protocol.Entry]:
    now = system_ms()
    return [protocol.Entry(id=new_id(), entity="volunteer", row_id=row, station_id=station_id,
                           fields={"name": f"志愿者{i}"}, hlc=f"{now + i:016d}-0000-{site}", site=site, actor="站长")
            for i, row in enumerate(rows)]


def test_a_push_that_waited_for_the_station_lock_sees_what_the_holder_committed(pg_cluster):
    """The one-statement push (server.log_append.PG_PUSH) reads with the snapshot it started with: while
    it waits for the station's lock, another push commits entries it also carries. It must notice (the
    sequence it locked is not the one it read), write nothing itself, and go the transactional way: the
    shared entries are duplicates, the rest numbered after the holder's, no gap."""
    store = Store(open_db(pg_cluster.new_database()))
    try:
        station_id, _ = store.add_station("等锁村新时代文明实践站", "测试县")
        first = _entries(station_id, [f"row-{i}" for i in range(5)])
        second = first[:3] + _entries(station_id, [f"row-{i}" for i in range(5, 8)], "pcB")
        answers: list[protocol.PushResponse] = []
        with store.db.engine.begin() as conn:  # the holder: the station locked, its entries not committed
            parts = [(e.id, e.entity, e.row_id, e.fields, e.hlc, e.site, e.actor) for e in first]
            kept, batch, _ = log_append.postgres_batch(parts, [protocol.stored(e.fields) for e in first])
            log_append.append_postgres(conn, station_id, "devA", kept, {
                "batch": batch, "station": station_id, "device": "devA", "received": log_append.now_s()})
            waiter = threading.Thread(target=lambda: answers.append(store.push("devB", station_id, second)))
            waiter.start()
            wait_until(lambda: store.db.read(
                "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = "
                "current_database()")[0][0] == 1, what="the second push to wait for the station's lock")
        waiter.join(30)
        assert answers and answers[0].accepted == 3 and answers[0].duplicates == 3
        with store.db.engine.connect() as conn:
            log = conn.execute(select(entry.c.seq, entry.c.entry_id, entry.c.device_id).where(
                entry.c.station_id == station_id).order_by(entry.c.seq)).all()
            states = {r.row_id for r in conn.execute(select(row_state.c.row_id).where(
                row_state.c.station_id == station_id, row_state.c.entity == "volunteer"))}
        assert [s for s, _, _ in log] == list(range(1, 10))  # the station's own row, then 5 + 3
        assert [e for _, e, d in log if d == "devB"] == [e.id for e in second[3:]]
        assert answers[0].last_seq == 9
        assert states == {f"row-{i}" for i in range(8)}
        with store.db.engine.connect() as conn:
            recomputed = table_digests(conn, station_id)
        assert {k[1]: (n, f"{d & ((1 << 64) - 1):016x}") for k, (n, d) in recomputed.items()} == \
            {name: (t.count, t.digest) for name, t in store.check(station_id).tables.items()}
    finally:
        store.db.dispose()
