"""`export KIND`: the station's papers as PDF (A4, ready to print) or xlsx, one
sub-command per entry of the paper registry (desktop.services.papers.kinds):
register, signin-sheet, activity-record, certificate, certificate-register,
monthly, and whatever kinds are added there."""

from __future__ import annotations

import functools
import sys

from desktop.cli.export import register_export_kind
from desktop.errors import UserError
from desktop.i18n import translate
from desktop.periods import parse_month, parse_year
from desktop.services.papers import KINDS, PaperKind, PaperRequest

# `export KIND --help` lines come from the registry (desktop.services.papers.kinds).
HELP = {name: kind.help for name, kind in KINDS.items()}  # English sources; shown translated (kind.hint)


def _common(parser, kind: PaperKind) -> None:
    formats = ("pdf", "xlsx") if kind.has_table else ("pdf",)
    parser.add_argument("--format", choices=formats, default="pdf", help=translate("cli.paper", "file format (default pdf)"))
    parser.add_argument("--out", required=True, help=translate("cli.paper", "the file to save to, for example register.pdf"))
    parser.add_argument("--activity", default=None, help=translate("cli.paper", "activity id"))
    parser.add_argument("--volunteer", default=None, help=translate("cli.paper", "volunteer id"))
    parser.add_argument("--month", default=None, help=translate("cli.paper", "month, for example 2026-03"))
    parser.add_argument("--year", default=None, help=translate("cli.paper", "year, for example 2026"))
    parser.add_argument("--full-id", action="store_true", help=translate("cli.paper", "show ID numbers and phones in full (masked by default)"))
    parser.set_defaults(handler=run, paper=kind.name)


def _setup(kind: PaperKind):
    def setup(kinds) -> None:
        parser = kinds.add_parser(kind.name, help=kind.hint)
        _common(parser, kind)
        if kind.cli_args is not None:
            kind.cli_args(parser)

    return setup


def _period(args):
    if args.month and args.year:
        raise UserError(translate("cli.paper", "Give --month or --year, not both."))
    if args.month:
        return parse_month(args.month)
    if args.year:
        return parse_year(args.year)
    return None


def request_from(args, db) -> PaperRequest:
    req = PaperRequest(args.paper, _period(args), activity_id=args.activity, volunteer_id=args.volunteer,
                       full_id=args.full_id)
    kind = KINDS[args.paper]
    if kind.cli_request is not None:
        kind.cli_request(args, req, db)
    return req


def run(args, open_db) -> int:
    from desktop.services import papers

    write_pdf = None
    if args.format == "pdf":
        from desktop.printing.app import ensure_app
        from desktop.printing.document import write_pdf
        from desktop.ui.i18n import install_translators

        ensure_app(setup=install_translators)
    db = open_db()
    if db.station_id is None:
        raise UserError(translate("cli.paper", "No station has been set up on this PC yet; run init first."))
    req = request_from(args, db)

    def progress(done: int, total: int) -> bool:
        if sys.stderr.isatty():
            print(f"\r{done}/{total}      ", end="", file=sys.stderr, flush=True)
        return True

    def counting(done: int, total: int) -> bool:  # a long paper's pages are counted before they are written
        if sys.stderr.isatty() and total > 0:
            print("\r" + translate("cli.paper", "counting the pages: {percent}%").format(percent=done * 100 // total),
                  end="", file=sys.stderr, flush=True)
        return True

    if write_pdf is not None:
        write_pdf = functools.partial(write_pdf, counting=counting)
    papers.check_target(args.format, args.out)
    req = papers.issue(db, req)  # the certificate takes its number before it is written
    pages, built = papers.export(db, req, args.format, args.out, progress, write_pdf=write_pdf)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    what = translate("cli.paper", "{n} pages").format(n=pages) if args.format == "pdf" else translate("cli.paper", "Excel sheet")
    number = translate("cli.paper", ", certificate number {number}").format(number=built.number) if built.number else ""
    print(translate("cli.paper", "Saved: {path} ({what}{number})").format(path=args.out, what=what, number=number))
    return 0


for _kind in KINDS.values():
    register_export_kind(_kind.name, _setup(_kind))


def register(sub) -> None:
    """`certificate list|void`: the certificate register (the papers themselves live under `export`)."""
    cert = sub.add_parser("certificate", help=translate("cli", "the certificate register: list, void"))
    csub = cert.add_subparsers(dest="action", required=True)
    ls = csub.add_parser("list", help=translate("cli.paper", "list the certificate numbers issued"))
    ls.add_argument("--year", type=int, default=None)
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(handler=run_list)
    void = csub.add_parser("void", help=translate("cli.paper", "void a certificate (the number stays in the register and is not used again)"))
    void.add_argument("number", help=translate("cli.paper", "certificate number, for example 2026-3F9A-0001"))
    void.add_argument("--reason", required=True, help=translate("cli.paper", "why it is voided"))
    void.set_defaults(handler=run_void)


def run_list(args, open_db) -> int:
    from desktop.cli import print_json
    from desktop.services.certificates import certificate_register

    rows = certificate_register(open_db(), args.year)
    if args.json:
        print_json([row.__dict__ for row in rows])
        return 0
    for row in rows:
        state = translate("cli.paper", "void ({reason})").format(reason=row.reason) if row.voided else (
            translate("cli.paper", "number used twice, please check") if row.duplicate else translate("cli.paper", "valid"))
        print(translate("cli.paper", "{number}\t{name}\t{period}\t{hours:g} hours\t{issued}\t{state}").format(
            number=row.number, name=row.name, period=row.period, hours=row.hours, issued=row.issued_on, state=state))
    if not rows:
        print(translate("cli.paper", "No certificates have been issued yet."))
    return 0


def run_void(args, open_db) -> int:
    from desktop.services.certificates import void_by_number

    void_by_number(open_db(), args.number, args.reason, actor="命令行")
    print(translate("cli.paper", "Voided: {number} (the number stays in the register and will not be used again)").format(
        number=args.number.upper()))
    return 0
