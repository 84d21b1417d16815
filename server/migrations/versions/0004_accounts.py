"""station key escrow and password-reset codes (server/accounts.py)

Revision ID: 0004
Revises: 0003
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('station_key',
    sa.Column('station_id', sa.String(length=36), nullable=False),
    sa.Column('key_hex', sa.String(length=64), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('station_id')
    )
    op.create_table('reset_code',
    sa.Column('code_hash', sa.String(length=64), nullable=False),
    sa.Column('station_id', sa.String(length=36), nullable=False),
    sa.Column('username', sa.String(length=50), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('expires_at', sa.DateTime(), nullable=False),
    sa.Column('used_at', sa.DateTime(), nullable=True),
    sa.Column('failed', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('code_hash')
    )
    op.create_index('ix_reset_code_station_id', 'reset_code', ['station_id'], unique=False)
    op.create_table('account_event',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('station_id', sa.String(length=36), nullable=False),
    sa.Column('username', sa.String(length=50), nullable=False),
    sa.Column('action', sa.String(length=30), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('detail', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_account_event_station_id', 'account_event', ['station_id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_account_event_station_id', table_name='account_event')
    op.drop_table('account_event')
    op.drop_index('ix_reset_code_station_id', table_name='reset_code')
    op.drop_table('reset_code')
    op.drop_table('station_key')
