"""The roster screen: search, filters, add, edit, exit/re-activate, import wizard (happy and error paths)."""

from __future__ import annotations

from datetime import date

from openpyxl import Workbook
from PySide6.QtCore import Qt

from desktop.services.roster import load_roster
from desktop.services.volunteers import add_volunteer, get_volunteer
from desktop.ui.pages.volunteers import Page
from desktop.ui.volunteer_model import VolunteerTableModel
from desktop.validators import check_digit

ID1 = "11010519491231002X"


def make_page(qtbot, ctx) -> Page:
    page = Page(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.roster.data is not None and not ctx.ops.busy())
    return page


def show_tab(page: Page, view):
    """The teams and 1+10 tabs read their data when they are in view."""
    page.show()
    page.tabs.setCurrentWidget(view)
    return view


def names(view) -> list[str]:
    model = view.model
    return [model.row_at(i).name for i in range(model.rowCount())]


def test_model_passes_qt_model_tester(qtmodeltester, db):
    for n in range(300):
        add_volunteer(db, name=f"测试{n}", phone=f"139{n:08d}")
    model = VolunteerTableModel()
    model.set_rows(load_roster(db).rows)
    assert model.canFetchMore() and model.rowCount() == 256
    model.fetchMore()
    assert model.rowCount() == 300
    qtmodeltester.check(model)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.row_at(0).name == "测试99"


def test_instant_search_and_filters(qtbot, ctx):
    add_volunteer(ctx.db, name="张三", phone="13800001234", political_status="中共党员")
    add_volunteer(ctx.db, name="李四", phone="13900005678", tags="退役军人")
    add_volunteer(ctx.db, name="张珊珊", phone="15000000000")
    page = make_page(qtbot, ctx)
    view = page.roster
    assert view.model.total() == 3
    view.search.setText("zs")
    assert sorted(names(view)) == ["张三", "张珊珊"]  # instant: no wait for a worker
    view.search.setText("zhangsan")
    assert names(view) == ["张三"]
    view.search.setText("1234")
    assert names(view) == ["张三"]
    view.search.setText("张")
    assert sorted(names(view)) == ["张三", "张珊珊"]
    view.search.setText("")
    view.political_filter.setCurrentIndex(view.political_filter.findData("__party__"))
    assert names(view) == ["张三"]
    view.political_filter.setCurrentIndex(0)
    view.tag_filter.setCurrentIndex(view.tag_filter.findData("退役军人"))
    assert names(view) == ["李四"] and view.model.total() == 1 and "3" in view.count.text()


def test_add_with_live_validation_and_duplicate_offer(qtbot, ctx):
    existing = add_volunteer(ctx.db, name="王五", id_card=ID1)
    page = make_page(qtbot, ctx)
    dialog = page.roster.add_volunteer()
    dialog.name.setText("赵六")
    dialog.id_card.setText(ID1[:-1] + "1")
    assert "校验位" in dialog.id_hint.text()
    dialog.id_card.setText(ID1.lower())
    assert "1949-12-31" in dialog.id_hint.text() and dialog.gender.currentData() == "女"
    qtbot.waitUntil(lambda: dialog.dup_box.isVisibleTo(dialog), timeout=5000)
    assert "王五" in dialog.dup_label.text()
    opened = []
    dialog.open_requested.connect(opened.append)
    dialog.open_button.click()
    assert opened == [existing.id]
    dialog = page.roster.add_volunteer()
    dialog.name.setText("赵六")
    dialog.phone.setText("1380000")
    assert "11 位" in dialog.phone_hint.text()
    dialog.save()
    qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=5000)
    assert "电话号码" in dialog.error.text() and dialog.isVisible()
    dialog.phone.setText("13800000006")
    dialog.teams.item(0).setCheckState(Qt.CheckState.Checked)
    team = dialog.teams.item(0).text()
    dialog.join_date.setDate(date(2020, 1, 2))
    with qtbot.waitSignal(dialog.saved, timeout=5000) as saved:
        dialog.save()
    qtbot.waitUntil(lambda: "赵六" in names(page.roster), timeout=5000)
    added = get_volunteer(ctx.db, saved.args[0])
    assert added.phone == "13800000006" and added.join_date == date(2020, 1, 2)
    assert page.roster.model.row_by_id(added.id).teams == (team,)


