"""Help on every page: F1 and the 帮助 button open the page's topic, the topics name only controls
that exist, help is searchable, every textless button has a tooltip, hints sit beside the choices
that need knowledge, and the first-run tour walks five real pages."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QToolTip, QWidget

from desktop.ui import pages
from desktop.ui.help import check, topics
from desktop.ui.help.hints import HintLabel
from desktop.ui.help.tooltips import textless
from desktop.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, ctx, chinese, tmp_path):
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    yield win
    win.close()


def test_every_page_has_a_topic_and_every_named_control_exists(window):
    assert check.pages_without_topic() == []
    missing = []
    for spec in pages.PAGES:
        page = window.page(spec.key)
        named = topics.controls(spec.key)
        assert named, f"the topic of {spec.key} names no control"
        missing += check.missing_controls(spec.key, page)
    assert missing == []


def test_the_check_notices_a_control_that_went_away(window):
    page = window.page("volunteers")
    page.roster.import_button.setText("something else")
    assert any("导入" in m for m in check.missing_controls("volunteers", page))


def test_every_topic_says_what_the_page_is_for_its_steps_and_its_figures(chinese):
    for spec in pages.PAGES:
        html = topics.html(spec.key)
        assert 'class="purpose"' in html and "<ol>" in html, spec.key
        assert "含义" in html, f"{spec.key}: what each figure or column means"
        assert topics.title(spec.key) == pages.title(spec), "the topic is titled as the sidebar names the page"


def test_f1_and_the_help_button_open_the_page_topic(qtbot, window):
    for spec in pages.PAGES:
        window.show_page(spec.key)
        button = window.page(spec.key).findChild(QAbstractButton, "helpButton")
        assert button is not None and button.isVisibleTo(window), spec.key
        assert "F1" in button.toolTip()
        window.help.dock.hide()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(window.help.dock.isVisible)
        assert window.help.panel.current_key == spec.key
        assert topics.title(spec.key) in window.help.panel.browser.toPlainText()
    window.show_page("activities")
    window.help.dock.hide()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.page("activities").setFocus()
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F1)
    qtbot.waitUntil(window.help.dock.isVisible)
    assert window.help.panel.current_key == "activities"
    window.help.panel.browser.setSource(QUrl("signin.html"))  # a link in a topic opens the other topic
    assert window.help.panel.current_key == "signin"
    assert "二维码卡" in window.help.panel.browser.toPlainText()
    window.help.show("activities")
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F1)  # F1 again closes it
    qtbot.waitUntil(lambda: not window.help.dock.isVisible())


def test_help_is_searchable_across_topics(qtbot, window):
    hits = topics.search("集中活动日")
    assert {"activities", "quickcard"} <= {h.key for h in hits}
    assert topics.search("没有这个词xyz") == []
    window.help.show("home")
    panel = window.help.panel
    panel.search.setFocus()
    panel.search.insert("二维码卡")  # typed through the input method; QTest types ASCII only
    qtbot.waitUntil(panel.results.isVisible)
    keys = [panel.results.item(i).data(Qt.ItemDataRole.UserRole) for i in range(panel.results.count())]
    assert "signin" in keys
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    assert panel.current_key == keys[0]
    assert panel.browser.textCursor().selectedText() == "二维码卡"
    panel.search.setText("没有这个词xyz")
    assert panel.none_found.isVisibleTo(panel) and not panel.results.isVisibleTo(panel)


def test_every_textless_button_on_every_page_has_a_tooltip(window):
    bare = []
    for spec in pages.PAGES:
        page = window.page(spec.key)
        bare += [(spec.key, type(b).__name__, b.objectName()) for b in page.findChildren(QAbstractButton)
                 if textless(b) and not b.toolTip()]
    bare += [("help panel", b.objectName()) for b in window.help.dock.findChildren(QAbstractButton)
             if textless(b) and not b.toolTip()]
    assert bare == []


def test_hints_beside_the_choices_that_need_knowledge(qtbot, window, empty_ctx):
    from desktop.ui.first_run import FirstRunDialog

    first = FirstRunDialog(empty_ctx)
    qtbot.addWidget(first)
    assert "九支" in first.findChild(HintLabel, "hint_team_presets").toolTip()
    households = window.page("volunteers").households
    assert "1+10" in households.findChild(HintLabel, "hint_one_plus_ten").toolTip()
    activities = window.page("activities")
    assert activities.findChild(HintLabel, "hint_concentrated_day") is not None
    assert activities.findChild(HintLabel, "hint_ten_working_days") is not None
    dialog = activities.new_activity()  # deletes itself on close
    assert "移风易俗" in dialog.findChild(HintLabel, "hint_five_tasks").toolTip()
    dialog.reject()
    signin = window.page("signin")
    assert "24" in signin.findChild(HintLabel, "hint_active_volunteer").toolTip()
    from desktop.services.targets import TargetRules
    from desktop.ui.targets_widget import RulesDialog

    rules = RulesDialog(TargetRules())
    qtbot.addWidget(rules)
    tips = {name: spin.toolTip() for name, spin in rules.spins.items()}
    assert all(tips.values()) and len(set(tips.values())) == len(tips), "one hint a target"
    assert len(rules.findChildren(HintLabel)) == len(tips)


def test_the_tour_walks_five_real_pages_and_can_be_skipped(qtbot, window):
    tour = window.help.start_tour()
    seen = []
    for index in range(5):
        assert tour.index == index
        step = tour.steps[index]
        assert window.current_key() == step.page
        target = tour.target
        assert isinstance(target, QWidget) and target is not window.page(step.page), step.page
        assert target.isVisible(), step.page
        hole = tour.highlighted()
        assert tour.overlay.isVisible() and tour.overlay.rect().contains(hole.center())
        assert not tour.overlay.mask().contains(hole.center()), "the highlighted control stays clickable"
        assert not tour.bubble.geometry().intersects(hole) or hole.height() > window.height() / 2
        assert tour.body.text() and tour.heading.text()
        seen.append(step.page)
        qtbot.mouseClick(tour.next_button, Qt.MouseButton.LeftButton)
    assert seen == ["home", "volunteers", "activities", "signin", "reports"]
    assert tour.done and QSettings().value("help/tour_done", False, type=bool)
    again = window.help.start_tour()  # reopened from 帮助
    qtbot.mouseClick(again.next_button, Qt.MouseButton.LeftButton)
    assert again.index == 1
    qtbot.mouseClick(again.back_button, Qt.MouseButton.LeftButton)
    assert again.index == 0
    qtbot.mouseClick(again.skip_button, Qt.MouseButton.LeftButton)
    assert again.done and not again.overlay.isVisible()


@pytest.mark.qt_log_ignore("does not support raise")  # the offscreen platform, raising the tooltip
def test_hint_label_shows_its_text_on_click(qtbot):
    from desktop.ui.help.hints import hint

    label = hint("ten_working_days")
    qtbot.addWidget(label)
    label.show()
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: QToolTip.isVisible() and "10" in QToolTip.text())
    assert isinstance(label, QLabel) and label.text() == "?"


def test_help_text_follows_the_type_size(qtbot, window):
    from desktop.ui import typesize

    window.help.show("home")
    browser = window.help.panel.browser
    before = browser.document().defaultFont().pointSizeF()
    try:
        typesize.apply_type_size("xlarge")
        qtbot.waitUntil(lambda: browser.document().defaultFont().pointSizeF() > before)
        assert "font-size" not in browser.document().defaultStyleSheet()
    finally:
        typesize.apply_type_size(typesize.DEFAULT_TYPE_SIZE)
