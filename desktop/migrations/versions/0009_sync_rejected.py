"""sync quarantine of entries this PC cannot apply

Revision ID: 0009
Revises: 0008
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sync_rejected",
        sa.Column("entry_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("server_seq", sa.Integer(), nullable=False),
        sa.Column("entity", sqlmodel.sql.sqltypes.AutoString(length=50), nullable=False),
        sa.Column("row_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("hlc", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("entry", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("reason", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
        sa.Column("rules", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("since", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("entry_id"),
    )


def downgrade() -> None:
    op.drop_table("sync_rejected")
