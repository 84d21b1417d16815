"""The roster feature's widgets: roster tab, dialogs, teams, 1+10, import wizard."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6


def alive(owner, callback: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """A worker callback that does nothing once `owner` (a widget) has been deleted."""

    def call(result: Any) -> Any:
        if shiboken6.isValid(owner):
            return callback(result)
        return None

    return call


def run(owner, fn: Callable, *args: Any, on_done: Callable | None = None, on_error: Callable | None = None,
        **kwargs: Any):
    """`owner.ctx.ops.db(...)` whose callbacks are dropped once `owner` is gone (a dialog closed
    while its save was still running); errors then go to the reporter without a parent."""

    reporter = owner.ctx.reporter

    def failed(error: BaseException) -> bool:
        if shiboken6.isValid(owner):
            return bool(on_error(error)) if on_error is not None else False
        reporter.show(None, error)
        return True

    return owner.ctx.ops.db(fn, *args, on_done=alive(owner, on_done) if on_done else None, on_error=failed,
                            **kwargs)
