"""Photos over tus (resumable, skipped when the server has them, lazy download),
and fields or tables one side does not know surviving round trips."""

from __future__ import annotations

import hashlib
import os
from datetime import datetime, timedelta

import pytest
import requests
from sqlalchemy import select
from sync_harness import assert_converged, dump_server, enrolled_pc
from tusclient import request as tus_request

from desktop.models import Activity, Photo, Volunteer
from desktop.models.sync_state import PhotoUpload, SyncExtra
from desktop.sync import blobs, protocol
from desktop.sync.client import SyncError
from desktop.sync.engine import make_client, run_sync


def add_photo(pc, activity_id: str, content: bytes) -> str:
    sha = hashlib.sha256(content).hexdigest()
    path = blobs.photo_path(pc, sha)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    with pc.session("站长") as s:
        s.add(Photo(activity_id=activity_id, sha256=sha, size_bytes=len(content)))
    return sha


@pytest.fixture
def pair(server, tmp_path):
    station_id, code = server.new_station()
    pc1 = enrolled_pc(server, tmp_path / "pc1", code)
    pc2 = enrolled_pc(server, tmp_path / "pc2", server.store.new_code(station_id))
    with pc1.session("站长") as s:
        start = datetime(2024, 6, 1, 9)
        act = Activity(title="理论宣讲", category="学习实践科学理论", start_at=start, end_at=start + timedelta(hours=1))
        s.add(act)
    return station_id, pc1, pc2, act.id


def test_photo_upload_resumes_after_a_cut(server, pair, monkeypatch):
    station_id, pc1, pc2, activity_id = pair
    content = os.urandom(blobs.CHUNK * 2 + 1000)
    sha = add_photo(pc1, activity_id, content)
    assert run_sync(pc1, photos=False).photos_pending == 1
    real_perform, sent = tus_request.TusRequest.perform, []

    def cut_after_first_chunk(self):
        if sent:
            raise tus_request.TusUploadFailed("connection reset (test)")
        sent.append(1)
        return real_perform(self)

    monkeypatch.setattr(tus_request.TusRequest, "perform", cut_after_first_chunk)
    with pytest.raises(SyncError, match="接着传"):
        run_sync(pc1)
    monkeypatch.setattr(tus_request.TusRequest, "perform", real_perform)
    with pc1.read() as s:
        url = s.get(PhotoUpload, sha).url
    client = make_client(pc1)
    head = requests.head(url, headers=client.headers() | {"Tus-Resumable": "1.0.0"}, timeout=10)
    assert int(head.headers["Upload-Offset"]) == blobs.CHUNK  # the server kept the first chunk
    report = run_sync(pc1)
    assert report.photos_uploaded == 1 and report.photos_pending == 0
    assert client.blobs_missing([sha]) == []
    run_sync(pc2)
    path = blobs.fetch(pc2, make_client(pc2), sha)  # lazily, when shown
    assert hashlib.sha256(path.read_bytes()).hexdigest() == sha
    assert_converged(server, station_id, pc1, pc2)


def test_photo_the_server_has_is_not_sent_again(server, pair):
    station_id, pc1, pc2, activity_id = pair
    content = b"\xff\xd8same photo on two PCs" * 300
    add_photo(pc1, activity_id, content)
    assert run_sync(pc1).photos_uploaded == 1
    run_sync(pc2)
    add_photo(pc2, activity_id, content)  # the kiosk laptop imported the same picture
    report = run_sync(pc2)
    assert (report.photos_uploaded, report.photos_skipped, report.photos_pending) == (0, 1, 0)


