"""Printing a few pages through a real CUPS queue (Debian's cups-daemon, a private cupsd for the test): the
print dialog's "Pages" box on a CUPS printer puts the range in the job's CUPS options (page-ranges), not in
QPrinter's range; the app reads it, lays out and sends only those pages, numbered through the whole paper,
and takes the option off, so that CUPS does not choose again among the pages it was sent (a 2-page job
with page-ranges=2-3 would come out as one page).

The queue is stopped (cupsdisable), as an office printer that is switched off: the jobs wait in the spool,
where the test reads the document CUPS received and the job's options."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

_spec = importlib.util.spec_from_file_location("sync_harness", Path(__file__).parents[1] / "server" / "sync_harness.py")
_harness = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_harness)
wait_until = _harness.wait_until

QUEUE = "station-desk-test"
HERE = Path(__file__).parent


@pytest.fixture(scope="module")
def cups(tmp_path_factory):
    cupsd = shutil.which("cupsd") or "/usr/sbin/cupsd"
    if not Path(cupsd).exists() or shutil.which("lpadmin") is None:
        pytest.fail("CUPS is not installed (no cupsd or lpadmin). Run `make setup` as root, which installs "
                    "Debian's cups-daemon and cups-client.")
    base = tmp_path_factory.mktemp("cups")
    spool = base / "spool"
    for name in ("spool", "cache", "state", "log"):
        (base / name).mkdir()
    sock = base / "cups.sock"
    (base / "cupsd.conf").write_text(
        f"Listen {sock}\nLogLevel warn\nWebInterface No\nBrowsing No\nDefaultAuthType None\n"
        "DirtyCleanInterval 0\n"  # a job's control file is written at once
        "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
        "<Policy default>\n  <Limit All>\n    Order allow,deny\n    Allow all\n  </Limit>\n</Policy>\n")
    (base / "cups-files.conf").write_text(
        f"ServerRoot {base}\nRequestRoot {spool}\nCacheDir {base / 'cache'}\nStateDir {base / 'state'}\n"
        f"ErrorLog {base / 'log' / 'error_log'}\nAccessLog {base / 'log' / 'access_log'}\n"
        f"PageLog {base / 'log' / 'page_log'}\nTempDir {spool}\nServerBin /usr/lib/cups\nDataDir /usr/share/cups\n")
    env = {**os.environ, "CUPS_SERVER": str(sock)}
    daemon = subprocess.Popen([cupsd, "-f", "-c", str(base / "cupsd.conf"), "-s", str(base / "cups-files.conf")],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_until(lambda: daemon.poll() is not None or listening(sock), what="the test's cupsd")
        assert daemon.poll() is None, f"cupsd stopped (exit code {daemon.returncode}): {log(base)}"
        for command in (["lpadmin", "-p", QUEUE, "-E", "-v", "file:///dev/null", "-m", "raw"],
                        ["lpadmin", "-d", QUEUE], ["cupsdisable", QUEUE]):
            done = subprocess.run(command, env=env, capture_output=True, text=True)
            assert done.returncode == 0, f"{' '.join(command)}: {done.stderr} {log(base)}"
        yield env, spool
    finally:
        daemon.terminate()
        daemon.wait(20)


def listening(sock: Path) -> bool:
    """cupsd takes connections on its socket (`lpstat -r` exits 0 before it does, and when it is not running)."""
    with socket.socket(socket.AF_UNIX) as probe:
        try:
            probe.connect(str(sock))
        except OSError:
            return False
    return True


def log(base: Path) -> str:
    """The test cupsd's error log, for a message when setting it up fails."""
    path = base / "log" / "error_log"
    return path.read_text(errors="replace")[-2000:] if path.exists() else "(no cupsd log)"


def print_job(cups, pages: str, mode: str, count: int = 120):
    """Runs one job (tests/ui/cups_job.py); returns its report and the document CUPS spooled, with its options."""
    env, spool = cups
    before = set(spool.glob("d*"))
    run = subprocess.run([sys.executable, str(HERE / "cups_job.py"), QUEUE, pages, mode, str(count)],
                         env={**env, "PYTHONPATH": os.pathsep.join([str(HERE), *sys.path])},
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-2000:]
    report = json.loads(run.stdout.strip().splitlines()[-1])
    wait_until(lambda: set(spool.glob("d*")) - before, what="the job in the spool")
    (document,) = set(spool.glob("d*")) - before
    control = spool / ("c" + document.name[1:].split("-")[0])
    wait_until(control.exists, what="the job's control file")
    return report, document, control.read_bytes()


def pdf(document: Path) -> tuple[int, str]:
    info = subprocess.run(["pdfinfo", str(document)], capture_output=True, text=True, check=True).stdout
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    return pages, subprocess.run(["pdftotext", "-layout", str(document), "-"], capture_output=True, text=True,
                                 check=True).stdout


@pytest.mark.parametrize("mode", ["in-process", "child"])
def test_the_cups_pages_box_prints_those_pages_only(cups, mode):
    report, document, options = print_job(cups, "2-3", mode)
    assert report["printer"] == QUEUE and report["ranges"] == [[2, 3]] and report["sent"] == 2
    pages, text = pdf(document)
    assert pages == 2
    total = text.count("页，共")  # the footers: 第 2 页，共 N 页 and 第 3 页
    assert total == 2 and "第 2 页，共" in text and "第 3 页，共" in text and "第 1 页，共" not in text
    assert b"page-ranges" not in options  # taken off: CUPS prints what it was sent


def test_a_range_past_the_end_is_said_and_nothing_is_sent(cups):
    env, spool = cups
    before = set(spool.glob("d*"))
    run = subprocess.run([sys.executable, str(HERE / "cups_job.py"), QUEUE, "90-95", "child", "30"],
                         env={**env, "PYTHONPATH": os.pathsep.join([str(HERE), *sys.path])},
                         capture_output=True, text=True, timeout=300)
    assert run.returncode != 0 and "这份材料只有" in run.stderr and "第 1 至" in run.stderr  # the paper's page count and what to choose
    assert set(spool.glob("d*")) == before
