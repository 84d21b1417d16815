"""residents' requests: event set, menu, request fields

The request's state moves out of the row (a last-writer-wins `status` is not
conflict-free) into the append-only `request_event` set. The old placeholder
table had no writer; any rows it holds are carried over with their text.

Revision ID: 0006
Revises: 0005
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

S = sqlmodel.sql.sqltypes.AutoString


def _base() -> list:
    return [sa.Column("id", S(length=36), nullable=False),
            sa.Column("station_id", S(length=36), nullable=False),
            sa.Column("field_clocks", S(), nullable=True)]


def upgrade() -> None:
    op.rename_table("service_request", "service_request_old")
    with op.batch_alter_table("service_request_old", schema=None) as batch_op:
        batch_op.drop_index("ix_service_request_station_id")
    op.create_table(
        "service_request", *_base(),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("number", S(length=20), nullable=False),
        sa.Column("title", S(length=200), nullable=False),
        sa.Column("description", S(), nullable=False),
        sa.Column("menu_item_id", S(length=36), nullable=True),
        sa.Column("category", S(length=50), nullable=False),
        sa.Column("requester_name", S(length=50), nullable=False),
        sa.Column("requester_phone", S(length=30), nullable=False),
        sa.Column("household_id", S(length=36), nullable=True),
        sa.Column("place", S(length=200), nullable=False),
        sa.Column("wanted", S(length=100), nullable=False),
        sa.Column("channel", S(length=10), nullable=False),
        sa.Column("source", S(length=10), nullable=False),
        sa.Column("response_hours", sa.Integer(), nullable=False),
        sa.Column("requested_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_by", S(length=50), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("service_request", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_service_request_station_id"), ["station_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_service_request_number"), ["number"], unique=False)
    op.execute(
        "INSERT INTO service_request (id, station_id, field_clocks, deleted_at, number, title, description, "
        "menu_item_id, category, requester_name, requester_phone, household_id, place, wanted, channel, source, "
        "response_hours, requested_at, recorded_by) SELECT id, station_id, field_clocks, deleted_at, '', title, "
        "description, NULL, '', requester_name, requester_phone, NULL, '', '', 'in_person', source, 0, "
        "requested_at, '' FROM service_request_old")
    op.drop_table("service_request_old")
    op.create_table(
        "request_event", *_base(),
        sa.Column("request_id", S(length=36), nullable=False),
        sa.Column("kind", S(length=12), nullable=False),
        sa.Column("stamp", S(length=64), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", S(length=50), nullable=False),
        sa.Column("to_station_id", S(length=36), nullable=False),
        sa.Column("to_station_name", S(length=100), nullable=False),
        sa.Column("team_id", S(length=36), nullable=False),
        sa.Column("team_name", S(length=50), nullable=False),
        sa.Column("volunteer_id", S(length=36), nullable=False),
        sa.Column("volunteer_name", S(length=50), nullable=False),
        sa.Column("activity_id", S(length=36), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("rating", S(length=8), nullable=False),
        sa.Column("comment", S(length=500), nullable=False),
        sa.Column("ref_event_id", S(length=36), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("request_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_request_event_station_id"), ["station_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_request_event_request_id"), ["request_id"], unique=False)
    op.create_table(
        "service_menu", *_base(),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("name", S(length=100), nullable=False),
        sa.Column("category", S(length=50), nullable=False),
        sa.Column("team_name", S(length=50), nullable=False),
        sa.Column("description", S(length=500), nullable=False),
        sa.Column("response_hours", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("service_menu", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_service_menu_station_id"), ["station_id"], unique=False)


def downgrade() -> None:
    op.drop_table("service_menu")
    op.drop_table("request_event")