def test_edit_exit_and_reactivate(qtbot, ctx, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    volunteer = add_volunteer(ctx.db, name="钱七", phone="13800000007")
    page = make_page(qtbot, ctx)
    view = page.roster
    assert view.select(volunteer.id)
    dialog = view.edit_selected()
    assert dialog.name.text() == "钱七"
    dialog.address.setText("新庄村三组")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.save()
    qtbot.waitUntil(lambda: view.model.row_by_id(volunteer.id).address == "新庄村三组", timeout=5000)
    view.select(volunteer.id)
    exit_dialog = view.exit_or_reactivate()
    exit_dialog.save()  # no reason yet
    qtbot.waitUntil(lambda: exit_dialog.error.text() != "", timeout=5000)
    exit_dialog.reason.setCurrentText("外出务工")
    exit_dialog.save()
    qtbot.waitUntil(lambda: get_volunteer(ctx.db, volunteer.id).status == "exited", timeout=5000)
    qtbot.waitUntil(lambda: view.model.row_by_id(volunteer.id).status == "exited", timeout=5000)
    assert names(view) == []  # the default filter shows people on the roster
    view.status_filter.setCurrentIndex(view.status_filter.findData("exited"))
    assert names(view) == ["钱七"]
    view.select(volunteer.id)
    assert view.exit_button.text() != ""
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    view.exit_or_reactivate()
    qtbot.waitUntil(lambda: get_volunteer(ctx.db, volunteer.id).status == "active", timeout=5000)
    assert get_volunteer(ctx.db, volunteer.id).exit_reason == ""


def _write(path, rows):
    book = Workbook()
    sheet = book.active
    sheet.append(["某村志愿者名册"])
    sheet.append(["姓名", "身份证号", "电话", "备注"])
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_import_wizard_happy_path(qtbot, ctx, tmp_path):
    first17 = "61072119800101011"
    good = first17 + check_digit(first17)
    path = _write(tmp_path / "名册.xlsx", [["张三", good, "13800000001", ""], ["李四", None, "13800000002", "x"]])
    page = make_page(qtbot, ctx)
    wizard = page.roster.open_import()
    wizard.load_file(str(path))
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == 1, timeout=5000)
    assert wizard.header_row.value() == 2
    assert wizard.mapping.cellWidget(2, 2).currentData() == "phone"
    wizard.set_field(3, "")  # the user decides not to import the note
    wizard.next()
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == 2, timeout=5000)
    assert wizard.plan.summary()["new"] == 2 and "2" in wizard.next_button.text()
    with qtbot.waitSignal(wizard.finished_import, timeout=10_000) as done:
        wizard.next()
    assert done.args == [2]
    qtbot.waitUntil(lambda: page.roster.model.total() == 2, timeout=5000)
    wizard.save_report(str(tmp_path / "report.csv"))
    qtbot.waitUntil(lambda: "report.csv" in wizard.message.text(), timeout=5000)
    assert (tmp_path / "report.csv").read_text(encoding="utf-8-sig").startswith("行号")


def test_import_wizard_error_paths(qtbot, ctx, tmp_path):
    page = make_page(qtbot, ctx)
    wizard = page.roster.open_import()
    wizard.next()  # no file chosen
    assert wizard.message.text() != "" and wizard.pages.currentIndex() == 0
    wizard.load_file(str(tmp_path / "missing.xlsx"))
    qtbot.waitUntil(lambda: "找不到文件" in wizard.message.text(), timeout=5000)
    assert wizard.pages.currentIndex() == 0
    path = _write(tmp_path / "bad.xlsx", [["王五", 4.10102199001011e17, "13800000001", ""]])
    wizard.load_file(str(path))
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == 1, timeout=5000)
    wizard.set_field(2, "name")  # two columns set to 姓名
    wizard.next()
    assert wizard.pages.currentIndex() == 1 and "姓名" in wizard.message.text()
    wizard.set_field(2, "phone")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == 2, timeout=5000)
    assert wizard.issue_model.rowCount() == 1
    assert "4.10102E+17" in wizard.issue_model.data(wizard.issue_model.index(0, 2))
    assert wizard.plan.summary()["new"] == 1  # kept, with the lost ID number left empty and flagged
    # The problem is never cut off: wrapped text, the whole of it in a tooltip and in the detail pane.
    assert wizard.issues.textElideMode() == Qt.TextElideMode.ElideNone
    tip = wizard.issue_model.data(wizard.issue_model.index(0, 3), Qt.ItemDataRole.ToolTipRole)
    assert "4.10102E+17" in tip and wizard.plan.issues[0].suggestion in tip
    assert "4.10102E+17" in wizard.issue_detail.text() and wizard.plan.issues[0].suggestion in wizard.issue_detail.text()
    wizard.cancel()
    assert not wizard.isVisible() and page.roster.model.all_count() == 0


