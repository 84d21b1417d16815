"""The county's star-rating indicators reach a station PC by sync, as settings (the same
path as the console's targets), and the station's statements go up to the county."""

from __future__ import annotations

import argparse
import json

from sync_harness import new_pc

from desktop.ids import derived_id
from desktop.services import selfcheck
from desktop.services.enrolment import enrol_pc
from desktop.sync.engine import run_sync
from server import star


def test_indicators_down_and_statements_up(server, tmp_path, capsys):
    station_id, code = server.new_station("星级村新时代文明实践站")
    pc = new_pc(tmp_path / "pc")
    enrol_pc(pc, server.url, code)
    assert not selfcheck.check(pc).county_set  # the defaults until the county says otherwise
    args = argparse.Namespace(action="set", points=["opinion=0", "activities=25"], threshold=["activities=36"])
    assert star.run_cli(server.store, args) == 0
    capsys.readouterr()
    run_sync(pc)
    data = selfcheck.check(pc)
    assert data.county_set
    activities = next(line for line in data.lines if line.key == "activities")
    assert activities.max_points == 25 and "36" in activities.standard
    assert next(line for line in data.lines if line.key == "opinion").status == "not_applicable"
    selfcheck.declare(pc, "signage", "村委会门口挂牌", actor="站长")
    run_sync(pc)
    row = server.store.row(station_id, "setting", derived_id(station_id, "setting", "star.declared.signage"))
    assert json.loads(row["value"])["text"] == "村委会门口挂牌"
    pc.close()
