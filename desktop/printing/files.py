"""A PDF is written beside its name and moved over it only when whole (document.write_pdf, pack.write_pack,
the print-to-file of isolated): where it is written, and the check that it is whole."""

from __future__ import annotations

import errno
from pathlib import Path


def check_complete(path: Path) -> None:
    """QPdfWriter says nothing when the disk fills up: a written PDF ends with %%EOF. Raises OSError
    (ENOSPC, which the UI and the CLI tell in Chinese) and removes the file when it does not."""
    try:
        with open(path, "rb") as handle:
            handle.seek(0, 2)
            size = handle.tell()
            handle.seek(max(0, size - 64))
            tail = handle.read()
    except OSError:
        path.unlink(missing_ok=True)
        raise
    if b"%%EOF" not in tail:
        path.unlink(missing_ok=True)
        raise OSError(errno.ENOSPC, f"the PDF {path} was not written completely")


def partial_path(path: Path | str) -> Path:
    """Where a PDF is written before it is renamed to `path` (a cancelled or failed write leaves nothing)."""
    path = Path(path)
    return path.with_name(path.name + ".part")
