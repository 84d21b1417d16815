"""`export register|signin-sheet|activity-record|certificate|certificate-register|monthly`:
the station's papers as PDF (A4, ready to print) or xlsx."""

from __future__ import annotations

import sys

from desktop.cli.export import register_export_kind
from desktop.errors import UserError
from desktop.reports.catalog import KINDS, PaperRequest
from desktop.reports.periods import parse_month, parse_year

HELP = {
    "register": "志愿者服务登记簿（按志愿者或按活动）",
    "signin-sheet": "活动签到表（空白供手签，或 --filled 按签到记录填好）",
    "activity-record": "活动记录（含照片）",
    "certificate": "志愿服务证明（出具并登记编号）",
    "certificate-register": "志愿服务证明登记簿",
    "monthly": "月度通报与目标检查",
    "request-receipt": "群众点单回执（A4，或 --half 半张 A4）",
    "request-ledger": "群众点单台账（按月）",
}


def _common(parser, kind: str) -> None:
    formats = ("pdf", "xlsx") if KINDS[kind][3] else ("pdf",)
    parser.add_argument("--format", choices=formats, default="pdf", help="文件格式（默认 pdf）")
    parser.add_argument("--out", required=True, help="保存到的文件，例如 登记簿.pdf")
    parser.add_argument("--activity", default=None, help="活动编号")
    parser.add_argument("--volunteer", default=None, help="志愿者编号")
    parser.add_argument("--month", default=None, help="月份，例如 2026-03")
    parser.add_argument("--year", default=None, help="年份，例如 2026")
    parser.add_argument("--full-id", action="store_true", help="显示完整身份证号和电话（默认打码）")
    parser.set_defaults(handler=run, paper=kind)


def _setup(kind: str):
    def setup(kinds) -> None:
        parser = kinds.add_parser(kind, help=HELP[kind])
        _common(parser, kind)
        if kind == "register":
            parser.add_argument("--by", choices=("volunteer", "activity"), default="volunteer",
                                help="按志愿者（默认）或按活动分组")
        if kind == "signin-sheet":
            parser.add_argument("--filled", action="store_true", help="按签到台记录填好（默认空白手签表）")
        if kind == "request-receipt":
            parser.add_argument("--request", required=True, help="单号或编号")
            parser.add_argument("--half", action="store_true", help="半张 A4（A5）")
        if kind == "certificate":
            parser.add_argument("--handler", dest="handler_name", default=None, help="经办人（默认为站长）")
            parser.add_argument("--person-in-charge", default="", help="负责人（默认为站长）")
            parser.add_argument("--draft", action="store_true", help="只生成草稿，不编号、不登记")

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
    req.by = getattr(args, "by", "volunteer")
    req.blank = not getattr(args, "filled", False)
    req.request_id, req.half = getattr(args, "request", None), getattr(args, "half", False)
    if args.paper == "certificate":
        from desktop.services.station import get_station

        station = get_station(db)
        req.issue = not args.draft
        req.handler = args.handler_name or (station.head_name if station else "")
        req.person_in_charge = args.person_in_charge
    return req


def run(args, open_db) -> int:
    from desktop.printing.papers import ensure_gui_app, export_paper

    if args.format == "pdf":
        ensure_gui_app(translated=True)
    db = open_db()
    if db.station_id is None:
        raise UserError("本机还没有建立实践站，请先运行 init 完成首次设置。")
    req = request_from(args, db)

    def progress(done: int, total: int) -> bool:
        if sys.stderr.isatty():
            print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)
        return True

    pages, built = export_paper(db, req, args.format, args.out, progress)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    what = f"{pages} 页" if args.format == "pdf" else "Excel 表格"
    number = f"，证明编号 {built.number}" if built.number else ""
    print(f"已保存：{args.out}（{what}{number}）")
    return 0


for _kind in KINDS:
    register_export_kind(_kind, _setup(_kind))


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
