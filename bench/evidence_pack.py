"""The evidence pack 台账资料包 for a year of the demo station: build time, pages and sizes.

The demo station is `python -m desktop demo --volunteers 200 --activities 300 --photos 3`
(300 activities over two years, three photos for each one held in the last year), made in a
temporary folder unless --data-dir names one made before. The pack covers the last 365 days.
Baseline in the same run: zipping the same photos bare (the disk's floor for the zip half).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/evidence_pack.py [--data-dir D] [--photos 3]
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import zipfile
from datetime import date, timedelta
from pathlib import Path

from _common import ROOT, report, timed

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def make_station(folder: Path, photos: int) -> None:
    subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(folder), "demo", "--volunteers", "200",
                    "--activities", "300", "--photos", str(photos)], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", type=Path, default=None)
    parser.add_argument("--photos", type=int, default=3)
    args = parser.parse_args()
    from desktop.db import Database
    from desktop.periods import span
    from desktop.printing.app import ensure_app
    from desktop.printing.pack import write_pack
    from desktop.services import evidence
    from desktop.ui.i18n import install_translators

    ensure_app(setup=install_translators)
    with tempfile.TemporaryDirectory(prefix="bench-pack-") as tmp:
        data = args.data_dir or Path(tmp) / "station"
        made = 0.0
        if args.data_dir is None:
            made, _ = timed(make_station, data, args.photos)
        db = Database(data)
        today = date.today()
        period = span(today - timedelta(days=364), today)
        out = Path(tmp) / "out"
        out.mkdir()
        gather_s, plan = timed(evidence.gather, db, period)
        write_s, result = timed(evidence.write, plan, out, write_pack=write_pack)
        base = Path(tmp) / "baseline.zip"

        def bare_zip() -> None:
            with zipfile.ZipFile(base, "w", compression=zipfile.ZIP_STORED) as archive:
                for name, path in plan.photos:
                    archive.write(path, name)

        zip_s, _ = timed(bare_zip)
        db.close()
        rows = [
            ("period", period.label),
            ("activities held / photos", f"{result.activities} / {result.photos}"),
            ("PDF pages", str(result.pages)),
            ("PDF size", f"{result.pdf_bytes / 2**20:.1f} MB"),
            ("photo zip size", f"{result.zip_bytes / 2**20:.1f} MB"),
            ("read the records (gather)", f"{gather_s:.1f} s"),
            ("draw the PDF and zip the photos (write)", f"{write_s:.1f} s"),
            ("whole pack", f"{gather_s + write_s:.1f} s"),
            ("baseline: zip the same photos bare", f"{zip_s:.1f} s"),
            ("peak memory", f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB"),
        ]
        if made:
            rows.insert(0, ("demo station made in", f"{made:.0f} s"))
        report("Evidence pack, a year of the demo station", rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
