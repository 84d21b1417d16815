"""Residents' requests 点单 → 派单 → 接单 → 评单 at the station PC (Qt-free).

Every action appends one `RequestEvent`; nothing is ever updated in place,
so the station, its second PC and the county may act offline and still
agree: the state is `desktop.sync.request_state.derive` over the event set
(the race rules and the owner of each state are written there). An action
out of turn is recorded and shown as a conflict, never refused silently:
these functions refuse only what cannot be right whoever acts (no such
request, a rating word that is not one of the three, a team that does not
exist here). Reading (queue, search, figures, overdue) is in
desktop/services/request_queries.py.

A station writes only its own rows: a request taken by another station (sent
here by the county) is never edited here; events made here carry this
station's id and reach the other station through the county.
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, select

from desktop.db import Database
from desktop.errors import NotFound, ValidationError
from desktop.i18n import translate
from desktop.models import Activity, HourCorrection, Station, Team, Volunteer
from desktop.models.requests import CHANNELS, MenuItem, RequestEvent, ServiceRequest, channel_label
from desktop.services.audit import audit
from desktop.sync.request_state import COUNTY, RATINGS
from desktop.validators import normalize_text


def channel_of(word: str) -> str | None:
    """The channel code for a code, its English label or its label in the current language."""
    for code, label in CHANNELS.items():
        if word in (code, label, channel_label(code)):
            return code
    return None


def _station(session: Session) -> Station:
    station = session.exec(select(Station).where(Station.deleted_at.is_(None))).first()
    if station is None:
        raise ValidationError(translate("services.requests", "No station has been set up yet. Finish the first-run setup first (command line: python -m desktop init --station NAME)."))
    return station


def pc_letter(device_no: int) -> str:
    """"" for a station's first PC, then B, C, … Z, BA, BB, …: the PC's mark in its request numbers."""
    if device_no <= 1:
        return ""
    letters, n = "", device_no - 1
    while n:
        n, digit = divmod(n, 26)
        letters = chr(ord("A") + digit) + letters
    return letters


def next_number(session: Session, when: datetime) -> str:
    """MMDD-NN: the day and the request's place in that day's list, easy to read out on the phone.

    Two PCs of one station take requests offline on the same day, so the station's second PC (by
    enrolment order, given by the county) writes MMDD-BNN, the third MMDD-CNN: numbers never collide
    once the PCs are enrolled. A PC that was never enrolled is the first."""
    from desktop.sync.apply import get_meta

    mark = pc_letter(int(get_meta(session.connection(), "sync_device_no", "1") or 1))
    prefix = f"{when:%m%d}-{mark}"
    taken = {n for n in session.exec(select(ServiceRequest.number).where(ServiceRequest.number.like(f"{prefix}%")))
             if n[len(prefix):].isdigit()}
    n = len(taken) + 1
    while f"{prefix}{n:02d}" in taken:
        n += 1
    return f"{prefix}{n:02d}"


def _event(db: Database, session: Session, request_id: str, kind: str, actor: str, **fields) -> RequestEvent:
    event = RequestEvent(request_id=request_id, kind=kind, stamp=db.clock.tick(), at=datetime.now().replace(
        microsecond=0), actor=actor[:50], **fields)
    session.add(event)
    audit(session, actor, f"request.{kind}", "service_request", request_id)
    return event


def find_request(session: Session, ref: str) -> ServiceRequest:
    """A request by id, id prefix (8+ characters) or number (1201-07)."""
    ref = (ref or "").strip()
    if not ref:
        raise ValidationError(translate("services.requests", "Give the request number or id."), field="request")
    row = session.get(ServiceRequest, ref)
    if row is not None:
        return row
    rows = list(session.exec(select(ServiceRequest).where(ServiceRequest.number == ref.upper())))
    if not rows and len(ref) >= 8:
        rows = list(session.exec(select(ServiceRequest).where(ServiceRequest.id.like(f"{ref}%"))))
    if not rows:
        raise NotFound(translate("services.requests", "No request with the number or id “{ref}”.").format(ref=ref))
    if len(rows) > 1:
        raise ValidationError(translate("services.requests", "The number “{ref}” belongs to {n} requests; use the id: {ids}").format(ref=ref, n=len(rows), ids=translate("services.requests", ", ").join(r.id for r in rows)))
    return rows[0]


def _find_menu_item(session: Session, ref: str) -> MenuItem:
    item = session.get(MenuItem, ref)
    if item is None:
        items = list(session.exec(select(MenuItem).where(MenuItem.name == normalize_text(ref),
                                                         MenuItem.deleted_at.is_(None))))
        if len(items) > 1:
            raise ValidationError(translate("services.requests", "The service menu has more than one “{ref}”; use the id.").format(ref=ref), field="item")
        item = items[0] if items else None
    if item is None or item.deleted_at is not None:
        raise NotFound(translate("services.requests", "The service menu has no “{ref}”. See the items with request menu.").format(ref=ref))
    return item


def _find_team(session: Session, ref: str) -> Team:
    team = session.get(Team, ref)
    if team is None:
        name = normalize_text(ref)
        team = session.exec(select(Team).where(Team.deleted_at.is_(None), Team.name.in_(
            [name, f"{name}志愿服务队"]))).first()
    if team is None or team.deleted_at is not None:
        raise NotFound(translate("services.requests", "This station has no team “{ref}”.").format(ref=ref))
    return team


def _find_volunteer(session: Session, ref: str) -> Volunteer:
    person = session.get(Volunteer, ref)
    if person is None:
        people = list(session.exec(select(Volunteer).where(Volunteer.deleted_at.is_(None),
                                                           Volunteer.name == normalize_text(ref))))
        if len(people) > 1:
            raise ValidationError(translate("services.requests", "This station has {n} volunteers called “{ref}”; use the id.").format(n=len(people), ref=ref), field="volunteer")
        person = people[0] if people else None
    if person is None or person.deleted_at is not None:
        raise NotFound(translate("services.requests", "This station has no volunteer “{ref}”.").format(ref=ref))
    return person


def add_request(db: Database, *, resident: str, phone: str = "", item: str | None = None, text: str | None = None,
                channel: str = "in_person", place: str = "", wanted: str = "", description: str = "",
                household_id: str | None = None, actor: str = "站长") -> ServiceRequest:
    """群众点单: record a resident's request (a menu item or free text) and its `created` event."""
    resident = normalize_text(resident)
    if not resident:
        raise ValidationError(translate("services.requests", "Fill in the resident's name."), field="resident")
    if not item and not normalize_text(text or ""):
        raise ValidationError(translate("services.requests", "Pick an item of the service menu, or write down what the resident needs."), field="item")
    kind = channel_of(normalize_text(channel or "in_person"))
    if kind is None:
        raise ValidationError(translate("services.requests", "The channel must be one of: {channels}.").format(channels=translate("services.requests", ", ").join(map(channel_label, CHANNELS))), field="channel")
    phone = normalize_text(phone)
    if phone and not all(ch.isdigit() or ch in "-+ " for ch in phone):
        raise ValidationError(translate("services.requests", "A phone number may only contain digits."), field="phone")
    with db.session(actor) as session:
        _station(session)
        now = datetime.now().replace(microsecond=0)
        fields = dict(title=normalize_text(text or "")[:200], category="", response_hours=0, menu_item_id=None)
        if item:
            menu = _find_menu_item(session, item)
            fields = dict(title=menu.name, category=menu.category, response_hours=menu.response_hours,
                          menu_item_id=menu.id)
            if text:
                description = f"{normalize_text(text)}\n{description}".strip()
        row = ServiceRequest(number=next_number(session, now), description=normalize_text(description),
                             requester_name=resident[:50], requester_phone=phone[:30], household_id=household_id,
                             place=normalize_text(place)[:200], wanted=normalize_text(wanted)[:100], channel=kind,
                             requested_at=now, recorded_by=actor[:50], **fields)
        session.add(row)
        _event(db, session, row.id, "created", actor)
    return row