def test_teams_tab_add_rename_reorder_and_presets(qtbot, ctx):
    page = make_page(qtbot, ctx)
    teams = show_tab(page, page.teams)
    qtbot.waitUntil(lambda: len(teams.model.teams) == 9, timeout=5000)
    dialog = teams.edit(None)
    dialog.name.setText("理论宣讲志愿服务队")  # taken
    dialog.save()
    qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=5000)
    dialog.name.setText("巾帼志愿服务队")
    dialog.save()
    qtbot.waitUntil(lambda: len(teams.model.teams) == 10, timeout=5000)
    first, second = teams.model.teams[0][1], teams.model.teams[1][1]
    teams.table.selectRow(0)
    teams.move(1)
    qtbot.waitUntil(lambda: teams.model.teams[0][1] == second, timeout=5000)
    assert teams.model.teams[1][1] == first
    teams.preset.setCurrentIndex(teams.preset.findData("changzhi"))
    teams.add_preset()
    qtbot.waitUntil(lambda: len(teams.model.teams) == 18, timeout=5000)
    assert "医疗健身" in teams.status.text()
    roster_teams = page.roster.data.teams
    show_tab(page, page.roster)  # the roster behind the teams tab reloads once it is in view
    qtbot.waitUntil(lambda: "医疗健身志愿服务队" in page.roster.data.teams, timeout=5000)
    assert "医疗健身志愿服务队" not in roster_teams


def test_households_tab_assign_visit_and_overdue(qtbot, ctx):
    volunteer = add_volunteer(ctx.db, name="周九", phone="13800000009")
    page = make_page(qtbot, ctx)
    view = show_tab(page, page.households)
    dialog = view.assign()
    qtbot.waitUntil(lambda: dialog.index is not None, timeout=5000)
    dialog.search.setText("zj")
    assert dialog.people.count() == 1
    dialog.save()  # no head of household yet
    qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=5000)
    dialog.head.setText("赵大爷")
    dialog.save()
    qtbot.waitUntil(lambda: len(view.people.rows) == 1, timeout=5000)
    assert view.people.rows[0].volunteer_id == volunteer.id and view.people.rows[0].overdue == 1
    assert "1" in view.headline.text()
    view.people_view.selectRow(0)
    view.homes_view.selectRow(0)
    visit = view.visit()
    visit.save()
    qtbot.waitUntil(lambda: view.people.rows and view.people.rows[0].overdue == 0, timeout=5000)
    view.overdue_only.setChecked(True)
    assert view.homes.rowCount() == 0


def test_model_search_follows_the_sort_order(qapp, db):
    from desktop.services.roster import RosterFilter

    for n, name in enumerate(["张三", "张伟", "李四", "赵六", "张敏"]):
        add_volunteer(db, name=name, phone=f"1380000000{n}")
    data = load_roster(db)
    model = VolunteerTableModel()
    model.set_rows(data.rows)
    model.set_index(data.index.ids())
    model.set_search(data.index.search_positions("zh"), RosterFilter())
    first = [model.row_at(i).name for i in range(model.rowCount())]
    assert first == ["张敏", "张三", "张伟", "赵六"]  # by pinyin, as the index orders them
    model.sort(0, Qt.SortOrder.DescendingOrder)
    model.set_search(data.index.search_positions("zhang"), RosterFilter())
    assert [model.row_at(i).name for i in range(model.rowCount())] == ["张伟", "张三", "张敏"]
    model.set_search(None, RosterFilter())
    assert model.rowCount() == 5 and model.row_at(0).name == "赵六"


