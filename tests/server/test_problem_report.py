"""What each PC tells the county about itself: held entries and its clock offset (the console's
station health), sent only when it changes, so a steady PC adds no request to its syncs."""

from __future__ import annotations

from sync_harness import enrolled_pc

from desktop.models import Volunteer
from desktop.sync.clock import system_ms
from desktop.sync.engine import run_sync

HOUR_MS = 3_600_000


def test_a_pc_whose_clock_is_behind_is_seen_by_the_county(server, tmp_path):
    station_id, code = server.new_station()
    behind = enrolled_pc(server, tmp_path / "behind", code, now=lambda: system_ms() - 2 * HOUR_MS)
    right = enrolled_pc(server, tmp_path / "right", server.store.new_code(station_id))
    with behind.session("站长") as s:
        s.add(Volunteer(name="钟慢"))
    run_sync(behind, photos=False)
    quiet = run_sync(right, photos=False)
    offsets = server.store.clock_offsets(station_id)
    assert len(offsets) == 1, offsets  # the PC with the right clock had nothing to report
    (offset,) = offsets.values()
    assert abs(offset - 7200) <= 60, offset  # the county's clock minus the PC's, in seconds
    assert server.store.health_report()[station_id]["clock"] == offset
    # the second sync of the behind PC has nothing new to say: no report request
    again = run_sync(behind, photos=False)
    assert again.requests <= quiet.requests, (again.requests, quiet.requests)
