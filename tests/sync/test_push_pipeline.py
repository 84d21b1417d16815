"""The push fast path against a real server process: batches grow after the server says how many it
takes, the client pipelines them, a cut in the middle of a pipeline duplicates and loses nothing, a
batch too large for the body limit is split, and the cold paths (no-op sync, sync-status) stay at one
round trip and under 1 KB."""

from __future__ import annotations

import threading
import time

import orjson
import pytest
from sqlalchemy import func, select
from sync_harness import assert_converged, enrolled_pc

from desktop.services.demo import generate
from desktop.sync import engine, protocol
from desktop.sync.client import SyncClient, SyncError
from desktop.sync.engine import make_client, run_sync, status
from desktop.sync.journal import pending_count
from server.schema import entry


def _server_entries(server, station_id: str) -> tuple[int, int]:
    """The station's entries the PCs pushed (the county's own, its station record, left out)."""
    mine = (entry.c.station_id == station_id) & (entry.c.device_id != "county")
    with server.store.db.engine.connect() as conn:
        total = conn.scalar(select(func.count()).select_from(entry).where(mine))
        distinct = conn.scalar(select(func.count(entry.c.entry_id.distinct())).where(mine))
    return total, distinct


def _journal_total(pc) -> int:
    with pc.engine.connect() as conn:
        return pending_count(conn, 0)


class Counting(SyncClient):
    """Counts pushes and can cut the connection at push number `cut` (after the server answered).
    Pushes run two at a time on the pipeline's threads: each takes its number under a lock, since
    `self.pushes` may have moved on by the time its answer comes back."""

    def __init__(self, *args, cut: int = 0, **kwargs):
        super().__init__(*args, retries=0, **kwargs)
        self.cut, self.pushes, self.sizes = cut, 0, []
        self._lock = threading.Lock()

    def push_body(self, data):
        with self._lock:
            self.pushes += 1
            number = self.pushes
            self.sizes.append(len(orjson.loads(data)["entries"]))
        answer = super().push_body(data)
        if number == self.cut:
            raise SyncError("连接中断（测试）")
        return answer


def test_batches_grow_and_pipeline_without_duplicates(server, tmp_path, monkeypatch):
    station_id, code = server.new_station()
    pc1 = enrolled_pc(server, tmp_path / "pc1", code)
    generate(pc1, volunteers=600, activities=12, signins_per_activity=20)
    total = _journal_total(pc1)
    assert total > protocol.MAX_BATCH + 3 * 100
    monkeypatch.setattr(engine, "MAX_PUSH_BATCH", 100)  # many batches after the first: a real pipeline
    conf = make_client(pc1)
    cut = Counting(conf.url, conf.token, cut=3)
    with pytest.raises(SyncError):
        run_sync(pc1, client=cut, photos=False)
    assert cut.sizes[0] == protocol.MAX_BATCH and max(cut.sizes[1:]) == 100
    counting = Counting(conf.url, conf.token)
    report = run_sync(pc1, client=counting, photos=False)
    assert report.check_ok is True and _journal_total(pc1) == total
    assert _server_entries(server, station_id) == (total, total)  # nothing twice, nothing lost
    pc2 = enrolled_pc(server, tmp_path / "pc2", server.store.new_code(station_id))
    assert_converged(server, station_id, pc1, pc2)


def test_a_batch_over_the_body_limit_is_split(server, tmp_path, monkeypatch):
    station_id, code = server.new_station()
    pc1 = enrolled_pc(server, tmp_path / "pc1", code)
    generate(pc1, volunteers=120, activities=4, signins_per_activity=10)
    total = _journal_total(pc1)
    monkeypatch.setattr(protocol, "MAX_BODY_BYTES", 6_000)  # on the client only: a few entries a body
    conf = make_client(pc1)
    counting = Counting(conf.url, conf.token)
    report = run_sync(pc1, client=counting, photos=False)
    assert report.pushed == total and report.check_ok is True
    assert counting.requests > 5 and _server_entries(server, station_id) == (total, total)


def test_noop_sync_and_status_are_one_round_trip_under_1kb(server, tmp_path, monkeypatch):
    station_id, code = server.new_station()
    pc = enrolled_pc(server, tmp_path / "pc", code)
    generate(pc, volunteers=40, activities=5)
    run_sync(pc, photos=False)
    run_sync(pc)
    conf = make_client(pc)
    client = SyncClient(conf.url, conf.token)
    report = run_sync(pc, client=client)
    assert report.pushed == report.pulled == 0
    assert client.requests == 1 and client.bytes_sent + client.bytes_received < 1024, report
    calls = []
    monkeypatch.setattr(SyncClient, "request", lambda *a, **k: calls.append(a))
    info = status(pc)
    assert info["pending_entries"] == 0 and calls == []  # sync-status reads this PC only


def test_the_compiled_id_rule_is_the_id_pattern():
    from desktop.ids import ID_PATTERN

    assert ID_PATTERN.pattern.replace(r"\A", "^").replace(r"\Z", "$") == protocol._ID_RULE


