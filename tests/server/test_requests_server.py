"""The county's request functions on SQLite and PostgreSQL: the menu reaches
every station (also one added later), a county dispatch reaches the station
it names and no other, the copying pass is idempotent, and the county's
state is the PC's state (the same pure function)."""

from __future__ import annotations

from sqlalchemy import select
from sync_harness import assert_converged, new_pc

from desktop.services import request_queries as rq
from desktop.services import requests as svc
from desktop.services.enrolment import enrol_pc
from desktop.sync.engine import run_sync
from server import requests as county


def test_menu_dispatch_isolation_and_idempotence(server, tmp_path):
    store = server.store
    a_id, a_code = server.new_station(f"甲村{server.kind}")
    b_id, b_code = server.new_station(f"乙村{server.kind}")
    item = county.add_menu_item(store, "代购药品", team_field="健康服务", response_hours=12)
    pc_a, pc_b = new_pc(tmp_path / "a"), new_pc(tmp_path / "b")
    try:
        enrol_pc(pc_a, server.url, a_code)
        enrol_pc(pc_b, server.url, b_code)
        req = svc.add_request(pc_a, resident="赵大妈", item="代购药品")
        svc.dispatch(pc_a, req.id, county=True)
        run_sync(pc_a)
        run_sync(pc_b)
        assert [m.id for m in svc.list_menu(pc_b)] == [item["id"]]
        county.edit_menu_item(store, item["id"], response_hours=6)
        run_sync(pc_b)
        assert svc.list_menu(pc_b)[0].response_hours == 6

        mine = county.station_requests(store, b_id)
        assert mine == []  # not dispatched to B yet
        done = county.county_dispatch(store, req.number, b_id)
        assert done["state"] == "dispatched" and done["to_station_id"] == b_id
        assert county.publish(store) == 0  # nothing left to copy: the pass is idempotent
        run_sync(pc_b)
        view = rq.get_request(pc_b, req.id)
        assert view.state.state == "dispatched" and view.state.owner == b_id
        assert [v["id"] for v in county.station_requests(store, b_id)] == [req.id]
        at_county = county.find_request(store, req.id)
        assert (at_county["state"], at_county["owner"]) == (view.state.state, view.state.owner)

        # a request that reached the county directly, sent down to B; B serves it and records the rating
        direct = county.county_add_request(store, resident="钱大爷", phone="13500001111", text="修收音机",
                                           to_station=b_id)
        assert direct["number"].startswith("C") and direct["state"] == "dispatched"
        run_sync(pc_b)
        person = __import__("desktop.services.volunteers", fromlist=["x"]).add_volunteer(pc_b, name="孙师傅")
        svc.accept(pc_b, direct["number"], volunteer=person.id)
        svc.done(pc_b, direct["number"], hours=1, volunteer=person.id)
        svc.rate(pc_b, direct["number"], "基本满意")
        run_sync(pc_b)
        assert county.find_request(store, direct["id"])["state"] == "rated"
        assert rq.get_request(pc_b, direct["id"]).state.state == "rated"
        assert direct["id"] not in {v["id"] for v in county.station_requests(store, a_id)}

        c_id, c_code = server.new_station(f"丙村{server.kind}")  # a station added after the menu
        pc_c = new_pc(tmp_path / "c")
        enrol_pc(pc_c, server.url, c_code)
        run_sync(pc_c)
        assert [m.name for m in svc.list_menu(pc_c)] == ["代购药品"] and rq.list_requests(pc_c) == []
        run_sync(pc_a)
        assert_converged(server, a_id, pc_a)
        assert_converged(server, b_id, pc_b)
        assert_converged(server, c_id, pc_c)
        pc_c.close()
    finally:
        pc_a.close()
        pc_b.close()


def test_two_pcs_of_one_station_never_issue_the_same_number(server, tmp_path):
    """Both PCs take requests offline on the same day; after they sync, every number is one request's."""
    station_id, code = server.new_station(f"双机村{server.kind}")
    first, second = new_pc(tmp_path / "first"), new_pc(tmp_path / "second")
    try:
        enrol_pc(first, server.url, code)
        enrol_pc(second, server.url, server.store.new_code(station_id))
        made = [svc.add_request(pc, resident=f"居民{i}", text="帮忙修水管") for i in range(3) for pc in (first, second)]
        assert {r.number[:5] for r in made} == {made[0].number[:5]}  # the same day for all of them
        run_sync(first)
        run_sync(second)
        run_sync(first)
        numbers = [r.row.number for r in rq.list_requests(first)]
        assert len(numbers) == 6 and len(set(numbers)) == 6, numbers
        assert all(r.number[5] == "B" for r in made[1::2]) and all(r.number[5:].isdigit() for r in made[0::2])
        with first.read() as session:  # read out on the phone and typed in lower case: still found
            assert svc.find_request(session, made[1].number.lower()).id == made[1].id
    finally:
        first.close()
        second.close()


def test_the_pass_around_a_sync_looks_at_the_syncing_station(server, monkeypatch):
    """publish(store, station): one probe of that station; a request waiting in another station's log (its
    own push's pass cut short, say) is left to that station's sync or to the look over every station, which
    a sync makes every FULL_EVERY seconds."""
    from desktop.ids import new_id
    from desktop.sync.clock import HybridClock
    from server.requests import mirror

    store = server.store
    a_id, _ = server.new_station(f"丙村{server.kind}")
    b_id, _ = server.new_station(f"丁村{server.kind}")
    county.publish(store)  # the menu and the new stations' marks, as after any county action
    monkeypatch.setattr(mirror, "_full_at", [__import__("time").monotonic()])  # the last full look: just now
    assert county.publish(store, b_id) == 0
    request_id = new_id()
    with store.write() as conn:  # a request entry in A's log whose pass never ran
        store._accept(conn, a_id, "pcA", [{
            "id": new_id(), "entity": "service_request", "row_id": request_id,
            "fields": {"station_id": a_id, "resident": "周大爷", "item": "代购药品", "deleted_at": None},
            "hlc": HybridClock("pcA").tick(), "site": "pcA", "actor": "站长"}])
    def copied() -> list:
        with store.db.engine.connect() as conn:
            return conn.execute(select(mirror.request_entry.c.src_station).where(
                mirror.request_entry.c.request_id == request_id)).scalars().all()

    assert county.publish(store, b_id) == 0  # B's sync does not look at A
    assert copied() == []
    monkeypatch.setattr(mirror, "_full_at", [0.0])  # FULL_EVERY has passed: B's sync looks at everyone
    assert county.publish(store, b_id) >= 1
    assert copied() == [a_id]
    assert county.publish(store, a_id) == 0  # done: A's own look finds nothing left
