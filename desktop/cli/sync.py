"""`enrol URL CODE`, `sync [--json]`, `sync-status`, `sync-problems`: the county-server link."""

from __future__ import annotations

import sys

from desktop.cli import print_json


def register(sub) -> None:
    p = sub.add_parser("enrol", help="用县中心发的注册码把本机注册到县中心服务器")
    p.add_argument("url", help="县中心服务器地址，例如 https://county.example.cn")
    p.add_argument("code", help="注册码，例如 ABCD-EFGH")
    p.add_argument("--name", default=None, help="本机名称（默认为计算机名）")
    p.add_argument("--ca-bundle", default=None, help="县中心内部证书文件（CA，PEM 格式）")
    p.set_defaults(handler=run_enrol)
    p = sub.add_parser("sync", help="与县中心服务器同步")
    p.add_argument("--json", action="store_true", help="以 JSON 输出同步结果")
    p.add_argument("--no-photos", action="store_true", help="这次不上传照片")
    p.set_defaults(handler=run_sync)
    p = sub.add_parser("sync-status", help="查看同步状态")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=run_status)
    p = sub.add_parser("sync-problems", help="查看同步时隔离的有问题的数据")
    p.add_argument("--json", action="store_true")
    p.add_argument("--limit", type=int, default=1000, help="最多列出多少条（默认 1000）")
    p.set_defaults(handler=run_problems)


def run_enrol(args, open_db) -> int:
    from desktop.services.enrolment import enrol_pc

    db = open_db()
    info = enrol_pc(db, args.url, args.code, device_name=args.name, ca_bundle=args.ca_bundle)
    print(f"已注册：实践站“{info['station_name']}”（编号 {info['station_id']}），本机设备编号 {info['device_id']}。")
    if info.get("first_sync_error"):
        print(f"首次同步没有完成：{info['first_sync_error']} 请在能连网时运行 sync，之后再录入数据。")
    first = info["first_sync"]
    if first:
        print(f"首次同步完成：下载 {first['pulled']} 条记录。")
    if info.get("teams_seeded"):
        print(f"已按预设建立 {info['teams_seeded']} 支志愿服务队（可在“志愿者 → 队伍”中修改）。")
    return 0


def _size(n: int) -> str:
    return f"{n / 1048576:.1f} MB" if n >= 1048576 else f"{n / 1024:.1f} KB" if n >= 1024 else f"{n} B"


def run_sync(args, open_db) -> int:
    from desktop.sync.engine import run_sync as sync

    db = open_db()

    def progress(stage, done, total):
        if not args.json:
            names = {"push": "上传", "pull": "下载", "apply": "合并", "check": "核对", "photos": "照片"}
            suffix = f" {done}/{total}" if total else (f" {done}" if done else "")
            print(f"\r{names.get(stage, stage)}{suffix}    ", end="", file=sys.stderr, flush=True)

    report = sync(db, progress=progress, photos=not args.no_photos)
    if not args.json:
        print(file=sys.stderr)
    if args.json:
        print_json(report.as_dict())
        return 0
    print(f"同步完成：上传 {report.pushed} 条，下载 {report.pulled} 条，合并 {report.applied} 条；"
          f"照片上传 {report.photos_uploaded} 张，已有跳过 {report.photos_skipped} 张，待传 {report.photos_pending} 张。")
    print(f"网络流量：发送 {_size(report.bytes_sent)}，接收 {_size(report.bytes_received)}，"
          f"{report.requests} 次请求，用时 {report.seconds:.1f} 秒。")
    if report.held:
        print(f"有 {report.held} 条记录暂缓合并（时间超前或等待关联记录），下次同步会再试。")
    if report.rejected:
        print(f"{report.rejected} 条数据有问题，已隔离（其余数据已正常同步；已报告县中心）。用 sync-problems 查看。")
    if report.mismatched:
        from desktop.sync.check import persistent_text

        print(persistent_text(report.mismatched), file=sys.stderr)
    if report.repaired:
        print(f"核对发现差异并已重新下载：{'、'.join(report.repaired)}。")
    if report.check_ok is False:
        print("核对后仍有差异，请联系县中心。", file=sys.stderr)
    if report.clock_warning:
        print(report.clock_warning)
    return 0


def run_status(args, open_db) -> int:
    from desktop.sync.engine import status

    info = status(open_db())
    if args.json:
        print_json(info)
        return 0
    if not info["enrolled"]:
        print("本机尚未注册到县中心服务器。请用 enrol 命令和县中心发的注册码注册。")
    else:
        print(f"县中心服务器：{info['server']}（本机设备编号 {info['device_id']}）")
    print(f"上次同步：{info['last_sync_at'] or '从未同步'}")
    print(f"待上传记录：{info['pending_entries']} 条；待上传照片：{info['pending_photos']} 张")
    if info["held_entries"]:
        print(f"暂缓合并的记录：{info['held_entries']} 条")
    if info["rejected_entries"]:
        print(f"{info['rejected_text']}（用 sync-problems 查看）")
    if info["mismatched_text"]:
        print(info["mismatched_text"])
    if info["check_ok"] is False:
        print("上次核对发现与县中心的数据有差异。")
    if info["clock_warning"]:
        print(info["clock_warning"])
    return 0


def run_problems(args, open_db) -> int:
    from desktop.sync.quarantine import listing

    if args.limit < 1:
        print("错误：--limit 应为正整数。", file=sys.stderr)
        return 2
    rows = listing(open_db(), args.limit)
    if args.json:
        print_json(rows)
        return 0
    if not rows:
        print("没有被隔离的数据。")
        return 0
    print(f"{len(rows)} 条数据有问题，已隔离：")
    for r in rows:
        print(f"{r['entity'] or '-'}\t{r['row_id'] or '-'}\t序号 {r['server_seq']}\t{r['reason']}")
    return 0
