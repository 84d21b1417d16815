"""The reports page and the targets widget, driven as a station head would."""

from __future__ import annotations

import importlib.util
import threading
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt

from desktop.services.certificates import certificate_register
from desktop.services.targets import TargetRules, get_rules
from desktop.ui.reports.page import Page
from desktop.ui.targets_widget import TargetsWidget

_spec = importlib.util.spec_from_file_location("reports_data", Path(__file__).parents[1] / "unit" / "test_reports.py")
reports_data = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(reports_data)

KINDS = ["register", "signin-sheet", "activity-record", "certificate", "certificate-register", "monthly"]


@pytest.fixture
def station(db):
    return reports_data.build_station(db)


@pytest.fixture
def page(qtbot, ctx, station):
    widget = Page(ctx)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget.options.activity.count() == 3 and widget.options.volunteer.count() == 4)
    widget.options.month.setDate(QDate(2026, 3, 1))
    return widget


def choose(page, kind: str) -> None:
    page.papers.setCurrentRow(KINDS.index(kind))
    assert page.kind() == kind


def test_save_register_pdf_with_progress(qtbot, page, tmp_path):
    choose(page, "register")
    target = tmp_path / "登记簿.pdf"
    page.save_to(target, "pdf")
    assert page.busy() and page.progress.isVisible() and not page.pdf_button.isEnabled()
    qtbot.waitUntil(lambda: not page.busy(), timeout=20_000)
    assert target.exists() and str(target) in page.status.text() and page.open_button.isVisible()
    assert len(PdfReader(target).pages) >= 1 and not page.progress.isVisible()


def test_options_follow_the_paper(page):
    choose(page, "activity-record")
    assert not page.xlsx_button.isEnabled() and page.options.form.isRowVisible(page.options.activity)
    assert not page.options.form.isRowVisible(page.options.month)
    choose(page, "signin-sheet")
    assert page.xlsx_button.isEnabled() and page.options.form.isRowVisible(page.options.blank.parentWidget())
    choose(page, "certificate")
    assert page.options.form.isRowVisible(page.options.volunteer) and page.options.form.isRowVisible(page.options.handler)
    choose(page, "monthly")
    assert page.options.form.isRowVisible(page.options.month) and not page.options.form.isRowVisible(page.options.period_kind)
    assert page.default_name("pdf").endswith("2026年3月.pdf")


def test_bad_range_is_explained(page):
    choose(page, "register")
    page.options.period_kind.setCurrentIndex(2)
    page.options.first.setDate(QDate(2026, 3, 31))
    page.options.last.setDate(QDate(2026, 3, 1))
    page.preview()
    assert "结束日期" in page.status.text() and not page.busy()


def test_certificate_needs_a_handler_then_gets_a_number(qtbot, page, ctx, station, tmp_path):
    choose(page, "certificate")
    page.options.volunteer.setCurrentIndex(page.options.volunteer.findData(station["vols"]["a"].id))
    page.print_paper()
    assert page.dialog is None and page.status.text() and not page.busy()
    page.options.handler.setText("李会计")
    target = tmp_path / "证明.pdf"
    page.save_to(target, "pdf")
    qtbot.waitUntil(lambda: not page.busy(), timeout=20_000)
    register = certificate_register(ctx.db)
    assert len(register) == 1 and register[0].number in page.status.text() and target.exists()


def test_preview_opens(qtbot, page):
    choose(page, "signin-sheet")
    page.preview()
    assert page.busy()  # collecting and drawing happen in workers; the window stays live
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible(), timeout=20_000)
    labels = page.dialog.page_labels
    assert labels and labels[0].pixmap().width() > 500  # an A4 page drawn at the preview resolution
    assert labels[0].pixmap().height() > labels[0].pixmap().width()  # portrait
    page.dialog.close()
    assert not page.busy()


def test_print_from_the_preview_bounds_the_page_range(qtbot, page):
    """The preview counted the pages: the print dialog's page range goes from 1 to that count, so a
    station head cannot ask for page 9 of a 2-page sign-in sheet. Straight from 打印, the count is not known
    yet and the range stays open (a page past the end is said after the layout)."""
    from PySide6.QtPrintSupport import QPrintDialog

    choose(page, "signin-sheet")
    page.preview()
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible()
                    and page.dialog.total_pages is not None, timeout=20_000)
    total = page.dialog.total_pages
    qtbot.mouseClick(page.dialog.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(page.dialog, QPrintDialog) and page.dialog.isVisible(), timeout=20_000)
    assert (page.dialog.minPage(), page.dialog.maxPage()) == (1, total)
    assert (page.dialog._printer.fromPage(), page.dialog._printer.toPage()) == (1, total)
    page.dialog.reject()
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(page.dialog, QPrintDialog) and page.dialog.isVisible(), timeout=20_000)
    assert page.dialog.maxPage() > total
    page.dialog.reject()


def test_preview_of_a_long_paper_shows_the_first_pages(qtbot, ctx):
    from desktop.printing.document import PREVIEW_PAGES, render_images
    from desktop.reports.base import HtmlDoc

    rows = "".join(f"<tr><td>{i}</td><td>第 {i} 行，内容较长需要换行显示以便检查版面</td></tr>" for i in range(1500))
    paper = HtmlDoc(title="长表", html=f"<table><thead><tr><th>序号</th><th>内容</th></tr></thead>{rows}</table>")
    images, total = render_images(paper)
    assert total > PREVIEW_PAGES and len(images) == PREVIEW_PAGES
    from desktop.ui.page_preview import PagePreviewDialog

    dialog = PagePreviewDialog("长表", images, total)
    qtbot.addWidget(dialog)
    assert str(PREVIEW_PAGES) in dialog.note.text() and str(total) in dialog.note.text()


