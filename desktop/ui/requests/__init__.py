"""The 点单 page (residents' requests) and its dialogs."""

from desktop.ui.requests.page import Page

__all__ = ["Page"]
