"""`import volunteers FILE [--dry-run] [--json]` and `export volunteers --format xlsx --out F [--full-id]`."""

from __future__ import annotations

import sys
from pathlib import Path

from desktop.cli import print_json
from desktop.cli.export import register_export_kind
from desktop.errors import UserError

LEVEL_MARK = {"error": "未导入", "warning": "请核对", "skip": "已存在"}


def register(sub) -> None:
    imp = sub.add_parser("import", help="从 Excel/CSV 导入")
    kinds = imp.add_subparsers(dest="kind", required=True, metavar="KIND")
    vol = kinds.add_parser("volunteers", help="导入志愿者名册（.xlsx / .xls / .csv）")
    vol.add_argument("file", type=Path)
    vol.add_argument("--dry-run", action="store_true", help="只检查并报告，不写入")
    vol.add_argument("--json", action="store_true", help="以 JSON 输出结果和逐行报告")
    vol.add_argument("--report", type=Path, default=None, help="把逐行报告另存为 .xlsx 或 .csv")
    vol.set_defaults(handler=run_import)


def _setup_export(kinds) -> None:
    exp = kinds.add_parser("volunteers", help="导出志愿者名册")
    exp.add_argument("--format", choices=("xlsx",), default="xlsx")
    exp.add_argument("--out", type=Path, required=True, help="输出文件，例如 名册.xlsx")
    exp.add_argument("--full-id", action="store_true", help="导出完整身份证号（默认打码）")
    exp.add_argument("--status", choices=("active", "exited"), default=None, help="只导出在册或已退出的")
    exp.set_defaults(handler=run_export)


register_export_kind("volunteers", _setup_export)


def _progress(label: str):
    def report(done: int, total: int) -> bool:
        if sys.stderr.isatty():
            print(f"\r{label} {done}/{total}", end="", file=sys.stderr, flush=True)
        return True

    return report


def run_import(args, open_db) -> int:
    from desktop.importers.report import save_report
    from desktop.importers.volunteers import open_source, plan_import
    from desktop.services.volunteers import apply_import

    db = open_db()
    if db.station_id is None:
        raise UserError("本机还没有建立实践站。请先运行：python -m desktop init --station 名称 ...")
    source = open_source(args.file)
    plan = plan_import(db, source)
    added = 0 if args.dry_run else apply_import(db, plan, actor="命令行导入", progress=_progress("写入"))
    if args.report:
        save_report(plan.issues, args.report, plan.source)
    summary = {**plan.summary(), "added": added, "dry_run": args.dry_run,
               "header_row": source.header_index + 1,
               "columns": {source.headers[c] or f"第{c + 1}列": f for c, f in sorted(source.mapping.items())}}
    if args.json:
        print_json({"summary": summary, "issues": [i.as_dict() for i in plan.issues]})
        return 0
    for issue in plan.issues:
        column = f"〔{issue.column}〕" if issue.column else ""
        print(f"第 {issue.row} 行{column}：{issue.problem}。{issue.suggestion}。（{LEVEL_MARK[issue.level]}）")
    verb = "可导入" if args.dry_run else "已导入"
    print(f"共 {summary['rows']} 行：{verb} {summary['new'] if args.dry_run else added} 人，"
          f"已在台账 {summary['already']}，文件内重复 {summary['duplicates_in_file']}，有问题未导入 {summary['errors']}。")
    if args.dry_run:
        print("（试运行，没有写入任何数据）")
    return 0


def run_export(args, open_db) -> int:
    from desktop.services.export import export_volunteers

    db = open_db()
    count = export_volunteers(db, args.out, full_id=args.full_id, status=args.status)
    masked = "完整身份证号" if args.full_id else "身份证号已打码"
    print(f"已导出 {count} 人到 {args.out}（{masked}）")
    return 0
