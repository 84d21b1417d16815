"""Stateful convergence: the county server (a real process), two PCs of one
station (real SQLite files, one of them with a clock days off), and a county
admin make random edits, deletes, sign-ins, photo adds and syncs in any
order; after a final round of syncs every replica holds the same data, no
sign-in is lost, and every photo reached the server."""

from __future__ import annotations

import hashlib
import itertools
import shutil
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, rule
from sqlalchemy import select
from sync_harness import assert_converged, enrolled_pc

from desktop.models import Activity, Photo, SignIn, Volunteer
from desktop.services.activities import signin_id
from desktop.sync import blobs
from desktop.sync.clock import DAY_MS, system_ms
from desktop.sync.engine import run_sync
from server.schema import blob

SERVER = {}
NAMES = st.sampled_from(["王伟", "李娜", "张秀英", "刘强", "陈静"])
PICK = st.integers(0, 1000)
_counter = itertools.count()


def ids(db, model, live: bool = True) -> list[str]:
    with db.read() as s:
        query = select(model.id)
        if live and hasattr(model, "deleted_at"):
            query = query.where(model.deleted_at.is_(None))
        return sorted(s.scalars(query).all())


class Convergence(RuleBasedStateMachine):
    def __init__(self):
        super().__init__()
        self.server = SERVER["server"]
        self.folder = Path(tempfile.mkdtemp(prefix="sd-conv-"))
        self.signins: set[str] = set()
        self.photos: set[str] = set()

    @initialize(skew=st.sampled_from([0, -3 * DAY_MS, 3 * DAY_MS]))
    def setup(self, skew):
        self.station_id, code = self.server.new_station(f"站{next(_counter)}")
        self.pcs = [enrolled_pc(self.server, self.folder / "pc1", code)]
        second = self.server.store.new_code(self.station_id)
        self.pcs.append(enrolled_pc(self.server, self.folder / "pc2", second, now=lambda: system_ms() + skew))

    def teardown(self):
        try:
            if hasattr(self, "pcs"):
                for pc in self.pcs + self.pcs:
                    run_sync(pc)
                assert_converged(self.server, self.station_id, *self.pcs)
                for pc in self.pcs:
                    present = set(ids(pc, SignIn))
                    assert self.signins <= present, "a sign-in was lost"
                with self.server.store.db.engine.connect() as conn:
                    uploaded = set(conn.scalars(select(blob.c.sha256).where(blob.c.station_id == self.station_id)))
                assert self.photos <= uploaded, "a photo did not reach the server"
        finally:
            for pc in getattr(self, "pcs", []):
                pc.close()
            shutil.rmtree(self.folder, ignore_errors=True)

    def _pc(self, n):
        return self.pcs[n % 2]

    @rule(n=PICK, name=NAMES)
    def add_volunteer(self, n, name):
        pc = self._pc(n)
        with pc.session("站长") as s:
            s.add(Volunteer(name=name, phone=f"138{n:08d}"[:11]))

    @rule(n=PICK, pick=PICK, field=st.sampled_from(["name", "phone", "note", "skills"]), value=NAMES)
    def edit_volunteer(self, n, pick, field, value):
        pc = self._pc(n)
        rows = ids(pc, Volunteer)
        if rows:
            with pc.session("站长") as s:
                setattr(s.get(Volunteer, rows[pick % len(rows)]), field, value)

    @rule(n=PICK, pick=PICK)
    def delete_volunteer(self, n, pick):
        pc = self._pc(n)
        rows = ids(pc, Volunteer)
        if rows:
            with pc.session("站长") as s:
                s.get(Volunteer, rows[pick % len(rows)]).deleted_at = datetime(2024, 5, 1, 10, 0)

    @rule(n=PICK, title=NAMES)
    def add_activity(self, n, title):
        pc = self._pc(n)
        start = datetime(2024, 5, 1, 9, 0) + timedelta(hours=n % 50)
        with pc.session("站长") as s:
            s.add(Activity(title=f"{title}宣讲", category="学习实践科学理论", start_at=start,
                           end_at=start + timedelta(hours=2)))

    @rule(n=PICK, a=PICK, v=PICK, kind=st.sampled_from(["in", "out"]))
    def sign_in(self, n, a, v, kind):
        pc = self._pc(n)
        acts, vols = ids(pc, Activity, live=False), ids(pc, Volunteer, live=False)
        if not acts or not vols:
            return
        activity, volunteer = acts[a % len(acts)], vols[v % len(vols)]
        row_id = signin_id(activity, volunteer, kind)
        with pc.session("签到台") as s:
            if s.get(SignIn, row_id) is None:
                s.add(SignIn(id=row_id, activity_id=activity, volunteer_id=volunteer, kind=kind,
                             at=datetime(2024, 5, 1, 9, n % 60)))
        self.signins.add(row_id)

    @rule(n=PICK, a=PICK, content=st.binary(min_size=1, max_size=2000))
    def add_photo(self, n, a, content):
        pc = self._pc(n)
        acts = ids(pc, Activity, live=False)
        if not acts:
            return
        sha = hashlib.sha256(content).hexdigest()
        path = blobs.photo_path(pc, sha)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
        with pc.session("站长") as s:
            s.add(Photo(activity_id=acts[a % len(acts)], sha256=sha, size_bytes=len(content)))
        self.photos.add(sha)

    @rule(pick=PICK, field=st.sampled_from(["name", "note"]), value=NAMES)
    def county_edit(self, pick, field, value):
        from server.schema import row_state

        with self.server.store.db.engine.connect() as conn:
            rows = sorted(conn.scalars(select(row_state.c.row_id).where(
                row_state.c.station_id == self.station_id, row_state.c.entity == "volunteer")))
        if rows:
            self.server.store.county_write(self.station_id, "volunteer", rows[pick % len(rows)], {field: f"县改{value}"})

    @rule(n=PICK)
    def sync(self, n):
        report = run_sync(self._pc(n))
        assert report.check_ok is not False


@pytest.fixture(autouse=True)
def _server(server):
    SERVER["server"] = server


# No shrinking: each step talks to a real server, and shrinking a failure took minutes;
# a failure still prints the full sequence of steps that produced it.
Convergence.TestCase.settings = settings(max_examples=25, phases=[Phase.generate], stateful_step_count=25, deadline=None,
                                         suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
test_convergence = Convergence.TestCase
