"""Per-PC and per-account display preferences (the type size), kept beside the data.

`prefs.json` in the data folder, never synced (a preference belongs to the
person at this PC, not to the station):

    {"pc": {"type_size": "large"}, "accounts": {"王站长": {"type_size": "xlarge"}}}

The login screen (before anyone has signed in) uses the PC's size, which is
the size last chosen on this PC; after sign-in the account's own size wins.
The file is plain JSON (no personal data beyond login names, which the login
screen lists anyway) and 0600 like every file in the data folder.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from desktop.errors import ValidationError
from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.paths import default_data_dir

PREFS_FILENAME = "prefs.json"
TYPE_SIZES = ("standard", "large", "xlarge")
DEFAULT_TYPE_SIZE = "standard"
# The application font, in points, for each size (Qt's own default is 9 pt = 12 px at 96 dpi).
POINT_SIZES = {"standard": 10.0, "large": 12.5, "xlarge": 15.0}
TYPE_SIZE_NAMES = {
    "standard": QT_TRANSLATE_NOOP("services.preferences", "Standard"),
    "large": QT_TRANSLATE_NOOP("services.preferences", "Large"),
    "xlarge": QT_TRANSLATE_NOOP("services.preferences", "Extra large"),
}


def type_size_name(size: str) -> str:
    return translate("services.preferences", TYPE_SIZE_NAMES[size])


def parse_type_size(text: str) -> str:
    """`standard|large|xlarge` or the shown names (标准 / 大 / 特大, in any language); else a ValidationError."""
    value = (text or "").strip()
    lowered = value.lower().replace("-", "").replace("_", "").replace(" ", "")
    for size in TYPE_SIZES:
        if lowered in (size, TYPE_SIZE_NAMES[size].lower().replace(" ", "")) or value == type_size_name(size):
            return size
    raise ValidationError(translate("services.preferences", "Unknown type size “{value}”: use one of {choices}.").format(
        value=value, choices=" / ".join(type_size_name(s) for s in TYPE_SIZES)))


def _path(data_dir: Path | str | None) -> Path:
    return Path(data_dir or default_data_dir()) / PREFS_FILENAME


def _load(data_dir) -> dict:
    try:
        data = json.loads(_path(data_dir).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _save(data_dir, data: dict) -> None:
    path = _path(data_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    try:
        os.chmod(tmp, 0o600)
    except OSError:
        pass
    os.replace(tmp, path)


def _valid(value) -> str | None:
    return value if value in TYPE_SIZES else None


def get_type_size(data_dir, username: str | None = None) -> str:
    """The account's size, else the PC's, else standard."""
    data = _load(data_dir)
    if username:
        account = (data.get("accounts") or {}).get(username) or {}
        if _valid(account.get("type_size")):
            return account["type_size"]
    return _valid((data.get("pc") or {}).get("type_size")) or DEFAULT_TYPE_SIZE


def set_type_size(data_dir, size: str, username: str | None = None) -> str:
    """Keep `size` for the account (when signed in) and as this PC's size for the login screen."""
    size = parse_type_size(size) if size not in TYPE_SIZES else size
    data = _load(data_dir)
    data.setdefault("pc", {})["type_size"] = size
    if username:
        data.setdefault("accounts", {}).setdefault(username, {})["type_size"] = size
    _save(data_dir, data)
    return size
