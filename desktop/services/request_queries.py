"""Reading residents' requests: the queue by state, search, history, overdue
flags, and the figures for the 月度通报, the targets and the points rule.

Every state comes from desktop.sync.request_state.derive over the event set.
`satisfied_services` is the entry point the points rule (#13) reads: a
request served with a 满意 rating, with who served it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from sqlmodel import select

from desktop.db import Database
from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.models import Station
from desktop.models.requests import RequestEvent, ServiceRequest, channel_label
from desktop.services.requests import find_request
from desktop.sync.request_state import RATINGS, RequestState, derive

STATE_LABELS = {"new": QT_TRANSLATE_NOOP("services.request_queries", "Waiting for dispatch"), "escalated": QT_TRANSLATE_NOOP("services.request_queries", "Sent up to the county"),
                "dispatched": QT_TRANSLATE_NOOP("services.request_queries", "Dispatched"), "accepted": QT_TRANSLATE_NOOP("services.request_queries", "Accepted"),
                "done": QT_TRANSLATE_NOOP("services.request_queries", "Done, waiting for a rating"), "rated": QT_TRANSLATE_NOOP("services.request_queries", "Rated"), "cancelled": QT_TRANSLATE_NOOP("services.request_queries", "Cancelled")}
# The queue on the 点单 page: (key, label, test)
QUEUES = ("new", "dispatched", "accepted", "done", "rated", "overdue", "conflict", "all")
KIND_LABELS = {"created": QT_TRANSLATE_NOOP("services.request_queries", "New request"), "dispatched": QT_TRANSLATE_NOOP("services.request_queries", "Dispatch"), "escalated": QT_TRANSLATE_NOOP("services.request_queries", "Send up to the county"),
               "accepted": QT_TRANSLATE_NOOP("services.request_queries", "Accept"), "declined": QT_TRANSLATE_NOOP("services.request_queries", "Decline"), "done": QT_TRANSLATE_NOOP("services.request_queries", "Service done"), "rated": QT_TRANSLATE_NOOP("services.request_queries", "Rate"),
               "reopened": QT_TRANSLATE_NOOP("services.request_queries", "Reopen"), "cancelled": QT_TRANSLATE_NOOP("services.request_queries", "Cancel"), "resolved": QT_TRANSLATE_NOOP("services.request_queries", "Settle a conflict")}


@dataclass
class RequestView:
    row: ServiceRequest
    state: RequestState
    overdue: bool
    deadline: datetime | None

    @property
    def id(self) -> str:
        return self.row.id

    @property
    def label(self) -> str:
        state = self.state.state
        return translate("services.request_queries", STATE_LABELS[state]) if state in STATE_LABELS else state

    def in_queue(self, queue: str) -> bool:
        s = self.state.state
        return {"new": s == "new", "dispatched": s in ("escalated", "dispatched"), "accepted": s == "accepted",
                "done": s == "done", "rated": s in ("rated", "cancelled"), "overdue": self.overdue,
                "conflict": bool(self.state.open_conflicts), "all": True}.get(queue, False)

    def as_json(self) -> dict:
        r, s = self.row, self.state
        return {"id": r.id, "number": r.number, "state": s.state, "station_id": r.station_id, "title": r.title,
                "resident": r.requester_name, "phone": r.requester_phone, "channel": r.channel,
                "requested_at": r.requested_at.isoformat(), "owner": s.owner, "team": s.team_name,
                "volunteer": s.volunteer_name, "to_station_id": s.to_station_id, "rating": s.rating,
                "overdue": self.overdue, "deadline": self.deadline.isoformat() if self.deadline else None,
                "conflicts": [c.text for c in s.open_conflicts],
                "accepts": [a["team_name"] or a["volunteer_name"] for a in s.accepts]}


def _event_dict(e: RequestEvent) -> dict:
    return e.model_dump(exclude={"field_clocks"})


def _views(db: Database, rows: list[ServiceRequest], now: datetime | None) -> list[RequestView]:
    now = now or datetime.now()
    ids = [r.id for r in rows]
    events: dict[str, list[dict]] = defaultdict(list)
    with db.read() as session:
        for start in range(0, len(ids), 500):
            for e in session.exec(select(RequestEvent).where(RequestEvent.request_id.in_(ids[start:start + 500]))):
                events[e.request_id].append(_event_dict(e))
    out = []
    for r in rows:
        state = derive(r.model_dump(), events[r.id], r.id)
        out.append(RequestView(r, state, state.overdue(r.response_hours, now), state.deadline(r.response_hours)))
    return out


def list_requests(db: Database, *, queue: str = "all", search: str = "", now: datetime | None = None,
                  start: datetime | None = None, end: datetime | None = None) -> list[RequestView]:
    """Requests newest first, in a queue (see QUEUES), matching a number, name or phone."""
    with db.read() as session:
        query = select(ServiceRequest).where(ServiceRequest.deleted_at.is_(None))
        if start is not None:
            query = query.where(ServiceRequest.requested_at >= start)
        if end is not None:
            query = query.where(ServiceRequest.requested_at < end)
        text = (search or "").strip()
        if text:
            like = f"%{text}%"
            query = query.where(ServiceRequest.number.like(like) | ServiceRequest.requester_name.like(like)
                                | ServiceRequest.requester_phone.like(like) | ServiceRequest.title.like(like))
        rows = list(session.exec(query.order_by(ServiceRequest.requested_at.desc(), ServiceRequest.id.desc())))
    return [v for v in _views(db, rows, now) if v.in_queue(queue)]


def get_request(db: Database, ref: str, now: datetime | None = None) -> RequestView:
    with db.read() as session:
        row = find_request(session, ref)
    return _views(db, [row], now)[0]


def queue_counts(db: Database, now: datetime | None = None) -> dict[str, int]:
    views = list_requests(db, now=now)
    return {q: sum(v.in_queue(q) for v in views) for q in QUEUES}


def overdue(db: Database, now: datetime | None = None) -> list[RequestView]:
    """Requests not accepted within their menu item's response time (home page flag)."""
    return list_requests(db, queue="overdue", now=now)


