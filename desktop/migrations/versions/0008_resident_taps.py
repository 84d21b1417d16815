"""resident counter as a grow-only count: one row per kiosk tap (resident_tap)

Revision ID: 0008
Revises: 0007
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('resident_tap',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('station_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('field_clocks', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('activity_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('delta', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('operator', sqlmodel.sql.sqltypes.AutoString(length=50), nullable=False),
    sa.ForeignKeyConstraint(['activity_id'], ['activity.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('resident_tap', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_resident_tap_activity_id'), ['activity_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_resident_tap_station_id'), ['station_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('resident_tap', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_resident_tap_station_id'))
        batch_op.drop_index(batch_op.f('ix_resident_tap_activity_id'))
    op.drop_table('resident_tap')
