"""The push fast path against a real server process: batches grow after the server says how many it
takes, the client pipelines them, a cut in the middle of a pipeline duplicates and loses nothing, a
batch too large for the body limit is split, and the cold paths (no-op sync, sync-status) stay at one
round trip and under 1 KB."""

from __future__ import annotations

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
    """Counts pushes and can cut the connection at push number `cut` (after the server answered)."""

    def __init__(self, *args, cut: int = 0, **kwargs):
        super().__init__(*args, retries=0, **kwargs)
        self.cut, self.pushes, self.sizes = cut, 0, []

    def push_body(self, data):
        self.pushes += 1
        self.sizes.append(len(orjson.loads(data)["entries"]))
        answer = super().push_body(data)
        if self.pushes == self.cut:
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
