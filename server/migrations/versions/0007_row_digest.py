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
    conn = op.get_bind()
    rows = [(station, entity, count, digest) for (station, entity), (count, digest) in _digests(conn).items()]
    if rows:
        mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
        conn.exec_driver_sql(f"INSERT INTO row_digest (station_id, entity, row_count, digest) "
                             f"VALUES ({mark}, {mark}, {mark}, {mark})", rows)


MASK = (1 << 64) - 1


def _digests(conn) -> dict[tuple[str, str], tuple[int, int]]:
    """(station, table) -> (rows, XOR of their row hashes, as a signed 64-bit number) of the row states
    already there. A frozen copy of what server.log_append.table_digests did when this revision was
    written: a migration must not change with the live code."""
    result = conn.exec_driver_sql("SELECT station_id, entity, row_hash FROM row_state")
    out: dict[tuple[str, str], list[int]] = {}
    while rows := result.fetchmany(10_000):
        for station_id, entity, row_hash in rows:
            acc = out.setdefault((station_id, entity), [0, 0])
            acc[0] += 1
            acc[1] ^= row_hash & MASK
    return {k: (n, digest - (1 << 64) if digest >= 1 << 63 else digest) for k, (n, digest) in out.items()}


def downgrade() -> None:
    op.drop_table('row_digest')
