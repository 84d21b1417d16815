"""接单 at the kiosk (issue 12): a volunteer who signs in is offered the request dispatched to them,
or to their team, and accepts it with one tap; the request's state follows."""

from __future__ import annotations

import os
from datetime import datetime, timedelta

from desktop.services import request_queries as rq
from desktop.services import requests as svc
from desktop.services.activities import add_activity
from desktop.services.teams import add_team, set_membership
from desktop.services.volunteers import add_volunteer
from desktop.ui.kiosk.window import KioskWindow


def test_a_volunteer_accepts_a_dispatched_request_at_their_tile(ctx, db, qtbot):
    now = datetime.now().replace(second=0, microsecond=0)
    activity = add_activity(db, title="便民服务日", category="丰富活跃文化生活", start=now - timedelta(hours=1),
                            end=now + timedelta(hours=2))
    zhang = add_volunteer(db, name="张三丰", phone="13800001234")
    li = add_volunteer(db, name="李四", phone="13912345678")
    team = add_team(db, "送医送药小分队")
    with db.session("站长") as session:
        set_membership(session, team.id, li.id)
    mine = svc.add_request(db, resident="赵大妈", text="代购降压药", place="三组")
    svc.dispatch(db, mine.id, volunteer=zhang.id)
    theirs = svc.add_request(db, resident="钱大爷", text="量血压")
    svc.dispatch(db, theirs.id, team=team.id)

    window = KioskWindow(ctx, activity.id)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=5000):
        window.show()
    assert window.offer.isHidden()
    with qtbot.waitSignal(window.tapped, timeout=5000):
        window.tap(zhang.id)
    qtbot.waitUntil(lambda: window.offer.isVisible(), timeout=5000)
    assert "代购降压药" in window.offer.text.text() and mine.number in window.offer.text.text()
    assert "三组" in window.offer.text.text()
    shots = os.environ.get("KIOSK_SHOTS")
    if shots:  # for a person to look at: KIOSK_SHOTS=docs/screenshots pytest tests/ui/test_kiosk_accept.py
        window.resize(1366, 768)
        window.grab().save(os.path.join(shots, "kiosk-offer-1366x768.png"))
    window.offer.take.click()
    qtbot.waitUntil(lambda: rq.get_request(db, mine.id).state.state == "accepted", timeout=5000)
    view = rq.get_request(db, mine.id)
    assert view.state.accepts[0]["volunteer_id"] == zhang.id
    thanks = window.tr("Accepted. Thank you! The station head will tell the resident.")  # 已接单 in zh_CN
    qtbot.waitUntil(lambda: window.banner.text() == thanks, timeout=5000)
    assert window.offer.isHidden()

    # A team's request is offered to its members; "not now" leaves it dispatched.
    with qtbot.waitSignal(window.tapped, timeout=5000):
        window.tap(li.id)
    qtbot.waitUntil(lambda: window.offer.isVisible(), timeout=5000)
    assert "送医送药小分队" in window.offer.text.text() and "量血压" in window.offer.text.text()
    window.offer.skip.click()
    assert window.offer.isHidden() and rq.get_request(db, theirs.id).state.state == "dispatched"
    # A second tap right away offers nothing again; an accepted request is not offered any more.
    with qtbot.waitSignal(window.tapped, timeout=5000) as again:
        window.tap(zhang.id)
    assert again.args[0].action == "already_in" and window.offer.isHidden()
    assert rq.kiosk_offers(db, zhang.id) == [] and [o.number for o in rq.kiosk_offers(db, li.id)] == [theirs.number]
