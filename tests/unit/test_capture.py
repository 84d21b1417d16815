"""Every write path to every synced table is journaled in the same transaction.

Walks the SQLModel metadata: a new table that is neither registered as
synced (and so captured) nor declared local makes this fail.
"""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest
from sqlalchemy import Boolean, Date, DateTime, Integer, inspect, text
from sqlalchemy.exc import IntegrityError
from sqlmodel import SQLModel, select

from desktop.models import LOCAL_TABLES, SYNCED, JournalEntry, SyncKind, data_columns, new_id
from desktop.sync.journal import CaptureError, bulk_insert, clocks_decode

ALL_SYNCED = sorted(SYNCED)


def test_every_table_is_classified():
    tables = set(SQLModel.metadata.tables) - {"alembic_version"}
    unclassified = tables - set(SYNCED) - LOCAL_TABLES
    assert not unclassified, f"tables neither synced nor declared local: {unclassified}"
    assert not set(SYNCED) & LOCAL_TABLES


@pytest.mark.parametrize("entity", ALL_SYNCED)
def test_synced_table_shape(entity):
    model = SYNCED[entity]
    columns = {c.name for c in model.__table__.columns}
    assert {"id", "station_id", "field_clocks"} <= columns
    assert model.__sync_kind__ in (SyncKind.MUTABLE, SyncKind.APPEND)
    if model.__sync_kind__ is SyncKind.MUTABLE:
        assert "deleted_at" in columns


def _parents(session, db):
    """One row of each table a foreign key may point at."""
    from desktop.models import Activity, Goods, Household, PointScheme, Team, Volunteer

    volunteer = Volunteer(name="外键志愿者")
    team = Team(name="外键队伍")
    activity = Activity(title="外键活动", category="学习实践科学理论", start_at=datetime(2026, 1, 1, 9),
                        end_at=datetime(2026, 1, 1, 11))
    session.add_all([volunteer, team, activity])
    session.flush()
    household = Household(head_name="外键户主", volunteer_id=volunteer.id)
    scheme = PointScheme(name="外键积分")
    session.add_all([household, scheme])
    session.flush()
    goods = Goods(name="外键物品", price=100, scheme_id=scheme.id)
    session.add(goods)
    session.flush()
    return {"volunteer": volunteer.id, "team": team.id, "activity": activity.id, "household": household.id,
            "point_scheme": scheme.id, "goods": goods.id}


def _sample(model, parents, salt: int) -> dict:
    values = {}
    for column in model.__table__.columns:
        name = column.name
        if name in ("id", "station_id", "field_clocks", "deleted_at"):
            continue
        if column.foreign_keys:
            target = next(iter(column.foreign_keys)).column.table.name
            values[name] = parents[target]
        elif isinstance(column.type, DateTime):
            values[name] = datetime(2026, 3, 1, 9, salt % 60)
        elif isinstance(column.type, Date):
            values[name] = date(2026, 3, 1)
        elif isinstance(column.type, Boolean):
            values[name] = bool(salt % 2)
        elif isinstance(column.type, Integer):
            values[name] = salt
        elif column.nullable:
            values[name] = None
        else:
            values[name] = f"值{salt}"
    return values


def _journal(session, row_id):
    return list(session.exec(select(JournalEntry).where(JournalEntry.row_id == row_id).order_by(JournalEntry.seq)))


