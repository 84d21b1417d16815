"""armour: station floor and photo quota, enrolment attempts in the database, problems reported by PCs

Revision ID: 0005
Revises: 0004
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('station', schema=None) as batch_op:
        batch_op.add_column(sa.Column('floor_ms', sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column('photo_quota', sa.BigInteger(), nullable=True))
    with op.batch_alter_table('enrol_code', schema=None) as batch_op:
        batch_op.add_column(sa.Column('code_id', sa.String(length=4), nullable=True))
        batch_op.add_column(sa.Column('device_id', sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column('site', sa.String(length=32), nullable=True))
        batch_op.create_index(batch_op.f('ix_enrol_code_code_id'), ['code_id'], unique=False)
    op.create_table('enrol_attempt',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('code_id', sa.String(length=4), nullable=True),
    sa.Column('station_id', sa.String(length=36), nullable=True),
    sa.Column('ok', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('enrol_attempt', schema=None) as batch_op:
        batch_op.create_index('ix_enrol_attempt_code_at', ['code_id', 'at'], unique=False)
        batch_op.create_index('ix_enrol_attempt_station_at', ['station_id', 'at'], unique=False)
    op.create_table('station_problem',
    sa.Column('station_id', sa.String(length=36), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('entity', sa.String(length=50), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.Column('reported_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('station_id', 'device_id', 'kind', 'key')
    )


def downgrade() -> None:
    op.drop_table('station_problem')
    with op.batch_alter_table('enrol_attempt', schema=None) as batch_op:
        batch_op.drop_index('ix_enrol_attempt_station_at')
        batch_op.drop_index('ix_enrol_attempt_code_at')
    op.drop_table('enrol_attempt')
    with op.batch_alter_table('enrol_code', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_enrol_code_code_id'))
        batch_op.drop_column('site')
        batch_op.drop_column('device_id')
        batch_op.drop_column('code_id')
    with op.batch_alter_table('station', schema=None) as batch_op:
        batch_op.drop_column('photo_quota')
        batch_op.drop_column('floor_ms')
