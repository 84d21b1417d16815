"""Where a station's data lives, without loading the database layer (the login screen needs it first)."""

from __future__ import annotations

from pathlib import Path

from desktop import APP_NAME


def default_data_dir() -> Path:
    """Per-user local data folder (never a roaming or cloud-synced one: WAL needs a local disk)."""
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))
