"""What keeps the window responsive on a big station (bench/ui_freeze.py measures it): the page
re-fit does not feed itself, a wrapping row answers heightForWidth from a cache until something
changes, the roster's lookups are built off the UI thread, the pages' modules load in the background."""

from __future__ import annotations

import sys

import shiboken6
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QWidget

from desktop.services.roster import load_roster
from desktop.services.volunteers import add_volunteer
from desktop.ui import pages
from desktop.ui.flow import FlowLayout
from desktop.ui.main_window import MainWindow, PageScroll
from desktop.ui.volunteer_model import VolunteerTableModel, prepare


def test_an_idle_page_is_not_refitted_again_and_again(qtbot, ctx, monkeypatch):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    window.show_page("settings")
    qtbot.waitUntil(lambda: not ctx.ops.busy())
    qtbot.wait(300)  # the page has settled
    calls = []
    original = PageScroll._refit
    monkeypatch.setattr(PageScroll, "_refit", lambda self: (calls.append(self), original(self)))
    qtbot.wait(500)
    assert calls == []  # before the fix: a re-fit every few milliseconds, for ever
    page = window.current_page()
    label = QLabel("一段会换行的说明文字 " * 30, page)
    label.setWordWrap(True)
    page.layout().addWidget(label)  # something does grow: the page is re-fitted, then rests
    qtbot.waitUntil(lambda: len(calls) >= 1)
    settled = len(calls)
    qtbot.wait(300)
    assert len(calls) == settled and page.height() >= label.height()


def test_flow_height_for_width_is_cached_until_a_child_changes(qtbot):
    holder = QWidget()
    qtbot.addWidget(holder)
    row = FlowLayout(holder)
    combo = QComboBox()
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    combo.addItems(["甲"] * 3)
    for widget in (QPushButton("一个按钮"), QPushButton("又一个按钮"), combo):
        row.addWidget(widget)
    holder.show()
    narrow = row.heightForWidth(120)
    wide = row.heightForWidth(2000)
    assert narrow > wide
    reads = []
    original = FlowLayout._do_layout
    row._do_layout = lambda rect, apply: (reads.append(rect), original(row, rect, apply=apply))[1]
    assert row.heightForWidth(120) == narrow and reads == []  # asked again: from the cache
    combo.addItem("一个很长很长很长很长很长很长很长很长很长的选项")  # the combo grows: the layout is invalidated
    qtbot.waitUntil(lambda: row.heightForWidth(2000) is not None and len(reads) >= 1)
    assert row.heightForWidth(300) >= wide


def test_prepared_rows_install_like_set_rows(qapp, db):
    for name in ("张三", "李四", "王五"):
        add_volunteer(db, name=name)
    data = load_roster(db)
    by_hand, prepared = VolunteerTableModel(), VolunteerTableModel()
    by_hand.set_rows(data.rows)
    by_hand.set_index(data.index.ids())
    prepared.install(prepare(data.rows, data.index.ids()))
    for model in (by_hand, prepared):
        model.set_search(data.index.search_positions("li"), model._filter)
    assert [by_hand.row_at(i).id for i in range(by_hand.total())] == \
        [prepared.row_at(i).id for i in range(prepared.total())] == [r.id for r in data.rows if r.name == "李四"]
    assert by_hand._same_order == prepared._same_order


def test_page_modules_load_in_the_background(monkeypatch):
    # stand-ins for page modules not loaded yet (re-importing real pages would register them twice)
    monkeypatch.delitem(sys.modules, "colorsys", raising=False)
    monkeypatch.delitem(sys.modules, "tabnanny", raising=False)
    monkeypatch.setattr(pages, "PAGES", [pages.PageSpec("home", "Home", "colorsys"),
                                         pages.PageSpec("other", "Other", "tabnanny"),
                                         pages.PageSpec("broken", "Broken", "desktop.ui.no_such_page")])
    monkeypatch.delitem(sys.modules, "quopri", raising=False)
    monkeypatch.setattr(pages, "LATER_MODULES", ("quopri",))  # a stand-in for the import wizard
    monkeypatch.setattr(pages, "_warming", [])
    thread = pages.warm_up(skip="home")
    assert thread is not None and thread.daemon
    thread.join(60)
    assert "tabnanny" in sys.modules and "colorsys" not in sys.modules  # the page on screen is not its job
    assert "quopri" in sys.modules  # what a page's button opens later is warmed too
    assert pages.warm_up() is None  # once per process


