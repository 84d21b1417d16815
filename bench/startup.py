"""Start-up: how long a station head waits, each figure against a bare `python -c pass` in the same run.

Three cases, each a fresh process timed from spawn to the moment it is done
(the OS file cache is warm: the best case a station PC sees after its first
start of the day):

- GUI: `python -m desktop --data-dir D gui` on a station protected by the head's
  password (as every real station is): start to the login screen's first paint
  (target < 1.0 s), then password entered to the main window's first paint (the
  argon2id unlock is in it, by design), offscreen; a tiny startup hook, loaded
  with -c, watches the Paint events, types the password and quits.
- `python -m desktop --version`. Target < 0.3 s.
- `python -m desktop --data-dir D volunteer list --json` on a 300-volunteer
  station, password from STATION_DESK_PASSWORD. Target < 0.8 s; the figure
  without the one argon2id unlock is printed too.

- The same GUI case with the password typed over `--typing` seconds (2.0 by default: an
  eight-letter password): the login screen loads the database layer and the main window's
  modules while the head types (desktop.ui.login.preload), so this is the wait a head sees.

Each GUI line also prints the process's CPU seconds at the login screen's paint. With
`--baseline TREE` (another checkout, e.g. a `git worktree` of the commit before a change) every
case also runs with that tree's code, interleaved with this one's, and each figure gets its ratio
to the baseline's: on a loaded machine, the only fair comparison.

    .venv/bin/python bench/startup.py [--runs 7] [--volunteers 300] [--typing 2.0] [--baseline TREE]
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

# Runs the real CLI entry point (the head's password protects the station, as on every real PC);
# the only additions: the login screen's first paint is noted, the password typed and Enter
# pressed at once, and the main window's first paint noted.
GUI_PROBE = r"""
import sys
import desktop.ui.app as app_module
import desktop.ui.login as login_module
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

class FirstPaint(QObject):
    def __init__(self, line, then=None):
        super().__init__()
        self.line, self.then, self.seen = line, then, False

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not self.seen:
            self.seen = True
            print(self.line, flush=True)
            print(f"cpu-{self.line} {__import__('time').process_time():.4f}", flush=True)
            if self.then is not None:  # the password typed over STARTUP_TYPING_S seconds (0: at once)
                typing_ms = int(float(__import__("os").environ.get("STARTUP_TYPING_S", "0")) * 1000)
                QTimer.singleShot(typing_ms, lambda: self.then(obj))
        return False

def sign_in(dialog):  # what the head does: type the password, press Enter
    dialog.password.setText(__import__("os").environ["STATION_DESK_PASSWORD"])
    print("submitted", flush=True)
    dialog.submit()

_Login = login_module.LoginDialog
_login_painted = FirstPaint("login", sign_in)

class LoginDialog(_Login):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.installEventFilter(_login_painted)

login_module.LoginDialog = LoginDialog
_build = app_module.build_main_window
_painted = FirstPaint("painted", lambda _w: QApplication.instance().quit())

def build_main_window(ctx):
    window = _build(ctx)
    window.installEventFilter(_painted)
    return window

