"""The 点单 page: intake on one screen, the receipt as a real PDF read back,
then dispatch, accept, done with hours and the rating through the dialogs;
the queue, the history and search follow."""

from __future__ import annotations

import re
import subprocess

from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog

from desktop.services import request_queries as rq
from desktop.services import requests as svc
from desktop.services.volunteers import add_volunteer
from desktop.ui.requests import Page
from desktop.ui.requests.dialogs import AcceptDialog, DispatchDialog, DoneDialog, IntakeDialog, RateDialog


def wait_idle(qtbot, ctx) -> None:
    qtbot.waitUntil(lambda: not ctx.ops.busy(), timeout=10_000)


def open_dialog(qtbot, page, cls):
    qtbot.waitUntil(lambda: isinstance(getattr(page, "dialog", None), cls) and page.dialog.isVisible(),
                    timeout=10_000)
    return page.dialog


def save(qtbot, dialog) -> None:
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.save()


def test_intake_receipt_and_the_whole_loop(qtbot, ctx, tmp_path, monkeypatch):
    svc.add_menu_item(ctx.db, "老人理发上门", category="健康服务", response_hours=24)
    barber = add_volunteer(ctx.db, name="钱师傅", phone="13900001234")
    page = Page(ctx)
    qtbot.addWidget(page)
    page.resize(1300, 700)
    page.show()
    wait_idle(qtbot, ctx)
    assert page.model.rowCount() == 0

    # intake: one screen, saved, and the receipt written to the file the head picked
    out = tmp_path / "回执.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "PDF (*.pdf)"))
    page.new_button.click()
    intake = open_dialog(qtbot, page, IntakeDialog)
    intake.resident.setText("张大爷")
    intake.phone.setText("13800001111")
    intake.item.setCurrentIndex(1)
    intake.place.setText("三组 12 号")
    intake.wanted.setText("周六上午")
    intake.channel.setCurrentIndex(1)  # phone call
    with qtbot.waitSignal(page.receipt_written, timeout=20_000) as written:
        intake.buttons.button(intake.buttons.StandardButton.Save).click()
    assert written.args == [str(out), 1]
    row = rq.list_requests(ctx.db)[0].row
    text = re.sub(r"\s+", "", "".join(p.extract_text() for p in PdfReader(out).pages))
    for expected in ("群众点单回执", "测试村新时代文明实践站", "张大爷", "13800001111", "老人理发上门", "三组12号",
                     "周六上午", "电话", "".join(row.number)):
        assert expected in text, expected
    assert "答复时间" in text and f"{row.requested_at.month:02d}月" in text
    png = subprocess.run(["pdftoppm", "-png", "-r", "40", "-singlefile", str(out), str(tmp_path / "receipt")],
                         capture_output=True)
    assert png.returncode == 0 and (tmp_path / "receipt.png").stat().st_size > 5000  # it draws, not blank

    # a bad intake stays on the form with its message
    page.new_button.click()
    bad = open_dialog(qtbot, page, IntakeDialog)
    bad.save()
    qtbot.waitUntil(lambda: bool(bad.error.text()), timeout=10_000)
    assert "群众姓名" in bad.error.text() and bad.isVisible()
    bad.reject()

    wait_idle(qtbot, ctx)
    assert page.model.rowCount() == 1 and page.current is not None and page.current.id == row.id

    # dispatch to a volunteer, accept, done with hours, rate
    page.actions["dispatch"].click()
    dispatch = open_dialog(qtbot, page, DispatchDialog)
    dispatch.to_volunteer.setChecked(True)
    dispatch.volunteer.setCurrentIndex(dispatch.volunteer.findData(barber.id))
    save(qtbot, dispatch)
    wait_idle(qtbot, ctx)
    page.actions["accept"].click()
    accept = open_dialog(qtbot, page, AcceptDialog)
    accept.accept_volunteer.setChecked(True)
    accept.volunteer.setCurrentIndex(accept.volunteer.findData(barber.id))
    save(qtbot, accept)
    wait_idle(qtbot, ctx)
    page.actions["done"].click()
    done = open_dialog(qtbot, page, DoneDialog)
    done.volunteer.setCurrentIndex(done.volunteer.findData(barber.id))
    done.hours.setValue(1.5)
    save(qtbot, done)
    wait_idle(qtbot, ctx)
    qtbot.waitUntil(lambda: page.actions["rate"].isEnabled(), timeout=10_000)
    page.actions["rate"].click()
    rate = open_dialog(qtbot, page, RateDialog)
    rate.buttons_by_rating["满意"].setChecked(True)
    rate.comment.setPlainText("手艺好")
    save(qtbot, rate)
    wait_idle(qtbot, ctx)

    qtbot.waitUntil(lambda: page.current is not None and page.current.state.state == "rated", timeout=10_000)
    assert page.history.rowCount() == 5
    whats = [page.history.item(r, 1).text() for r in range(5)]
    assert whats == ["点单", "派单", "接单", "服务完成", "评单"]
    assert "1.5 小时" in page.history.item(3, 2).text()
    closed = [page.queues.item(r).text() for r in range(page.queues.count())]
    assert closed[list(page.QUEUE_KEYS).index("rated")].endswith("（1）")
    assert closed[list(page.QUEUE_KEYS).index("new")].endswith("（0）")

    # search by phone finds it; by another name does not
    page.search.setText("1111")
    wait_idle(qtbot, ctx)
    assert page.model.rowCount() == 1
    page.search.setText("李四")
    wait_idle(qtbot, ctx)
    assert page.model.rowCount() == 0


