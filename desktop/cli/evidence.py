"""`export evidence-pack --from YYYY-MM-DD [--to YYYY-MM-DD] --out DIR`: the 台账资料包
(desktop.services.evidence): one PDF and a zip of the photos, written into DIR."""

from __future__ import annotations

import sys

from desktop.cli.export import register_export_kind
from desktop.errors import UserError
from desktop.i18n import translate


def _setup(kinds) -> None:
    p = kinds.add_parser("evidence-pack", help=translate("cli.evidence", "the evidence pack for a period: one PDF (cover, contents, register, activity records, bulletins, certificates, self-check) and a zip of the photos"))
    p.add_argument("--from", dest="first", required=True, help=translate("cli.evidence", "first day, for example 2026-01-01"))
    p.add_argument("--to", dest="last", default=None, help=translate("cli.evidence", "last day (default: today)"))
    p.add_argument("--out", required=True, help=translate("cli.evidence", "the folder to write the two files into"))
    p.set_defaults(handler=run)


def run(args, open_db) -> int:
    from pathlib import Path

    from desktop.services import evidence

    period = evidence.parse_period(args.first, args.last)
    folder = Path(args.out)
    if not folder.is_dir():
        raise UserError(translate("cli.evidence", "The folder “{folder}” does not exist; make it first or choose another.").format(folder=folder))
    from desktop.printing.app import ensure_app
    from desktop.printing.pack import write_pack
    from desktop.ui.i18n import install_translators

    ensure_app(setup=install_translators)
    db = open_db()
    if db.station_id is None:
        raise UserError(translate("cli.evidence", "No station has been set up on this PC yet; run init first."))

    def progress(done: int, total: int) -> bool:
        if sys.stderr.isatty():
            print(f"\r{done}/{total or '?'}", end="", file=sys.stderr, flush=True)
        return True

    result = evidence.build(db, period, folder, write_pack=write_pack, progress=progress)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(translate("cli.evidence", "Saved: {pdf} ({pages} pages, {mb:.1f} MB)").format(
        pdf=result.pdf, pages=result.pages, mb=result.pdf_bytes / 2**20))
    print(translate("cli.evidence", "Photos: {zip} ({n} photos, {mb:.1f} MB)").format(
        zip=result.zip, n=result.photos, mb=result.zip_bytes / 2**20))
    print(translate("cli.evidence", "{activities} activities, made in {seconds:.1f} s").format(
        activities=result.activities, seconds=result.seconds))
    for note in result.notes:
        print(note)
    return 0


register_export_kind("evidence-pack", _setup)
