"""Points on two PCs and the county server (a real process, real SQLite files): sign-ins,
awards, voids, redemptions, rule runs, syncs and restores from a backup, in any order.
After a final round of syncs and rule runs, every replica holds the same balances and the
same ledger, and no rule-derived point is ever doubled: not by running the rules on both
PCs, not by re-running them, not by running them on a PC restored from an old backup."""

from __future__ import annotations

import itertools
import shutil
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule
from sqlalchemy import select
from sync_harness import assert_converged, enrolled_pc

from desktop.db import Database, backup_file
from desktop.errors import UserError
from desktop.models import Activity, PointEntry, Volunteer
from desktop.services import goods, points, points_rules
from desktop.services.activities import record_signin, void_signin
from desktop.sync.engine import run_sync

SERVER = {}
PICK = st.integers(0, 1000)
_counter = itertools.count()
RULE_START = date(2024, 1, 1)


def _ids(db, model) -> list[str]:
    with db.read() as s:
        return sorted(s.scalars(select(model.id)).all())


def live_rule_entries(db) -> dict[tuple[str, str], int]:
    """(rule, source) -> how many live rule-derived entries; more than one is a doubled point."""
    with db.read() as s:
        rows = s.scalars(select(PointEntry)).all()
    voided = {e.voids for e in rows if e.voids}
    count: dict[tuple[str, str], int] = {}
    for e in rows:
        if e.kind == "earned" and e.operator == points_rules.RULE_OPERATOR and e.id not in voided:
            count[(e.rule_id, e.source)] = count.get((e.rule_id, e.source), 0) + 1
    return count


class PointsConvergence(RuleBasedStateMachine):
    def __init__(self):
        super().__init__()
        self.server = SERVER["server"]
        self.folder = Path(tempfile.mkdtemp(prefix="sd-points-"))
        self.backups: list[tuple[int, Path]] = []

    @initialize()
    def setup(self):
        self.station_id, code = self.server.new_station(f"积分站{next(_counter)}")
        self.pcs = [enrolled_pc(self.server, self.folder / "pc0", code),
                    enrolled_pc(self.server, self.folder / "pc1", self.server.store.new_code(self.station_id))]
        first = self.pcs[0]
        scheme = points.add_scheme(first, "积分超市")
        self.scheme_id = scheme.id
        points.add_rule(first, scheme.id, "per_hour", 100, starts_on=RULE_START)
        points.add_rule(first, scheme.id, "per_activity", 50, starts_on=RULE_START)
        with first.session("站长") as s:
            for name in ("王伟", "李娜", "张秀英"):
                s.add(Volunteer(name=name))
            for day in range(3):
                start = datetime(2024, 5, 1 + day, 9, 0)
                s.add(Activity(title=f"宣讲{day}", category="学习实践科学理论", start_at=start,
                               end_at=start + timedelta(hours=3)))
        goods.add_goods(first, "洗衣粉", 100, stock=3, scheme_id=scheme.id)
        points.add_scheme(self.pcs[1], "积分超市")  # the same scheme made on the other PC: one row
        for pc in (first, self.pcs[1], first):
            run_sync(pc)

    def teardown(self):
        try:
            if hasattr(self, "pcs"):
                for pc in self.pcs + self.pcs:
                    run_sync(pc)
                for pc in self.pcs:
                    points_rules.derive(pc)
                for pc in self.pcs + self.pcs:
                    run_sync(pc)
                for pc in self.pcs:
                    assert points_rules.derive(pc).added == 0  # a re-run changes nothing
                assert_converged(self.server, self.station_id, *self.pcs)
                balances = [points.balances(pc) for pc in self.pcs]
                assert balances[0] == balances[1]
                for pc in self.pcs:
                    assert all(n == 1 for n in live_rule_entries(pc).values()), "a rule point was doubled"
        finally:
            for pc in getattr(self, "pcs", []):
                pc.close()
            shutil.rmtree(self.folder, ignore_errors=True)

    def _pc(self, n) -> Database:
        return self.pcs[n % 2]

    @rule(n=PICK, a=PICK, v=PICK, minutes=st.integers(0, 200), out=st.booleans())
    def sign_in(self, n, a, v, minutes, out):
        pc = self._pc(n)
        acts, vols = _ids(pc, Activity), _ids(pc, Volunteer)
        if not acts or not vols:
            return
        act, vol = acts[a % len(acts)], vols[v % len(vols)]
        with pc.read() as s:
            start = s.get(Activity, act).start_at
        record_signin(pc, act, vol, "in", at=start, source="manual")
        if out:
            record_signin(pc, act, vol, "out", at=start + timedelta(minutes=minutes), source="manual")

    @rule(n=PICK, a=PICK, v=PICK)
    def void_a_signin(self, n, a, v):
        pc = self._pc(n)
        acts, vols = _ids(pc, Activity), _ids(pc, Volunteer)
        try:
            void_signin(pc, acts[a % len(acts)], vols[v % len(vols)], "签错了")
        except UserError:
            pass  # nothing to void there

    @rule(n=PICK, v=PICK, amount=st.integers(-300, 500).filter(bool))
    def award(self, n, v, amount):
        pc = self._pc(n)
        vols = _ids(pc, Volunteer)
        points.award(pc, vols[v % len(vols)], amount, self.scheme_id, "手工记录")

    @rule(n=PICK, e=PICK)
    def void_an_entry(self, n, e):
        pc = self._pc(n)
        with pc.read() as s:
            entries = sorted(s.scalars(select(PointEntry.id).where(PointEntry.kind != "voided")).all())
        if entries:
            try:
                points.void_entry(pc, entries[e % len(entries)], "作废")
            except UserError:
                pass  # already voided

    @rule(n=PICK, v=PICK)
    def redeem(self, n, v):
        pc = self._pc(n)
        vols, items = _ids(pc, Volunteer), goods.list_goods(pc)
        try:
            goods.redeem(pc, vols[v % len(vols)], [(items[0].id, 1)])
        except UserError:
            pass  # short on this PC

    @rule(n=PICK)
    def derive(self, n):
        points_rules.derive(self._pc(n))

    @rule(n=PICK)
    def sync(self, n):
        assert run_sync(self._pc(n)).check_ok is not False

    @rule(n=PICK)
    def back_up(self, n):
        pc = self._pc(n)
        self.backups.append((n % 2, backup_file(pc.path, self.folder / "backups", f"pc{n % 2}")))

    @rule(b=PICK)
    def restore(self, b):
        """The PC's disk is restored from an older backup: its later writes that never reached
        the server are gone; the rules then run again on the old state."""
        if not self.backups:
            return
        which, copy = self.backups[b % len(self.backups)]
        folder = self.pcs[which].data_dir
        self.pcs[which].close()
        for suffix in ("-wal", "-shm"):
            Path(str(folder / "station.sqlite") + suffix).unlink(missing_ok=True)
        shutil.copy(copy, folder / "station.sqlite")
        self.pcs[which] = Database(folder)
        points_rules.derive(self.pcs[which])

    @invariant()
    def never_doubled_locally(self):
        for pc in getattr(self, "pcs", []):
            points_rules.derive(pc)
            assert all(n == 1 for n in live_rule_entries(pc).values()), "a rule point was doubled"


@pytest.fixture(autouse=True)
def _server(server):
    SERVER["server"] = server


PointsConvergence.TestCase.settings = settings(max_examples=12, phases=[Phase.generate], stateful_step_count=20,
                                               deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                                     HealthCheck.filter_too_much])
test_points_convergence = PointsConvergence.TestCase
