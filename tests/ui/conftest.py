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
