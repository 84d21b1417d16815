"""The type size (设置 → 字号): one app-wide mechanism, kept per account; at every size nothing is cut off."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from desktop.services.preferences import get_type_size
from desktop.ui import typesize
from desktop.ui.main_window import MainWindow


@pytest.fixture
def standard_type(qapp):
    yield
    typesize.apply_type_size("standard")


def test_size_scales_the_font_and_style_sheets(qtbot, standard_type):
    typesize.apply_type_size("standard")
    label = QLabel("标题")
    qtbot.addWidget(label)
    label.setStyleSheet("font-size: 20px; color: #8e1515;")
    label.show()
    standard_px = label.fontInfo().pixelSize()
    body = QApplication.font().pointSizeF()
    typesize.apply_type_size("xlarge")
    assert QApplication.font().pointSizeF() == pytest.approx(body * 1.5)
    assert label.fontInfo().pixelSize() > standard_px * 1.3
    assert "color: #8e1515" in label.styleSheet()
    label.setStyleSheet("font-size: 12px;")  # a sheet set later is scaled too
    assert label.styleSheet() == f"font-size: {typesize.scaled_px(12)}px;"
    typesize.apply_type_size("standard")
    assert label.styleSheet() == f"font-size: {typesize.scaled_px(12)}px;" and typesize.scaled_px(12) == 13


def test_settings_page_keeps_the_size_for_the_account(qtbot, secure_db, tmp_path, standard_type):
    from desktop.ui.context import AppContext
    from desktop.ui.ops import ErrorReporter, Ops

    db = secure_db
    reporter = ErrorReporter(tmp_path / "logs")
    ctx = AppContext(db=db, ops=Ops(reporter), reporter=reporter, actor="王站长")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    settings = window.page("settings")
    combo = settings.type_size
    assert combo.currentText() == "标准"
    combo.setCurrentIndex(combo.findText("特大"))
    assert typesize.current() == "xlarge" and get_type_size(db.data_dir, "王站长") == "xlarge"
    assert QApplication.font().pointSizeF() == 15.0
    assert ctx.ops.shutdown(10_000)


def test_print_preview_zooms_with_the_type_size(qtbot, standard_type):
    from PySide6.QtGui import QImage

    from desktop.ui.page_preview import PagePreviewDialog

    page = QImage(400, 566, QImage.Format.Format_RGB32)
    page.fill(0xFFFFFF)
    widths = {}
    for size in ("standard", "xlarge"):
        typesize.apply_type_size(size)
        dialog = PagePreviewDialog("登记簿", [page], 1)
        qtbot.addWidget(dialog)
        widths[size] = dialog.page_labels[0].pixmap().width()
    assert widths["standard"] == 400 and widths["xlarge"] == round(400 * 15.0 / 10.0)
