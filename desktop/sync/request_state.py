"""A residents' request's state as a pure function of its set of events.

Shared by the station PC (desktop/services/requests.py) and the county server
(server/requests/): both call `derive(request, events, now)` on plain dicts
and so agree on the state of every request they hold the same events for.
Qt-free, database-free, clock-free (`now` is passed in).

Events are append-only rows (`request_event`): created, dispatched, escalated,
accepted, declined, done, rated, reopened, cancelled, and resolved (a person
settling a conflict). Each names its acting site in `station_id`: a station's
id, or "county" for the county centre. Each carries `stamp`, the hybrid
logical clock of the site that made it, taken when it was made: an event made
after seeing another has a greater stamp. `derive` sorts the set by
(stamp, id) and folds it, so the result is the same whatever order and
grouping the events arrived in, and whichever replica computes it.

Ownership (after Open mSupply): every state names who may act next.

    state        owner                       in-turn actions
    new          the origin station (or the  dispatch (own team / volunteer), escalate, accept, cancel
                 site a decline returned it to)
    escalated    county                      dispatch (to a station, optionally a team), cancel
    dispatched   the station dispatched to   dispatch (to its own team), accept, decline, escalate*
    accepted     the accepting station       done, decline (withdraw)
    done         the origin station          rate, reopen
    rated        the origin station          rate again, reopen
    cancelled    nobody                      -

    (*) only when the station dispatched to is the origin itself.
    The origin station may also cancel in any state before done.

An action by anyone else, or one that does not fit the state, is recorded
and listed in `conflicts` for a person to resolve; it is never dropped.
Whether it also changes the state follows the race rules:

1. Two accepts (two teams accepted the same request, e.g. the county
   dispatched it to another station while the station's own team accepted
   it): both accepts are kept and shown (`accepts` has both); the state is
   accepted, with a "two accepts" conflict until someone records a
   `resolved` event naming the accept to keep (the head picks one).
2. Done before the dispatch arrives: a `done` is a fact about the world and
   is applied whoever records it (out of turn it is also a conflict). A
   dispatch, escalation or decline that comes after a done does not change
   the state: the request stays done.
3. Cancelled while being served: a cancel by the origin after an accept
   sets the state to cancelled and is flagged; a `done` recorded for it
   (before or after the cancel) keeps its service record (`services`, with
   hours), and the cancellation stays visible as a conflict.
4. An accept out of turn (no dispatch to that station yet) is applied,
   flagged: the real team that turned up is the better record.
5. A rating before the request is done, or by a site other than the origin,
   is kept in the history as a conflict and does not change the state.
6. An unsatisfied rating (不满意) reopens the request: state new, owned by the
   origin station, for the head's follow-up.
7. A request the county took directly (origin "county", e.g. by phone at the
   centre): the station it is first dispatched to stands in for the origin
   (it records the rating, may reopen or cancel it); the county may too.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from desktop.i18n import QT_TRANSLATE_NOOP, translate

COUNTY = "county"
KINDS = ("created", "dispatched", "escalated", "accepted", "declined", "done", "rated", "reopened",
         "cancelled", "resolved")
STATES = ("new", "escalated", "dispatched", "accepted", "done", "rated", "cancelled")
RATINGS = ("满意", "基本满意", "不满意")  # stored in the events as these words (tests/unit/test_i18n.py DATA)
OPEN_STATES = ("new", "escalated", "dispatched")  # waiting for someone to accept
CLOSED_STATES = ("done", "rated", "cancelled")

CONFLICT_TEXT = {
    "out_of_turn": QT_TRANSLATE_NOOP("sync.request_state", "An action by someone whose turn it was not"),
    "two_accepts": QT_TRANSLATE_NOOP("sync.request_state", "Two teams accepted; the station head picks one"),
    "after_done": QT_TRANSLATE_NOOP("sync.request_state", "A dispatch or decline arrived after it was done; it stays done"),
    "cancelled_in_service": QT_TRANSLATE_NOOP("sync.request_state", "Cancelled during the service; the service record is kept"),
    "not_fitting": QT_TRANSLATE_NOOP("sync.request_state", "An action that does not fit the request's present state"),
    "early_rating": QT_TRANSLATE_NOOP("sync.request_state", "A rating entered before the request was done"),
}


def as_datetime(value: Any) -> datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


@dataclass
class Conflict:
    event_id: str
    code: str
    text: str
    resolved: bool = False


@dataclass
class RequestState:
    request_id: str
    origin: str  # station id of the station that took the request (or "county")
    state: str = "new"
    owner: str = ""  # who may act next: a station id, "county", or "" (nobody)
    created_at: datetime | None = None
    to_station_id: str = ""  # the station it is dispatched to
    to_station_name: str = ""
    team_id: str = ""
    team_name: str = ""
    volunteer_id: str = ""
    volunteer_name: str = ""
    dispatcher: str = ""
    accepts: list[dict] = field(default_factory=list)  # accept events in force
    services: list[dict] = field(default_factory=list)  # done events (hours / activity)
    rating: str = ""
    rating_comment: str = ""
    rated_at: datetime | None = None
    first_accepted_at: datetime | None = None
    done_at: datetime | None = None
    reopened: int = 0
    escalated: bool = False
    home: str = ""  # a request the county took: the station first dispatched to (stands in for the origin)
    stations: set[str] = field(default_factory=set)  # every station the request concerns
    conflicts: list[Conflict] = field(default_factory=list)
    history: list[dict] = field(default_factory=list)  # the events, in order

    @property
    def open_conflicts(self) -> list[Conflict]:
        return [c for c in self.conflicts if not c.resolved]

    def served(self) -> bool:
        return bool(self.services)

    def deadline(self, response_hours: int | None) -> datetime | None:
        if not response_hours or self.created_at is None:
            return None
        return self.created_at + timedelta(hours=response_hours)

    def overdue(self, response_hours: int | None, now: datetime) -> bool:
        """Not accepted within the menu item's response time."""
        deadline = self.deadline(response_hours)
        return deadline is not None and self.state in OPEN_STATES and now > deadline

    def answered_in_time(self, response_hours: int | None) -> bool | None:
        """Accepted (or served) within the response time; None while it cannot be told."""
        answered = self.first_accepted_at or self.done_at
        deadline = self.deadline(response_hours)
        if deadline is None:
            return None if answered is None else True
        if answered is None:
            return None
        return answered <= deadline


