"""The star-rating page: the self-check shown line by line with its evidence, a
statement saved through the dialog, and the evidence pack built off the UI thread
with progress and Cancel."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from desktop.periods import span
from desktop.ui.pages.selfcheck import DeclareDialog


@pytest.fixture
def page(selfcheck_page):
    return selfcheck_page


def test_lines_and_their_evidence(qtbot, page):
    keys = [line.key for line in page.data.lines]
    page.table.setCurrentCell(keys.index("activities"), 0)
    assert "党史故事分享会" in page.detail.toPlainText()
    assert str(page.data.score) in page.score.text() and page.targets.rowCount() >= 1
    page.targets.setCurrentCell(0, 0)
    assert page.detail_title.text()


def test_a_statement_through_the_dialog(qtbot, page):
    keys = [line.key for line in page.data.lines]
    page.table.setCurrentCell(keys.index("signage"), 0)
    page.declare()
    qtbot.waitUntil(lambda: isinstance(page.dialog, DeclareDialog) and page.dialog.isVisible())
    dialog = page.dialog
    dialog.text.setPlainText("村委会门口挂牌")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: page.data is not None and page.data.lines[keys.index("signage")].status == "met")
    assert "村委会门口挂牌" in page.data.lines[keys.index("signage")].evidence[0]
    assert page.status.text() == page.tr("Statement saved; it goes to the county with the next sync.")


def test_the_evidence_pack_with_progress(qtbot, page, tmp_path):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    year = date.today().year
    page.make_pack(span(date(year, 1, 1), date.today()), tmp_path)
    assert page.busy() and page.progress.isVisible() and not page.pack_button.isEnabled()
    qtbot.waitUntil(lambda: not page.busy(), timeout=60_000)
    assert len(list(tmp_path.glob("*.pdf"))) == 1 and len(list(tmp_path.glob("*.zip"))) == 1
    assert next(tmp_path.glob("*.pdf")).name in page.status.text() and page.open_button.isVisible()


def test_cancelling_the_pack_leaves_nothing(qtbot, page, tmp_path):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    year = date.today().year
    task = page.make_pack(span(date(year, 1, 1), date.today()), tmp_path)
    task.cancel()
    qtbot.waitUntil(lambda: not page.busy(), timeout=60_000)
    assert list(tmp_path.iterdir()) == [] and page.status.text() == page.tr("Cancelled; no file was written.")
