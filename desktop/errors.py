"""Errors a user can act on, with their Chinese message.

Split as qutebrowser's misc/sql.py does: a UserError is bad input or an
environment problem (disk full, database locked, read-only folder) that the
user can fix; anything else is a bug and gets reported as one.
"""

from __future__ import annotations

import re
import sqlite3

from sqlalchemy import exc as sa_exc


class UserError(Exception):
    """An error whose message (Chinese) is fit to show to the user as is."""

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
        super().__init__(message or "需要登录：请用环境变量 STATION_DESK_PASSWORD 或 --password-stdin 提供密码"
                                    "（账号用 --user 指定，默认为站长）。")


class PermissionDenied(UserError):
    """The signed-in account's role may not do this."""


class CorruptDatabase(EnvironmentProblem):
    """The station file is empty, truncated or damaged; `backup` is the newest good backup, if any."""

    def __init__(self, message: str, backup=None):
        super().__init__(message)
        self.backup = backup


_ENV_PATTERNS = [
    ("database or disk is full", "磁盘已满，无法保存。请清理磁盘空间（例如删除不用的文件）后重试，已保存的数据不受影响。"),
    ("disk i/o error", "读写磁盘出错。请检查磁盘或U盘是否正常连接，然后重试。"),
    ("database is locked", "数据库正被另一个程序占用。请关闭其他正在运行的实践站工作台窗口后重试。"),
    ("readonly database", "数据文件是只读的，无法保存。请检查数据文件夹的权限。"),
    ("attempt to write a readonly", "数据文件是只读的，无法保存。请检查数据文件夹的权限。"),
    ("unable to open database", "无法打开数据文件。请检查数据文件夹是否存在、是否有写入权限。"),
    ("file is not a database", "数据文件已损坏或不是本软件的数据文件。请从备份恢复（数据文件夹中的 backups 目录），或联系县中心。"),
    ("database disk image is malformed", "数据文件已损坏。请从备份恢复（数据文件夹中的 backups 目录），或联系县中心。"),
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
    """Chinese advice for a database error caused by the environment, else None."""
    if isinstance(error, sa_exc.DBAPIError) and error.orig is not None:
        error = error.orig
    if isinstance(error, OSError) and getattr(error, "errno", None) == 28:
        return _ENV_PATTERNS[0][1]
    if isinstance(error, sqlite3.Error | OSError | _sqlcipher_error()):
        text = str(error).lower()
        for needle, message in _ENV_PATTERNS:
            if needle in text:
                return message
    return None


def as_user_error(error: BaseException) -> UserError | None:
    """Map an exception to a UserError when the user can act on it."""
    if isinstance(error, UserError):
        return error
    message = environment_message(error)
    if message:
        return EnvironmentProblem(message)
    return None