def _key(e: dict) -> tuple[str, str]:
    return (str(e.get("stamp") or ""), str(e.get("id") or ""))


def _norm(e: dict) -> dict:
    out = dict(e)
    out["at"] = as_datetime(e.get("at"))
    for name in ("to_station_id", "to_station_name", "team_id", "team_name", "volunteer_id", "volunteer_name",
                 "activity_id", "rating", "comment", "ref_event_id", "actor"):
        out[name] = out.get(name) or ""
    out["minutes"] = int(out.get("minutes") or 0)
    return out


def ordered(events: list[dict]) -> list[dict]:
    """The events once each (by id), in (stamp, id) order."""
    unique = {str(e["id"]): e for e in events}
    return [_norm(e) for e in sorted(unique.values(), key=_key)]


class _Fold:
    def __init__(self, request: dict | None, request_id: str):
        origin = str((request or {}).get("station_id") or "")
        self.s = RequestState(request_id=request_id, origin=origin, owner=origin,
                              created_at=as_datetime((request or {}).get("requested_at")))
        if origin:
            self.s.stations.add(origin)

    def rater(self) -> str:
        """Who records the rating and may reopen: the origin, or for a county-taken request its station."""
        s = self.s
        return s.origin if s.origin != COUNTY else (s.home or COUNTY)

    def is_origin(self, site: str) -> bool:
        return site == self.rater() or (self.s.origin == COUNTY and site == COUNTY)

    def conflict(self, e: dict, code: str) -> None:
        self.s.conflicts.append(Conflict(e["id"], code, translate("sync.request_state", CONFLICT_TEXT[code])))

    def back_to_dispatch(self) -> None:
        s = self.s
        s.accepts = []
        giver = s.dispatcher or s.origin
        s.state, s.owner = ("escalated", COUNTY) if giver == COUNTY else ("new", giver)
        s.to_station_id = s.to_station_name = s.team_id = s.team_name = ""
        s.volunteer_id = s.volunteer_name = ""

    def apply(self, e: dict) -> None:
        s, kind, site = self.s, e["kind"], str(e.get("station_id") or "")
        s.history.append(e)
        if site and site != COUNTY:
            s.stations.add(site)
        turn = site == s.owner
        if kind == "created":
            if not s.origin:
                s.origin = s.owner = site
            if s.created_at is None:
                s.created_at = e["at"]
            return
        if kind == "resolved":
            self.resolve(e)
            return
        if kind in ("dispatched", "escalated"):
            fits = s.state in ("new", "escalated", "dispatched")
            if kind == "escalated":
                fits = fits and s.state != "escalated" and site != COUNTY
            if not fits:
                self.conflict(e, "after_done" if s.state in ("done", "rated") else "not_fitting")
                return
            if not turn:
                self.conflict(e, "out_of_turn")
                return
            if kind == "escalated":
                s.state, s.owner, s.escalated, s.dispatcher = "escalated", COUNTY, True, site
                s.to_station_id = s.to_station_name = s.team_id = s.team_name = ""
                s.volunteer_id = s.volunteer_name = ""
                return
            target = e["to_station_id"] or (site if site != COUNTY else "")
            s.state, s.owner, s.dispatcher = "dispatched", target, site
            s.to_station_id, s.to_station_name = target, e["to_station_name"]
            s.team_id, s.team_name = e["team_id"], e["team_name"]
            s.volunteer_id, s.volunteer_name = e["volunteer_id"], e["volunteer_name"]
            if target:
                s.stations.add(target)
                if s.origin == COUNTY and not s.home:
                    s.home = target
            return
        if kind == "accepted":
            if s.state in CLOSED_STATES:
                self.conflict(e, "after_done" if s.state != "cancelled" else "not_fitting")
                return
            same = [a for a in s.accepts if (a["team_id"], a["volunteer_id"], a["station_id"]) ==
                    (e["team_id"], e["volunteer_id"], site)]
            if same:
                return  # the same team accepting twice is one accept
            if s.state == "accepted":
                s.accepts.append(e)
                self.conflict(e, "two_accepts")
                return
            if not turn:
                self.conflict(e, "out_of_turn")
            s.accepts = [e]
            s.state, s.owner = "accepted", site
            s.team_id, s.team_name = e["team_id"] or s.team_id, e["team_name"] or s.team_name
            s.volunteer_id, s.volunteer_name = e["volunteer_id"], e["volunteer_name"]
            if s.first_accepted_at is None:
                s.first_accepted_at = e["at"]
            return
        if kind == "declined":
            if s.state in ("done", "rated"):
                self.conflict(e, "after_done")
                return
            if s.state not in ("dispatched", "accepted") or not (turn or any(a["station_id"] == site
                                                                         for a in s.accepts)):
                self.conflict(e, "out_of_turn" if s.state in ("dispatched", "accepted") else "not_fitting")
                return
            if s.state == "accepted":
                s.accepts = [a for a in s.accepts if a["station_id"] != site]
                if s.accepts:
                    s.owner = s.accepts[0]["station_id"]
                    return
            self.back_to_dispatch()
            return
        if kind == "done":
            s.services.append(e)
            if s.done_at is None:
                s.done_at = e["at"]
            if s.state == "cancelled":
                self.conflict(e, "cancelled_in_service")
                return
            if s.state in ("done", "rated"):
                if site not in {a["station_id"] for a in s.accepts} | {s.origin} and not self.is_origin(site):
                    self.conflict(e, "out_of_turn")
                return
            if not (s.state == "accepted" and turn):
                self.conflict(e, "out_of_turn")
            s.state, s.owner = "done", self.rater()
            return
        if kind == "rated":
            if s.state not in ("done", "rated") or not self.is_origin(site):
                self.conflict(e, "early_rating" if self.is_origin(site) else "out_of_turn")
                return
            s.rating, s.rating_comment, s.rated_at = e["rating"], e["comment"], e["at"]
            if e["rating"] == RATINGS[-1]:  # not satisfied
                s.reopened += 1
                self.back_to_origin()
            else:
                s.state, s.owner = "rated", self.rater()
            return
        if kind == "reopened":
            if s.state not in ("done", "rated") or not self.is_origin(site):
                self.conflict(e, "out_of_turn" if s.state in ("done", "rated") else "not_fitting")
                return
            s.reopened += 1
            self.back_to_origin()
            return
        if kind == "cancelled":
            if s.state in CLOSED_STATES:
                self.conflict(e, "after_done" if s.state != "cancelled" else "not_fitting")
                return
            if not self.is_origin(site) and not turn:
                self.conflict(e, "out_of_turn")
                return
            if s.state == "accepted":
                self.conflict(e, "cancelled_in_service")
            s.state, s.owner = "cancelled", ""
            return
        self.conflict(e, "not_fitting")  # an unknown kind from a newer version: kept, shown

    def back_to_origin(self) -> None:
        s = self.s
        s.state, s.owner, s.dispatcher, s.accepts = "new", self.rater(), "", []
        s.to_station_id = s.to_station_name = s.team_id = s.team_name = ""
        s.volunteer_id = s.volunteer_name = ""

    def resolve(self, e: dict) -> None:
        s, ref = self.s, e["ref_event_id"]
        picked = next((a for a in s.accepts if a["id"] == ref), None)
        if picked is not None:
            s.accepts = [picked]
            s.owner = picked["station_id"]
            s.team_id, s.team_name = picked["team_id"], picked["team_name"]
            s.volunteer_id, s.volunteer_name = picked["volunteer_id"], picked["volunteer_name"]
            for c in s.conflicts:
                if c.code == "two_accepts":
                    c.resolved = True
        for c in s.conflicts:
            if c.event_id == ref:
                c.resolved = True


def derive(request: dict | None, events: list[dict], request_id: str | None = None) -> RequestState:
    """The state of one request from its row (may be None: not arrived yet) and its events."""
    rid = request_id or str((request or {}).get("id") or (events[0]["request_id"] if events else ""))
    fold = _Fold(request, rid)
    for e in ordered(events):
        fold.apply(e)
    return fold.s


def summary(state: RequestState) -> dict:
    """A comparable digest of a state (tests compare replicas with it)."""
    return {"state": state.state, "owner": state.owner, "origin": state.origin,
            "accepts": sorted(a["id"] for a in state.accepts), "services": sorted(x["id"] for x in state.services),
            "rating": state.rating, "team": state.team_id, "to_station": state.to_station_id,
            "conflicts": sorted((c.event_id, c.code, c.resolved) for c in state.conflicts),
            "stations": sorted(state.stations)}
