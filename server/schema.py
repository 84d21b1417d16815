"""The county server's own tables (SQLAlchemy Core; Alembic migrates them).

Entries are kept as sent (fields as JSON text, unknown fields included); the
merged state of every row is kept beside them for the integrity check.
"""

from __future__ import annotations

from sqlalchemy import (
                        BigInteger,
                        Boolean,
                        Column,
                        DateTime,
                        Index,
                        Integer,
                        MetaData,
                        String,
                        Table,
                        Text,
                        UniqueConstraint,
)

metadata = MetaData()

station = Table(
    "station", metadata,
    Column("id", String(36), primary_key=True),
    Column("name", String(100), nullable=False),
    Column("county", String(100), nullable=False, default=""),
    Column("created_at", DateTime, nullable=False),
    Column("last_seq", BigInteger, nullable=False, default=0),
    Column("floor_ms", BigInteger, nullable=True),  # no stamp's wall time may be earlier (its creation)
    Column("photo_quota", BigInteger, nullable=True),  # bytes; NULL: the default (blobs.DEFAULT_QUOTA)
)

enrol_code = Table(
    "enrol_code", metadata,
    Column("code_hash", String(64), primary_key=True),
    Column("station_id", String(36), nullable=False, index=True),
    Column("created_at", DateTime, nullable=False),
    Column("expires_at", DateTime, nullable=False),
    Column("used_at", DateTime, nullable=True),
    Column("failed", Integer, nullable=False, default=0),
    Column("code_id", String(4), nullable=True, index=True),  # the first four characters, to count guesses per code
    Column("device_id", String(36), nullable=True),  # the device it enrolled (a repeat returns it again)
    Column("site", String(32), nullable=True),
)

enrol_attempt = Table(
    "enrol_attempt", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", DateTime, nullable=False),
    Column("code_id", String(4), nullable=True),  # NULL: the code matched no code of the server
    Column("station_id", String(36), nullable=True),  # the station the PC named, if any
    Column("ok", Boolean, nullable=False),
    Index("ix_enrol_attempt_code_at", "code_id", "at"),
    Index("ix_enrol_attempt_station_at", "station_id", "at"),
)

station_problem = Table(
    "station_problem", metadata,
    Column("station_id", String(36), primary_key=True),
    Column("device_id", String(36), primary_key=True),
    Column("kind", String(20), primary_key=True),  # rejected | rejected_total | mismatch | held | clock
    Column("key", String(64), primary_key=True),  # entry id, or table name
    Column("entity", String(50), nullable=False, default=""),
    Column("row_id", String(36), nullable=False, default=""),
    Column("detail", Text, nullable=False, default=""),
    Column("count", Integer, nullable=False, default=1),
    Column("reported_at", DateTime, nullable=False),
)

device = Table(
    "device", metadata,
    Column("id", String(36), primary_key=True),
    Column("station_id", String(36), nullable=False, index=True),
    Column("name", String(100), nullable=False, default=""),
    Column("site", String(32), nullable=False, default=""),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("created_at", DateTime, nullable=False),
    Column("last_seen_at", DateTime, nullable=True),
    Column("revoked_at", DateTime, nullable=True),
)

entry = Table(
    "entry", metadata,
    Column("station_id", String(36), primary_key=True),
    Column("seq", BigInteger, primary_key=True),
    Column("entry_id", String(36), nullable=False),
    Column("entity", String(50), nullable=False),
    Column("row_id", String(36), nullable=False),
    Column("fields", Text, nullable=False),
    Column("hlc", String(64), nullable=False),
    Column("site", String(32), nullable=False),
    Column("actor", String(50), nullable=False, default=""),
    Column("device_id", String(36), nullable=False),
    Column("received_at", DateTime, nullable=False),
    UniqueConstraint("station_id", "entry_id", name="uq_entry_station_entry_id"),
    Index("ix_entry_station_entity_seq", "station_id", "entity", "seq"),
)

row_state = Table(
    "row_state", metadata,
    Column("station_id", String(36), primary_key=True),
    Column("entity", String(50), primary_key=True),
    Column("row_id", String(36), primary_key=True),
    Column("data", Text, nullable=False),  # JSON: field -> value
    Column("clocks", Text, nullable=False),  # JSON: field -> winning stamp
    Column("row_hash", BigInteger, nullable=False),  # signed 64-bit view of protocol.row_hash
)

# Per station and table: the number of row states and the XOR of their row hashes (protocol.table_digest),
# kept in the transaction that writes the row states (server.log_append.merge_rows), so /v1/check reads a
# few rows instead of hashing the station's every row after each push.
row_digest = Table(
    "row_digest", metadata,
    Column("station_id", String(36), primary_key=True),
    Column("entity", String(50), primary_key=True),
    Column("row_count", BigInteger, nullable=False),
    Column("digest", BigInteger, nullable=False),  # signed 64-bit view, as row_hash
)

blob = Table(
    "blob", metadata,
    Column("station_id", String(36), primary_key=True),
    Column("sha256", String(64), primary_key=True),
    Column("size", BigInteger, nullable=False),
    Column("created_at", DateTime, nullable=False),
)

server_meta = Table(
    "server_meta", metadata,
    Column("key", String(50), primary_key=True),
    Column("value", Text, nullable=False),
)