app_module.build_main_window = build_main_window
from desktop.cli import main
sys.exit(main(sys.argv[1:]))
"""


def spawn(args: list[str], *, lines: tuple[str, ...] = (), root: Path = ROOT, typing: float = 0.0
          ) -> tuple[dict[str, float], float]:
    """({"exit" or each of `lines`: wall seconds from spawn to it, "cpu-LINE": the process's CPU
    seconds then}, CPU seconds the process used), running the code of `root`.

    The CPU time (user + system, from wait4) is what the start costs the process
    itself; on a loaded machine the wall time also counts waiting for a core.
    """
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(root),
           "STATION_DESK_PASSWORD": PASSWORD, "STARTUP_TYPING_S": str(typing)}
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                            text=True, cwd=root)
    seen: dict[str, float] = {}
    for line in proc.stdout:
        if line.strip() in lines and line.strip() not in seen:
            seen[line.strip()] = time.perf_counter() - start
        elif line.startswith("cpu-") and line.split()[0][4:] in lines:
            seen[line.split()[0]] = float(line.split()[1])
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    seen["exit"] = time.perf_counter() - start
    missing = [line for line in lines if line not in seen]
    if missing:
        raise SystemExit(f"never saw {missing}: {err[-2000:]}")
    if proc.returncode != 0:
        raise SystemExit(f"{args} failed: {err[-2000:]}")
    return seen, usage.ru_utime + usage.ru_stime


PASSWORD = "bench-password-1"


def kdf_seconds() -> float:
    """One argon2id derivation at the cost every account's key slot uses (desktop.crypto.KDF)."""
    from argon2.low_level import Type, hash_secret_raw

    from desktop.crypto import KDF

    runs = []
    for _ in range(3):
        start = time.perf_counter()
        hash_secret_raw(PASSWORD.encode(), b"0123456789abcdef", hash_len=32, type=Type.ID, **KDF)
        runs.append(time.perf_counter() - start)
    return median(runs)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--volunteers", type=int, default=300)
    parser.add_argument("--typing", type=float, default=2.0, help="seconds the head takes to type the password")
    parser.add_argument("--baseline", type=Path, default=None, help="another checkout to compare with, same run")
    args = parser.parse_args()
    trees = {"now": ROOT, **({"base": args.baseline.resolve()} if args.baseline else {})}
    with tempfile.TemporaryDirectory() as tmp:
        data = str(Path(tmp) / "station")
        env = {**os.environ, "PYTHONPATH": str(ROOT), "STATION_DESK_PASSWORD": PASSWORD}
        subprocess.run([sys.executable, "-m", "desktop", "--data-dir", data, "demo", "--volunteers",
                        str(args.volunteers), "--activities", "60"], check=True, capture_output=True, cwd=ROOT, env=env)
        # the head's account, as every real station has: the data is encrypted, the CLI needs the password
        subprocess.run([sys.executable, "-m", "desktop", "--data-dir", data, "account-setup"], check=True,
                       capture_output=True, cwd=ROOT, env=env)
        gui_lines = ("login", "submitted", "painted")
        cases = {
            "bare": (["-c", "pass"], (), 0.0),
            "version": (["-m", "desktop", "--version"], (), 0.0),
            "list": (["-m", "desktop", "--data-dir", data, "volunteer", "list", "--json"], (), 0.0),
            "gui": (["-c", GUI_PROBE, "--data-dir", data, "gui"], gui_lines, 0.0),
            "typed": (["-c", GUI_PROBE, "--data-dir", data, "gui"], gui_lines, args.typing),
        }
        for root in trees.values():  # warm the file cache once
            for argv, lines, typing in cases.values():
                spawn(argv, lines=lines, root=root, typing=typing)
        names = ("bare", "version", "list", "login", "main", "whole", "typed-main", "cpu-login")
        times = {tree: {name: [] for name in names} for tree in trees}
        cpu = {tree: {name: [] for name in cases} for tree in trees}
        for _ in range(args.runs):  # interleaved, so a load spike hits every case (and both trees) alike
            for name, (argv, lines, typing) in cases.items():
                for tree, root in trees.items():
                    seen, used = spawn(argv, lines=lines, root=root, typing=typing)
                    cpu[tree][name].append(used)
                    if name == "gui":
                        times[tree]["login"].append(seen["login"])
                        times[tree]["cpu-login"].append(seen["cpu-login"])
                        times[tree]["main"].append(seen["painted"] - seen["submitted"])
                        times[tree]["whole"].append(seen["painted"])
                    elif name == "typed":
                        times[tree]["typed-main"].append(seen["painted"] - seen["submitted"])
                    else:
                        times[tree][name].append(seen["exit"])
    kdf = kdf_seconds()
    load = os.getloadavg()
    for tree in trees:
        _report(tree, times, cpu, kdf, args, load)


def _report(tree: str, times, cpu, kdf: float, args, load) -> None:
    now, base = times[tree], times.get("base")
    bare, bare_cpu = median(now["bare"]), median(cpu[tree]["bare"])
    rows = [("python -c pass", f"median {bare * 1000:.0f} ms (best {min(now['bare']) * 1000:.0f} ms), "
                               f"CPU {bare_cpu * 1000:.0f} ms"),
            ("argon2id unlock (the key slot's cost), in-process", f"{kdf * 1000:.0f} ms")]
    for name, label, target in (("login", "GUI start to the login screen painted", 1.0),
                                ("cpu-login", "  CPU the process used until then", None),
                                ("main", "password entered at once to the main window painted (unlock included)", None),
                                ("whole", "GUI start to the main window painted, sign-in at once included", None),
                                ("typed-main", f"password typed over {args.typing:.1f} s: Enter to the main window "
                                               "painted (unlock included)", None),
                                ("version", "--version", 0.3),
                                ("list", f"volunteer list --json ({args.volunteers}, unlock included)", 0.8)):
        value = median(now[name])
        verdict = ("ok" if value < target else "OVER") if target else "report"
        ratio = f"{value / bare_cpu:.1f}x bare's CPU" if name == "cpu-login" else f"{value / bare:.1f}x bare"
        text = (f"median {value * 1000:.0f} ms (best {min(now[name]) * 1000:.0f} ms), {ratio}, "
                + (f"target < {target:.1f} s: {verdict}" if target else verdict))
        if name in ("list", "main", "whole", "typed-main"):
            text += f"; without the unlock {max(value - kdf, 0) * 1000:.0f} ms"
        if name in cpu[tree]:
            used = median(cpu[tree][name])
            text += f"; CPU {used * 1000:.0f} ms ({used / bare_cpu:.1f}x bare)"
        if base is not None and tree == "now":
            text += f"; {value / median(base[name]):.2f}x the baseline"
        rows.append((label, text))
    what = {"now": str(ROOT), "base": f"baseline {args.baseline}"}[tree]
    report(f"Start-up ({what}), {args.runs} runs each, {os.cpu_count()} cores, load {load[0]:.1f} {load[1]:.1f} "
           f"{load[2]:.1f}", rows)


if __name__ == "__main__":
    main()