def test_import_wizard_cancel_during_import_writes_nothing(qtbot, ctx, tmp_path):
    path = _write(tmp_path / "big.xlsx", [[f"志愿者{n}", None, f"139{n:08d}", ""] for n in range(1500)])
    page = make_page(qtbot, ctx)
    wizard = page.roster.open_import()
    wizard.load_file(str(path))
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == 1, timeout=5000)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == 2 and wizard.task is None, timeout=10_000)
    wizard.next()  # import...
    wizard.cancel()  # ...and cancel at once: checked between batches, the transaction rolls back
    qtbot.waitUntil(lambda: "取消" in wizard.message.text() and wizard.task is None, timeout=10_000)
    assert wizard.added is None and wizard.isVisible()
    assert load_roster(ctx.db).rows == []


def test_duplicate_found_while_editing_can_be_merged(qtbot, ctx, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    other = add_volunteer(ctx.db, name="张三", phone="13800000001", tags="乡贤")
    kept = add_volunteer(ctx.db, name="张三丰", id_card=ID1)
    page = make_page(qtbot, ctx)
    page.roster.select(kept.id)
    dialog = page.roster.edit_selected()
    dialog.name.setText("张三")
    dialog.phone.setText("13800000001")
    qtbot.waitUntil(lambda: dialog.dup_box.isVisibleTo(dialog), timeout=5000)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.merge_button.click()
    qtbot.waitUntil(lambda: page.roster.model.row_by_id(other.id) is None, timeout=5000)
    merged = page.roster.model.row_by_id(kept.id)
    assert merged.phone == "13800000001" and merged.tags == ("乡贤",) and merged.name == "张三丰"


def test_household_edit_and_hand_over(qtbot, ctx):
    from desktop.services import households as hh

    first = add_volunteer(ctx.db, name="周九", phone="13800000009")
    second = add_volunteer(ctx.db, name="吴十", phone="13800000010")
    hh.assign_household(ctx.db, first.id, head_name="赵大爷")
    page = make_page(qtbot, ctx)
    view = show_tab(page, page.households)
    qtbot.waitUntil(lambda: len(view.homes.rows) == 1, timeout=5000)
    view.homes_view.selectRow(0)
    dialog = view.edit()
    qtbot.waitUntil(lambda: dialog.people.count() == 1, timeout=5000)
    assert dialog.head.text() == "赵大爷"
    dialog.search.setText("wushi")
    dialog.address.setText("新庄村二组")
    dialog.save()
    qtbot.waitUntil(lambda: view.homes.rows and view.homes.rows[0].volunteer_id == second.id, timeout=5000)
    assert view.homes.rows[0].address == "新庄村二组"


def test_export_from_the_roster(qtbot, ctx, tmp_path):
    from openpyxl import load_workbook

    add_volunteer(ctx.db, name="张三", id_card=ID1)
    page = make_page(qtbot, ctx)
    rendered, render = [], ctx.ops.render  # the workbook is written on the render pool, not the database worker
    ctx.ops.render = lambda fn, *a, **k: rendered.append(fn) or render(fn, *a, **k)
    try:
        page.roster.export(str(tmp_path / "名册"))  # the suffix is added
        qtbot.waitUntil(lambda: "名册.xlsx" in page.roster.count.text(), timeout=10_000)
    finally:
        ctx.ops.render = render
    assert len(rendered) == 1
    sheet = load_workbook(tmp_path / "名册.xlsx").active
    assert sheet.cell(2, 2).value == "张三" and sheet.cell(2, 4).value == "110105********002X"


def test_the_hidden_tabs_read_only_when_shown(qtbot, ctx):
    page = make_page(qtbot, ctx)
    assert page.teams.model.teams == [] and page.households.households == []  # not read behind the roster tab
    add_volunteer(ctx.db, name="周九", phone="13800000009")
    ctx.db_changed.emit()  # a change elsewhere does not read them either
    qtbot.waitUntil(lambda: not ctx.ops.busy())
    assert page.teams.model.teams == []
    show_tab(page, page.teams)
    qtbot.waitUntil(lambda: len(page.teams.model.teams) == 9, timeout=5000)
