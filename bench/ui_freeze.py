"""UI freezes on a big station: the real main window (offscreen Qt) with 20,000
volunteers and two years of activities, and a QTimer heartbeat every 10 ms on
the UI thread. For each step the longest gap between two beats is the longest
time the window could not repaint or take a click. Target: no gap over 100 ms.

Steps: open each page; edit one volunteer and save (until the roster shows the
change); preview the year's register (until the preview dialog is open); a
sync that pulls ~105k rows from a county server (a real `python -m server
serve` on 127.0.0.1, as bench/sync_initial.py); import a 10,000-row workbook
through the import wizard. Baseline in the same run: the heartbeat's gap with
the window idle.

    .venv/bin/python bench/ui_freeze.py [--volunteers 20000 --activities 1500 --sync-activities 2000]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import threading
import time
from collections import Counter
from contextlib import contextmanager
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from _common import report  # noqa: E402  (after the Qt platform is set)
from _sync_setup import Server  # noqa: E402
from PySide6.QtCore import QEventLoop, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

BEAT_MS = 10
TARGET_MS = 100


class Heartbeat:
    """A 10 ms timer on the UI thread; records the longest gap between beats."""

    def __init__(self):
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(BEAT_MS)
        self.timer.timeout.connect(self._beat)
        self.last = time.perf_counter()
        self.longest = 0.0

    def _beat(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def start(self) -> None:
        self.last = time.perf_counter()
        self.timer.start()

    def reset(self) -> None:
        self.last = time.perf_counter()
        self.longest = 0.0


class StallSampler(threading.Thread):
    """While the heartbeat is late (no beat for `late_ms`), every few milliseconds note where each
    thread is in Python: the UI thread's frames show what it runs, the workers' frames who may hold
    the GIL it waits for. `--stalls` prints the most frequent places of a step over the target."""

    def __init__(self, beat: Heartbeat, late_ms: float = 40.0, every_ms: float = 4.0):
        super().__init__(name="stall-sampler", daemon=True)
        self.beat, self.late, self.every = beat, late_ms / 1000, every_ms / 1000
        self.main = threading.main_thread().ident
        self.samples: Counter = Counter()
        self.taken = 0
        self.running = True

    @staticmethod
    def _where(frame, depth: int = 5) -> str:
        parts = []
        while frame is not None and len(parts) < depth:
            code = frame.f_code
            name = code.co_filename
            if "/desktop/" in name or "/server/" in name or "/bench/" in name:
                name = name[name.rfind("/desktop/") + 1:] if "/desktop/" in name else name.rsplit("/", 2)[-1]
                parts.append(f"{name}:{frame.f_lineno} {code.co_name}")
            elif not parts:
                parts.append(f"{name.rsplit('/', 1)[-1]}:{frame.f_lineno} {code.co_name}")
            frame = frame.f_back
        return " < ".join(parts)

    def run(self) -> None:
        names = {}
        while self.running:
            time.sleep(self.every)
            if time.perf_counter() - self.beat.last < self.late:
                continue
            self.taken += 1
            for ident, frame in sys._current_frames().items():
                if ident == self.ident:
                    continue
                where = self._where(frame)
                if ident != self.main and ("wait" in where.split(" ", 2)[1] or "select" in where):
                    continue  # an idle worker
                if ident not in names:
                    names = {t.ident: t.name for t in threading.enumerate()}
                who = "UI" if ident == self.main else names.get(ident, "?")
                self.samples[f"[{who}] {where}"] += 1

    def take(self) -> tuple[int, Counter]:
        taken, samples = self.taken, self.samples
        self.taken, self.samples = 0, Counter()
        return taken, samples


class GcPauses:
    """The garbage collector's pauses (any thread; it holds the GIL, so the UI thread waits too)."""

    def __init__(self):
        self.longest = self.total = 0.0
        self.gen2 = 0
        self._start = 0.0
        import gc

        gc.callbacks.append(self._callback)

    def _callback(self, phase: str, info: dict) -> None:
        if phase == "start":
            self._start = time.perf_counter()
            return
        took = time.perf_counter() - self._start
        self.longest, self.total = max(self.longest, took), self.total + took
        self.gen2 += info.get("generation") == 2

    def take(self) -> tuple[float, float, int]:
        result = (self.longest, self.total, self.gen2)
        self.longest = self.total = 0.0
        self.gen2 = 0
        return result


