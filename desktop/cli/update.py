"""`update [--download] [--install] [--json]`: a newer version from the county server."""

from __future__ import annotations

import sys

from desktop.cli import print_json
from desktop.i18n import translate


def register(sub) -> None:
    p = sub.add_parser("update", help=translate("cli.update", "see, download and install a new version published by the county"))
    p.add_argument("--download", action="store_true", help=translate("cli.update", "download the new version and check its signature (resumes where it stopped)"))
    p.add_argument("--install", action="store_true", help=translate("cli.update", "run the installer after the download"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=run_update)


def run_update(args, open_db) -> int:
    from desktop.errors import UserError
    from desktop.services import updates

    db = open_db()
    status = updates.status(db)
    if not (args.download or args.install):
        if args.json:
            print_json(status.as_dict())
        elif status.available:
            print(translate("cli.update", "A new version {latest} is out (this PC: {current}). Download it with update --download.").format(
                latest=status.latest, current=status.current))
        else:
            unknown = "" if status.latest else translate("cli.update", " (after a sync we know whether the county has a new version)")
            print(translate("cli.update", "This PC has the newest version {current}.").format(current=status.current) + unknown)
        return 0
    if not status.available:
        raise UserError(translate("cli.update", "No version newer than this PC's ({current}). Sync once first to see whether the county has published one.").format(
            current=status.current))

    def progress(done, total):
        print("\r" + translate("cli.update", "Downloading {done} / {total} KB").format(done=done // 1024, total=total // 1024), end="", file=sys.stderr,
              flush=True)

    try:
        path = updates.download(db, progress=progress)
    finally:
        print(file=sys.stderr)  # the message, if any, starts on its own line
    if args.json:
        print_json({**status.as_dict(), "file": str(path)})
    else:
        print(translate("cli.update", "Downloaded and signature checked: {path}").format(path=path))
    if args.install:
        updates.start_installer(path)
        print(translate("cli.update", "The installer has started. Close Station Desk before installing."))
    return 0
