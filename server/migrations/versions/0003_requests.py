"""residents' requests: the menu, and copying requests between station logs

Revision ID: 0003
Revises: 0002
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "request_menu",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("category", sa.String(length=50), nullable=False),
        sa.Column("team_field", sa.String(length=50), nullable=False),
        sa.Column("description", sa.String(length=500), nullable=False),
        sa.Column("response_hours", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "request_mirror",
        sa.Column("station_id", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("menu_version", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("station_id"),
    )
    op.create_table(
        "request_entry",
        sa.Column("request_id", sa.String(length=36), nullable=False),
        sa.Column("entry_id", sa.String(length=36), nullable=False),
        sa.Column("src_station", sa.String(length=36), nullable=False),
        sa.Column("src_seq", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("request_id", "entry_id"),
    )
    op.create_table(
        "request_scope",
        sa.Column("request_id", sa.String(length=36), nullable=False),
        sa.Column("station_id", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("request_id", "station_id"),
    )
    with op.batch_alter_table("request_scope", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_request_scope_station_id"), ["station_id"], unique=False)


def downgrade() -> None:
    op.drop_table("request_scope")
    op.drop_table("request_entry")
    op.drop_table("request_mirror")
    op.drop_table("request_menu")