def wait(predicate, timeout: float = 300.0, what: str = "") -> None:
    """Run the event loop (idle, not spinning) until `predicate()` holds."""
    loop = QEventLoop()
    end = time.perf_counter() + timeout
    check = QTimer()
    check.setInterval(20)

    def poll() -> None:
        if predicate() or time.perf_counter() > end:
            loop.quit()

    check.timeout.connect(poll)
    check.start()
    if not predicate():
        loop.exec()
    check.stop()
    if not predicate():
        raise TimeoutError(f"timed out waiting for: {what}")


def settle(ctx, seconds: float = 0.3) -> None:
    """Until no op is running, then a little longer (late repaints count too)."""
    wait(lambda: not ctx.ops.busy(), what="background ops")
    end = time.perf_counter() + seconds
    wait(lambda: time.perf_counter() > end)
    wait(lambda: not ctx.ops.busy(), what="background ops")


class Steps:
    def __init__(self, beat: Heartbeat, profile: bool = False, sampler: StallSampler | None = None):
        self.beat = beat
        self.profile = profile
        self.sampler = sampler
        self.gc = GcPauses()
        self.rows: list[tuple[str, str]] = []
        self.worst = 0.0

    @contextmanager
    def step(self, name: str):
        self.beat.reset()
        if self.sampler is not None:
            self.sampler.take()
        self.gc.take()
        started, cpu = time.perf_counter(), time.thread_time()
        profiler = None
        if self.profile:  # the UI thread only: what runs there is what freezes the window
            import cProfile

            profiler = cProfile.Profile(time.thread_time)  # the UI thread's CPU, not its waits for the GIL
            profiler.enable()
        yield
        gap = self.beat.longest * 1000
        if profiler is not None:
            profiler.disable()
            if gap > TARGET_MS:
                import pstats

                print(f"--- UI thread during {name!r} ({gap:.0f} ms gap)", file=sys.stderr)
                pstats.Stats(profiler, stream=sys.stderr).sort_stats("tottime").print_stats(12)
        if self.sampler is not None and gap > TARGET_MS:
            taken, samples = self.sampler.take()
            print(f"--- where the threads were while the UI thread was late in {name!r} "
                  f"({gap:.0f} ms gap, {taken} samples)", file=sys.stderr)
            for where, count in samples.most_common(14):
                print(f"  {count:5d}  {where}", file=sys.stderr)
        took, cpu = time.perf_counter() - started, time.thread_time() - cpu
        gc_longest, gc_total, gen2 = self.gc.take()
        self.worst = max(self.worst, gap)
        flag = "" if gap <= TARGET_MS else "  OVER"
        self.rows.append((name, f"longest gap {gap:7.1f} ms   (step took {took:6.2f} s, UI thread CPU "
                                f"{cpu * 1000:6.0f} ms, longest GC pass {gc_longest * 1000:5.0f} ms){flag}"))
        print(f"{name}: {gap:.1f} ms ({took:.2f} s; UI thread CPU {cpu * 1000:.0f} ms; gc: longest {gc_longest * 1000:.0f} ms, "
              f"{gc_total * 1000:.0f} ms in all, {gen2} full)", file=sys.stderr, flush=True)


