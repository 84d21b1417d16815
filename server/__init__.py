"""County server (县中心服务器): FastAPI + SQLAlchemy. Built by the sync issue."""
