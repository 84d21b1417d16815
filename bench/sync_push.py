"""First push from a big station: a PC with 2,000 volunteers, 2,000 activities
and about 100,000 sign-ins (demo data) pushes everything to a fresh county
server process over loopback (SQLite server database). Baseline, measured in
the same run: inserting the same rows with raw sqlite3 (executemany, one
transaction) into an empty copy of the schema (bench/sync_initial.py's
`raw_insert_seconds`), right after each push. Target: within 3x of the raw insert.

`--runs N` pushes N copies of the same station (generated once), each to a new
server process, each followed by its own baseline; printed per run: the load
average, the phases of the sync (push, the pull and apply after it, the check),
the server process's CPU and this process's CPU (the PC side). `--profile`
prints where the PC side spends its time (cProfile, first run).

    .venv/bin/python bench/sync_push.py [--volunteers 2000 --activities 2000 --per-activity 25] [--runs 3] [--profile]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from _common import report
from _sync_setup import Server
from sync_initial import raw_insert_seconds

from desktop.db import Database
from desktop.services.demo import generate
from desktop.services.station import setup_station
from desktop.sync.engine import enrol, run_sync


def cpu_seconds(pid: int) -> float | None:
    """User + system CPU of a process (Linux /proc), None elsewhere."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def one_push(source: Path, profile: bool) -> dict:
    folder = Path(tempfile.mkdtemp(prefix="sd-bench-push-"))
    shutil.copytree(source, folder / "pc")
    server = Server()
    try:
        pc = Database(folder / "pc")
        _, code = server.store.add_station("基准村新时代文明实践站", "基准县", station_id=pc.station_id)
        enrol(pc, server.url, code, first_sync=False)
        pid = server.proc.pid
        marks: list[tuple[str, float, float | None, float]] = []

        def mark(stage: str) -> None:
            marks.append((stage, time.perf_counter(), cpu_seconds(pid), time.process_time()))

        def progress(stage: str, _done: int, _total: int) -> None:
            if marks[-1][0] != stage:
                mark(stage)

        load = os.getloadavg()[0]
        mark("start")
        if profile:
            import cProfile
            import pstats

            profiler = cProfile.Profile()
            pushed = profiler.runcall(run_sync, pc, photos=False, progress=progress)
            pstats.Stats(profiler, stream=sys.stderr).sort_stats("tottime").print_stats(25)
        else:
            pushed = run_sync(pc, photos=False, progress=progress)
        mark("end")
        push_s = marks[-1][1] - marks[0][1]
        phases = {}
        for (stage, t0, s0, c0), (_, t1, s1, c1) in zip(marks, marks[1:], strict=False):
            wall, server_cpu, pc_cpu = phases.get(stage, (0.0, 0.0, 0.0))
            phases[stage] = (wall + t1 - t0, server_cpu + (s1 - s0 if s0 is not None and s1 is not None else 0.0),
                             pc_cpu + c1 - c0)
        raw_s, rows = raw_insert_seconds(pc.path)
        pc.close()
        return {"push_s": push_s, "raw_s": raw_s, "rows": rows, "load": load, "report": pushed, "phases": phases}
    finally:
        server.close()
        shutil.rmtree(folder, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--volunteers", type=int, default=2000)
    parser.add_argument("--activities", type=int, default=2000)
    parser.add_argument("--per-activity", type=int, default=25)
    parser.add_argument("--runs", type=int, default=1, help="pushes of the same station, each to a new server")
    parser.add_argument("--profile", action="store_true", help="print where the PC side spends its time")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="sd-bench-pc-"))
    try:
        pc = Database(folder / "pc1")
        setup_station(pc, name="基准村新时代文明实践站", county="基准县")
        t0 = time.perf_counter()
        counts = generate(pc, volunteers=args.volunteers, activities=args.activities,
                          signins_per_activity=args.per_activity)
        pc.close()
        print(f"demo data: {counts} in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
        runs, ok = [], True
        for n in range(1, args.runs + 1):
            run = one_push(folder / "pc1", args.profile and n == 1)
            runs.append(run)
            pushed = run["report"]
            ok = ok and bool(pushed.check_ok)
            phases = "; ".join(f"{stage} {wall:.2f} s (server CPU {server_cpu:.2f} s, PC CPU {pc_cpu:.2f} s)"
                               for stage, (wall, server_cpu, pc_cpu) in run["phases"].items() if wall >= 0.01)
            report(f"First push (big station -> county server, loopback), run {n}", [
                ("data", f"{counts['volunteers']} volunteers, {counts['activities']} activities, "
                         f"{counts['signins']} sign-ins; {run['rows']} rows, {pushed.pushed} entries"),
                ("load average (1 min) at start", f"{run['load']:.1f}"),
                ("first push (whole sync)", f"{run['push_s']:.2f} s, {pushed.requests} requests, "
                                            f"{pushed.bytes_sent / 1e6:.2f} MB sent"),
                ("phases", phases),
                ("baseline: raw sqlite3 insert", f"{run['raw_s']:.2f} s"),
                ("ratio push / raw insert", f"{run['push_s'] / run['raw_s']:.2f}x  (target <= 3x)"),
                ("check", "digests equal" if pushed.check_ok else "MISMATCH"),
            ])
        if args.runs > 1:
            ratios = sorted(r["push_s"] / r["raw_s"] for r in runs)
            report("First push, all runs", [
                ("load average", " / ".join(f"{r['load']:.1f}" for r in runs)),
                ("push (s)", " / ".join(f"{r['push_s']:.2f}" for r in runs)),
                ("raw insert (s)", " / ".join(f"{r['raw_s']:.2f}" for r in runs)),
                ("ratio", " / ".join(f"{r['push_s'] / r['raw_s']:.2f}x" for r in runs)
                 + f"; median {ratios[len(ratios) // 2]:.2f}x, spread {ratios[0]:.2f}-{ratios[-1]:.2f}x"),
            ])
        return 0 if ok else 1
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
