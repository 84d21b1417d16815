"""The county console's own tables (on the server's MetaData, migrated by Alembic).

- county_admin: the centre's people who use the console (管理员 changes, 查看 reads).
- console_session: a login; only the SHA-256 of the cookie and of the CSRF token is kept.
- console_login_fail: failed logins per name and per client address (held in the database,
  so the limit holds across worker processes).
- county_audit: every admin action, append-only.
- station_figures: a station's computed figures, materialised. Each row records the
  station's `last_seq` it was computed from; any accepted entry moves `last_seq`, so a
  stale row is recognised and recomputed before it is shown (correct by construction).
- inspector_mark: the county inspectors' own marks (实地查看, 群众评议) per indicator.
- star_rating: the year's published ratings.
"""

from __future__ import annotations

from sqlalchemy import BigInteger, Column, DateTime, Integer, String, Table, Text

from server.schema import metadata

county_admin = Table(
    "county_admin", metadata,
    Column("id", String(36), primary_key=True),
    Column("name", String(50), nullable=False, unique=True),
    Column("role", String(10), nullable=False),  # admin | viewer
    Column("password_hash", String(200), nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("disabled_at", DateTime, nullable=True),
)

console_session = Table(
    "console_session", metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("admin_id", String(36), nullable=False, index=True),
    Column("csrf_hash", String(64), nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("expires_at", DateTime, nullable=False),
)

console_login_fail = Table(
    "console_login_fail", metadata,
    Column("key", String(120), primary_key=True),  # "name:<name>" or "ip:<address>"
    Column("count", Integer, nullable=False),
    Column("window_start", DateTime, nullable=False),
)

county_audit = Table(
    "county_audit", metadata,
    Column("id", String(36), primary_key=True),
    Column("at", DateTime, nullable=False, index=True),
    Column("admin_name", String(50), nullable=False),
    Column("action", String(50), nullable=False),
    Column("target", String(100), nullable=False, default=""),
    Column("detail", Text, nullable=False, default=""),
)

station_figures = Table(
    "station_figures", metadata,
    Column("station_id", String(36), primary_key=True),
    Column("seq", BigInteger, nullable=False),
    Column("computed_at", DateTime, nullable=False),
    Column("data", Text, nullable=False),  # JSON, see server.console.figures
)

inspector_mark = Table(
    "inspector_mark", metadata,
    Column("station_id", String(36), primary_key=True),
    Column("year", Integer, primary_key=True),
    Column("indicator", String(50), primary_key=True),
    Column("score", Integer, nullable=False),
    Column("note", String(500), nullable=False, default=""),
    Column("admin_name", String(50), nullable=False),
    Column("at", DateTime, nullable=False),
)

star_rating = Table(
    "star_rating", metadata,
    Column("station_id", String(36), primary_key=True),
    Column("year", Integer, primary_key=True),
    Column("score", Integer, nullable=False),
    Column("stars", Integer, nullable=False),
    Column("published_at", DateTime, nullable=False),
    Column("admin_name", String(50), nullable=False),
)
