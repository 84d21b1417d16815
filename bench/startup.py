"""Start-up: how long a station head waits, each figure against a bare `python -c pass` in the same run.

Three cases, each a fresh process timed from spawn to the moment it is done
(the OS file cache is warm: the best case a station PC sees after its first
start of the day):

- GUI: `python -m desktop --data-dir D gui` until the main window has painted
  once (offscreen platform; a tiny startup hook, loaded with -c, watches the
  window's first Paint event and quits). Target < 1.0 s.
- `python -m desktop --version`. Target < 0.3 s.
- `python -m desktop --data-dir D volunteer list --json` on a 300-volunteer
  station. Target < 0.8 s.

    .venv/bin/python bench/startup.py [--runs 7] [--volunteers 300]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import ROOT, median, report

# Runs the real CLI entry point; the only addition is an event filter on the main window.
GUI_PROBE = r"""
import sys
import desktop.ui.app as app_module
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not getattr(self, "seen", False):
            self.seen = True
            print("painted", flush=True)
            QTimer.singleShot(0, QApplication.instance().quit)
        return False

_build = app_module.build_main_window
_filter = FirstPaint()

def build_main_window(ctx):
    window = _build(ctx)
    window.installEventFilter(_filter)
    return window

app_module.build_main_window = build_main_window
from desktop.cli import main
sys.exit(main(sys.argv[1:]))
"""


def spawn(args: list[str], *, until: str | None = None) -> float:
    """Seconds from spawn to exit (or to the line `until` on stdout)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                            text=True, cwd=ROOT)
    if until is not None:
        for line in proc.stdout:
            if line.strip() == until:
                elapsed = time.perf_counter() - start
                break
        else:
            raise SystemExit(f"never saw {until!r}: {proc.stderr.read()[-2000:]}")
        proc.communicate(timeout=60)
    else:
        out, err = proc.communicate(timeout=120)
        elapsed = time.perf_counter() - start
        if proc.returncode != 0:
            raise SystemExit(f"{args} failed: {err[-2000:]}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--volunteers", type=int, default=300)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data = str(Path(tmp) / "station")
        subprocess.run([sys.executable, "-m", "desktop", "--data-dir", data, "demo", "--volunteers",
                        str(args.volunteers), "--activities", "60"], check=True, capture_output=True, cwd=ROOT,
                       env={**os.environ, "PYTHONPATH": str(ROOT)})
        cases = {
            "bare": (["-c", "pass"], None),
            "version": (["-m", "desktop", "--version"], None),
            "list": (["-m", "desktop", "--data-dir", data, "volunteer", "list", "--json"], None),
            "gui": (["-c", GUI_PROBE, "--data-dir", data, "gui"], "painted"),
        }
        for argv, until in cases.values():  # warm the file cache once
            spawn(argv, until=until)
        times: dict[str, list[float]] = {name: [] for name in cases}
        for _ in range(args.runs):  # interleaved, so a load spike hits every case alike
            for name, (argv, until) in cases.items():
                times[name].append(spawn(argv, until=until))
    bare = median(times["bare"])
    rows = [("python -c pass", f"median {bare * 1000:.0f} ms (best {min(times['bare']) * 1000:.0f} ms)")]
    for name, label, target in (("gui", "GUI start to first paint", 1.0), ("version", "--version", 0.3),
                                ("list", f"volunteer list --json ({args.volunteers})", 0.8)):
        value = median(times[name])
        verdict = "ok" if value < target else "OVER"
        rows.append((label, f"median {value * 1000:.0f} ms (best {min(times[name]) * 1000:.0f} ms), "
                            f"{value / bare:.1f}x bare, target < {target:.1f} s: {verdict}"))
    report(f"Start-up, {args.runs} runs each, {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}", rows)


if __name__ == "__main__":
    main()
