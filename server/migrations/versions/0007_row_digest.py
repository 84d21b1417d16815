"""row_digest: each station's per-table row count and digest, kept by the push (server.log_append)

Revision ID: 0007
Revises: 0006
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0007'
down_revision: str | None = '0006'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('row_digest',
    sa.Column('station_id', sa.String(length=36), nullable=False),
    sa.Column('entity', sa.String(length=50), nullable=False),
    sa.Column('row_count', sa.BigInteger(), nullable=False),
    sa.Column('digest', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('station_id', 'entity')
    )
    from server.log_append import table_digests  # the digests of the row states already there

    conn = op.get_bind()
    rows = [(station, entity, count, digest) for (station, entity), (count, digest) in table_digests(conn).items()]
    if rows:
        mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
        conn.exec_driver_sql(f"INSERT INTO row_digest (station_id, entity, row_count, digest) "
                             f"VALUES ({mark}, {mark}, {mark}, {mark})", rows)


def downgrade() -> None:
    op.drop_table('row_digest')