def _request_id(session: Session, ref: str) -> str:
    return find_request(session, ref).id


def dispatch(db: Database, ref: str, *, team: str | None = None, volunteer: str | None = None,
             county: bool = False, actor: str = "站长") -> RequestEvent:
    """派单 to a team or volunteer of this station, or escalate to the county (上报县中心)."""
    if sum(bool(x) for x in (team, volunteer, county)) != 1:
        raise ValidationError(translate("services.requests", "To dispatch, give one team, one volunteer, or send it up to the county (one of the three)."), field="team")
    with db.session(actor) as session:
        station = _station(session)
        rid = _request_id(session, ref)
        if county:
            return _event(db, session, rid, "escalated", actor)
        fields = dict(to_station_id=station.id, to_station_name=station.name)
        if team:
            t = _find_team(session, team)
            fields.update(team_id=t.id, team_name=t.name)
        else:
            v = _find_volunteer(session, volunteer)
            fields.update(volunteer_id=v.id, volunteer_name=v.name)
        return _event(db, session, rid, "dispatched", actor, **fields)


def accept(db: Database, ref: str, *, team: str | None = None, volunteer: str | None = None,
           actor: str = "站长") -> RequestEvent:
    """接单 by a team or volunteer of this station (recorded at the PC or the kiosk)."""
    if bool(team) == bool(volunteer):
        raise ValidationError(translate("services.requests", "To accept, give the accepting team or volunteer (one of the two)."), field="team")
    with db.session(actor) as session:
        rid = _request_id(session, ref)
        fields = {}
        if team:
            t = _find_team(session, team)
            fields.update(team_id=t.id, team_name=t.name)
        else:
            v = _find_volunteer(session, volunteer)
            fields.update(volunteer_id=v.id, volunteer_name=v.name)
        return _event(db, session, rid, "accepted", actor, **fields)


