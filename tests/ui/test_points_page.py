"""The 积分 page: balances with search and filters; redemption at the PC with the slip
written as a real PDF (read back); the statement; the kiosk shows the balance after sign-in."""

from __future__ import annotations

import re
import threading
from datetime import datetime, timedelta

import pytest
from pypdf import PdfReader

from desktop.services import goods, points
from desktop.services.activities import add_activity
from desktop.services.demo import volunteer_rows
from desktop.services.volunteers import add_volunteer, bulk_add_volunteers
from desktop.ui.kiosk.window import KioskWindow
from desktop.ui.points.balances import FIRST
from desktop.ui.points.page import Page
from desktop.ui.points.redeem import RedeemDialog
from desktop.ui.points.statement import StatementDialog


@pytest.fixture
def station(db):
    shop = points.add_scheme(db, "积分超市")
    bank = points.add_scheme(db, "时间银行", "小时", kiosk_visible=False)
    zhang = add_volunteer(db, name="张秀英", phone="13800001111").id
    li = add_volunteer(db, name="李建国", phone="13900002222").id
    points.award(db, zhang, 3000, shop.id, "扶贫帮困表彰", actor="王站长")
    points.award(db, li, 500, shop.id, "环境整治")
    points.award(db, zhang, 150, bank.id, "补录服务")
    goods.add_goods(db, "洗衣粉", 1000, stock=5, scheme_id=shop.id, unit="袋")
    goods.add_goods(db, "食用油", 2500, stock=1, scheme_id=shop.id, unit="桶")
    return db, shop, bank, zhang, li


def test_balances_page_search_and_filters(ctx, qtbot, qtmodeltester, station):
    db, shop, bank, zhang, li = station
    page = Page(ctx)
    qtbot.addWidget(page)
    page.show()
    view = page.balances
    qtbot.waitUntil(lambda: view.model.rowCount() >= 4, timeout=5000)  # 2 volunteers x 2 schemes
    qtmodeltester.check(view.model)
    qtbot.waitUntil(lambda: view.index is not None, timeout=5000)
    qtbot.keyClicks(view.search, "zxy")  # pinyin initials, as in the roster
    assert {view.model.data(view.model.index(r, 0)) for r in range(view.model.rowCount())} == {"张秀英"}
    view.scheme.setCurrentIndex(view.scheme.findData(shop.id))
    assert view.model.rowCount() == 1
    assert view.model.data(view.model.index(0, 3)) == "30"
    view.search.clear()
    view.flagged.setChecked(True)
    assert view.model.rowCount() == 0


def test_first_screenful_comes_first_exact_then_every_row(ctx, qtbot, station):
    """The page opens on the first FIRST volunteers in name order with exact balances (index
    ranges), shows that it is still summing, then fills in every row; a newer refresh wins."""
    db, shop, bank, zhang, _li = station
    more = bulk_add_volunteers(db, volunteer_rows(FIRST + 30, seed=7))
    for n, vid in enumerate(more):
        points.award(db, vid, 100 * (n % 7 + 1), shop.id if n % 3 else bank.id, "环境整治")
        if n % 5 == 0:
            points.award(db, vid, -50, shop.id, "扣分")
    page = Page(ctx)
    qtbot.addWidget(page)
    view = page.balances
    seen, first_count = [], []

    def first():
        seen.append(("first", view.complete, view.status.isVisibleTo(view), list(view.model.rows)))
        first_count.append(view.count.text())

    view.first_shown.connect(first)
    view.all_shown.connect(lambda: seen.append(("all", view.complete, view.status.isVisibleTo(view),
                                                list(view.model.rows))))
    view.refresh()  # supersedes the constructor's refresh: its results are dropped
    page.show()
    qtbot.waitUntil(lambda: view.complete, timeout=20000)
    assert [s[0] for s in seen] == ["first", "all"]  # once each: the superseded refresh showed nothing
    _kind, complete, busy, head = seen[0]
    assert not complete and busy  # before the full load, with "computing all balances" showing
    assert first_count == [view.tr("{0} rows so far").format(len(head))]  # not presented as a total
    assert len({r.volunteer_id for r in head}) == FIRST
    for row in head:  # exact, straight from the ledger
        assert row.balance == points.balance(db, row.volunteer_id, row.scheme_id)
    _kind, complete, busy, full = seen[1]
    assert complete and not busy
    expected = points.balance_rows(db, include_zero=True)
    assert len(full) == len(expected) > len(head)
    assert {(r.volunteer_id, r.scheme_id): r.balance for r in full} == {
        (r.volunteer_id, r.scheme_id): r.balance for r in expected}
    assert full[:len(head)] == head  # the first screenful is the head of the full list, in the same order
    assert [r.name for r in full] == sorted(r.name for r in full)
    assert view.model.rowCount() == len(expected)
    assert view.count.text() == view.tr("{0} rows").format(len(expected))
    view.refresh()  # a later refresh (after a write) keeps the full list up, then replaces it
    assert view.model.rowCount() == len(expected) and not view.complete and view.status.isVisibleTo(view)
    qtbot.waitUntil(lambda: view.complete, timeout=20000)
    assert [s[0] for s in seen] == ["first", "all", "all"]
    assert view.model.rowCount() == len(expected)


