"""The status bar tells the station head of a newer version the last sync learned of."""

from __future__ import annotations

from desktop.sync.apply import set_meta


def test_banner_shows_a_newer_version_in_chinese(qtbot, ctx):
    from PySide6.QtWidgets import QApplication

    from desktop.ui.i18n import install_translators
    from desktop.ui.update_banner import UpdateBanner

    install_translators(QApplication.instance(), "zh_CN")
    banner = UpdateBanner(ctx)
    qtbot.addWidget(banner)
    banner.refresh()
    qtbot.waitUntil(lambda: banner.latest is None and not banner.isVisible())
    with ctx.db.engine.begin() as conn:
        set_meta(conn, "latest_release", "9.9.0")
    banner.refresh()
    qtbot.waitUntil(lambda: banner.latest == "9.9.0")
    assert banner.text() == "有新版本 9.9.0，点此更新"
    with ctx.db.engine.begin() as conn:
        set_meta(conn, "latest_release", "0.0.1")  # older than this PC: nothing to offer
    banner.refresh()
    qtbot.waitUntil(lambda: banner.latest is None)