def decline(db: Database, ref: str, *, reason: str, actor: str = "站长") -> RequestEvent:
    reason = normalize_text(reason)
    if not reason:
        raise ValidationError(translate("services.requests", "Write why it cannot be accepted."), field="reason")
    with db.session(actor) as session:
        return _event(db, session, _request_id(session, ref), "declined", actor, comment=reason[:500])


def done(db: Database, ref: str, *, activity: str | None = None, hours: float | None = None,
         volunteer: str | None = None, note: str = "", actor: str = "站长") -> RequestEvent:
    """The service is done: linked to an activity (its sign-ins give the hours),
    or with hours for a volunteer, recorded as an append-only hour entry."""
    if activity and hours is not None:
        raise ValidationError(translate("services.requests", "For a done service link an activity, or give the hours (one of the two)."), field="activity")
    if hours is not None and not volunteer:
        raise ValidationError(translate("services.requests", "With hours, give the volunteer who served (--volunteer)."), field="volunteer")
    if hours is not None and not 0 < hours <= 24:
        raise ValidationError(translate("services.requests", "The service hours must be between 0 and 24."), field="hours")
    with db.session(actor) as session:
        row = find_request(session, ref)
        fields: dict = {"comment": normalize_text(note)[:500]}
        if activity:
            act = session.get(Activity, activity)
            if act is None or act.deleted_at is not None:
                raise NotFound(translate("services.requests", "No such activity; it may have been deleted."))
            fields["activity_id"] = act.id
            if act.request_id is None:
                act.request_id = row.id
        if volunteer:
            person = _find_volunteer(session, volunteer)
            fields.update(volunteer_id=person.id, volunteer_name=person.name)
            if hours is not None:
                minutes = round(hours * 60)
                fields["minutes"] = minutes
                session.add(HourCorrection(volunteer_id=person.id, minutes=minutes, service_date=datetime.now(),
                                           reason=translate("services.requests", "Request service {number} {title}").format(number=row.number, title=row.title)[:500], operator=actor))
        return _event(db, session, row.id, "done", actor, **fields)


