"""At 标准, 大 and 特大, on 1024×768 and 1366×768: every page and main dialog shows all of its texts
(QFontMetrics against each label's and button's room, word wrap included), no widget lies outside its
window, no window is bigger than the screen and no page has to scroll sideways (tests/ui/fit_check.py)."""

from __future__ import annotations

from datetime import datetime, timedelta

import fit_check
import pytest
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtGui import QImage

from desktop.services.activities import add_activity
from desktop.services.demo import generate
from desktop.services.roster import load_roster
from desktop.ui import pages, typesize
from desktop.ui.i18n import install_translators
from desktop.ui.main_window import MainWindow

# The middle size is in `make test` only (slow): `make check` keeps the two ends.
SIZES = ("standard", pytest.param("large", marks=pytest.mark.slow), "xlarge")
SCREENS = ((1024, 768), (1366, 768))
TASKBAR = 40  # px a dialog cannot have: the taskbar at the bottom of the screen


@pytest.fixture(scope="module")
def chinese(qapp):
    translators = install_translators(qapp, "zh_CN")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    typesize.apply_type_size("standard")


def settle(ctx, ms: int = 60) -> None:
    def spin(t: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(t, loop.quit)
        loop.exec()

    for _ in range(3):
        ctx.ops.shutdown()
        spin(20)
        for _ in range(200):
            if not ctx.ops.busy():
                break
            spin(10)
    spin(ms)


@pytest.fixture
def data_dir(tmp_path):
    """A data folder as long as a Windows profile path: the settings page shows it and must still fit."""
    return tmp_path / "Users" / "Administrator.VILLAGE-OFFICE-PC" / "AppData" / "Local" / "StationDesk" / "data"


@pytest.fixture
def demo_ctx(ctx):
    generate(ctx.db, volunteers=40, activities=20)
    now = datetime.now().replace(second=0, microsecond=0)
    ctx.activity = add_activity(ctx.db, title="理论宣讲进院坝", category="宣传宣讲党的政策",
                                start=now - timedelta(hours=1), end=now + timedelta(hours=2), place="村委会")
    return ctx


@pytest.mark.parametrize("size", SIZES)
def test_every_page_fits(qtbot, chinese, demo_ctx, size):
    typesize.apply_type_size(size)
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    window.show()
    found = []
    for width, height in SCREENS:
        window.resize(width, height)
        for spec in pages.PAGES:
            window.show_page(spec.key)
            settle(demo_ctx)
            assert window.size().width() == width and window.size().height() == height
            problems = fit_check.problems(window, (width, height))
            area = window.stack.currentWidget()
            if area.horizontalScrollBar().maximum() > 0:
                problems.append(f"the page scrolls sideways: it needs {area.widget().minimumSizeHint().width()}px, "
                                f"has {area.viewport().width()}")
            found += [f"{size} {width}×{height} {spec.key}: {p}" for p in problems]
    assert found == []


def _dialogs(ctx):
    """(name, factory) for the main dialogs and windows."""
    from desktop.services.station import get_station
    from desktop.services.targets import get_rules
    from desktop.services.teams import list_teams
    from desktop.ui.activities.dialog import ActivityDialog
    from desktop.ui.activities.volunteer_hours import VolunteerHoursDialog
    from desktop.ui.first_run import FirstRunDialog
    from desktop.ui.kiosk.window import KioskWindow
    from desktop.ui.login import CreateHeadDialog
    from desktop.ui.page_preview import PagePreviewDialog
    from desktop.ui.points.dialogs import AwardDialog
    from desktop.ui.points.goods_view import GoodsDialog
    from desktop.ui.points.redeem import RedeemDialog
    from desktop.ui.points.rules_view import SchemeDialog
    from desktop.ui.roster.dialogs import ExitDialog, VolunteerDialog
    from desktop.ui.roster.households import HouseholdDialog
    from desktop.ui.roster.import_wizard import ImportWizard
    from desktop.ui.roster.teams import TeamDialog
    from desktop.ui.targets_widget import RulesDialog

    teams = list_teams(ctx.db)
    team_names = [t.name for t in teams]
    row = load_roster(ctx.db).rows[0]
    page = QImage(794, 1123, QImage.Format.Format_RGB32)
    page.fill(0xFFFFFF)
    return [
        ("first run", lambda: FirstRunDialog(ctx)),
        ("head's password", lambda: CreateHeadDialog(ctx.db, ctx.ops, get_station(ctx.db).head_name)),
        ("add volunteer", lambda: VolunteerDialog(ctx, None, team_names, ["退役军人", "五老人员"])),
        ("edit volunteer", lambda: VolunteerDialog(ctx, row, team_names, ["退役军人"])),
        ("exit volunteer", lambda: ExitDialog(ctx, row)),
        ("team", lambda: TeamDialog(ctx, None)),
        ("household", lambda: HouseholdDialog(ctx)),
        ("import wizard", lambda: ImportWizard(ctx)),
        ("new activity", lambda: ActivityDialog(ctx, [(t.id, t.name) for t in teams])),
        ("year's hours", lambda: VolunteerHoursDialog(ctx, row.id, row.name)),
        ("targets", lambda: RulesDialog(get_rules(ctx.db))),
        ("award points", lambda: AwardDialog(ctx)),
        ("redeem", lambda: RedeemDialog(ctx)),
        ("goods", lambda: GoodsDialog(ctx)),
        ("scheme", lambda: SchemeDialog(ctx)),
        ("print preview", lambda: PagePreviewDialog("志愿者服务登记簿", [page], 3)),
        ("kiosk", lambda: KioskWindow(ctx, ctx.activity.id)),
    ]


@pytest.mark.parametrize("size", SIZES)
def test_every_dialog_fits(qtbot, chinese, demo_ctx, size):
    typesize.apply_type_size(size)
    found = []
    for name, factory in _dialogs(demo_ctx):
        for width, height in SCREENS:
            dialog = factory()
            dialog.show()
            settle(demo_ctx, 30)
            if name == "kiosk":  # full screen
                dialog.resize(width, height)
            else:  # what a window manager does with a dialog taller or wider than the screen
                hint = dialog.sizeHint().expandedTo(dialog.minimumSizeHint())
                dialog.resize(min(max(hint.width(), dialog.width()), width),
                              min(max(hint.height(), dialog.height()), height - TASKBAR))
            settle(demo_ctx, 30)
            room = (width, height) if name == "kiosk" else (width, height - TASKBAR)
            found += [f"{size} {width}×{height} {name}: {p}" for p in fit_check.problems(dialog, room)]
            dialog.close()
            dialog.deleteLater()
    settle(demo_ctx)
    print("\n".join(found))
    assert found == []
