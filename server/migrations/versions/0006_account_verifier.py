"""account verifiers for reinstalled PCs (server/accounts.py, desktop/sealed.py)

Revision ID: 0006
Revises: 0005
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0006'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('account_verifier',
    sa.Column('station_id', sa.String(length=36), nullable=False),
    sa.Column('username', sa.String(length=50), nullable=False),
    sa.Column('params', sa.String(length=200), nullable=False),
    sa.Column('tag', sa.String(length=64), nullable=False),
    sa.Column('failed', sa.Integer(), nullable=False),
    sa.Column('wait_until', sa.DateTime(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('station_id', 'username')
    )


def downgrade() -> None:
    op.drop_table('account_verifier')