def station_names(db: Database) -> dict[str, str]:
    with db.read() as session:
        return {s.id: s.name for s in session.exec(select(Station))}


def history(view: RequestView) -> list[dict]:
    """The request's events in order, with who, when and what, for the page and the ledger."""
    conflicts = {c.event_id: c for c in view.state.conflicts}
    out = []
    for e in view.state.history:
        what = translate("services.request_queries", KIND_LABELS[e["kind"]]) if e["kind"] in KIND_LABELS else e["kind"]
        detail = " ".join(x for x in (e["to_station_name"] if e["kind"] == "dispatched" and e["station_id"] == "county"
                                      else "", e["team_name"], e["volunteer_name"]) if x)
        if e["minutes"]:
            detail += " " + translate("services.request_queries", "{hours} hours").format(hours=f"{e['minutes'] / 60:g}")
        if e["rating"]:
            detail += f" {e['rating']}"
        if e["comment"]:
            detail += translate("services.request_queries", " ({comment})").format(comment=e["comment"])
        c = conflicts.get(e["id"])
        out.append({"id": e["id"], "at": e["at"], "kind": e["kind"], "what": what, "detail": detail.strip(),
                    "actor": e["actor"], "site": e["station_id"],
                    "conflict": "" if c is None else (c.text + (translate("services.request_queries", " (settled)") if c.resolved else ""))})
    return out


@dataclass(frozen=True)
class RequestFigures:
    received: int
    served: int
    answered_in_time: int
    with_deadline_answered: int  # answered requests that had a response time
    avg_response_hours: float | None
    rated: int
    satisfied: int  # 满意 + 基本满意
    overdue: int

    @property
    def satisfaction_rate(self) -> float | None:
        return None if not self.rated else self.satisfied / self.rated

    @property
    def in_time_rate(self) -> float | None:
        return None if not self.with_deadline_answered else self.answered_in_time / self.with_deadline_answered


def figures(db: Database, start: datetime, end: datetime, now: datetime | None = None) -> RequestFigures:
    """Requests received in [start, end): served, response time, satisfaction, answered in time."""
    views = list_requests(db, start=start, end=end, now=now)
    waits, in_time, timed = [], 0, 0
    for v in views:
        answered = v.state.first_accepted_at or v.state.done_at
        if answered is not None:
            waits.append((answered - v.row.requested_at).total_seconds() / 3600)
        ok = v.state.answered_in_time(v.row.response_hours)
        if ok is not None and v.row.response_hours:
            timed += 1
            in_time += ok
    rated = [v for v in views if v.state.rating]
    return RequestFigures(
        received=len(views), served=sum(v.state.served() for v in views), answered_in_time=in_time,
        with_deadline_answered=timed, avg_response_hours=(sum(waits) / len(waits)) if waits else None,
        rated=len(rated), satisfied=sum(v.state.rating in RATINGS[:2] for v in rated),
        overdue=sum(v.overdue for v in views))