@pytest.mark.parametrize("entity", ALL_SYNCED)
def test_orm_insert_update_delete_and_bulk_are_journaled(db, entity):
    model = SYNCED[entity]
    editable = [c for c in data_columns(model) if c not in ("station_id", "deleted_at")]
    # ORM insert
    with db.session("测试员") as session:
        parents = _parents(session, db)
        row = model(**_sample(model, parents, 1))
        session.add(row)
        session.flush()
        row_id = row.id
    with db.read() as session:
        entries = _journal(session, row_id)
        assert len(entries) == 1
        fields = json.loads(entries[0].fields)
        assert set(data_columns(model)) <= set(fields)
        assert entries[0].actor == "测试员" and entries[0].site == db.site_id
        assert clocks_decode(session.get(model, row_id).field_clocks) == {"*": entries[0].hlc}
    # ORM update of one field
    field = editable[-1] if editable else None
    if model.__sync_kind__ is SyncKind.MUTABLE:
        column = model.__table__.c[field]
        new_value = _sample(model, parents, 2)[field]
        if new_value == getattr(row, field) or new_value is None:
            new_value = "改过" if not isinstance(column.type, (DateTime, Date, Boolean, Integer)) else new_value
        with db.session("测试员") as session:
            setattr(session.get(model, row_id), field, new_value)
        with db.session("测试员") as session:  # soft delete
            session.get(model, row_id).deleted_at = datetime(2026, 3, 2)
        with db.read() as session:
            entries = _journal(session, row_id)
            assert [set(json.loads(e.fields)) for e in entries[1:]] == [{field}, {"deleted_at"}]
            clocks = clocks_decode(session.get(model, row_id).field_clocks)
            assert clocks["deleted_at"] == entries[-1].hlc and clocks[field] == entries[1].hlc
    else:
        with pytest.raises(CaptureError), db.session("测试员") as session:
            setattr(session.get(model, row_id), field, _sample(model, parents, 3)[field] or "改")
    # Bulk path
    with db.session("测试员") as session:
        bulk_ids = bulk_insert(session, model, [_sample(model, parents, 4), _sample(model, parents, 5)])
    with db.read() as session:
        for bulk_id in bulk_ids:
            assert len(_journal(session, bulk_id)) == 1
            assert session.get(model, bulk_id).station_id == db.station_id
    # Hard delete is refused
    with pytest.raises(CaptureError), db.session() as session:
        session.delete(session.get(model, row_id))


@pytest.mark.parametrize("entity", ALL_SYNCED)
def test_unjournaled_sql_is_refused(db, entity):
    table = SYNCED[entity].__tablename__
    for statement in (f'UPDATE "{table}" SET station_id = station_id',
                      f"DELETE FROM {table}",
                      f"INSERT INTO {table} (id, station_id) VALUES ('{new_id()}', 'x')"):
        with pytest.raises(CaptureError), db.session() as session:
            session.execute(text(statement))
    with pytest.raises(CaptureError), db.engine.begin() as conn:
        conn.exec_driver_sql(f"DELETE FROM {table}")


def test_failed_transaction_leaves_neither_row_nor_journal(db):
    from desktop.models import Volunteer

    with pytest.raises(RuntimeError), db.session() as session:
        session.add(Volunteer(name="回滚"))
        session.flush()
        raise RuntimeError("boom")
    with db.read() as session:
        assert not session.exec(select(Volunteer).where(Volunteer.name == "回滚")).all()
        assert not [j for j in session.exec(select(JournalEntry)) if "回滚" in j.fields]


def test_flush_flag_does_not_leak_after_a_failed_flush(db):
    """After a failed ORM flush, raw unjournaled SQL is still refused on that pooled connection."""
    from desktop.models import TeamMember

    with pytest.raises(IntegrityError), db.session() as session:
        session.add(TeamMember(team_id="missing", volunteer_id="missing"))  # foreign keys fail
        session.flush()
    for _ in range(3):
        with pytest.raises(CaptureError), db.engine.begin() as conn:
            conn.exec_driver_sql("DELETE FROM volunteer")


def test_local_tables_are_not_journaled(db):
    from desktop.models import Meta

    with db.session() as session:
        before = session.exec(select(JournalEntry)).all()
        session.add(Meta(key="probe", value="1"))
    with db.read() as session:
        assert len(session.exec(select(JournalEntry)).all()) == len(before)
    assert inspect(db.engine).has_table("journal")
