"""reports and certificate register

Reserved in the chain so that work on separate features never makes two
Alembic heads; empty until that feature needs a schema change.

Revision ID: 0005
Revises: 0004
"""
from collections.abc import Sequence

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
