"""The county's request functions on SQLite and PostgreSQL: the menu reaches
every station (also one added later), a county dispatch reaches the station
it names and no other, the copying pass is idempotent, and the county's
state is the PC's state (the same pure function)."""

from __future__ import annotations

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
