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
from desktop.models import Activity, HourCorrection, Station, Team, Volunteer
from desktop.models.requests import CHANNELS, MenuItem, RequestEvent, ServiceRequest
from desktop.services.audit import audit
from desktop.sync.request_state import COUNTY, RATINGS
from desktop.validators import normalize_text

CHANNEL_BY_WORD = {**{k: k for k in CHANNELS}, **{v: k for k, v in CHANNELS.items()}}


def _station(session: Session) -> Station:
    station = session.exec(select(Station).where(Station.deleted_at.is_(None))).first()
    if station is None:
        raise ValidationError("还没有建立实践站。请先完成首次设置（命令行：python -m desktop init --station 名称）。")
    return station


def next_number(session: Session, when: datetime) -> str:
    """MMDD-NN: the day and the request's place in that day's list, easy to read out on the phone."""
    prefix = when.strftime("%m%d")
    taken = {n for n in session.exec(select(ServiceRequest.number).where(ServiceRequest.number.like(f"{prefix}-%")))}
    n = len(taken) + 1
    while f"{prefix}-{n:02d}" in taken:
        n += 1
    return f"{prefix}-{n:02d}"


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
        raise ValidationError("请给出单号或编号。", field="request")
    row = session.get(ServiceRequest, ref)
    if row is not None:
        return row
    rows = list(session.exec(select(ServiceRequest).where(ServiceRequest.number == ref)))
    if not rows and len(ref) >= 8:
        rows = list(session.exec(select(ServiceRequest).where(ServiceRequest.id.like(f"{ref}%"))))
    if not rows:
        raise NotFound(f"找不到单号或编号为“{ref}”的点单。")
    if len(rows) > 1:
        raise ValidationError(f"单号“{ref}”对应 {len(rows)} 张单子，请用编号：" + "、".join(r.id for r in rows))
    return rows[0]


def _find_menu_item(session: Session, ref: str) -> MenuItem:
    item = session.get(MenuItem, ref)
    if item is None:
        items = list(session.exec(select(MenuItem).where(MenuItem.name == normalize_text(ref),
                                                         MenuItem.deleted_at.is_(None))))
        if len(items) > 1:
            raise ValidationError(f"服务菜单里有多个“{ref}”，请用编号。", field="item")
        item = items[0] if items else None
    if item is None or item.deleted_at is not None:
        raise NotFound(f"服务菜单里没有“{ref}”。用 request menu 查看可选的服务项目。")
    return item


def _find_team(session: Session, ref: str) -> Team:
    team = session.get(Team, ref)
    if team is None:
        name = normalize_text(ref)
        team = session.exec(select(Team).where(Team.deleted_at.is_(None), Team.name.in_(
            [name, f"{name}志愿服务队"]))).first()
    if team is None or team.deleted_at is not None:
        raise NotFound(f"本站没有队伍“{ref}”。")
    return team


def _find_volunteer(session: Session, ref: str) -> Volunteer:
    person = session.get(Volunteer, ref)
    if person is None:
        people = list(session.exec(select(Volunteer).where(Volunteer.deleted_at.is_(None),
                                                           Volunteer.name == normalize_text(ref))))
        if len(people) > 1:
            raise ValidationError(f"本站有 {len(people)} 位叫“{ref}”的志愿者，请用编号。", field="volunteer")
        person = people[0] if people else None
    if person is None or person.deleted_at is not None:
        raise NotFound(f"本站没有志愿者“{ref}”。")
    return person


def add_request(db: Database, *, resident: str, phone: str = "", item: str | None = None, text: str | None = None,
                channel: str = "in_person", place: str = "", wanted: str = "", description: str = "",
                household_id: str | None = None, actor: str = "站长") -> ServiceRequest:
    """群众点单: record a resident's request (a menu item or free text) and its `created` event."""
    resident = normalize_text(resident)
    if not resident:
        raise ValidationError("请填写群众姓名。", field="resident")
    if not item and not normalize_text(text or ""):
        raise ValidationError("请选择服务菜单中的项目，或写下群众要办的事。", field="item")
    kind = CHANNEL_BY_WORD.get(normalize_text(channel or "in_person"))
    if kind is None:
        raise ValidationError(f"渠道应为：{'、'.join(CHANNELS.values())}。", field="channel")
    phone = normalize_text(phone)
    if phone and not all(ch.isdigit() or ch in "-+ " for ch in phone):
        raise ValidationError("电话号码只能包含数字。", field="phone")
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
        raise ValidationError("派单请给出一支队伍、一位志愿者，或上报县中心（三选一）。", field="team")
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
        raise ValidationError("接单请给出接单的队伍或志愿者（二选一）。", field="team")
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
        raise ValidationError("请写明不能接单的原因。", field="reason")
    with db.session(actor) as session:
        return _event(db, session, _request_id(session, ref), "declined", actor, comment=reason[:500])


def done(db: Database, ref: str, *, activity: str | None = None, hours: float | None = None,
         volunteer: str | None = None, note: str = "", actor: str = "站长") -> RequestEvent:
    """The service is done: linked to an activity (its sign-ins give the hours),
    or with hours for a volunteer, recorded as an append-only hour entry."""
    if activity and hours is not None:
        raise ValidationError("服务完成请关联一个活动，或直接填写时长（二选一）。", field="activity")
    if hours is not None and not volunteer:
        raise ValidationError("直接填写时长时请给出服务的志愿者（--volunteer）。", field="volunteer")
    if hours is not None and not 0 < hours <= 24:
        raise ValidationError("服务时长应在 0 到 24 小时之间。", field="hours")
    with db.session(actor) as session:
        row = find_request(session, ref)
        fields: dict = {"comment": normalize_text(note)[:500]}
        if activity:
            act = session.get(Activity, activity)
            if act is None or act.deleted_at is not None:
                raise NotFound("找不到这个活动，可能已被删除。")
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
                                           reason=f"点单服务 {row.number} {row.title}"[:500], operator=actor))
        return _event(db, session, row.id, "done", actor, **fields)


def rate(db: Database, ref: str, rating: str, *, comment: str = "", actor: str = "站长") -> RequestEvent:
    """群众评单 (at the station or by 回访). 不满意 reopens the request for follow-up."""
    rating = normalize_text(rating)
    if rating not in RATINGS:
        raise ValidationError(f"评价应为：{'、'.join(RATINGS)}。", field="rating")
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
            raise NotFound("这张单子没有这条记录。")
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
        raise ValidationError("服务项目名称不能为空。", field="name")
    if not 0 <= int(response_hours) <= 24 * 90:
        raise ValidationError("响应时限应在 0 到 2160 小时之间（0 表示不限）。", field="response_hours")
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
            raise NotFound("服务菜单里没有这个项目。")
        if item.station_id == COUNTY:
            raise ValidationError("这是县中心发布的服务项目，只能由县中心修改。", field="item")
        for key, value in changes.items():
            if key in allowed and value is not None:
                setattr(item, key, normalize_text(value) if isinstance(value, str) else value)
    return item
