"""星级评定 self-check: each indicator met or missing from the records and the station's
statements, the county's indicators (setting `star.indicators`) over the defaults,
the CLI (`selfcheck`, `export selfcheck`) and the county's `python -m server star`."""

from __future__ import annotations

import json
import subprocess
from datetime import date, datetime

import pytest
from PIL import Image

from desktop.cli import main
from desktop.services import selfcheck
from desktop.services.activities import add_activity, record_signin, set_status
from desktop.services.demo import volunteer_rows
from desktop.services.station import set_setting, update_station
from desktop.services.volunteers import add_volunteer

TODAY = date(2026, 12, 1)


def _station(db, *, held: int = 2, planned: int = 1):
    rows = volunteer_rows(4, seed=3, today=date(2026, 1, 1))
    vols = []
    for row, team in zip(rows, ["理论宣讲", "理论宣讲", "文明风尚", "文化惠民"], strict=True):
        row.pop("join_date")
        vols.append(add_volunteer(db, teams=[team], **row))
    acts = []
    for n in range(held):
        act = add_activity(db, title=f"宣讲{n + 1}", category="学习实践科学理论", start=f"2026-0{n + 3}-07 09:00",
                           end=f"2026-0{n + 3}-07 11:00")
        record_signin(db, act.id, vols[0].id, "in", at=datetime(2026, n + 3, 7, 9, 0))
        record_signin(db, act.id, vols[0].id, "out", at=datetime(2026, n + 3, 7, 11, 0))
        set_status(db, act.id, "held")
        acts.append(act)
    for n in range(planned):  # planned for later: not held, never counted
        acts.append(add_activity(db, title=f"计划中{n + 1}", category="学习实践科学理论", start="2026-12-05 09:00",
                                 end="2026-12-05 11:00"))
    return vols, acts


def _line(data, key):
    return next(line for line in data.lines if line.key == key)


def test_each_indicator_from_the_records(db):
    vols, acts = _station(db)
    data = selfcheck.check(db, 2026, TODAY)
    assert [line.key for line in data.lines] == list(selfcheck.KEYS)
    assert _line(data, "place").status == "missing"  # no address yet
    assert _line(data, "manager").status == "met" and "王站长" in _line(data, "manager").evidence[0]
    team = _line(data, "team")
    assert team.status == "met" and len(team.records) == 3  # three teams have members
    activities = _line(data, "activities")
    assert activities.records == tuple(a.id for a in acts[:2])  # the planned one is not counted
    assert activities.status == "pending" and activities.points == round(15 * 2 / 24)
    results = _line(data, "results")
    assert "25%" in results.value and results.status == "pending"  # 1 of 4 volunteers served
    for key in ("projects", "signage", "rules"):
        assert _line(data, key).status == "missing" and _line(data, key).advice
    assert _line(data, "opinion").status == "county" and _line(data, "opinion").points == 0
    assert data.score == sum(line.points for line in data.lines) and data.stars == 1
    assert data.targets and {t.status for t in data.targets} <= {"met", "missing", "pending", "info", "not_applicable"}


def test_a_past_year_is_judged_at_its_end(db):
    _station(db)
    data = selfcheck.check(db, 2026, date(2027, 2, 1))
    assert _line(data, "activities").status == "missing"  # 2 of 24: the year is over
    assert data.as_of == date(2026, 12, 31)


def test_statements_with_a_photo_and_withdrawn(db, tmp_path):
    _station(db)
    picture = tmp_path / "door.jpg"
    Image.new("RGB", (640, 480), (200, 30, 30)).save(picture)
    update_station(db, address="村委会二楼")
    selfcheck.declare(db, "signage", "村委会门口挂牌，宣传栏统一标识", picture)
    selfcheck.declare(db, "rules", "志愿服务制度、活动制度上墙")
    data = selfcheck.check(db, 2026, TODAY)
    signage = _line(data, "signage")
    assert signage.status == "met" and signage.photo is not None and signage.photo.is_file()
    assert "村委会门口挂牌" in signage.evidence[0]
    assert _line(data, "rules").status == "met" and _line(data, "rules").photo is None
    assert _line(data, "place").status == "met" and "村委会二楼" in _line(data, "place").evidence[0]
    selfcheck.declare(db, "signage", "门牌已更新")  # a new text keeps the photo
    assert _line(selfcheck.check(db, 2026, TODAY), "signage").photo == signage.photo
    selfcheck.undeclare(db, "signage")
    assert _line(selfcheck.check(db, 2026, TODAY), "signage").status == "missing"


def test_bad_statements_are_refused_in_chinese(db):
    from desktop.errors import ValidationError

    with pytest.raises(ValidationError, match="指标"):
        selfcheck.declare(db, "nonsense", "x")
    with pytest.raises(ValidationError):
        selfcheck.declare(db, "signage", "   ")


def test_the_countys_indicators_override_the_defaults(db):
    _station(db)
    set_setting(db, selfcheck.INDICATORS_KEY, {
        "activities": {"name": "有经常性活动", "points": 25, "source": "data", "metric": "year_activities", "threshold": 2},
        "opinion": {"points": 0, "source": "inspector"},
        "team": {"points": "lots"},  # damaged: the default stays
    })
    data = selfcheck.check(db, 2026, TODAY)
    activities = _line(data, "activities")
    assert activities.name == "有经常性活动" and activities.max_points == 25 and activities.status == "met"
    assert _line(data, "opinion").status == "not_applicable" and _line(data, "opinion").max_points == 0
    assert _line(data, "team").max_points == 15
    assert data.county_set