def test_a_page_behind_another_refreshes_when_shown_again(qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    home = window.page("home")
    qtbot.waitUntil(lambda: not ctx.ops.busy())
    calls = []
    original = home.targets.refresh
    home.targets.refresh = lambda: (calls.append(1), original())
    home.targets._refresh_later.refresh = home.targets.refresh
    window.show_page("settings")
    add_volunteer(ctx.db, name="别页添加")
    ctx.ops.db(lambda: None, mutates=True)
    qtbot.waitUntil(lambda: not ctx.ops.busy())
    assert calls == []  # behind the settings page: not re-read
    window.show_page("home")
    qtbot.waitUntil(lambda: calls == [1])
    ctx.ops.db(lambda: None, mutates=True)  # on screen: re-read at once
    qtbot.waitUntil(lambda: len(calls) == 2)
    assert not home.targets._refresh_later.stale


def test_the_filter_mask_is_made_with_the_rows_and_filters_as_before(qapp, db):
    from desktop.services.roster import RosterFilter
    from desktop.services.volunteers import exit_volunteer

    kept = [add_volunteer(db, name=name) for name in ("张三", "李四", "王五")]
    exit_volunteer(db, kept[1].id, reason="搬走")
    data = load_roster(db)
    on_roster = RosterFilter(status="active")
    prepared = prepare(data.rows, data.index.ids(), on_roster)
    assert prepared.mask_for == on_roster and prepared.mask == [r.status == "active" for r in data.rows]
    model = VolunteerTableModel()
    model.install(prepared)
    model.set_search(None, on_roster)
    assert sorted(model.row_at(i).name for i in range(model.total())) == ["张三", "王五"]
    model.set_search(None, RosterFilter(status="exited"))  # another filter: a new mask
    assert [model.row_at(i).name for i in range(model.total())] == ["李四"]
    assert prepare(data.rows, data.index.ids(), RosterFilter()).mask is None  # no filter, no mask


def test_fitted_columns_are_as_wide_as_qts_fit(qtbot, ctx):
    from desktop.services.demo import generate
    from desktop.ui.columns import fit_columns
    from desktop.ui.pages.activities import Page as ActivitiesPage
    from desktop.ui.pages.volunteers import Page as VolunteersPage

    generate(ctx.db, volunteers=60, activities=30, seed=5)
    for page in (VolunteersPage(ctx), ActivitiesPage(ctx)):
        qtbot.addWidget(page)
        page.resize(1200, 700)
        page.show()
        qtbot.waitUntil(lambda page=page: page.table.model().rowCount() > 0 and not ctx.ops.busy())
        table = page.table
        columns = range(table.model().columnCount() - 1)  # the last one stretches
        fit_columns(table)
        ours = [table.columnWidth(c) for c in columns]
        table.resizeColumnsToContents()
        assert ours == [table.columnWidth(c) for c in columns]


def test_a_change_announced_after_its_view_was_deleted_is_ignored(qtbot):
    """The change signal holds the when_shown callable, not a Qt slot, so it still fires after the
    view is gone (a CI run once saw TeamsView's refresh reach a deleted widget)."""
    from PySide6.QtCore import QObject, Signal

    from desktop.ui.when_shown import when_shown

    class Announcer(QObject):
        changed = Signal()

    announcer = Announcer()
    view = QWidget()
    calls = []
    refresh_later = when_shown(view, lambda: calls.append(1))
    announcer.changed.connect(refresh_later)
    announcer.changed.emit()
    assert calls == [1]
    view.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(view))
    announcer.changed.emit()  # no RuntimeError from the deleted widget, and no refresh
    assert calls == [1]
