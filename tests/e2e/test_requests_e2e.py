"""The residents' request loop across two stations and the county, over
loopback with a real server process: the county publishes a menu; station A
records a request from it and escalates it; the county dispatches it to a
team of station B; B accepts it and records it done with hours; A records
the rating. Everyone agrees on every event, and neither station sees the
other's unrelated requests."""

from __future__ import annotations

import json
import subprocess
import sys

import requests as http
from sync_harness import ROOT, assert_converged, new_pc

from desktop.models.requests import RequestEvent, ServiceRequest
from desktop.services import request_queries as rq
from desktop.services import requests as svc
from desktop.services.enrolment import enrol_pc
from desktop.services.hours import minutes_by_volunteer
from desktop.services.volunteers import add_volunteer
from desktop.sync import protocol
from desktop.sync.engine import run_sync
from desktop.sync.request_state import summary


def county(server, *args: str) -> subprocess.CompletedProcess:
    done = subprocess.run([sys.executable, "-m", "server", *args, "--db", server.db_url], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    return done


def events_of(db, request_id: str) -> dict[str, dict]:
    with db.read() as session:
        rows = session.exec(RequestEvent.__table__.select().where(RequestEvent.request_id == request_id)).all()
    return {r.id: {"kind": r.kind, "stamp": r.stamp, "station_id": r.station_id} for r in rows}


def county_events(server, station_id: str, request_id: str) -> dict[str, dict]:
    from sqlalchemy import select

    from server.schema import row_state

    out = {}
    with server.store.db.engine.connect() as conn:
        for row_id, data in conn.execute(select(row_state.c.row_id, row_state.c.data).where(
                row_state.c.station_id == station_id, row_state.c.entity == "request_event")):
            values = json.loads(data)
            if values["request_id"] == request_id:
                out[row_id] = {"kind": values["kind"], "stamp": values["stamp"], "station_id": values["station_id"]}
    return out


def request_ids(db) -> set[str]:
    with db.read() as session:
        return {r.id for r in session.exec(ServiceRequest.__table__.select()).all()}


def test_menu_escalate_county_dispatch_accept_done_rate(server, tmp_path):
    a_id, a_code = server.new_station("甲村新时代文明实践站")
    b_id, b_code = server.new_station("乙村新时代文明实践站")
    pc_a, pc_a2, pc_b = new_pc(tmp_path / "a"), new_pc(tmp_path / "a2"), new_pc(tmp_path / "b")
    try:
        enrol_pc(pc_a, server.url, a_code)
        enrol_pc(pc_b, server.url, b_code)
        enrol_pc(pc_a2, server.url, server.store.new_code(a_id))

        # 中心制单: the county publishes the menu; every station gets it on its next sync
        item_id = county(server, "menu", "add", "老人理发上门", "--team-field", "健康服务",
                         "--response-hours", "24").stdout.strip()
        listed = json.loads(county(server, "menu", "list", "--json").stdout)
        assert [i["name"] for i in listed] == ["老人理发上门"]
        barber = add_volunteer(pc_b, name="钱师傅", phone="13900001234")
        for pc in (pc_a, pc_b):
            run_sync(pc)
        assert [m.name for m in svc.list_menu(pc_a)] == ["老人理发上门"] == [m.name for m in svc.list_menu(pc_b)]
        assert svc.list_menu(pc_a)[0].id == item_id and svc.list_menu(pc_a)[0].response_hours == 24

        # 点单 at A from the menu, plus an unrelated request at each station
        req = svc.add_request(pc_a, resident="张大爷", phone="13800001111", item="老人理发上门", channel="电话")
        only_a = svc.add_request(pc_a, resident="李奶奶", text="换灯泡")
        only_b = svc.add_request(pc_b, resident="赵大妈", text="读报")
        svc.dispatch(pc_a, req.number, county=True)  # A cannot serve it: escalate
        for pc in (pc_a, pc_b):
            run_sync(pc)
        escalated = json.loads(county(server, "request", "list", "--state", "escalated", "--json").stdout)
        assert [(r["id"], r["number"], r["state"], r["station_id"]) for r in escalated] == [
            (req.id, req.number, "escalated", a_id)]

        # 县中心派单 to B's health team
        team = next(t for t in __import__("desktop.services.teams", fromlist=["x"]).list_teams(pc_b)
                    if t.name.startswith("健康服务"))
        out = county(server, "request", "dispatch", req.id, "--to-station", b_id, "--team", "健康服务").stdout
        assert "已派单" in out and req.number in out

        # B sees it (and only it of A's), accepts and records it done with hours
        run_sync(pc_b)
        view = rq.get_request(pc_b, req.id)
        assert view.state.state == "dispatched" and view.state.owner == b_id and view.state.team_id == team.id
        assert only_a.id not in request_ids(pc_b)
        svc.accept(pc_b, req.id, team=team.name)
        svc.done(pc_b, req.id, hours=1.5, volunteer=barber.id)
        run_sync(pc_b)
        assert sum(minutes_by_volunteer(pc_b, view.row.requested_at.replace(hour=0), view.row.requested_at.replace(
            hour=23, minute=59)).values()) == 90

        # A hears of it and records the resident's rating (its second PC converges too)
        run_sync(pc_a)
        assert rq.get_request(pc_a, req.id).state.state == "done"
        svc.rate(pc_a, req.number, "满意", comment="手艺好")
        for pc in (pc_a, pc_b, pc_a2, pc_a):
            run_sync(pc)

        # everyone agrees on every event and on the state
        ev_a, ev_b, ev_a2 = events_of(pc_a, req.id), events_of(pc_b, req.id), events_of(pc_a2, req.id)
        assert [e["kind"] for e in sorted(ev_a.values(), key=lambda e: e["stamp"])] == [
            "created", "escalated", "dispatched", "accepted", "done", "rated"]
        assert ev_a == ev_b == ev_a2 == county_events(server, a_id, req.id) == county_events(server, b_id, req.id)
        states = [summary(rq.get_request(pc, req.id).state) for pc in (pc_a, pc_b, pc_a2)]
        assert states[0] == states[1] == states[2] and states[0]["state"] == "rated"
        at_county = json.loads(county(server, "request", "list", "--json").stdout)
        assert {r["id"]: r["state"] for r in at_county} == {req.id: "rated", only_a.id: "new", only_b.id: "new"}
        served = rq.satisfied_services(pc_a)
        assert [s.request_id for s in served] == [req.id] and served[0].volunteer_ids == (barber.id,)

        # isolation: neither station holds the other's unrelated request, on the PC or through the API
        assert only_b.id not in request_ids(pc_a) | request_ids(pc_a2) and only_a.id not in request_ids(pc_b)
        b_rows = json.loads(county(server, "request", "list", "--station", b_id, "--json").stdout)
        assert {r["id"] for r in b_rows} == {req.id, only_b.id}
        token_b = pc_b_token(pc_b)
        headers = {"Authorization": f"Bearer {token_b}", protocol.PROTOCOL_HEADER: str(protocol.PROTOCOL_VERSION)}
        mine = http.get(f"{server.url}/v1/requests", headers=headers, timeout=10)
        assert mine.status_code == 200 and {r["id"] for r in mine.json()} == {req.id, only_b.id}
        assert http.get(f"{server.url}/v1/requests/{only_a.id}", headers=headers, timeout=10).status_code == 404
        assert [m["name"] for m in http.get(f"{server.url}/v1/requests/menu", headers=headers,
                                            timeout=10).json()] == ["老人理发上门"]

        assert_converged(server, a_id, pc_a, pc_a2)
        assert_converged(server, b_id, pc_b)
    finally:
        for pc in (pc_a, pc_a2, pc_b):
            pc.close()


def pc_b_token(db) -> str:
    from desktop.sync.engine import settings

    return settings(db)["token"]


def test_station_escalates_online_and_county_endpoint_needs_its_key(server, tmp_path):
    a_id, a_code = server.new_station("丙村新时代文明实践站")
    pc = new_pc(tmp_path / "c")
    try:
        enrol_pc(pc, server.url, a_code)
        req = svc.add_request(pc, resident="孙大爷", text="代买药")
        run_sync(pc)
        headers = {"Authorization": f"Bearer {pc_b_token(pc)}",
                   protocol.PROTOCOL_HEADER: str(protocol.PROTOCOL_VERSION)}
        answer = http.post(f"{server.url}/v1/requests/{req.id}/escalate", headers=headers, timeout=10)
        assert answer.status_code == 200 and answer.json()["state"] == "escalated"
        assert http.post(f"{server.url}/v1/requests/nope/escalate", headers=headers, timeout=10).status_code == 404
        run_sync(pc)
        assert rq.get_request(pc, req.id).state.state == "escalated"
        refused = http.post(f"{server.url}/v1/county/requests/{req.id}/dispatch", json={"to_station": a_id},
                            headers={protocol.PROTOCOL_HEADER: str(protocol.PROTOCOL_VERSION)}, timeout=10)
        assert refused.status_code in (401, 403) and "县中心" in refused.json()["message"]
    finally:
        pc.close()
