"""Station Desk (实践站工作台): offline-first desktop app for village civilization-practice stations."""

__version__ = "0.1.0"
APP_NAME = "StationDesk"


def build_label() -> str:
    """The build date after the version in a frozen build (the spec writes the BUILD file), else ""."""
    from pathlib import Path

    stamp = Path(__file__).with_name("BUILD")
    if not stamp.is_file():
        return ""
    from desktop.i18n import translate

    return translate("cli", " (built {date})").format(date=stamp.read_text(encoding="utf-8").strip())
