"""Screenshots of the app for review: `python -m desktop.ui.screenshot --out DIR [--data-dir D] [--page KEY]...`

Run under Xvfb (`make screenshots`); builds demo data in a temporary folder
when no --data-dir is given.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer

from desktop.ui.app import build_main_window, make_app, open_context


def settle(app, ctx, ms: int = 400) -> None:
    """Let queued ops finish and the window paint: again while an op is still running (a page's first load,
    started from the event loop, can outlast `ms` on a slow machine and was missing from its shot)."""
    for _ in range(40):  # at most 40 rounds: a shot of what there is rather than no shot
        ctx.ops.shutdown()
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()
        app.processEvents()
        if not ctx.ops.busy():
            return


def shoot_kiosk(app, ctx, out: Path) -> None:
    """kiosk-1024x768.png and kiosk-1366x768.png: today's activity, a few signed in."""
    from datetime import datetime, timedelta

    from desktop.services import kiosk
    from desktop.services.activities import add_activity
    from desktop.ui.kiosk.window import KioskWindow

    now = datetime.now().replace(second=0, microsecond=0)
    activity = add_activity(ctx.db, title="学习宣讲党的二十届三中全会精神", category="学习实践科学理论",
                            start=now - timedelta(minutes=20), end=now + timedelta(hours=2), place="村委会议室")
    out.mkdir(parents=True, exist_ok=True)
    first = True
    for width, height in ((1024, 768), (1366, 768)):
        window = KioskWindow(ctx, activity.id)
        window.resize(width, height)
        window.show()
        settle(app, ctx, 600)
        if first:
            for vid in window.model.ids()[:3]:
                kiosk.tap(ctx.db, activity.id, vid)
            first = False
            window.close_now()
            window = KioskWindow(ctx, activity.id)
            window.resize(width, height)
            window.show()
            settle(app, ctx, 600)
        path = out / f"kiosk-{width}x{height}.png"
        window.grab().save(str(path))
        print(path)
        window.close_now()


def shoot_back_entry(app, ctx, out: Path) -> None:
    """back-entry.png: yesterday's activity, a few people ticked, one with their own time."""
    from datetime import datetime, timedelta

    from desktop.services.activities import add_activity
    from desktop.ui.activities.back_entry import BackEntryDialog

    start = (datetime.now() - timedelta(days=1)).replace(hour=14, minute=30, second=0, microsecond=0)
    activity = add_activity(ctx.db, title="移风易俗文明新风宣讲", category="持续深入移风易俗", start=start,
                            end=start + timedelta(hours=2), place="文化广场")
    dialog = BackEntryDialog(ctx, activity.id)
    dialog.resize(1000, 700)
    dialog.show()
    settle(app, ctx, 600)
    for row in (0, 2, 3, 5):
        dialog.model.toggle(row)
    dialog.model.setData(dialog.model.index(3, 3), "15:45")
    dialog._count()
    settle(app, ctx, 200)
    out.mkdir(parents=True, exist_ok=True)
    path = out / "back-entry.png"
    dialog.grab().save(str(path))
    print(path)
    dialog.close()


def shoot_targets(app, ctx, out: Path) -> None:
    """targets.png and targets-records.png: the home page's target check, and the list of the
    records behind one target (a click on its name)."""
    from desktop.ui.targets_widget import TargetsWidget

    widget = TargetsWidget(ctx)
    widget.resize(1100, 560)
    widget.show()
    settle(app, ctx, 600)
    out.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(out / "targets.png"))
    print(out / "targets.png")
    served = next((i for i, item in enumerate(widget.data.year.items) if item.records), 0)
    widget.year_items.linkActivated.emit(f"year:{served}")
    settle(app, ctx, 300)
    widget.records_dialog.grab().save(str(out / "targets-records.png"))
    print(out / "targets-records.png")
    widget.records_dialog.close()
    widget.close()


