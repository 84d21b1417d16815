"""Where a long paper's stretches fall (document._Paper.plan), kept on disk from one process to the next.

The preview counts a long paper's pages in a child process (document.count_pages_as_pdf). Saving the same
paper as a PDF right after, in another child, used to lay the paper out twice again: a pass to count its
pages, then a pass to paint them (document.render_paper). The count's plan is kept here, so the save
skips its own counting pass (bench/README.md, "A PDF after its preview").

- **Key:** a hash of the paper's HTML, with the resolution, the page layout and the Qt and app versions.
- **Contents:** table indexes and page counts only, nothing of the paper's text.
- **A plan is never trusted:** render_paper checks each stretch against it as the stretch is laid out
  (the next stretch must begin at the page top the plan says, and the last must end the paper). A plan
  that does not fit raises StalePlan; write_pdf drops it and writes the paper the long way.

`table_spans(html)`: the top-level tables a paper can be cut between (a plan's indexes count them).

Hand-written, since no library caches a layout; the folder is the temporary one, and a broken or missing
file is simply a plan not kept.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from pathlib import Path

KEEP = 20  # plans kept; the oldest go
_TABLE_TAG = re.compile(r"<(/?)table\b", re.IGNORECASE)


class StalePlan(RuntimeError):
    """A kept plan does not fit the paper as it lays out now."""


def table_spans(html: str) -> list[tuple[int, int]]:
    """Where each top-level <table>...</table> of `html` starts and ends (the blocks a paper can be cut between)."""
    spans: list[tuple[int, int]] = []
    depth, start = 0, 0
    for match in _TABLE_TAG.finditer(html):
        if match.group(1):
            if depth == 0:
                continue  # a stray closing tag
            depth -= 1
            if depth == 0:
                spans.append((start, html.find(">", match.end()) + 1))
        else:
            if depth == 0:
                start = match.start()
            depth += 1
    return spans


def folder() -> Path:
    """The temporary folder's station-desk-plans, or STATION_DESK_PLANS (the tests' own)."""
    return Path(os.environ.get("STATION_DESK_PLANS") or Path(tempfile.gettempdir()) / "station-desk-plans")


def key(html: str, dpi: int, layout) -> str:
    """The plan's name: the paper's HTML, laid out at `dpi` on `layout` (a QPageLayout), by this Qt and app."""
    from PySide6 import __version__ as qt_version

    from desktop import __version__ as app_version

    rect = layout.fullRectPoints()
    margins = layout.margins()
    digest = hashlib.sha256(html.encode("utf-8", "surrogatepass"))
    digest.update(repr((dpi, rect.width(), rect.height(), margins.left(), margins.top(), margins.right(),
                        margins.bottom(), qt_version, app_version)).encode())
    return digest.hexdigest()[:40]


def load(name: str) -> list[tuple[int, int, int]] | None:
    """The plan kept under `name`, or None (none kept, or not a plan: checked here for its shape, and by
    render_paper against the layout)."""
    try:
        data = json.loads((folder() / f"{name}.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, list) or not data:
        return None
    plan: list[tuple[int, int, int]] = []
    for item in data:
        if not (isinstance(item, list) and len(item) == 3 and all(type(n) is int for n in item)):
            return None
        first, upto, pages = item
        starts = plan[-1][0] < first < plan[-1][1] if plan else first == 0  # inside the stretch before it
        if not starts or upto <= first or pages < 1:
            return None
        plan.append((first, upto, pages))
    return plan


def save(name: str, plan: list[tuple[int, int, int]]) -> None:
    """Keep `plan` (written whole or not at all); the oldest plans beyond KEEP go. Any OSError: not kept."""
    try:
        where = folder()
        where.mkdir(mode=0o700, exist_ok=True)
        part = where / f".{name}.{os.getpid()}.part"
        part.write_text(json.dumps([list(item) for item in plan]), encoding="utf-8")
        os.replace(part, where / f"{name}.json")
        kept = sorted(where.glob("*.json"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in kept[KEEP:]:
            old.unlink(missing_ok=True)
    except OSError:
        return


def drop(name: str) -> None:
    try:
        (folder() / f"{name}.json").unlink(missing_ok=True)
    except OSError:
        return
