"""Migrations: an old file upgrades with its data; a newer one is refused; models match."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlmodel import SQLModel, select

from desktop.db import DB_FILENAME, Database, alembic_config, head_revision
from desktop.errors import DatabaseTooNew

FIXTURE = Path(__file__).parents[1] / "fixtures" / "rev0001.sqlite"


def test_single_head():
    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    assert len(heads) == 1, f"several Alembic heads: {heads}"


def test_first_revision_file_opens_with_data_intact(tmp_path):
    shutil.copy(FIXTURE, tmp_path / DB_FILENAME)
    db = Database(tmp_path)
    try:
        from desktop.models import Activity, SignIn, Station, Volunteer

        with db.read() as session:
            station = session.exec(select(Station)).one()
            volunteers = {v.name: v for v in session.exec(select(Volunteer))}
            activity = session.exec(select(Activity)).one()
            signins = session.exec(select(SignIn)).all()
        assert station.name == "迁移测试村新时代文明实践站"
        assert volunteers["张三"].id_card == "11010519491231002X"
        assert volunteers["张三"].political_status == "中共党员"
        assert volunteers["李秀英"].status == "exited" and volunteers["李秀英"].exit_reason == "外出务工"
        assert activity.theory_lecture and activity.title == "党的二十大精神宣讲"
        assert sorted(s.kind for s in signins) == ["in", "out"]
        assert db.last_backup and Path(db.last_backup).exists()
        with sqlite3.connect(db.last_backup) as backup:
            assert backup.execute("select version_num from alembic_version").fetchone() == ("0001",)
        with db.engine.connect() as conn:
            assert MigrationContext.configure(conn).get_current_revision() == head_revision()
        # and the upgraded file keeps working
        from desktop.services.volunteers import add_volunteer

        add_volunteer(db, name="迁移后新增")
    finally:
        db.close()


def test_newer_database_is_refused_with_a_message(tmp_path):
    shutil.copy(FIXTURE, tmp_path / DB_FILENAME)
    with sqlite3.connect(tmp_path / DB_FILENAME) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    before = _dump(tmp_path / DB_FILENAME)
    with pytest.raises(DatabaseTooNew) as caught:
        Database(tmp_path)
    assert "更新版本" in caught.value.message and "升级" in caught.value.message
    assert _dump(tmp_path / DB_FILENAME) == before  # nothing touched
    assert not (tmp_path / "backups").exists()


def _dump(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return list(conn.iterdump())


def test_migrated_schema_matches_the_models(tmp_path):
    db = Database(tmp_path)
    try:
        with db.engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), SQLModel.metadata)
        assert diff == []
    finally:
        db.close()


def test_pragmas(db):
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000


def test_cheap_head_and_stored_revision_agree_with_alembic(tmp_path):
    """desktop.db reads the head from the versions folder to skip importing Alembic on every start."""
    assert head_revision() == ScriptDirectory.from_config(alembic_config()).get_current_head()
    from desktop.db import current_revision, make_engine

    engine = make_engine(tmp_path / "empty.sqlite")
    try:
        assert current_revision(engine) is None
    finally:
        engine.dispose()
    shutil.copy(FIXTURE, tmp_path / "old.sqlite")
    engine = make_engine(tmp_path / "old.sqlite")
    try:
        with engine.connect() as conn:
            assert current_revision(engine) == MigrationContext.configure(conn).get_current_revision() == "0001"
    finally:
        engine.dispose()