class Hashes:
    """Counts this PC's row hashings (desktop.sync.check.local_summary), wherever they are called from."""

    def __init__(self, monkeypatch):
        from desktop.sync import check

        self.calls, self.threads, real = 0, [], check.local_summary

        def counted(db, only=None):
            import threading

            self.calls += 1
            self.threads.append((threading.current_thread().name, only))
            return real(db, only)

        monkeypatch.setattr(check, "local_summary", counted)
        monkeypatch.setattr(engine, "local_summary", counted)


def test_the_pc_hashes_its_rows_during_the_push_once(server, tmp_path, monkeypatch):
    """A push leaves the rows as they are: the summary hashed while the county answered is the check's."""
    from desktop.sync.check import local_summary

    _, code = server.new_station()
    pc = enrolled_pc(server, tmp_path / "pc", code)
    generate(pc, volunteers=200, activities=4, signins_per_activity=10)
    hashes = Hashes(monkeypatch)
    report = run_sync(pc, photos=False)
    assert report.pushed > 0 and report.check_ok is True
    assert hashes.calls == 1 and hashes.threads == [("sync-early-check", None)]  # hashed beside the push, not after
    server_tables = make_client(pc).check().tables
    assert {k: (v.count, v.digest) for k, v in server_tables.items()} == local_summary(pc)


def test_a_write_during_the_push_makes_the_check_hash_again(server, tmp_path, monkeypatch):
    from desktop.services.volunteers import add_volunteer

    _, code = server.new_station()
    pc = enrolled_pc(server, tmp_path / "pc", code)
    generate(pc, volunteers=200, activities=4, signins_per_activity=10)
    conf = make_client(pc)

    class Typing(Counting):  # the station head adds a volunteer while the push is out
        def push_body(self, data):
            if self.pushes == 0:
                add_volunteer(pc, name="推送中新增", phone="13900000000")
            return super().push_body(data)

    hashes = Hashes(monkeypatch)
    report = run_sync(pc, client=Typing(conf.url, conf.token), photos=False)
    assert hashes.calls == 2  # the early summary was left, the check hashed the rows again
    assert report.check_ok is True  # the new volunteer went out in a later batch of the same push


def test_an_early_summary_is_not_used_after_the_sync_applied_something(db):
    from desktop.sync.check import EarlyCheck, local_summary

    generate(db, volunteers=20, activities=2, signins_per_activity=3)
    early = EarlyCheck(db)
    assert early.take(None) is None  # a snapshot or a restamp: every table may have changed
    again = EarlyCheck(db)
    assert again.take(set()) == local_summary(db)
    assert EarlyCheck(db).take({"volunteer"}) == local_summary(db)


def test_tables_the_pull_brought_are_hashed_again(server, tmp_path, monkeypatch):
    """PC 1 pushes its sign-ins while PC 2's new volunteers come down in the same sync: the early
    summary stands for the tables the apply did not touch, the volunteer table is hashed again."""
    from desktop.services.volunteers import add_volunteer

    station_id, code = server.new_station()
    pc1 = enrolled_pc(server, tmp_path / "pc1", code)
    generate(pc1, volunteers=100, activities=3, signins_per_activity=10)
    run_sync(pc1, photos=False)
    pc2 = enrolled_pc(server, tmp_path / "pc2", server.store.new_code(station_id))
    for i in range(5):
        add_volunteer(pc2, name=f"二号机{i}", phone=f"1390000000{i}")
    run_sync(pc2, photos=False)
    generate(pc1, volunteers=0, activities=2, signins_per_activity=10)
    hashes = Hashes(monkeypatch)
    report = run_sync(pc1, photos=False)
    assert report.pushed > 0 and report.pulled >= 5 and report.check_ok is True
    early, again = hashes.threads[0], hashes.threads[1:]
    assert early == ("sync-early-check", None)
    assert len(again) == 1 and "volunteer" in again[0][1] and "signin" not in again[0][1]
    run_sync(pc2, photos=False)
    assert_converged(server, station_id, pc1, pc2)


def test_each_push_thread_reads_the_clock_offset_of_its_own_round_trip(server, tmp_path):
    """Two pushes are in flight at once: a request made on another thread between this thread's request
    and its reading of the answer must not lend it its round trip (the offset would be that far off)."""
    _station_id, code = server.new_station()
    pc = enrolled_pc(server, tmp_path / "pc", code)
    conf = make_client(pc)
    clock = threading.local()

    def now_ms() -> int:
        return clock.base + int(time.time() * 1000) if hasattr(clock, "base") else int(time.time() * 1000)

    client = SyncClient(conf.url, conf.token, now_ms=now_ms)
    mine = client.request("GET", "/v1/check")

    def other() -> None:
        clock.base = -3_600_000  # this thread's clock reads an hour behind
        client.request("GET", "/v1/check")

    worker = threading.Thread(target=other)
    worker.start()
    worker.join()
    client._model(protocol.CheckResponse, mine)
    assert abs(client.offset_ms) < 60_000, client.offset_ms  # from this thread's round trip, not the other's
    assert client.requests == 2