def test_the_defaults_and_stars_match_the_console():
    from server.console import rules

    assert selfcheck.STARS == rules.STARS
    ours = {i.key: i for i in selfcheck.DEFAULTS}
    assert list(ours) == [i.key for i in rules.INDICATORS]
    for ind in rules.INDICATORS:
        assert ours[ind.key].points == ind.points and ours[ind.key].metric == ind.metric
        assert ours[ind.key].threshold == ind.threshold
        assert (ours[ind.key].source == "data") == (ind.source == "data")
    # what the console pushes is read back the same
    pushed = {i.key: {"name": i.name, "points": i.points, "source": i.source, "metric": i.metric,
                      "threshold": i.threshold} for i in rules.INDICATORS}
    read = selfcheck.indicators_from(pushed)
    assert [(i.key, i.points, i.threshold) for i in read] == [(i.key, i.points, i.threshold) for i in rules.INDICATORS]


def run(data_dir, *args, capsys):
    try:
        code = main(["--data-dir", str(data_dir), *args])
    except SystemExit as stop:  # argparse's own usage errors
        code = stop.code
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_selfcheck_json_and_paper(qapp, db, data_dir, tmp_path, capsys):  # qapp: a QApplication, not the CLI's QGuiApplication
    _station(db)
    db.close()
    code, out, err = run(data_dir, "selfcheck", "--declare", "projects", "--text", "助老食堂；周末课堂", capsys=capsys)
    assert code == 0, err
    code, out, _ = run(data_dir, "selfcheck", "--json", "--year", "2026", capsys=capsys)
    data = json.loads(out)
    assert code == 0 and data["year"] == 2026 and len(data["indicators"]) == 9
    projects = next(i for i in data["indicators"] if i["key"] == "projects")
    assert projects["status"] == "met" and "助老食堂" in projects["evidence"][0]
    assert all(t["status"] in ("met", "missing", "pending", "info", "not_applicable") for t in data["targets"])
    code, out, _ = run(data_dir, "selfcheck", capsys=capsys)
    assert code == 0 and "星级" in out
    pdf = tmp_path / "自查.pdf"
    code, out, err = run(data_dir, "export", "selfcheck", "--year", "2026", "--out", str(pdf), capsys=capsys)
    assert code == 0, err
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "星级评定自查表" in text and "有固定场所" in text and "助老食堂" in text and "量化指标" in text


@pytest.mark.parametrize("args", [
    ("selfcheck", "--year", "1999"),
    ("selfcheck", "--year", "abc"),
    ("selfcheck", "--declare", "nonsense", "--text", "x"),
    ("selfcheck", "--text", "x"),
    ("selfcheck", "--declare", "signage", "--text", "门牌", "--photo", "/nonexistent.jpg"),
])
def test_cli_bad_input_one_chinese_line(db, data_dir, capsys, args):
    db.close()
    code, out, err = run(data_dir, *args, capsys=capsys)
    assert code == 2 and len(err.strip().splitlines()) == 1
    assert any("\u4e00" <= ch <= "\u9fff" for ch in err)


def test_server_star_cli_pushes_to_every_station(tmp_path, capsys):
    from desktop.ids import derived_id
    from server.__main__ import main as server_main
    from server.db import default_url, open_db
    from server.store import Store

    county = tmp_path / "county"
    assert server_main(["station", "add", "--name", "一村", "--data-dir", str(county)]) == 0
    assert server_main(["station", "add", "--name", "二村", "--data-dir", str(county)]) == 0
    capsys.readouterr()
    code = server_main(["star", "set", "--points", "opinion=0", "--points", "activities=25",
                        "--threshold", "activities=36", "--data-dir", str(county)])
    out, err = capsys.readouterr()
    assert code == 0, err
    store = Store(open_db(default_url(county)))
    stations = store.list_stations()
    for s in stations:
        row = store.row(s["id"], "setting", derived_id(s["id"], "setting", "star.indicators"))
        value = json.loads(row["value"])
        assert value["activities"]["points"] == 25 and value["activities"]["threshold"] == 36
        assert value["opinion"]["points"] == 0
    store.db.dispose()
    assert server_main(["station", "add", "--name", "三村", "--data-dir", str(county)]) == 0  # added afterwards
    capsys.readouterr()
    store = Store(open_db(default_url(county)))
    late = next(s for s in store.list_stations() if s["name"] == "三村")
    row = store.row(late["id"], "setting", derived_id(late["id"], "setting", "star.indicators"))
    assert json.loads(row["value"])["activities"]["points"] == 25
    assert store.row(late["id"], "setting", derived_id(late["id"], "setting", "targets.rules")) is None  # never set
    store.db.dispose()
    assert server_main(["star", "show", "--json", "--data-dir", str(county)]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert next(i for i in shown if i["key"] == "activities")["threshold"] == 36
    for bad in (["--points", "opinion=5"], ["--points", "nonsense=5"], ["--points", "place"],
                ["--threshold", "signage=3"], []):
        assert server_main(["star", "set", *bad, "--data-dir", str(county)]) == 2
        err = capsys.readouterr().err
        assert len(err.strip().splitlines()) == 1


def test_the_county_rating_sheet_lists_the_stations_statements():
    from server.console import rules
    from server.console.rating import _statements

    rows = {"setting": {
        "a": {"key": "star.declared.rules", "value": json.dumps({"text": "制度上墙", "by": "站长", "at": "2026-11-02 09:00:00"})},
        "b": {"key": "star.declared.signage", "value": json.dumps({"text": "门口挂牌", "photo": "ab" * 32})},
        "c": {"key": "star.declared.projects", "value": "null"},  # withdrawn
        "d": {"key": "targets.rules", "value": "{}"},
    }}
    listed = _statements(rows, rules.INDICATORS)
    assert [(s["key"], s["name"], s["photo"]) for s in listed] == [("signage", "有统一标识", True),
                                                                  ("rules", "有管理制度", False)]
    assert listed[1]["at"] == "2026-11-02"
