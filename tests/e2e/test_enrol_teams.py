"""A station the county created: the first PC enrolled gets the preset teams,
and a second PC enrolled later gets the same teams, not a second set."""

from __future__ import annotations

from sync_harness import assert_converged, new_pc

from desktop.services.enrolment import enrol_pc
from desktop.services.teams import list_teams
from desktop.sync.engine import run_sync


def test_preset_teams_once_for_a_county_created_station(server, tmp_path):
    station_id, code = server.new_station("预设村新时代文明实践站")
    pc1 = new_pc(tmp_path / "pc1")
    info = enrol_pc(pc1, server.url, code)
    assert info["teams_seeded"] == 9 and len(list_teams(pc1)) == 9
    run_sync(pc1)
    pc2 = new_pc(tmp_path / "pc2")
    info2 = enrol_pc(pc2, server.url, server.store.new_code(station_id))
    assert info2["teams_seeded"] == 0  # the station's teams came down with the first sync
    assert sorted(t.name for t in list_teams(pc2)) == sorted(t.name for t in list_teams(pc1))
    assert_converged(server, station_id, pc1, pc2)
    pc1.close()
    pc2.close()


def test_two_offline_pcs_seeding_at_once_make_one_set(server, tmp_path):
    """Both PCs seed before either pushes: derived ids make the same rows."""
    station_id, code = server.new_station("双机村新时代文明实践站")
    pc1, pc2 = new_pc(tmp_path / "a"), new_pc(tmp_path / "b")
    assert enrol_pc(pc1, server.url, code)["teams_seeded"] == 9
    assert enrol_pc(pc2, server.url, server.store.new_code(station_id))["teams_seeded"] == 9  # pc1 not pushed yet
    for pc in (pc1, pc2, pc1):
        run_sync(pc)
    assert len(list_teams(pc1)) == len(list_teams(pc2)) == 9
    assert_converged(server, station_id, pc1, pc2)
    pc1.close()
    pc2.close()
