"""`export KIND`: the station's papers as PDF (A4, ready to print) or xlsx, one
sub-command per entry of the paper registry (desktop.services.papers.kinds):
register, signin-sheet, activity-record, certificate, certificate-register,
monthly, and whatever kinds are added there."""

from __future__ import annotations

import sys

from desktop.cli.export import register_export_kind
from desktop.errors import UserError
from desktop.periods import parse_month, parse_year
from desktop.services.papers import KINDS, PaperKind, PaperRequest

# `export KIND --help` lines come from the registry (desktop.services.papers.kinds).
HELP = {name: kind.help for name, kind in KINDS.items()}


def _common(parser, kind: PaperKind) -> None:
    formats = ("pdf", "xlsx") if kind.has_table else ("pdf",)
    parser.add_argument("--format", choices=formats, default="pdf", help="文件格式（默认 pdf）")
    parser.add_argument("--out", required=True, help="保存到的文件，例如 登记簿.pdf")
    parser.add_argument("--activity", default=None, help="活动编号")
    parser.add_argument("--volunteer", default=None, help="志愿者编号")
    parser.add_argument("--month", default=None, help="月份，例如 2026-03")
    parser.add_argument("--year", default=None, help="年份，例如 2026")
    parser.add_argument("--full-id", action="store_true", help="显示完整身份证号和电话（默认打码）")
    parser.set_defaults(handler=run, paper=kind.name)


def _setup(kind: PaperKind):
    def setup(kinds) -> None:
        parser = kinds.add_parser(kind.name, help=kind.help)
        _common(parser, kind)
        if kind.cli_args is not None:
            kind.cli_args(parser)

    return setup


def _period(args):
    if args.month and args.year:
        raise UserError("--month 和 --year 只能选一个。")
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
        raise UserError("本机还没有建立实践站，请先运行 init 完成首次设置。")
    req = request_from(args, db)

    def progress(done: int, total: int) -> bool:
        if sys.stderr.isatty():
            print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)
        return True

    papers.check_target(args.format, args.out)
    req = papers.issue(db, req)  # the certificate takes its number before it is written
    pages, built = papers.export(db, req, args.format, args.out, progress, write_pdf=write_pdf)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    what = f"{pages} 页" if args.format == "pdf" else "Excel 表格"
    number = f"，证明编号 {built.number}" if built.number else ""
    print(f"已保存：{args.out}（{what}{number}）")
    return 0


for _kind in KINDS.values():
    register_export_kind(_kind.name, _setup(_kind))


def register(sub) -> None:
    """`certificate list|void`: the certificate register (the papers themselves live under `export`)."""
    cert = sub.add_parser("certificate", help="志愿服务证明登记簿：查看、作废")
    csub = cert.add_subparsers(dest="action", required=True)
    ls = csub.add_parser("list", help="列出出具过的证明编号")
    ls.add_argument("--year", type=int, default=None)
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(handler=run_list)
    void = csub.add_parser("void", help="作废一份证明（编号保留在登记簿中，不再使用）")
    void.add_argument("number", help="证明编号，例如 2026-3F9A-0001")
    void.add_argument("--reason", required=True, help="作废原因")
    void.set_defaults(handler=run_void)


def run_list(args, open_db) -> int:
    from desktop.cli import print_json
    from desktop.services.certificates import certificate_register

    rows = certificate_register(open_db(), args.year)
    if args.json:
        print_json([row.__dict__ for row in rows])
        return 0
    for row in rows:
        state = f"已作废（{row.reason}）" if row.voided else ("编号重复，请核查" if row.duplicate else "有效")
        print(f"{row.number}\t{row.name}\t{row.period}\t{row.hours:g} 小时\t{row.issued_on}\t{state}")
    if not rows:
        print("还没有出具过志愿服务证明。")
    return 0


def run_void(args, open_db) -> int:
    from desktop.services.certificates import void_by_number

    void_by_number(open_db(), args.number, args.reason, actor="命令行")
    print(f"已作废：{args.number.upper()}（编号保留在登记簿中，不会再次使用）")
    return 0