def _counting_renderer(monkeypatch):
    """isolated.render_images as for a long paper: the first pages at once, the count when `gate` opens."""
    from PySide6.QtGui import QImage

    from desktop.ui.reports import page as reports_page

    gate, calls = threading.Event(), []

    def render_images(doc, *, progress=None, setup=None, on_first=None):
        image = QImage(600, 850, QImage.Format.Format_RGB32)
        image.fill(0xFFFFFF)
        on_first([image, image])
        calls.append("first")
        while not gate.wait(0.02):
            if progress(10, 100) is False:
                calls.append("cancelled")
                return None
        return [image, image], 640

    monkeypatch.setattr(reports_page.isolated, "render_images", render_images)
    return gate, calls


def test_a_long_paper_opens_before_its_pages_are_counted(qtbot, page, monkeypatch):
    gate, _calls = _counting_renderer(monkeypatch)
    choose(page, "register")
    page.preview()
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible(), timeout=20_000)
    dialog = page.dialog
    assert dialog.total_pages is None and "2" in dialog.note.text() and len(dialog.page_labels) == 2
    assert page.busy() and page.status.text()  # the count goes on, with its progress in the note
    qtbot.waitUntil(lambda: "%" in dialog.note.text(), timeout=5_000)
    gate.set()
    qtbot.waitUntil(lambda: not page.busy(), timeout=20_000)
    assert page.dialog is dialog and dialog.total_pages == 640 and "640" in dialog.note.text()
    dialog.close()


def test_closing_the_preview_stops_the_count(qtbot, page, ctx, monkeypatch):
    _gate, calls = _counting_renderer(monkeypatch)
    choose(page, "register")
    page.preview()
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible(), timeout=20_000)
    page.dialog.close()
    assert not page.busy()
    qtbot.waitUntil(lambda: "cancelled" in calls, timeout=5_000)
    assert ctx.ops.render_pool.waitForDone(5_000) and page.preview_button.isEnabled()


def test_cancel_writes_nothing(qtbot, page, ctx, tmp_path):
    choose(page, "register")
    gate = threading.Event()
    ctx.ops.db(gate.wait, 10)  # hold the worker so the cancel lands before the export starts
    target = tmp_path / "x.xlsx"
    page.save_to(target, "xlsx")
    page.cancel()
    gate.set()
    qtbot.waitUntil(lambda: not page.busy(), timeout=20_000)
    assert not target.exists() and page.status.text() and not page.open_button.isVisible()


def test_targets_widget_and_rules(qtbot, ctx, station):
    widget = TargetsWidget(ctx)
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: widget.data is not None, timeout=10_000)
    assert widget.data.month.items and "实践站活动" in widget.month_items.text()
    assert widget.summary.text()
    widget._open_rules(TargetRules())
    widget.dialog.spins["activities_per_month"].setValue(7)
    widget.dialog.accept()
    qtbot.waitUntil(lambda: get_rules(ctx.db).activities_per_month == 7, timeout=10_000)
    qtbot.waitUntil(lambda: "≥ 7" in widget.month_items.text(), timeout=10_000)


def test_certificate_register_reprint_and_void(qtbot, qtmodeltester, page, ctx, station):
    from desktop.periods import month
    from desktop.services.certificates import issue_certificate

    issued = issue_certificate(ctx.db, station["vols"]["a"].id, month(2026, 3), handler="李会计")
    page.options.year.setValue(issued.issued_on.year)
    choose(page, "certificate-register")
    assert page.certs.isVisible() and page.options.form.isRowVisible(page.options.year)
    qtbot.waitUntil(lambda: page.certs.certificates.rowCount() == 1, timeout=10_000)
    qtmodeltester.check(page.certs.certificates)
    assert page.certs.certificates.index(0, 0).data() == issued.number
    page.certs.void_button.click()
    assert page.certs.dialog is None and page.status.text()  # nothing selected yet: told what to do
    page.certs.cert_view.selectRow(0)
    page.certs.reprint_button.click()
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible(), timeout=20_000)
    page.dialog.close()
    page.certs.void_button.click()
    page.certs.dialog.setTextValue("姓名写错")
    page.certs.dialog.accept()
    certificates = page.certs.certificates
    qtbot.waitUntil(lambda: certificates.rowCount() == 1 and certificates.rows[0].voided, timeout=10_000)
    assert "姓名写错" in page.certs.certificates.index(0, 6).data()
    qtmodeltester.check(page.certs.certificates)


def test_register_for_one_volunteer(qtbot, page, station, tmp_path):
    import openpyxl

    choose(page, "register")
    assert page.options.form.isRowVisible(page.options.only_volunteer) and page.options.only_volunteer.currentData() is None
    page.options.only_volunteer.setCurrentIndex(page.options.only_volunteer.findData(station["vols"]["b"].id))
    target = tmp_path / "one.xlsx"
    page.save_to(target, "xlsx")
    qtbot.waitUntil(lambda: not page.busy(), timeout=20_000)
    cells = [c.value for row in openpyxl.load_workbook(target).active.iter_rows() for c in row]
    assert station["vols"]["b"].name in cells and station["vols"]["c"].name not in cells
    page.options.group_by.setCurrentIndex(1)  # per activity: everyone at each activity
    assert not page.options.form.isRowVisible(page.options.only_volunteer)
