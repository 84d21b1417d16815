"""Errors a user can act on, with their message in the user's language (desktop.i18n).

Split as qutebrowser's misc/sql.py does: a UserError is bad input or an
environment problem (disk full, database locked, read-only folder) that the
user can fix; anything else is a bug and gets reported as one.
"""

from __future__ import annotations

import re
import sqlite3
import sys

from desktop.i18n import QT_TRANSLATE_NOOP, translate


class UserError(Exception):
    """An error whose message (translated) is fit to show to the user as is."""

    def __init__(self, message: str, *, field: str | None = None):
        super().__init__(message)
        self.message = message
        self.field = field

    def __str__(self) -> str:
        return self.message


class ValidationError(UserError):
    """Bad input in one field."""


class NotFound(UserError):
    pass


class DatabaseTooNew(UserError):
    pass


class EnvironmentProblem(UserError):
    """The disk, the file or another process is in the way; not a bug."""


class LoginRequired(UserError):
    """The data is protected by accounts and no (or a wrong) credential was given."""

    def __init__(self, message: str | None = None):
        super().__init__(message or translate(
            "errors", "Sign in first: give the password with STATION_DESK_PASSWORD or --password-stdin (the account with "
                      "--user; the station head by default)."))


class PermissionDenied(UserError):
    """The signed-in account's role may not do this."""


class CorruptDatabase(EnvironmentProblem):
    """The station file is empty, truncated or damaged; `backup` is the newest good backup, if any."""

    def __init__(self, message: str, backup=None):
        super().__init__(message)
        self.backup = backup


_ENV_PATTERNS = [
    ("database or disk is full", QT_TRANSLATE_NOOP("errors", "The disk is full, nothing could be saved. Free some disk space (for example delete files you do not need) and try again; data already saved is not affected.")),
    ("disk i/o error", QT_TRANSLATE_NOOP("errors", "The disk could not be read or written. Check that the disk or USB drive is connected properly, then try again.")),
    ("database is locked", QT_TRANSLATE_NOOP("errors", "The database is in use by another program. Close any other Station Desk window and try again.")),
    ("readonly database", QT_TRANSLATE_NOOP("errors", "The data file is read-only and cannot be saved. Check the permissions of the data folder.")),
    ("attempt to write a readonly", QT_TRANSLATE_NOOP("errors", "The data file is read-only and cannot be saved. Check the permissions of the data folder.")),
    ("unable to open database", QT_TRANSLATE_NOOP("errors", "The data file cannot be opened. Check that the data folder exists and can be written to.")),
    ("file is not a database", QT_TRANSLATE_NOOP("errors", "The data file is damaged or is not a Station Desk data file. Restore it from a backup (the backups folder in the data folder), or contact the county centre.")),
    ("database disk image is malformed", QT_TRANSLATE_NOOP("errors", "The data file is damaged. Restore it from a backup (the backups folder in the data folder), or contact the county centre.")),
]


_PERSONAL = re.compile(r"(?<![0-9A-Za-z])(\d{17}[\dXx]|\d{15}|1[3-9]\d{9})(?![0-9A-Za-z])")


def scrub(text: str) -> str:
    """A log line without personal data: ID numbers and mobile numbers are replaced by asterisks.

    SQL parameters never reach the logs: the engine is made with hide_parameters=True.
    """
    return _PERSONAL.sub(lambda m: "*" * len(m.group(0)), text)


def _sqlcipher_error() -> type:
    try:
        import sqlcipher3
    except ImportError:  # pragma: no cover
        return sqlite3.Error
    return sqlcipher3.dbapi2.Error


def environment_message(error: BaseException) -> str | None:
    """Advice (in the user's language) for a database error caused by the environment, else None."""
    # SQLAlchemy wraps the driver's error; an error can only be one of its own once it is loaded,
    # so the check does not import it (the login screen and `--version` start without it).
    sa_exc = sys.modules.get("sqlalchemy.exc")
    if sa_exc is not None and isinstance(error, sa_exc.DBAPIError) and error.orig is not None:
        error = error.orig
    if isinstance(error, OSError) and getattr(error, "errno", None) == 28:
        return translate("errors", _ENV_PATTERNS[0][1])
    if isinstance(error, sqlite3.Error | OSError | _sqlcipher_error()):
        text = str(error).lower()
        for needle, message in _ENV_PATTERNS:
            if needle in text:
                return translate("errors", message)
    return None


def as_user_error(error: BaseException) -> UserError | None:
    """Map an exception to a UserError when the user can act on it."""
    if isinstance(error, UserError):
        return error
    message = environment_message(error)
    if message:
        return EnvironmentProblem(message)
    return None