def test_unknown_field_and_table_survive_a_round_trip(server, pair):
    station_id, pc1, pc2, _ = pair
    with pc1.session("站长") as s:
        vol = Volunteer(name="王秀英")
        s.add(vol)
    run_sync(pc1)
    # a newer app version (or the county) writes a field and a table this version does not know
    server.store.county_write(station_id, "volunteer", vol.id, {"wechat_id": "wx_wang", "name": "王秀英"})
    server.store.county_write(station_id, "future_table", "row-1", {"station_id": station_id, "title": "新功能"})
    report = run_sync(pc2)
    assert report.check_ok is True and report.held == 0
    with pc2.read() as s:
        extras = {(e.entity, e.field) for e in s.scalars(select(SyncExtra))}
    assert {("volunteer", "wechat_id"), ("future_table", "title")} <= extras
    with pc2.session("站长") as s:  # this older PC edits the row
        s.get(Volunteer, vol.id).phone = "13900000000"
    run_sync(pc2)
    run_sync(pc1)
    row = dump_server(server, station_id)["volunteer"][vol.id]
    assert row["wechat_id"] == "wx_wang" and row["phone"] == "13900000000"
    assert_converged(server, station_id, pc1, pc2)


def test_check_mismatch_triggers_a_targeted_re_pull(server, pair):
    station_id, pc1, pc2, _ = pair
    run_sync(pc1)
    run_sync(pc2)
    with pc2.engine.begin() as conn:  # lose a row behind the journal's back (a restored old backup, say)
        conn.exec_driver_sql("PRAGMA foreign_keys = OFF")
        conn.execution_options(journaled=True).exec_driver_sql("DELETE FROM activity")
        conn.exec_driver_sql("UPDATE meta SET value = '0' WHERE key = 'check_ok'")
    report = run_sync(pc2)
    assert report.repaired == ["activity"] and report.check_ok is True
    assert_converged(server, station_id, pc1, pc2)


def test_digest_matches_between_server_and_pc(server, pair):
    station_id, pc1, pc2, _ = pair
    run_sync(pc1)
    from desktop.sync.check import local_summary

    server_tables = make_client(pc1).check().tables
    local = local_summary(pc1)
    assert {k: (v.count, v.digest) for k, v in server_tables.items()} == local
    assert protocol.table_digest([]) == (0, "0" * 16)


def test_entry_waiting_for_its_parent_is_held_then_applied(server, pair):
    station_id, pc1, pc2, _ = pair
    run_sync(pc1)
    vol_id, act_id = "01a00000-0000-7000-8000-00000000000a", "01a00000-0000-7000-8000-00000000000b"
    server.store.county_write(station_id, "volunteer", vol_id, {"station_id": station_id, "name": "县里加的"})
    server.store.county_write(station_id, "signin", "01a00000-0000-7000-8000-00000000000c", {
        "station_id": station_id, "activity_id": act_id, "volunteer_id": vol_id, "kind": "in",
        "at": "2024-06-01T09:00:00"})
    first = run_sync(pc2)
    assert first.held == 1
    assert run_sync(pc2).held == 1  # still waiting, retried every sync
    server.store.county_write(station_id, "activity", act_id, {
        "station_id": station_id, "title": "县里派的活动", "category": "学习实践科学理论",
        "start_at": "2024-06-01T09:00:00", "end_at": "2024-06-01T11:00:00"})
    assert run_sync(pc2).held == 0
    run_sync(pc1)
    assert_converged(server, station_id, pc1, pc2)


def test_a_photo_imported_on_one_pc_shows_on_the_other(server, pair, tmp_path):
    """The real path: import on PC 1, sync both, PC 2's gallery fetches the file and builds the thumbnail."""
    from PIL import Image

    from desktop.services import photos
    from desktop.sync.photostore import photo_file, thumbnail_file

    station_id, pc1, pc2, activity_id = pair
    source = tmp_path / "IMG_0001.jpg"
    Image.new("RGB", (1600, 1200), (30, 120, 200)).save(source)
    photos.import_photos(pc1, activity_id, [source])
    assert run_sync(pc1).photos_uploaded == 1
    run_sync(pc2)
    with pc2.read() as s:
        sha = s.scalars(select(Photo.sha256)).one()
    assert not photo_file(pc2, sha).exists()  # downloads are lazy
    assert photos.ensure_local(pc2, sha) == photo_file(pc2, sha)
    assert photo_file(pc2, sha).read_bytes() == photo_file(pc1, sha).read_bytes()
    assert thumbnail_file(pc2, sha).is_file()
