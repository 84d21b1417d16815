"""A migrated station database, made once per test session and copied for every new one.

A full Alembic migration of a new file takes about a second; a copy takes a few
milliseconds. tests/conftest.py makes every `Database(folder)` whose folder has
no database file yet start from a copy (tests marked `migrate` get the real
migration), and sync_harness.new_pc uses the same template.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from pathlib import Path

_TEMPLATE: dict[str, Path] = {}


def template(make) -> Path:
    """The template file, made on first use with `make(folder)` (the real, migrating open)."""
    if "path" not in _TEMPLATE:
        folder = Path(tempfile.mkdtemp(prefix="sd-template-"))
        make(folder).close()
        _TEMPLATE["path"] = folder / "station.sqlite"
    return _TEMPLATE["path"]


def place(source: Path, folder: Path) -> None:
    """Copy the template into `folder`, without its identity: the copy makes its own site id."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / source.name
    shutil.copyfile(source, target)
    conn = sqlite3.connect(target)
    try:
        with conn:
            conn.execute("DELETE FROM meta WHERE key IN ('site_id', 'hlc')")
    finally:
        conn.close()