def rate(db: Database, ref: str, rating: str, *, comment: str = "", actor: str = "站长") -> RequestEvent:
    """群众评单 (at the station or by 回访). 不满意 reopens the request for follow-up."""
    rating = normalize_text(rating)
    if rating not in RATINGS:
        raise ValidationError(translate("services.requests", "The rating must be one of: {ratings}.").format(ratings=translate("services.requests", ", ").join(RATINGS)), field="rating")
    with db.session(actor) as session:
        return _event(db, session, _request_id(session, ref), "rated", actor, rating=rating,
                      comment=normalize_text(comment)[:500])


def reopen(db: Database, ref: str, *, reason: str = "", actor: str = "站长") -> RequestEvent:
    with db.session(actor) as session:
        return _event(db, session, _request_id(session, ref), "reopened", actor, comment=normalize_text(reason)[:500])


def cancel(db: Database, ref: str, *, reason: str = "", actor: str = "站长") -> RequestEvent:
    with db.session(actor) as session:
        return _event(db, session, _request_id(session, ref), "cancelled", actor, comment=normalize_text(reason)[:500])


def resolve(db: Database, ref: str, event_id: str, *, note: str = "", actor: str = "站长") -> RequestEvent:
    """Settle a conflict: name the accept to keep (two accepts), or acknowledge an out-of-turn event."""
    with db.session(actor) as session:
        rid = _request_id(session, ref)
        target = session.get(RequestEvent, event_id)
        if target is None or target.request_id != rid:
            raise NotFound(translate("services.requests", "This request has no such record."))
        return _event(db, session, rid, "resolved", actor, ref_event_id=event_id, comment=normalize_text(note)[:500])


# --- the menu: the county's items arrive by sync; local items are the station's own ------------


def list_menu(db: Database, include_inactive: bool = False) -> list[MenuItem]:
    with db.read() as session:
        query = select(MenuItem).where(MenuItem.deleted_at.is_(None)).order_by(MenuItem.sort_order, MenuItem.name)
        if not include_inactive:
            query = query.where(MenuItem.active.is_(True))
        return list(session.exec(query))


def add_menu_item(db: Database, name: str, *, category: str = "", team_name: str = "", description: str = "",
                  response_hours: int = 48, actor: str = "站长") -> MenuItem:
    name = normalize_text(name)
    if not name:
        raise ValidationError(translate("services.requests", "The service item needs a name."), field="name")
    if not 0 <= int(response_hours) <= 24 * 90:
        raise ValidationError(translate("services.requests", "The response time must be between 0 and 2160 hours (0: no limit)."), field="response_hours")
    with db.session(actor) as session:
        _station(session)
        item = MenuItem(name=name[:100], category=normalize_text(category)[:50], team_name=normalize_text(team_name)[:50],
                        description=normalize_text(description)[:500], response_hours=int(response_hours),
                        sort_order=1000)
        session.add(item)
        audit(session, actor, "menu.add", "service_menu", item.id, name=name)
    return item


def edit_menu_item(db: Database, item_id: str, actor: str = "站长", **changes) -> MenuItem:
    allowed = {"name", "category", "team_name", "description", "response_hours", "active"}
    with db.session(actor) as session:
        item = session.get(MenuItem, item_id)
        if item is None or item.deleted_at is not None:
            raise NotFound(translate("services.requests", "The service menu has no such item."))
        if item.station_id == COUNTY:
            raise ValidationError(translate("services.requests", "This item was published by the county centre; only the county centre can change it."), field="item")
        for key, value in changes.items():
            if key in allowed and value is not None:
                setattr(item, key, normalize_text(value) if isinstance(value, str) else value)
    return item