def shoot_safety(app, ctx, out: Path) -> None:
    """login.png, lock.png, audit.png, backup.png, recovery.png (issue 11), with the head's account made."""
    from desktop.db import damaged_error
    from desktop.services.accounts import add_account, create_head
    from desktop.services.backup import automatic_backup
    from desktop.ui.backup_page import BackupRestoreBox
    from desktop.ui.login import LockScreen, LoginDialog
    from desktop.ui.session import RecoveryDialog, apply_role

    out.mkdir(parents=True, exist_ok=True)
    if ctx.db.user is None:
        create_head(ctx.db, "王建国", "screenshot-password")
        add_account(ctx.db, "李会计", "screenshot-password", "录入员")
        add_account(ctx.db, "张签到", "screenshot-password", "签到员")
    ctx.actor = ctx.db.user.username
    automatic_backup(ctx.db, "daily")

    def save(widget, name: str) -> None:
        settle(app, ctx, 500)
        widget.grab().save(str(out / name))
        print(out / name)

    login = LoginDialog(ctx.db.data_dir, ctx.ops)
    login.resize(720, 520)
    login.show()
    save(login, "login.png")
    login.close()
    window = build_main_window(ctx)
    window.resize(1366, 740)
    window.show()
    apply_role(window, ctx.db.user)
    window.show_page("audit")
    save(window, "audit.png")
    lock = LockScreen(ctx, window)
    lock.lock()
    save(window, "lock.png")
    lock.hide()
    box = BackupRestoreBox(ctx)
    box.resize(1000, 560)
    box.show()
    save(box, "backup.png")
    box.close()
    error = damaged_error(ctx.db.path, ctx.db.backups_dir, ctx.db.key)
    dialog = RecoveryDialog(ctx.db.data_dir, ctx.ops, error)
    dialog.resync_button.setVisible(True)  # as on an enrolled PC (this demo station is not enrolled)
    dialog.show()
    save(dialog, "recovery.png")
    dialog.close()
    window.close()


def demo_station(ctx, volunteers: int = 1000, activities: int = 300) -> None:
    """The demo station (for the manual, desktop/ui/help/manual.py), unless the folder has a station already."""
    if ctx.db.station_id is not None:
        return
    from desktop.services.demo import generate
    from desktop.services.station import setup_station

    setup_station(ctx.db, name="新庄村新时代文明实践站", village="新庄村", town="城关镇", county="南郑区",
                  head_name="王建国")
    generate(ctx.db, volunteers=volunteers, activities=activities)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=Path("screenshots"))
    parser.add_argument("--data-dir", type=Path, default=None)
    parser.add_argument("--page", action="append", default=None)
    parser.add_argument("--volunteers", type=int, default=1000)
    parser.add_argument("--kiosk", action="store_true", help="the sign-in kiosk at 1024x768 and 1366x768 only")
    parser.add_argument("--back-entry", action="store_true", help="the paper sheet back-entry grid only")
    parser.add_argument("--safety", action="store_true", help="login, lock screen, audit page, backups, damaged-file recovery")
    parser.add_argument("--targets", action="store_true", help="the home page's targets and one target's records only")
    parser.add_argument("--size", default="1366x740", help="window size of the page shots, e.g. 1024x768")
    parser.add_argument("--type-size", default="standard", choices=("standard", "large", "xlarge"),
                        help="设置 → 字号 (desktop.ui.typesize)")
    args = parser.parse_args()
    app = make_app()
    from desktop.ui.typesize import apply_type_size

    apply_type_size(args.type_size)
    data_dir = args.data_dir or Path(tempfile.mkdtemp(prefix="station-desk-shot-"))
    ctx = open_context(data_dir)
    if ctx.db.station_id is None:
        from desktop.services.demo import generate
        from desktop.services.station import setup_station

        setup_station(ctx.db, name="新庄村新时代文明实践站", village="新庄村", town="城关镇", county="南郑区",
                      head_name="王建国")
        generate(ctx.db, volunteers=args.volunteers, activities=300)
    if args.safety:
        shoot_safety(app, ctx, args.out)
        ctx.db.close()
        return 0
    if args.back_entry:
        shoot_back_entry(app, ctx, args.out)
        ctx.db.close()
        return 0
    if args.targets:
        shoot_targets(app, ctx, args.out)
        ctx.db.close()
        return 0
    if args.kiosk:
        shoot_kiosk(app, ctx, args.out)
        ctx.db.close()
        return 0
    window = build_main_window(ctx)
    width, height = (int(n) for n in args.size.split("x"))
    window.resize(width, height)
    window.show()
    args.out.mkdir(parents=True, exist_ok=True)
    from desktop.ui import pages

    for key in args.page or [p.key for p in pages.PAGES]:
        window.show_page(key)
        settle(app, ctx)
        path = args.out / f"{key}.png"
        window.grab().save(str(path))
        print(path)
    window.close()
    ctx.db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
