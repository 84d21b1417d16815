"""The service menu 中心制单: the county's items, written into every station's log by the copying pass."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, insert, select, update

from desktop.i18n import translate
from desktop.ids import new_id
from desktop.sync import protocol
from server.requests.mirror import now, publish, request_menu
from server.store import ApiError, Store


def _menu_check(name: str | None, response_hours: int | None) -> None:
    if name is not None and not name.strip():
        raise ApiError(400, protocol.BAD_REQUEST, translate("server.requests", "The service item needs a name."))
    if response_hours is not None and not 0 <= response_hours <= 24 * 90:
        raise ApiError(400, protocol.BAD_REQUEST, translate("server.requests", "The response time must be between 0 and 2160 hours (0: no limit)."))


def add_menu_item(store: Store, name: str, *, category: str = "", team_field: str = "", description: str = "",
                  response_hours: int = 48) -> dict:
    _menu_check(name, response_hours)
    item_id = new_id()
    with store.write() as conn:
        version = (conn.scalar(select(func.max(request_menu.c.version))) or 0) + 1
        order = (conn.scalar(select(func.max(request_menu.c.sort_order))) or 0) + 1
        conn.execute(insert(request_menu).values(
            id=item_id, name=name.strip()[:100], category=category.strip()[:50], team_field=team_field.strip()[:50],
            description=description.strip()[:500], response_hours=response_hours, active=True, sort_order=order,
            version=version, updated_at=now()))
    publish(store)
    return get_menu_item(store, item_id)


def edit_menu_item(store: Store, item_id: str, **changes: Any) -> dict:
    allowed = {"name", "category", "team_field", "description", "response_hours", "active"}
    values = {k: v for k, v in changes.items() if k in allowed and v is not None}
    if not values:
        raise ApiError(400, protocol.BAD_REQUEST, translate("server.requests", "Nothing to change; give e.g. --name NEW-NAME."))
    _menu_check(values.get("name"), values.get("response_hours"))
    with store.write() as conn:
        if not conn.scalar(select(request_menu.c.id).where(request_menu.c.id == item_id)):
            raise ApiError(404, protocol.BAD_REQUEST, translate("server.requests", "The service menu has no item with the id {id}.").format(id=item_id))
        version = (conn.scalar(select(func.max(request_menu.c.version))) or 0) + 1
        conn.execute(update(request_menu).where(request_menu.c.id == item_id).values(
            **values, version=version, updated_at=now()))
    publish(store)
    return get_menu_item(store, item_id)


def get_menu_item(store: Store, item_id: str) -> dict:
    with store.db.engine.connect() as conn:
        row = conn.execute(select(request_menu).where(request_menu.c.id == item_id)).first()
    if row is None:
        raise ApiError(404, protocol.BAD_REQUEST, translate("server.requests", "The service menu has no item with the id {id}.").format(id=item_id))
    return _menu_dict(row)


def _menu_dict(row) -> dict:
    return {"id": row.id, "name": row.name, "category": row.category, "team_field": row.team_field,
            "description": row.description, "response_hours": row.response_hours, "active": bool(row.active)}


def list_menu(store: Store, include_inactive: bool = False) -> list[dict]:
    query = select(request_menu).order_by(request_menu.c.sort_order)
    if not include_inactive:
        query = query.where(request_menu.c.active.is_(True))
    with store.db.engine.connect() as conn:
        return [_menu_dict(r) for r in conn.execute(query)]