def test_redemption_prints_a_slip(ctx, qtbot, station, tmp_path, chinese):
    db, shop, _bank, zhang, _li = station
    dialog = RedeemDialog(ctx, zhang)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.picker.volunteer_id() == zhang and len(dialog.goods) == 2, timeout=5000)
    qtbot.waitUntil(lambda: "30" in dialog.balance.text(), timeout=5000)
    dialog.set_quantity("洗衣粉", 2)
    dialog.set_quantity("食用油", 1)
    assert dialog.total.text().endswith("45")
    dialog.submit()  # 45 分 > 30 分: refused on this PC, with the reason
    qtbot.waitUntil(lambda: "不够" in dialog.error.text(), timeout=5000)
    dialog.set_quantity("食用油", 0)
    with qtbot.waitSignal(dialog.redeemed, timeout=20000) as blocker:
        dialog.submit()
    number, path = blocker.args
    text = re.sub(r"\s+", " ", "".join(page.extract_text() for page in PdfReader(path).pages))
    for expected in ("爱心超市兑换单", number, "张秀英", "洗衣粉", "2 袋", "兑换后余额 10 分", "领取人签名"):
        assert expected in text, expected
    assert points.balance(db, zhang, shop.id) == 1000
    assert goods.find_goods(db, "洗衣粉").stock == 3
    qtbot.waitUntil(lambda: "10" in dialog.balance.text(), timeout=5000)
    assert dialog.print_button.isVisible()

    # 打印: the printer dialog, then the slip laid out and painted on the render pool, not in the window
    from PySide6.QtWidgets import QLineEdit

    from desktop.printing import document

    painted_on = []
    real = document.render_paper

    def spy(*args, **kwargs):
        painted_on.append(threading.current_thread() is threading.main_thread())
        return real(*args, **kwargs)

    document.render_paper = spy
    try:
        dialog.print_slip()
        qtbot.waitUntil(lambda: getattr(dialog, "print_dialog", None) is not None and dialog.print_dialog.isVisible(),
                        timeout=10_000)
        target = tmp_path / "slip.pdf"
        dialog.print_dialog.findChild(QLineEdit, "filename").setText(str(target))
        dialog.print_dialog.accept()
        qtbot.waitUntil(lambda: "已发送" in dialog.error.text(), timeout=30_000)
    finally:
        document.render_paper = real
    assert painted_on == [False]
    assert dialog.error.text() == "兑换单已发送到打印机（1 页）。" and target.exists()
    printed = re.sub(r"\s+", " ", "".join(page.extract_text() for page in PdfReader(target).pages))
    assert number in printed and "张秀英" in printed


def test_statement_lists_every_entry_and_voids(ctx, qtbot, station):
    db, shop, _bank, zhang, _li = station
    dialog = StatementDialog(ctx, zhang, shop.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=5000)
    assert "30" in dialog.heading.text()
    dialog.table.setCurrentCell(0, 0)
    dialog.reason.setText("记错了")
    dialog.void_selected()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=5000)
    assert points.balance(db, zhang, shop.id) == 0


def test_kiosk_shows_the_balance_after_sign_in(ctx, db, qtbot, station):
    _db, shop, _bank, zhang, _li = station
    now = datetime.now().replace(second=0, microsecond=0)
    activity = add_activity(db, title="理论宣讲", category="宣传宣讲党的政策", start=now - timedelta(hours=1),
                            end=now + timedelta(hours=2))
    window = KioskWindow(ctx, activity.id)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=5000):
        window.show()
    with qtbot.waitSignal(window.tapped, timeout=5000):
        window.tap(zhang)
    qtbot.waitUntil(lambda: "积分超市" in window.banner.text(), timeout=5000)
    assert "30 分" in window.banner.text().splitlines()[-1]
    assert "时间银行" not in window.banner.text()  # that scheme does not allow it
