"""Helpers of the console tests (imported by tests/console/conftest.py and the tests)."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "server"))

from sync_harness import ROOT, enrolled_pc  # noqa: E402

ADMIN, VIEWER, PASSWORD = "张科长", "李干事", "county-pass-2026"
CHROMIUM, CHROMEDRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"


def admin_cli(server, *args: str, password: str = PASSWORD) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "server", "admin", *args, "--db", server.db_url], input=password + "\n",
                          capture_output=True, text=True, cwd=ROOT, timeout=60)


def login_session(server, name: str = ADMIN, password: str = PASSWORD) -> tuple[requests.Session, str]:
    """A requests session signed in to the console, and its CSRF token."""
    session = requests.Session()
    answer = session.post(server.url + "/console/login", data={"name": name, "password": password},
                          allow_redirects=False, timeout=10)
    assert answer.status_code == 303, answer.text[:500]
    return session, session.cookies.get("sd_console_csrf")


def station_with_data(server, folder: Path, name: str, town: str, volunteers: int = 3,
                      id_cards: tuple[str, ...] = ()):
    """A station created at the county, a PC enrolled to it with volunteers, a held activity with
    sign-ins this month and a planned future one, synced."""
    from desktop.services import activities as acts
    from desktop.services.station import update_station
    from desktop.services.volunteers import add_volunteer
    from desktop.sync.engine import run_sync

    station_id, code = server.new_station(name)
    db = enrolled_pc(server, folder, code)
    update_station(db, village=name[:3], town=town, head_name="王站长", address=f"{name[:3]}村委会")
    vols = []
    for i in range(volunteers):
        extra = {"id_card": id_cards[i]} if i < len(id_cards) else {}
        vols.append(add_volunteer(db, name=f"志愿者{i}", phone=f"1380000{i:04d}",
                                  political_status="中共党员" if i == 0 else "群众", **extra).id)
    now = datetime.now().replace(second=0, microsecond=0)
    start = now - timedelta(hours=3)
    if start.month != now.month:  # the first hours of a month: keep the activity in this month
        start = now.replace(hour=0, minute=1)
    held = acts.add_activity(db, title="理论宣讲进村", category="学习实践科学理论", start=start,
                             end=start + timedelta(hours=2), theory=True)
    for vid in vols:
        acts.record_signin(db, held.id, vid, "in", at=start)
        acts.record_signin(db, held.id, vid, "out", at=start + timedelta(hours=2))
    acts.set_status(db, held.id, "held")
    acts.add_activity(db, title="未来的活动", category="丰富活跃文化生活", start=now + timedelta(days=3),
                      end=now + timedelta(days=3, hours=2))
    run_sync(db, photos=False)
    return station_id, db