def build_station(folder: Path, args, server: Server | None):
    """The station PC (20,000 volunteers, two years), enrolled and in step with the server;
    a second PC of the same station that has pushed ~105k rows the first has not seen yet."""
    from desktop.db import Database
    from desktop.services.demo import generate
    from desktop.services.station import setup_station
    from desktop.sync.engine import enrol, run_sync

    db = Database(folder / "station")
    station = setup_station(db, name="基准村新时代文明实践站", village="基准村", town="基准镇", county="基准县")
    t0 = time.perf_counter()
    counts = generate(db, volunteers=args.volunteers, activities=args.activities, seed=3)
    print(f"station data: {counts} in {time.perf_counter() - t0:.1f} s", file=sys.stderr, flush=True)
    if server is None:
        db.close()
        return counts, 0
    _, code = server.store.add_station(station.name, "基准县", station_id=station.id)
    enrol(db, server.url, code, first_sync=False)
    t0 = time.perf_counter()
    pushed = run_sync(db, photos=False)
    print(f"station pushed {pushed.pushed} entries in {time.perf_counter() - t0:.1f} s", file=sys.stderr, flush=True)
    other = Database(folder / "pc2")
    enrol(other, server.url, server.store.new_code(station.id), first_sync=False)
    other.set_station(station.id)
    t0 = time.perf_counter()
    more = generate(other, volunteers=args.sync_volunteers, activities=args.sync_activities,
                    signins_per_activity=args.per_activity, seed=9)
    sent = run_sync(other, photos=False)
    print(f"second PC: {more}, pushed {sent.pushed} entries in {time.perf_counter() - t0:.1f} s",
          file=sys.stderr, flush=True)
    other.close()
    db.close()
    return counts, sent.pushed


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--volunteers", type=int, default=20_000)
    parser.add_argument("--activities", type=int, default=1500, help="over the last two years")
    parser.add_argument("--sync-volunteers", type=int, default=2000)
    parser.add_argument("--sync-activities", type=int, default=2000)
    parser.add_argument("--per-activity", type=int, default=25)
    parser.add_argument("--import-rows", type=int, default=10_000)
    parser.add_argument("--profile", action="store_true", help="profile the UI thread in steps over the target")
    parser.add_argument("--stalls", action="store_true",
                        help="sample every thread's stack while the UI thread is late; print them per step over the target")
    parser.add_argument("--preview-timeout", type=float, default=1800.0,
                        help="seconds to wait for the register preview before recording it as not open")
    parser.add_argument("--switch-interval", type=float, default=0.0,
                        help="sys.setswitchinterval in ms for the run (default: Python's 5 ms)")
    parser.add_argument("--skip", default="", help="comma-separated steps to skip: pages,edit,register,sync,import")
    args = parser.parse_args()
    skip = set(filter(None, args.skip.split(",")))
    if args.switch_interval:
        sys.setswitchinterval(args.switch_interval / 1000)
    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="bench-freeze-"))
    server = None if "sync" in skip else Server()
    try:
        counts, remote = build_station(folder, args, server)
        workbook = folder / "名册.xlsx"
        if "import" not in skip:
            from importlib import import_module

            import_module("import").write_file(workbook, args.import_rows)

        from desktop.ui.app import open_context
        from desktop.ui.i18n import install_translators
        from desktop.ui.main_window import MainWindow

        install_translators(app)
        from desktop.ui.typesize import apply_type_size

        apply_type_size("standard", app)  # as the app does at start (its style-sheet scaler included)
        load_start = os.getloadavg()[0]
        print(f"load average {load_start:.1f}", file=sys.stderr, flush=True)
        ctx = open_context(folder / "station")
        beat = Heartbeat()
        beat.start()
        sampler = None
        if args.stalls:
            sampler = StallSampler(beat)
            sampler.start()
        steps = Steps(beat, args.profile, sampler)
        window = MainWindow(ctx)
        window.sync.timer.stop()
        window.sync.auto = False  # the bench starts the sync itself
        window.resize(1366, 768)
        window.show()
        settle(ctx, 1.0)
        with steps.step("baseline: idle window, 1 s"):
            end = time.perf_counter() + 1.0
            wait(lambda: time.perf_counter() > end)

        from desktop.ui import pages

        if "pages" not in skip:
            for row, spec in enumerate(pages.PAGES):
                with steps.step(f"open page {spec.key}"):
                    window.nav.setCurrentRow(row)
                    settle(ctx)

        if "edit" not in skip:
            page = window.page("volunteers")
            settle(ctx)
            from desktop.ui.roster.roster_view import RosterView

            roster = page.findChild(RosterView)
            wait(lambda: roster.data is not None, what="roster loaded")
            target = roster.model.row_at(5)
            with steps.step("edit one volunteer and save"):
                dialog = roster.open_volunteer(target.id)
                dialog.address.setText("基准村三组 12 号")
                saved = []
                dialog.saved.connect(saved.append)
                dialog.save()
                wait(lambda: saved and (roster.model.row_by_id(target.id).address == "基准村三组 12 号"),
                     what="the roster shows the edit")
                settle(ctx)

        if "register" not in skip:
            reports = window.page("reports")
            settle(ctx)
            reports.papers.setCurrentRow(0)
            assert reports.kind() == "register"
            form = reports.options  # the year's register of everyone, grouped per volunteer
            form.period_kind.setCurrentIndex(form.period_kind.findData("year"))
            form.year.setValue(date.today().year)
            form.group_by.setCurrentIndex(form.group_by.findData("volunteer"))
            wait(lambda: form.only_volunteer.count() > 1, what="the reports choices")
            form.only_volunteer.setCurrentIndex(0)
            settle(ctx)
            req = reports.request()
            assert req.period is not None and req.period.start.date() == date(date.today().year, 1, 1), req.period
            assert req.volunteer_id is None and req.by == "volunteer", req
            timed_out, opened, counted = "", 0.0, 0.0
            with steps.step("preview the year's register"):
                started = time.perf_counter()
                reports.preview()
                try:
                    wait(lambda: getattr(reports, "dialog", None) is not None and reports.dialog.isVisible(),
                         what="the preview dialog", timeout=args.preview_timeout)
                    opened = time.perf_counter() - started  # the first pages are shown (the count may follow)
                    wait(lambda: reports.dialog.total_pages is not None, what="the page count",
                         timeout=args.preview_timeout)
                    counted = time.perf_counter() - started
                except TimeoutError:  # the gap so far is still the figure; say how far the drawing got
                    bar = reports.progress
                    timed_out = (f"not {'counted' if opened else 'open'} after {args.preview_timeout:.0f} s "
                                 f"(progress {bar.value()} of {bar.maximum()}: {reports.status.text()})")
                    reports.cancel()
                settle(ctx)
            if timed_out:
                steps.rows.append(("  (register preview)", timed_out))
            else:
                pages_note = reports.dialog.note.text()
                reports.dialog.close()
                settle(ctx)
                steps.rows.append(("  (register preview)", f"{pages_note} first pages shown {opened:.1f} s after "
                                                           f"Preview, pages counted at {counted:.1f} s"))

        if "sync" not in skip:
            window.page("sync")
            settle(ctx)
            result = {}
            window.sync.finished.connect(lambda r: result.setdefault("report", r))
            window.sync.failed.connect(lambda m: result.setdefault("error", m))
            with steps.step(f"sync pulling {remote} entries"):
                window.sync.sync_now()
                wait(lambda: result, what="the sync", timeout=900)
                settle(ctx)
            if "error" in result:
                raise SystemExit(f"the sync failed: {result['error']}")
            r = result["report"]
            steps.rows.append(("  (sync)", f"pulled {r['pulled']}, applied {r['applied']}, "
                                           f"check {'ok' if r['check_ok'] else 'MISMATCH'}, {r['seconds']:.1f} s"))

        if "import" not in skip:
            page = window.page("volunteers")
            settle(ctx)
            from desktop.ui.roster.roster_view import RosterView

            roster = page.findChild(RosterView)
            finished = []
            with steps.step(f"import a {args.import_rows}-row workbook"):
                wizard = roster.open_import()
                wizard.finished_import.connect(finished.append)
                wizard.load_file(str(workbook))
                wait(lambda: wizard.pages.currentIndex() == 1, what="the file read")
                wizard.next()
                wait(lambda: wizard.pages.currentIndex() == 2, what="the check")
                wizard.next()
                wait(lambda: finished, what="the import")
                settle(ctx, 0.5)
            steps.rows.append(("  (import)", f"added {finished[0]} volunteers"))

        beat.timer.stop()
        window.close()
        ctx.ops.shutdown()
        report(f"UI freezes: {counts['volunteers']} volunteers, {counts['activities']} activities "
               f"({counts['signins']} sign-ins), heartbeat every {BEAT_MS} ms, load average "
               f"{load_start:.1f} at the start, {os.getloadavg()[0]:.1f} at the end", steps.rows + [
                   ("worst gap (excluding baseline)", f"{max(g for n, g in _gaps(steps.rows)):.1f} ms  "
                                                      f"(target <= {TARGET_MS} ms)")])
        return 0 if max(g for n, g in _gaps(steps.rows)) <= TARGET_MS else 1
    finally:
        if server is not None:
            server.close()
        shutil.rmtree(folder, ignore_errors=True)


def _gaps(rows):
    for name, text in rows:
        if text.startswith("longest gap") and not name.startswith("baseline"):
            yield name, float(text.split()[2])


if __name__ == "__main__":
    sys.exit(main())
