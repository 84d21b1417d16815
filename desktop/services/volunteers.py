"""The volunteer roster 志愿者台账: add, edit, exit (退出), re-activate, list, search, bulk add."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime
from typing import Any

from sqlalchemy import or_
from sqlmodel import Session, select

from desktop.db import Database
from desktop.errors import UserError, ValidationError
from desktop.i18n import translate
from desktop.models import TeamMember, Volunteer, derived_id
from desktop.services.audit import audit
from desktop.services.lookup import live_row
from desktop.services.teams import resolve_team, set_membership
from desktop.sync.journal import bulk_insert
from desktop.validators import (
    normalize_gender,
    normalize_name,
    normalize_phone,
    normalize_political_status,
    normalize_text,
    parse_id_card,
)

EDITABLE = ("name", "gender", "id_card", "phone", "political_status", "skills", "tags", "join_date",
            "platform_no", "address", "note", "birth_date")
KNOWN_TAGS = ("五老人员", "退役军人", "返乡大学生", "乡贤", "新乡贤", "巾帼志愿者", "青年志愿者", "文艺骨干")


def _parse_date(value: Any, field: str, label: str) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = normalize_text(value).replace("/", "-").replace(".", "-").replace("年", "-").replace("月", "-").rstrip("日")
    try:
        return date.fromisoformat("-".join(part.zfill(2) for part in text.split("-")))
    except ValueError:
        raise ValidationError(translate("services.volunteers", "{label} “{value}” is not a valid date; write it like 2024-03-01.").format(
            label=label, value=value), field=field) from None


def clean_volunteer(data: dict[str, Any], *, today: date | None = None) -> dict[str, Any]:
    """Validate and normalise volunteer fields; derive birth date and gender from the ID.

    Raises ValidationError (Chinese, with the field) on the first problem.
    """
    out: dict[str, Any] = {}
    for key, value in data.items():
        if key not in EDITABLE:
            raise ValidationError(translate("services.volunteers", "Unknown field “{key}”.").format(key=key))
        out[key] = value
    if "name" in out:
        out["name"] = normalize_name(out["name"])
        if not out["name"]:
            raise ValidationError(translate("services.volunteers", "The name must not be empty."), field="name")
        if len(out["name"]) > 50:
            raise ValidationError(translate("services.volunteers", "The name is too long (at most 50 characters)."), field="name")
    if "gender" in out:
        out["gender"] = normalize_gender(out["gender"])
    if out.get("id_card") not in (None, ""):
        card = parse_id_card(out["id_card"], today=today)
        out["id_card"] = card.number
        out["birth_date"] = card.birth_date
        if out.get("gender") and out["gender"] != card.gender:
            raise ValidationError(
                translate("services.volunteers", "The gender given is “{given}” but the ID number says “{card}”; please check.").format(
                    given=out["gender"], card=card.gender), field="gender")
        out["gender"] = card.gender
    elif "id_card" in out:
        out["id_card"] = None
    if "phone" in out:
        out["phone"] = normalize_phone(out["phone"])
    if "political_status" in out:
        out["political_status"] = normalize_political_status(out["political_status"])
    for key in ("skills", "platform_no", "address", "note"):
        if key in out:
            out[key] = normalize_text(out[key])
    if "tags" in out:
        tags = out["tags"]
        if isinstance(tags, str):
            tags = tags.replace("，", ",").replace("、", ",").replace(";", ",").split(",")
        out["tags"] = ",".join(dict.fromkeys(t for t in (normalize_text(x) for x in tags) if t))
    if "join_date" in out:
        out["join_date"] = _parse_date(out["join_date"], "join_date", translate("services.volunteers", "Join date"))
    if "birth_date" in out and not isinstance(out["birth_date"], date | None):
        out["birth_date"] = _parse_date(out["birth_date"], "birth_date", translate("services.volunteers", "Date of birth"))
    return out


def _active(query):
    return query.where(Volunteer.deleted_at.is_(None))


def find_duplicates(session: Session, *, id_card: str | None, name: str | None, phone: str | None,
                    exclude: str | None = None) -> list[Volunteer]:
    """Same ID number, or same name and phone."""
    conditions = []
    if id_card:
        conditions.append(Volunteer.id_card == id_card)
    if name and phone:
        conditions.append((Volunteer.name == name) & (Volunteer.phone == phone))
    if not conditions:
        return []
    query = _active(select(Volunteer)).where(or_(*conditions))
    if exclude:
        query = query.where(Volunteer.id != exclude)
    return list(session.exec(query))


def _duplicate_error(dup: Volunteer, id_card: str | None) -> ValidationError:
    if id_card and dup.id_card == id_card:
        return ValidationError(translate("services.volunteers", "The volunteer “{name}” with an ID number ending in {last4} is already on the roster and cannot be registered twice.").format(
            last4=id_card[-4:], name=dup.name), field="id_card")
    return ValidationError(translate("services.volunteers", "A volunteer with the same name and phone, “{name}” ({phone}), is already on the roster and cannot be registered twice.").format(
        name=dup.name, phone=dup.phone), field="name")


def add_volunteer(db: Database, *, teams: Iterable[str] = (), actor: str = "站长", **fields: Any) -> Volunteer:
    if "name" not in fields:
        raise ValidationError(translate("services.volunteers", "The name must not be empty."), field="name")
    data = clean_volunteer(fields)
    with db.session(actor) as session:
        dups = find_duplicates(session, id_card=data.get("id_card"), name=data["name"], phone=data.get("phone"))
        if dups:
            raise _duplicate_error(dups[0], data.get("id_card"))
        data["join_date"] = data.get("join_date") or date.today()
        volunteer = Volunteer(**data)
        session.add(volunteer)
        for team in teams:
            set_membership(session, resolve_team(session, team).id, volunteer.id)
        audit(session, actor, "volunteer.add", "volunteer", volunteer.id, name=volunteer.name)
    return volunteer


def _get(session: Session, volunteer_id: str) -> Volunteer:
    volunteer = session.get(Volunteer, volunteer_id)
    if volunteer is None:
        matches = session.exec(_active(select(Volunteer)).where(Volunteer.id.startswith(volunteer_id))).all()
        if len(matches) == 1 and len(volunteer_id) >= 8:
            volunteer = matches[0]
    return live_row(volunteer, Volunteer, translate(
        "services.volunteers", "No volunteer with the id “{id}”. The volunteer list shows the ids.").format(id=volunteer_id))


def get_volunteer(db: Database, volunteer_id: str) -> Volunteer:
    with db.read() as session:
        return _get(session, volunteer_id)


def edit_volunteer(db: Database, volunteer_id: str, *, teams: Iterable[str] | None = None,
                   actor: str = "站长", **changes: Any) -> Volunteer:
    data = clean_volunteer(changes)
    with db.session(actor) as session:
        volunteer = _get(session, volunteer_id)
        merged = {"id_card": data.get("id_card", volunteer.id_card), "name": data.get("name", volunteer.name),
                  "phone": data.get("phone", volunteer.phone)}
        dups = find_duplicates(session, exclude=volunteer.id, **merged)
        if dups:
            raise _duplicate_error(dups[0], merged["id_card"])
        for key, value in data.items():
            setattr(volunteer, key, value)
        if teams is not None:
            wanted = {resolve_team(session, t).id for t in teams}
            current = set(session.exec(select(TeamMember.team_id).where(
                TeamMember.volunteer_id == volunteer.id, TeamMember.deleted_at.is_(None))))
            for team_id in wanted - current:
                set_membership(session, team_id, volunteer.id)
            for team_id in current - wanted:
                set_membership(session, team_id, volunteer.id, member=False)
    return volunteer


def exit_volunteer(db: Database, volunteer_id: str, *, reason: str, exit_date: date | None = None,
                   actor: str = "站长") -> Volunteer:
    """退出机制: the record stays, with the date and the reason."""
    reason = normalize_text(reason)
    if not reason:
        raise ValidationError(translate("services.volunteers", "Please give the reason for leaving, for example “working away”, “health” or “own request”."),
                              field="exit_reason")
    with db.session(actor) as session:
        volunteer = _get(session, volunteer_id)
        if volunteer.status == "exited":
            raise UserError(translate("services.volunteers", "“{name}” has already left.").format(name=volunteer.name))
        volunteer.status = "exited"
        volunteer.exit_date = exit_date or date.today()
        volunteer.exit_reason = reason
        audit(session, actor, "volunteer.exit", "volunteer", volunteer.id, reason=reason)
    return volunteer


def reactivate_volunteer(db: Database, volunteer_id: str, *, actor: str = "站长") -> Volunteer:
    with db.session(actor) as session:
        volunteer = _get(session, volunteer_id)
        if volunteer.status == "active":
            raise UserError(translate("services.volunteers", "“{name}” is on the roster already; nothing to restore.").format(name=volunteer.name))
        volunteer.status = "active"
        volunteer.exit_date = None
        volunteer.exit_reason = ""
        audit(session, actor, "volunteer.reactivate", "volunteer", volunteer.id)
    return volunteer


def list_volunteers(db: Database, *, search: str = "", status: str | None = None,
                    team_id: str | None = None) -> list[Volunteer]:
    """Roster rows, by name. `search` matches name, phone digits or the tail of the ID number."""
    with db.read() as session:
        query = _active(select(Volunteer))
        if status:
            query = query.where(Volunteer.status == status)
        if team_id:
            query = query.join(TeamMember, TeamMember.volunteer_id == Volunteer.id).where(
                TeamMember.team_id == team_id, TeamMember.deleted_at.is_(None))
        text = normalize_text(search).replace(" ", "")
        if text:
            like = f"%{text}%"
            query = query.where(or_(Volunteer.name.like(like), Volunteer.phone.like(like),
                                    Volunteer.id_card.like(f"%{text.upper()}")))
        return list(session.exec(query.order_by(Volunteer.name)))


def count_volunteers(db: Database) -> dict[str, int]:
    from sqlmodel import func

    with db.read() as session:
        rows = session.exec(_active(select(Volunteer.status, func.count())).group_by(Volunteer.status)).all()
        return dict(rows)


def bulk_add_volunteers(db: Database, rows: list[dict[str, Any]], *, actor: str = "导入", batch: int = 500,
                        progress: Callable[[int, int], bool | None] | None = None,
                        memberships: list[list[str]] | None = None) -> list[str]:
    """Add many already-cleaned volunteers, journaled, one transaction per batch.

    `memberships[i]` lists team ids for rows[i]. `progress(done, total)` may
    return False to cancel between batches; finished batches stay committed.
    """
    ids: list[str] = []
    total = len(rows)
    for start in range(0, total, batch):
        chunk = rows[start:start + batch]
        with db.session(actor) as session:
            new_ids = bulk_insert(session, Volunteer, chunk)
            if memberships:
                links = [{"id": derived_id(team_id, vid), "team_id": team_id, "volunteer_id": vid}
                         for vid, teams in zip(new_ids, memberships[start:start + batch], strict=True)
                         for team_id in teams]
                bulk_insert(session, TeamMember, links)
        ids.extend(new_ids)
        if progress is not None and progress(min(start + batch, total), total) is False:
            break
    return ids
