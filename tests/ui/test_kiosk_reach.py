"""The kiosk with 300 volunteers (issue 14): every tile loaded, every volunteer two taps away without typing
(a surname on the strip, then the tile), expected people first, no phone digits, the banner clears,
and the way out is labelled for the station head."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from PySide6.QtCore import Qt

from desktop.services.activities import add_activity, record_signin
from desktop.services.demo import volunteer_rows
from desktop.services.kiosk import set_pin, surname_groups, surname_of
from desktop.services.teams import list_teams, set_membership
from desktop.services.volunteers import bulk_add_volunteers
from desktop.ui.kiosk import window as kiosk_window
from desktop.ui.kiosk.window import ALL, EXPECTED, KioskWindow


def test_surname_groups_by_frequency_then_pinyin():
    people = [("1", "王芳"), ("2", "李四"), ("3", "王五"), ("4", "欧阳修"), ("5", "曾国藩"), ("6", "艾青")]
    groups = surname_groups(people)
    assert groups[0] == ("王", ["1", "3"])
    assert [g[0] for g in groups[1:]] == ["艾", "李", "欧阳", "曾"]  # ai, li, ou, zeng
    assert surname_of("欧阳修") == "欧阳" and surname_of("单雄信") == "单"


def test_every_volunteer_two_taps_away(ctx, db, qtbot, monkeypatch):
    monkeypatch.setattr(kiosk_window, "BANNER_MS", 300)
    ids = bulk_add_volunteers(db, volunteer_rows(300, seed=7))
    now = datetime.now().replace(second=0, microsecond=0)
    team = list_teams(db)[0]
    organisers = ids[250:253]
    with db.session("站长") as session:
        for vid in organisers:
            set_membership(session, team.id, vid)
    earlier = add_activity(db, title="上月的活动", category="丰富活跃文化生活", start=now - timedelta(days=10),
                           end=now - timedelta(days=10) + timedelta(hours=2))
    record_signin(db, earlier.id, ids[280], "in", at=earlier.start_at)
    activity = add_activity(db, title="今天的活动", category="学习实践科学理论", start=now - timedelta(minutes=10),
                            end=now + timedelta(hours=2), team=team.id)
    set_pin(db, "246813")
    window = KioskWindow(ctx, activity.id)
    qtbot.addWidget(window)
    window.resize(1024, 768)
    with qtbot.waitSignal(window.ready, timeout=10_000):
        window.show()
    # All 300 tiles are loaded (not capped), today's expected people first.
    assert window.model.rowCount() == 300
    shown = window.model.ids()
    assert set(shown[:4]) == set(organisers) | {ids[280]}
    # No phone digits on any tile.
    phones = re.compile(r"\d{4}")
    assert not any(phones.search(window.model.data(window.model.index(r))) for r in range(300))
    # Every volunteer is reachable by one strip tap and one tile tap: each surname button shows that surname.
    reached: dict[str, int] = {}
    for key, button in window.strip_buttons.items():
        if key in (ALL, EXPECTED):
            continue
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert window.strip_buttons[key].isChecked()
        last = window.model.index(window.model.rowCount() - 1)  # the tiles lay out in batches: wait for them
        qtbot.waitUntil(lambda last=last: not window.tiles.visualRect(last).isEmpty(), timeout=5000)
        for row, vid in enumerate(window.model.ids()):
            reached.setdefault(vid, 2)
            index = window.model.index(row)
            window.tiles.scrollTo(index)
            assert window.tiles.viewport().rect().intersects(window.tiles.visualRect(index))
    assert set(reached) == set(ids) and all(window.reachable(v) is not None and window.reachable(v) <= 2 for v in ids)
    # The surname strip holds the station's most frequent surname first.
    keys = [k for k in window.strip_buttons if k.startswith("s:")]
    sizes = [len(window.groups[k]) for k in keys]
    assert sizes == sorted(sizes, reverse=True)
    # Tiles are large: four columns at 1024 wide, each at least 220 x 100 (they lay out in batches: wait).
    qtbot.mouseClick(window.strip_buttons[ALL], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.tiles.visualRect(window.model.index(299)).isEmpty(), timeout=5000)
    rect = window.tiles.visualRect(window.model.index(0))
    assert rect.width() >= 220 and rect.height() >= 100
    # Tap a tile: signed in; the banner says so, then clears by itself.
    target = window.model.index(5)
    with qtbot.waitSignal(window.tapped, timeout=5000) as blocker:
        qtbot.mouseClick(window.tiles.viewport(), Qt.MouseButton.LeftButton,
                         pos=window.tiles.visualRect(target).center())
    assert blocker.args[0].action == "in" and "已签到" in window.banner.text()
    qtbot.waitUntil(lambda: "已签到" not in window.banner.text(), timeout=5000)
    # The next person typing also clears a message at once.
    window._show_banner("上一位的消息", "ok")
    qtbot.keyClicks(window.search, "w")
    assert "上一位" not in window.banner.text()
    # The way out is for the station head, at the bottom, away from the volunteers' buttons.
    assert window.leave.text() == window.tr("Station head: close the sign-in desk")  # 站长退出签到台 in zh_CN
    assert window.leave.mapTo(window, window.leave.rect().topLeft()).y() > window.tiles.mapTo(window, window.tiles.rect().bottomLeft()).y()
    window.leave.click()
    assert window.stack.currentIndex() == 1
    window.close_now()


def test_kiosk_words_in_the_shipped_catalog():
    """The tiles and the head's button in Chinese as shipped (UI tests run in English)."""
    import xml.etree.ElementTree as ET
    from pathlib import Path

    ts = Path(__file__).parents[2] / "resources" / "translations" / "kiosk_zh_CN.ts"
    words = {(c.findtext("name"), m.findtext("source")): m.findtext("translation")
             for c in ET.parse(ts).getroot().iter("context") for m in c.iter("message")}
    assert words[("TileModel", "Signed in")] == "已签到" and words[("TileModel", "Signed out")] == "已签退"
    assert words[("KioskWindow", "Station head: close the sign-in desk")] == "站长退出签到台"
    assert words[("KioskWindow", "Expected today")] == "今天应到"
