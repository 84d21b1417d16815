"""Station Desk (实践站工作台): offline-first desktop app for village civilization-practice stations."""

__version__ = "0.1.0"
APP_NAME = "StationDesk"


def build_label() -> str:
    """" (构建于 YYYY-MM-DD)" in a frozen build (the spec writes the BUILD file), else ""."""
    from pathlib import Path

    stamp = Path(__file__).with_name("BUILD")
    return f"（构建于 {stamp.read_text(encoding='utf-8').strip()}）" if stamp.is_file() else ""
