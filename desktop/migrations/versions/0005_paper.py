"""reports and certificate register

Revision ID: 0005
Revises: 0004
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "certificate",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("station_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("field_clocks", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("number", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("prefix", sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("volunteer_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("volunteer_name", sqlmodel.sql.sqltypes.AutoString(length=50), nullable=False),
        sa.Column("id_card_shown", sqlmodel.sql.sqltypes.AutoString(length=18), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("activities", sa.Integer(), nullable=False),
        sa.Column("content", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("issuer", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("person_in_charge", sqlmodel.sql.sqltypes.AutoString(length=50), nullable=False),
        sa.Column("handler", sqlmodel.sql.sqltypes.AutoString(length=50), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("voids", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
        sa.Column("reason", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("operator", sqlmodel.sql.sqltypes.AutoString(length=50), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["volunteer_id"], ["volunteer.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("certificate", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_certificate_number"), ["number"], unique=False)
        batch_op.create_index(batch_op.f("ix_certificate_station_id"), ["station_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_certificate_volunteer_id"), ["volunteer_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("certificate", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_certificate_volunteer_id"))
        batch_op.drop_index(batch_op.f("ix_certificate_station_id"))
        batch_op.drop_index(batch_op.f("ix_certificate_number"))
    op.drop_table("certificate")
