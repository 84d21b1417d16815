"""Station Desk (实践站工作台): offline-first desktop app for village civilization-practice stations."""

__version__ = "0.1.0"
APP_NAME = "StationDesk"