def test_two_accepts_show_as_a_conflict_the_head_settles(qtbot, ctx):
    row = svc.add_request(ctx.db, resident="李奶奶", text="换灯泡")
    teams = __import__("desktop.services.teams", fromlist=["x"]).list_teams(ctx.db)
    first = svc.accept(ctx.db, row.id, team=teams[0].id)
    svc.accept(ctx.db, row.id, team=teams[1].id)
    page = Page(ctx)
    qtbot.addWidget(page)
    wait_idle(qtbot, ctx)
    page.queues.setCurrentRow(list(page.QUEUE_KEYS).index("conflict"))
    wait_idle(qtbot, ctx)
    assert page.model.rowCount() == 1
    page.table.selectRow(0)
    wait_idle(qtbot, ctx)
    qtbot.waitUntil(lambda: page.actions["resolve"].isEnabled(), timeout=10_000)
    assert "两支队伍都接了单" in page.detail.text()
    page.actions["resolve"].click()
    from desktop.ui.requests.dialogs import ResolveDialog

    resolve = open_dialog(qtbot, page, ResolveDialog)
    resolve.event.setCurrentIndex(resolve.event.findData(first.id))
    save(qtbot, resolve)
    wait_idle(qtbot, ctx)
    view = rq.get_request(ctx.db, row.id)
    assert [a["id"] for a in view.state.accepts] == [first.id] and not view.state.open_conflicts


def test_monthly_ledger_from_the_page(qtbot, ctx, tmp_path):
    from datetime import date

    from openpyxl import load_workbook

    row = svc.add_request(ctx.db, resident="周阿姨", text="政策咨询")
    page = Page(ctx)
    qtbot.addWidget(page)
    wait_idle(qtbot, ctx)
    today = date.today()
    for fmt in ("pdf", "xlsx"):
        out = tmp_path / f"台账.{fmt}"
        with qtbot.waitSignal(page.ledger_written, timeout=20_000):
            page.save_ledger(today.year, today.month, fmt, str(out))
        if fmt == "pdf":
            text = "".join(p.extract_text() for p in PdfReader(out).pages)
            assert "群众点单台账" in text and row.number in text
        else:
            cells = [c for r in load_workbook(out).active.iter_rows(values_only=True) for c in r if c]
            assert row.number in cells and "周阿姨" in cells


def test_a_request_dialog_without_an_action_is_refused_when_defined():
    import pytest

    from desktop.ui.requests.dialogs import _Dialog

    with pytest.raises(TypeError, match="must define call"):
        type("NoAction", (_Dialog,), {})
