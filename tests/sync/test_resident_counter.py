"""The kiosk's resident counter on two PCs counting the same activity, through the county
server (a real process on loopback, real SQLite files): every tap on either PC is in the
total on both, whatever the order of taps and syncs."""

from __future__ import annotations

from sync_harness import assert_converged, enrolled_pc

from desktop.services.activities import add_activity, edit_activity, get_activity
from desktop.services.kiosk import add_residents
from desktop.sync.engine import run_sync


def test_two_pcs_counting_one_activity_lose_no_tap(server, tmp_path):
    station_id, code = server.new_station("计数村新时代文明实践站")
    door = enrolled_pc(server, tmp_path / "door", code)
    hall = enrolled_pc(server, tmp_path / "hall", server.store.new_code(station_id))
    try:
        act = add_activity(door, title="广场文艺演出", category="丰富活跃文化生活", start="2026-12-01 09:00",
                           end="2026-12-01 11:00")
        edit_activity(door, act.id, residents_reached=10)  # 10 counted on paper before the kiosk opened
        for pc in (door, hall):
            run_sync(pc)
        assert get_activity(hall, act.id).residents_reached == 10
        taps = 0
        for round_no in range(3):  # both PCs tap at once, offline from each other, then sync
            for _ in range(5 + round_no):
                add_residents(door, act.id, 1)
                taps += 1
            for _ in range(7):
                add_residents(hall, act.id, 1)
                taps += 1
            add_residents(hall, act.id, -1)  # one counted by mistake, undone
            taps -= 1
            run_sync(door if round_no % 2 else hall)
        for pc in (door, hall, door):
            run_sync(pc)
        assert get_activity(door, act.id).residents_reached == 10 + taps == 10 + 18 + 18
        assert get_activity(hall, act.id).residents_reached == 10 + taps
        assert_converged(server, station_id, door, hall)
    finally:
        door.close()
        hall.close()
