"""Alembic environment of the county server: runs on the connection handed
over by server.db.migrate, or on `-x url=...` during development."""

from alembic import context
from sqlalchemy import create_engine

import server.requests  # noqa: F401  (its tables join the metadata)
from server.schema import metadata

config = context.config


def run(connection) -> None:
    context.configure(connection=connection, target_metadata=metadata, render_as_batch=True, compare_type=True)
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    run(connection)
else:
    url = context.get_x_argument(as_dictionary=True).get("url", "sqlite:///server-dev.sqlite")
    with create_engine(url).connect() as conn:
        run(conn)
