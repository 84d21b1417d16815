"""Progress and cancellation for every long operation (Qt-free, bottom layer).

The one shape, used by services, importers, reports, sync, printing, the CLI
and the UI alike:

- ``Progress``: a callable ``progress(done, total)``. It returns ``False`` to
  cancel; anything else (``None``, ``True``) goes on. ``total`` is ``0`` when
  not known yet.
- ``step(progress, done, total)``: reports and raises ``Cancelled`` when the
  callback said ``False``. Long loops call it between steps; it is the only
  place that reads the convention.
- ``StagedProgress``: ``progress(stage, done, total)`` for operations with named
  stages (the sync: "push", "pull", "apply", "check", "photos"), same return
  convention. ``staged(progress, stage)`` turns it into a plain ``Progress``.
- ``CancelToken``: a thread-safe flag (a ``threading.Event``) that a UI's
  Cancel button or a signal handler sets; ``token.check()`` raises
  ``Cancelled``; ``token.progress(report)`` wraps a reporter into a
  ``Progress`` that says ``False`` once cancelled.
- ``Cancelled``: the one exception for "the user stopped it". A ``UserError``,
  so the CLI prints its message and exits 2 and the UI shows it quietly.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from desktop.errors import UserError
from desktop.i18n import QT_TRANSLATE_NOOP, translate

Progress = Callable[[int, int], "bool | None"]
StagedProgress = Callable[[str, int, int], "bool | None"]

CANCELLED = QT_TRANSLATE_NOOP("progress", "Cancelled.")


class Cancelled(UserError):
    """The user cancelled a long operation. What was committed before stays."""

    def __init__(self, message: str | None = None):
        super().__init__(message or translate("progress", CANCELLED))


def step(progress: Progress | None, done: int, total: int, message: str | None = None) -> None:
    """Report `done` of `total`; raise Cancelled (with `message`, already translated) if the callback returns False."""
    if progress is not None and progress(done, total) is False:
        raise Cancelled(message)


def staged(progress: StagedProgress | None, stage: str) -> Progress | None:
    """A plain Progress that reports under `stage`."""
    if progress is None:
        return None
    return lambda done, total: progress(stage, done, total)


class CancelToken(threading.Event):
    """Set from any thread to cancel; the worker checks between steps."""

    def cancel(self) -> None:
        self.set()

    @property
    def cancelled(self) -> bool:
        return self.is_set()

    def check(self, message: str | None = None) -> None:
        if self.is_set():
            raise Cancelled(message)

    def progress(self, report: Callable[[int, int], object] | None = None) -> Progress:
        """A Progress that forwards to `report` and returns False once cancelled."""

        def progress(done: int, total: int) -> bool:
            if report is not None:
                report(done, total)
            return not self.is_set()

        return progress


def check(cancel: threading.Event | None, message: str | None = None) -> None:
    """Raise Cancelled if `cancel` (a CancelToken or any Event) is set."""
    if cancel is not None and cancel.is_set():
        raise Cancelled(message)