@dataclass(frozen=True)
class SatisfiedService:
    request_id: str
    number: str
    done_at: datetime
    rated_at: datetime
    volunteer_ids: tuple[str, ...]  # of this station's volunteers who served it
    team_ids: tuple[str, ...]


def satisfied_services(db: Database, start: datetime | None = None, end: datetime | None = None,
                       ) -> list[SatisfiedService]:
    """Requests served and rated 满意 (rated in [start, end)): what the points rule reads."""
    out = []
    for v in list_requests(db):
        s = v.state
        if s.state != "rated" or s.rating != RATINGS[0] or not s.services or s.rated_at is None:
            continue
        if (start is not None and s.rated_at < start) or (end is not None and s.rated_at >= end):
            continue
        vols = tuple(sorted({x["volunteer_id"] for x in s.services + s.accepts if x["volunteer_id"]}))
        teams = tuple(sorted({x["team_id"] for x in s.accepts if x["team_id"]}))
        out.append(SatisfiedService(v.id, v.row.number, s.done_at or s.rated_at, s.rated_at, vols, teams))
    return out


def _pct(value: float | None) -> str:
    return "" if value is None else f"{value * 100:.0f}%"


def receipt_data(db: Database, ref: str):
    """What the receipt 回执 prints for one request."""
    from desktop.reports.requests import ReceiptData

    view = get_request(db, ref)
    r = view.row
    with db.read() as session:
        station = session.get(Station, r.station_id) or session.exec(select(Station)).first()
    return ReceiptData(station=station.name if station else "", station_phone=station.phone if station else "",
                       number=r.number, title=r.title, description=r.description, resident=r.requester_name,
                       phone=r.requester_phone, place=r.place, wanted=r.wanted, channel=channel_label(r.channel),
                       requested_at=r.requested_at, answer_by=view.deadline, recorded_by=r.recorded_by)


def ledger_data(db: Database, period, now: datetime | None = None):
    """The monthly 点单台账: every request received in the period, with who served it and the rating."""
    from desktop.reports.requests import LedgerData, LedgerRow

    views = list_requests(db, start=period.start, end=period.end, now=now)
    views.sort(key=lambda v: (v.row.requested_at, v.row.number))
    with db.read() as session:
        station = session.exec(select(Station).where(Station.deleted_at.is_(None))).first()
    rows = []
    for v in views:
        s = v.state
        served_by = translate("services.request_queries", ", ").join(dict.fromkeys(a["team_name"] or a["volunteer_name"] for a in s.accepts)) or (
            s.team_name or s.volunteer_name)
        label = v.label + (translate("services.request_queries", " (overdue)") if v.overdue else "")
        rows.append(LedgerRow(v.row.number, v.row.requested_at, v.row.requester_name, v.row.requester_phone,
                              v.row.title, channel_label(v.row.channel), served_by, label, s.first_accepted_at,
                              s.done_at, sum(x["minutes"] for x in s.services) / 60, s.rating))
    f = figures(db, period.start, period.end, now)
    return LedgerData(station.name if station else "", period.label, rows, f.received, f.served,
                      _pct(f.in_time_rate), _pct(f.satisfaction_rate))


@dataclass(frozen=True)
class KioskOffer:
    """A request dispatched to a volunteer (or to one of their teams) and not yet accepted: offered on the
    kiosk after they sign in, so an elderly volunteer without a phone can take it there (接单 by the tile)."""

    request_id: str
    number: str
    title: str
    place: str
    wanted: str
    to_team: str  # the team it went to, "" when it went to the volunteer by name


def kiosk_offers(db: Database, volunteer_id: str, now: datetime | None = None) -> list[KioskOffer]:
    from desktop.models import TeamMember

    with db.read() as session:
        station = session.exec(select(Station).where(Station.deleted_at.is_(None))).first()
        teams = set(session.exec(select(TeamMember.team_id).where(TeamMember.volunteer_id == volunteer_id,
                                                                  TeamMember.deleted_at.is_(None))))
    if station is None:
        return []
    offers = []
    for view in list_requests(db, queue="dispatched", now=now):
        s = view.state
        if s.state != "dispatched" or s.owner != station.id or s.accepts:
            continue
        if s.volunteer_id == volunteer_id or (not s.volunteer_id and s.team_id and s.team_id in teams):
            r = view.row
            offers.append(KioskOffer(r.id, r.number, r.title, r.place, r.wanted, "" if s.volunteer_id else s.team_name))
    return offers
