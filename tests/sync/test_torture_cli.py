"""Torture through the CLI: connections cut at random byte counts of the server's
answers (a real TCP proxy in front of the real server). `sync` exits 0 or 2 with
one Chinese line, never 70, and the station converges once the line is good."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sync_harness import CuttingProxy, assert_converged, enrolled_pc, run_cli

from desktop.models import Volunteer
from desktop.sync.apply import set_meta
from desktop.sync.engine import run_sync


def test_cuts_at_random_byte_counts_never_crash_sync(server, tmp_path):
    station_id, code = server.new_station("割线村新时代文明实践站")
    pc1 = enrolled_pc(server, tmp_path / "pc1", code)
    pc2 = enrolled_pc(server, tmp_path / "pc2", server.store.new_code(station_id))
    proxy = CuttingProxy(server.port)
    with pc1.engine.begin() as conn:
        set_meta(conn, "sync_url", proxy.url)
    codes: list[int] = []
    try:
        @settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        @given(st.integers(0, 6000), st.integers(1, 30))
        def cut(at, n):
            with pc1.session("站长") as s:
                s.add_all(Volunteer(name=f"割{at}-{i}", note="长" * (at % 400)) for i in range(n))
            proxy.cut_after = at
            code, _, err = run_cli(tmp_path / "pc1", "sync", "--no-photos")
            codes.append(code)
            assert code in (0, 2), err
            last = err.replace("\r", "\n").strip().splitlines()[-1] if err.strip() else ""
            assert "Traceback" not in err and (code == 0 or "错误：" in last), err  # one Chinese line
        cut()
        proxy.cut_after = None
        for _ in range(2):
            assert run_cli(tmp_path / "pc1", "sync", "--no-photos")[0] == 0
            run_sync(pc2, photos=False)
        assert_converged(server, station_id, pc1, pc2)
        assert 2 in codes  # the cuts did bite
    finally:
        proxy.close()
        pc1.close()
        pc2.close()
