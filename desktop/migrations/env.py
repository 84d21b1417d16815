"""Alembic environment: runs on the connection the app hands over (desktop.db.migrate),
or on a URL given with -x url=... for autogenerate during development."""

from alembic import context
from sqlalchemy import create_engine
from sqlmodel import SQLModel

import desktop.models  # noqa: F401

target_metadata = SQLModel.metadata
config = context.config


def run(connection) -> None:
    context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True,
                      compare_type=True)
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    run(connection)
else:
    url = context.get_x_argument(as_dictionary=True).get("url", "sqlite:///dev.sqlite")
    with create_engine(url).connect() as conn:
        run(conn)
