"""Whose QR cards: everyone, one team, or one volunteer (a lost card is one page, not the whole roster)."""

from __future__ import annotations

import subprocess

import pytest
from PySide6.QtCore import Qt

from desktop.services.teams import add_team
from desktop.services.volunteers import add_volunteer
from desktop.ui.pages import signin as signin_page
from desktop.ui.pages.signin import Page


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


@pytest.fixture
def page(ctx, db, qtbot, tmp_path, monkeypatch, chinese):
    add_team(db, "卡片测试队")
    add_volunteer(db, name="队里甲", phone="13800005501", teams=["卡片测试队"])
    add_volunteer(db, name="队里乙", phone="13800005502", teams=["卡片测试队"])
    add_volunteer(db, name="队外丙", phone="13800005503")
    page = Page(ctx)
    page.fullscreen = False
    qtbot.addWidget(page)
    page.show()
    saved = []
    monkeypatch.setattr(signin_page.QFileDialog, "getSaveFileName",
                        lambda _parent, _title, name, _filter: (saved.append(name) or str(tmp_path / "out.pdf"), ""))
    page.saved_names = saved
    return page


def save(qtbot, page, dialog):
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.card_rows.open_button.isVisible(), timeout=10_000)
    return pdf_text(page.cards_saved)


def test_one_volunteer_gets_one_card(qtbot, page):
    dialog = page.choose_cards_file()
    qtbot.waitUntil(lambda: dialog.picker.index is not None, timeout=5000)
    dialog.one_person.setChecked(True)
    assert dialog.picker.isEnabled() and not dialog.team.isEnabled()
    dialog.picker.search.setText("无此人")  # typed by an input method: QTest cannot key in Chinese
    qtbot.waitUntil(lambda: dialog.picker.people.count() == 0, timeout=5000)
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "列表" in dialog.error.text()  # nobody found: said, the dialog stays
    dialog.picker.search.clear()
    qtbot.keyClicks(dialog.picker.search, "5503")
    qtbot.waitUntil(lambda: dialog.picker.people.count() == 1, timeout=5000)
    text = save(qtbot, page, dialog)
    assert "队外丙" in text and "队里甲" not in text and "队里乙" not in text
    assert "队外丙" in page.saved_names[-1] and page.card_rows.status.text().startswith("已生成 1 张")


def test_one_team_and_everyone(qtbot, page):
    dialog = page.choose_cards_file()
    qtbot.waitUntil(lambda: dialog.team.findData("卡片测试队") >= 0, timeout=5000)
    dialog.one_team.setChecked(True)
    dialog.team.setCurrentIndex(dialog.team.findData("卡片测试队"))
    text = save(qtbot, page, dialog)
    assert "队里甲" in text and "队里乙" in text and "队外丙" not in text and "卡片测试队" in page.saved_names[-1]
    dialog = page.choose_cards_file()
    text = save(qtbot, page, dialog)
    assert all(name in text for name in ("队里甲", "队里乙", "队外丙"))
