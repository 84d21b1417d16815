"""Shared fixtures. Headless by default (Picard's habit): Qt runs offscreen.

New databases start from a migrated template copy (tests/dbtemplate.py), not a
full Alembic migration each: `_databases_from_template` below. Tests that must
run the real migration on a new file are marked `migrate`.
"""

from __future__ import annotations

import functools
import inspect
import os
import threading
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from hypothesis import HealthCheck, settings  # noqa: E402

settings.register_profile("default", deadline=None, max_examples=60,
                          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
settings.register_profile("thorough", deadline=None, max_examples=500,
                          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
# `make check`, the inner loop: fewer examples a property (CI's `make test` keeps the default)
settings.register_profile("check", deadline=None, max_examples=15,
                          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


_STARTS_A_SERVER = ("make_server(", "CountyServer(")


@functools.cache
def _starts_a_server(func) -> bool:
    try:
        source = inspect.getsource(func)
    except (OSError, TypeError):
        return False
    return any(call in source for call in _STARTS_A_SERVER)


def pytest_collection_modifyitems(config, items):
    """A test that starts a county server process is `slow`: the `server` or `pg_cluster` fixture,
    or a test or fixture of its own that calls make_server / CountyServer. Subprocess kills and big
    PDFs carry the mark themselves. `make check` runs the rest."""
    for item in items:
        if {"server", "pg_cluster"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)
            continue
        info = getattr(item, "_fixtureinfo", None)
        funcs = [getattr(item, "function", None)]
        if info is not None:
            funcs += [d.func for defs in info.name2fixturedefs.values() for d in defs]
        if any(f is not None and _starts_a_server(f) for f in funcs):
            item.add_marker(pytest.mark.slow)


@pytest.fixture(autouse=True)
def _own_paper_plans(tmp_path_factory, monkeypatch):
    """Each test keeps the plans of its long papers (desktop.printing.plans) in a folder of its own: a plan
    an earlier test counted would skip the count a later one watches. Child processes inherit it."""
    monkeypatch.setenv("STATION_DESK_PLANS", str(tmp_path_factory.mktemp("plans")))


@pytest.fixture(autouse=True)
def _databases_from_template(request, monkeypatch):
    """`Database(folder)` on a folder without a database file copies the migrated template there first."""
    if request.node.get_closest_marker("migrate"):
        return
    import dbtemplate

    from desktop.db import DB_FILENAME, Database

    original = Database.__init__
    source = dbtemplate.template(Database)

    def init(self, data_dir=None, **kwargs):
        if data_dir is not None and not (Path(data_dir) / DB_FILENAME).exists():
            try:
                dbtemplate.place(source, Path(data_dir))
            except OSError:  # an unwritable folder: let the real open report it
                pass
        original(self, data_dir, **kwargs)

    monkeypatch.setattr(Database, "__init__", init)


@pytest.fixture
def data_dir(tmp_path):
    return tmp_path / "data"


@pytest.fixture
def db(data_dir):
    """A fresh station database on disk, with a station and the preset teams."""
    from desktop.db import Database
    from desktop.services.station import setup_station

    database = Database(data_dir)
    setup_station(database, name="测试村新时代文明实践站", village="测试村", town="测试镇", county="测试县",
                  head_name="王站长")
    yield database
    database.close()


@pytest.fixture
def empty_db(data_dir):
    """A fresh database with no station yet (first run)."""
    from desktop.db import Database

    database = Database(data_dir)
    yield database
    database.close()


def _make_ctx(database, tmp_path):
    from desktop.ui.context import AppContext
    from desktop.ui.ops import ErrorReporter, Ops

    reporter = ErrorReporter(tmp_path / "logs")
    return AppContext(db=database, ops=Ops(reporter), reporter=reporter)


@pytest.fixture
def ctx(qapp, db, tmp_path):
    """An AppContext for UI tests; waits for every background op at teardown."""
    context = _make_ctx(db, tmp_path)
    yield context
    assert context.ops.shutdown(10_000), "a background op was still running at the end of the test"


@pytest.fixture
def empty_ctx(qapp, empty_db, tmp_path):
    context = _make_ctx(empty_db, tmp_path)
    yield context
    assert context.ops.shutdown(10_000)


@pytest.fixture(autouse=True)
def _no_leaked_threads():
    """A test that leaves a non-daemon thread running fails (qutebrowser/napari habit)."""
    before = set(threading.enumerate())
    yield
    leaked = [t for t in threading.enumerate() if t not in before and t.is_alive() and not t.daemon
              and not t.name.startswith(("Thread-Q", "QThread", "asyncio", "ThreadPoolExecutor", "AnyIO"))]
    assert not leaked, f"threads left running: {leaked}"


@pytest.fixture(autouse=True)
def _fast_kdf():
    """argon2id at the lowest cost in-process (every slot records its own cost, so this changes nothing else)."""
    from desktop import crypto

    saved = dict(crypto.KDF)
    crypto.set_kdf_cost(1, 1024)
    yield
    crypto.KDF.update(saved)


@pytest.fixture
def secure_db(data_dir):
    """A station whose head 王站长 (password "secret123") exists: the database is encrypted."""
    from desktop.db import Database
    from desktop.services.accounts import create_head
    from desktop.services.station import setup_station

    database = Database(data_dir)
    setup_station(database, name="测试村新时代文明实践站", village="测试村", town="测试镇", county="测试县",
                  head_name="王站长")
    create_head(database, "王站长", "secret123")
    yield database
    database.close()
