"""The one error the county server's core raises: an HTTP status, a protocol code and a Chinese
message (app.py turns it into the JSON answer)."""

from __future__ import annotations

from typing import Any


class ApiError(Exception):
    """A refusal with an HTTP status, a stable code and a Chinese message."""

    def __init__(self, status: int, code: str, message: str, **extra: Any):
        super().__init__(message)
        self.status, self.code, self.message, self.extra = status, code, message, extra
