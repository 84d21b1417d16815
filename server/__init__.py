"""County server (县中心服务器): FastAPI + SQLAlchemy + Alembic; SQLite by default, PostgreSQL in
production. Reuses desktop.sync.{clock,merge,protocol}. Run `python -m server --help`."""
