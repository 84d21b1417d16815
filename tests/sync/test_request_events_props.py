"""Residents' requests: any set of request events, delivered in any order and
any grouping to the county and to two station PCs, gives the same state
everywhere; and the race rules hold as written in desktop.sync.request_state."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.models.requests import RequestEvent
from desktop.sync.request_state import COUNTY, RATINGS, derive, summary
from desktop.sync.wire import to_wire

A, B = "station-a", "station-b"
SITES = (A, B, COUNTY)
RID = "req-1"
T0 = datetime(2026, 3, 2, 9, 0)
REQUEST = {"id": RID, "station_id": A, "requested_at": T0, "response_hours": 24, "number": "0302-01"}
TEAMS = {A: ("team-a", "甲村健康服务队"), B: ("team-b", "乙村健康服务队"), COUNTY: ("", "")}


def event(n: int, kind: str, site: str, wall: int, **extra) -> dict:
    team_id, team_name = TEAMS[site]
    base = dict(id=f"e{n:03d}", station_id=site, request_id=RID, kind=kind, stamp=f"{wall:016d}-0000-{site}",
                at=T0 + timedelta(minutes=wall), actor="", to_station_id="", to_station_name="", team_id="",
                team_name="", volunteer_id="", volunteer_name="", activity_id="", minutes=0, rating="", comment="",
                ref_event_id="")
    if kind == "accepted":
        base.update(team_id=team_id, team_name=team_name)
    if kind == "done":
        base.update(minutes=90, volunteer_id=f"vol-{site}", volunteer_name="钱师傅")
    base.update(extra)
    return base


@st.composite
def event_sets(draw) -> list[dict]:
    n = draw(st.integers(1, 14))
    walls = draw(st.lists(st.integers(1, 500), min_size=n, max_size=n))
    out = [event(0, "created", A, 0)]
    for i, wall in enumerate(walls, start=1):
        kind = draw(st.sampled_from(("dispatched", "escalated", "accepted", "declined", "done", "rated", "reopened",
                                     "cancelled", "resolved")))
        site = draw(st.sampled_from(SITES))
        extra = {}
        if kind == "dispatched":
            extra["to_station_id"] = draw(st.sampled_from((A, B)))
        if kind == "rated":
            extra["rating"] = draw(st.sampled_from(RATINGS))
        if kind == "resolved" and out:
            extra["ref_event_id"] = draw(st.sampled_from([e["id"] for e in out]))
        out.append(event(i, kind, site, wall, **extra))
    return out


def as_pc(e: dict) -> dict:
    """What a station PC holds: the row as the model reads it back."""
    return RequestEvent(**e).model_dump(exclude={"field_clocks"})


def as_county(e: dict) -> dict:
    """What the county holds: the row's wire form, JSON text, parsed again (datetimes as text)."""
    return json.loads(json.dumps({k: to_wire(v) for k, v in e.items()}))


@st.composite
def deliveries(draw, events: list[dict]) -> list[list[dict]]:
    """The events in some order, some twice, cut into batches."""
    order = draw(st.permutations(events))
    again = draw(st.lists(st.sampled_from(events), max_size=4))
    stream = list(order) + again
    cuts = sorted(draw(st.lists(st.integers(0, len(stream)), max_size=5)))
    batches, last = [], 0
    for cut in cuts + [len(stream)]:
        batches.append(stream[last:cut])
        last = cut
    return batches


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_any_delivery_to_county_and_two_pcs_gives_one_state(data):
    events = data.draw(event_sets())
    finals = []
    for convert in (as_county, as_pc, as_pc):
        held: dict[str, dict] = {}
        for batch in data.draw(deliveries(events)):
            for e in batch:
                held[e["id"]] = convert(e)  # a grow-only set: a second delivery changes nothing
            derive(REQUEST, list(held.values()))  # every intermediate set has a state too
        state = derive(REQUEST, list(held.values()))
        assert len(state.history) == len(events)  # never dropped
        assert len(state.services) == sum(e["kind"] == "done" for e in events)  # a service stays recorded
        finals.append(summary(state))
    assert finals[0] == finals[1] == finals[2]


