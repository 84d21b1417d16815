"""`import volunteers FILE [--dry-run] [--json]` and `export volunteers --format xlsx --out F [--full-id]`."""

from __future__ import annotations

import sys
from pathlib import Path

from desktop.cli import print_json
from desktop.cli.export import register_export_kind
from desktop.errors import UserError
from desktop.i18n import QT_TRANSLATE_NOOP, translate

LEVEL_MARK = {"error": QT_TRANSLATE_NOOP("cli.roster", "not imported"), "warning": QT_TRANSLATE_NOOP("cli.roster", "please check"),
              "skip": QT_TRANSLATE_NOOP("cli.roster", "exists already")}


def register(sub) -> None:
    imp = sub.add_parser("import", help=translate("cli", "import from Excel/CSV"))
    kinds = imp.add_subparsers(dest="kind", required=True, metavar="KIND")
    vol = kinds.add_parser("volunteers", help=translate("cli.roster", "import a volunteer roster (.xlsx / .xls / .csv)"))
    vol.add_argument("file", type=Path)
    vol.add_argument("--dry-run", action="store_true", help=translate("cli.roster", "only check and report; write nothing"))
    vol.add_argument("--json", action="store_true", help=translate("cli.roster", "print the result and the row-by-row report as JSON"))
    vol.add_argument("--report", type=Path, default=None, help=translate("cli.roster", "save the row-by-row report as .xlsx or .csv"))
    vol.set_defaults(handler=run_import)


def _setup_export(kinds) -> None:
    exp = kinds.add_parser("volunteers", help=translate("cli.roster", "export the volunteer roster"))
    exp.add_argument("--format", choices=("xlsx",), default="xlsx")
    exp.add_argument("--out", type=Path, required=True, help=translate("cli.roster", "output file, for example roster.xlsx"))
    exp.add_argument("--full-id", action="store_true", help=translate("cli.roster", "export ID numbers in full (masked by default)"))
    exp.add_argument("--status", choices=("active", "exited"), default=None, help=translate("cli.roster", "only those on the roster, or only those who left"))
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
    from desktop.importers.volunteers import apply_import, open_source, plan_import

    db = open_db()
    if db.station_id is None:
        raise UserError(translate("cli.roster", "No station has been set up on this PC yet. First run: python -m desktop init --station NAME ..."))
    source = open_source(args.file)
    plan = plan_import(db, source)
    added = 0 if args.dry_run else apply_import(db, plan, actor="命令行导入", progress=_progress(translate("cli.roster", "Writing")))
    if args.report:
        save_report(plan.issues, args.report, plan.source)
    summary = {**plan.summary(), "added": added, "dry_run": args.dry_run,
               "header_row": source.header_index + 1,
               "columns": {source.headers[c] or translate("cli.roster", "Column {n}").format(n=c + 1): f for c, f in sorted(source.mapping.items())}}
    if args.json:
        print_json({"summary": summary, "issues": [i.as_dict() for i in plan.issues]})
        return 0
    for issue in plan.issues:
        column = translate("cli.roster", " [{column}]").format(column=issue.column) if issue.column else ""
        print(translate("cli.roster", "Row {row}{column}: {problem}. {suggestion}. ({result})").format(
            row=issue.row, column=column, problem=issue.problem, suggestion=issue.suggestion,
            result=translate("cli.roster", LEVEL_MARK[issue.level])))
    verb = translate("cli.roster", "can be imported") if args.dry_run else translate("cli.roster", "imported")
    print(translate("cli.roster", "{rows} rows: {verb} {n} people, {already} on the roster already, {twice} twice in the file, {errors} not imported because of problems.").format(
        rows=summary["rows"], verb=verb, n=summary["new"] if args.dry_run else added, already=summary["already"],
        twice=summary["duplicates_in_file"], errors=summary["errors"]))
    if args.dry_run:
        print(translate("cli.roster", "(trial run: nothing was written)"))
    return 0


def run_export(args, open_db) -> int:
    from desktop.services.export import export_volunteers

    db = open_db()
    count = export_volunteers(db, args.out, full_id=args.full_id, status=args.status)
    masked = translate("cli.roster", "full ID numbers") if args.full_id else translate("cli.roster", "ID numbers masked")
    print(translate("cli.roster", "Exported {n} people to {path} ({masked})").format(n=count, path=args.out, masked=masked))
    return 0
