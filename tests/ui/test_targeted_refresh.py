"""Targeted refreshes: a volunteer edit updates the row it changed (ui/volunteer_model.py,
ui/roster/roster_view.py); the roster is not reloaded, the selection stays."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtTest import QAbstractItemModelTester

from desktop.services import roster as roster_service
from desktop.services.roster import RosterFilter, load_roster
from desktop.services.volunteers import add_volunteer, bulk_add_volunteers
from desktop.ui.pages.volunteers import Page
from desktop.ui.volunteer_model import VolunteerTableModel


def make_page(qtbot, ctx) -> Page:
    page = Page(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.roster.data is not None and not ctx.ops.busy())
    return page


def test_an_edit_reloads_one_row_not_the_roster(qtbot, ctx, monkeypatch):
    bulk_add_volunteers(ctx.db, [{"name": f"志愿者{n}", "phone": f"139{n:08d}"} for n in range(600)])
    page = make_page(qtbot, ctx)
    view = page.roster
    full_loads = []
    real = roster_service.load_roster
    monkeypatch.setattr("desktop.ui.roster.roster_view.load_roster",
                        lambda *a, **k: full_loads.append(1) or real(*a, **k))
    target = view.model.row_at(3)
    assert view.select(target.id)
    dialog = view.open_volunteer(target.id)
    dialog.name.setText("改名后")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.save()
    qtbot.waitUntil(lambda: view.model.row_by_id(target.id).name == "改名后", timeout=5000)
    qtbot.waitUntil(lambda: not ctx.ops.busy(), timeout=5000)
    assert full_loads == [] and view.selected().id == target.id
    view.search.setText("gaiminghou")  # the search index has the new name
    assert [view.model.row_at(i).id for i in range(view.model.rowCount())] == [target.id]
    view.search.clear()
    add = view.add_volunteer()  # a new volunteer joins without a reload too
    add.name.setText("新来的")
    add.phone.setText("13912345678")
    with qtbot.waitSignal(add.saved, timeout=5000) as saved:
        add.save()
    qtbot.waitUntil(lambda: view.model.row_by_id(saved.args[0]) is not None, timeout=5000)
    qtbot.waitUntil(lambda: not ctx.ops.busy(), timeout=5000)
    assert full_loads == [] and view.model.all_count() == 601 and view.model.total() == 601


def test_a_change_of_unknown_scope_reloads(qtbot, ctx):
    page = make_page(qtbot, ctx)
    add_volunteer(ctx.db, name="别处添加")
    ctx.ops.db(lambda: None, mutates=True)
    qtbot.waitUntil(lambda: page.roster.model.all_count() == 1, timeout=5000)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=st.lists(st.tuples(st.integers(0, 39), st.sampled_from(["active", "exited"]), st.booleans()),
                      min_size=1, max_size=6),
       status=st.sampled_from(["", "active", "exited"]))
def test_upsert_matches_a_full_reload(qapp, db_rows, edits, status):
    """Whatever rows change (status flips move them in and out of the filter), the model after
    upsert_rows shows what a fresh model with the same rows and filter shows."""
    rows = list(db_rows)
    model = VolunteerTableModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_rows(rows)
    model.set_filter(RosterFilter(status=status))
    model.fetchMore()
    changed = []
    for n, new_status, rename in edits:
        rows[n] = replace(rows[n], status=new_status, name=rows[n].name + ("改" if rename else ""))
        changed.append(rows[n])
    model.upsert_rows(changed)
    fresh = VolunteerTableModel()
    fresh.set_rows(rows)
    fresh.set_filter(RosterFilter(status=status))
    fresh.fetchMore()
    assert [model.row_at(i) for i in range(model.total())] == [fresh.row_at(i) for i in range(fresh.total())]



@pytest.fixture(scope="module")
def db_rows(tmp_path_factory):
    from desktop.db import Database
    from desktop.services.station import setup_station

    db = Database(tmp_path_factory.mktemp("rows"))
    setup_station(db, name="测试站")
    bulk_add_volunteers(db, [{"name": f"人{n}", "phone": f"139{n:08d}"} for n in range(40)])
    rows = load_roster(db).rows
    db.close()
    return rows