@settings(max_examples=200, deadline=None)
@given(event_sets())
def test_a_done_stands_unless_undone_by_the_origin(events):
    """Race rule 2: once done, a dispatch, escalation or decline arriving later leaves it done."""
    state = derive(REQUEST, events)
    kinds = {e["kind"] for e in events}
    if "done" in kinds and not kinds & {"reopened", "rated", "cancelled"}:
        assert state.state == "done"


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(("dispatched", "escalated", "accepted")), st.sampled_from(SITES),
                          st.integers(1, 300)), min_size=1, max_size=10))
def test_two_accepts_are_both_kept_for_the_head(steps):
    """Race rule 1: with no decline, done or pick, every distinct accept is kept and shown as a conflict."""
    events = [event(0, "created", A, 0)] + [
        event(i, kind, site, wall, **({"to_station_id": B} if kind == "dispatched" else {}))
        for i, (kind, site, wall) in enumerate(steps, start=1)]
    state = derive(REQUEST, events)
    accepts = {(e["station_id"], e["team_id"]) for e in events if e["kind"] == "accepted"}
    if len(accepts) >= 2:
        assert state.state == "accepted" and len(state.accepts) == len(accepts)
        assert any(c.code == "two_accepts" and not c.resolved for c in state.conflicts)


def test_county_dispatches_while_the_station_accepts():
    events = [event(0, "created", A, 0), event(1, "escalated", A, 1),
              event(2, "accepted", A, 5),  # A's own team turned up, A offline: out of turn
              event(3, "dispatched", COUNTY, 4, to_station_id=B),  # the county, concurrently
              event(4, "accepted", B, 6)]
    state = derive(REQUEST, events)
    assert state.state == "accepted" and {a["station_id"] for a in state.accepts} == {A, B}
    assert {c.code for c in state.open_conflicts} == {"out_of_turn", "two_accepts"}
    picked = derive(REQUEST, events + [event(5, "resolved", A, 9, ref_event_id="e004")])
    assert picked.owner == B and [a["id"] for a in picked.accepts] == ["e004"]
    assert not any(c.code == "two_accepts" for c in picked.open_conflicts)


def test_done_before_the_dispatch_arrives_stays_done():
    for county_wall in (2, 9):  # the county's dispatch stamped before or after the done
        events = [event(0, "created", A, 0), event(1, "escalated", A, 1),
                  event(2, "done", A, 5), event(3, "dispatched", COUNTY, county_wall, to_station_id=B)]
        state = derive(REQUEST, events)
        assert state.state == "done" and len(state.services) == 1
        assert state.conflicts  # the out-of-turn side is shown, not dropped


def test_cancelled_while_being_served_keeps_the_service():
    events = [event(0, "created", A, 0), event(1, "dispatched", A, 1, to_station_id=A),
              event(2, "accepted", A, 2), event(3, "cancelled", A, 3), event(4, "done", A, 4)]
    state = derive(REQUEST, events)
    assert state.state == "cancelled"
    assert [s["minutes"] for s in state.services] == [90]
    assert {c.code for c in state.conflicts} == {"cancelled_in_service"}


def test_unsatisfied_rating_reopens_for_the_head_and_overdue_flag():
    events = [event(0, "created", A, 0), event(1, "accepted", A, 1), event(2, "done", A, 2),
              event(3, "rated", A, 3, rating="不满意")]
    state = derive(REQUEST, events)
    assert state.state == "new" and state.owner == A and state.reopened == 1
    fresh = derive(REQUEST, [event(0, "created", A, 0)])
    assert not fresh.overdue(24, T0 + timedelta(hours=23)) and fresh.overdue(24, T0 + timedelta(hours=25))
    assert not state.overdue(0, T0 + timedelta(days=9))  # no response time: never overdue
    assert derive(REQUEST, events[:2]).answered_in_time(24) is True
