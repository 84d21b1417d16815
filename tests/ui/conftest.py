"""Fixtures shared by the UI tests."""

import pytest


@pytest.fixture
def chinese(qapp):
    """The shipped language: the windows' own strings in Chinese (zh_CN), taken out again after the test."""
    from desktop.ui.i18n import install_translators

    translators = install_translators(qapp, "zh_CN")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture
def selfcheck_page(qtbot, ctx):
    """The 星级自查 page on a station with one activity held this year, its table filled."""
    from datetime import date

    from desktop.services import selfcheck
    from desktop.services.activities import add_activity
    from desktop.ui.pages.selfcheck import Page

    add_activity(ctx.db, title="党史故事分享会", category="学习实践科学理论", start=f"{date.today().year}-01-10 09:00",
                 end=f"{date.today().year}-01-10 11:00", status="held")
    widget = Page(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 700)
    widget.show()
    qtbot.waitUntil(lambda: widget.table.rowCount() == len(selfcheck.KEYS))
    return widget
