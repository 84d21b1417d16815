"""Photo import: 100 generated 4000x3000 JPEGs added to one activity through
`desktop.services.photos.import_photos` (resized copy + thumbnail + rows),
against the baseline of Pillow opening and saving the same files at full size.
Each side runs in its own process so that its peak memory (max RSS) is its own.

    .venv/bin/python bench/photos.py [--photos 100]
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import report
from PIL import Image, ImageDraw


def make_photos(folder: Path, n: int) -> None:
    """Camera-like content (gradients, shapes and sensor noise), so that JPEG sizes are realistic (~3-5 MB)."""
    folder.mkdir(parents=True, exist_ok=True)
    gradient = Image.linear_gradient("L").resize((4000, 3000))
    noise = [Image.effect_noise((4000, 3000), 24) for _ in range(3)]
    base = Image.merge("RGB", [Image.blend(gradient, n, 0.35) for n in noise])
    for i in range(n):
        image = base.copy()
        draw = ImageDraw.Draw(image)
        draw.rectangle((i * 30, i * 20, i * 30 + 900, i * 20 + 700), fill=(i * 2 % 255, 120, 200 - i))
        exif = Image.Exif()
        exif[0x0132] = f"2026:03:07 09:{i % 60:02d}:00"
        image.save(folder / f"IMG_{i:04d}.jpg", quality=90, exif=exif)


def worker_ours(src: Path) -> dict:
    from desktop.db import Database
    from desktop.services.activities import add_activity
    from desktop.services.photos import import_photos
    from desktop.services.station import setup_station

    folder = Path(tempfile.mkdtemp(prefix="bench-photos-"))
    try:
        db = Database(folder)
        setup_station(db, name="基准测试站")
        activity = add_activity(db, title="基准活动", category="丰富活跃文化生活", start="2026-03-07 09:00",
                                end="2026-03-07 11:00")
        start = time.perf_counter()
        summary = import_photos(db, activity.id, [src])
        seconds = time.perf_counter() - start
        stored = sum(p.stat().st_size for p in db.photos_dir.rglob("*.jpg"))
        db.close()
        return {"seconds": seconds, "count": len(summary.added), "stored_bytes": stored}
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def worker_baseline(src: Path) -> dict:
    import desktop.services.photos  # noqa: F401  (same libraries loaded: memory compares like with like)

    out = Path(tempfile.mkdtemp(prefix="bench-pillow-"))
    try:
        files = sorted(src.glob("*.jpg"))
        start = time.perf_counter()
        for path in files:
            with Image.open(path) as image:
                image.save(out / path.name, quality=85)
        return {"seconds": time.perf_counter() - start, "count": len(files), "stored_bytes": 0}
    finally:
        shutil.rmtree(out, ignore_errors=True)


def peak_rss_mb() -> float:
    """This process's peak resident memory. VmHWM starts afresh at exec, unlike ru_maxrss,
    which keeps the parent's high-water mark (the parent made the test photos)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_worker(kind: str, src: Path) -> dict:
    done = subprocess.run([sys.executable, __file__, "--worker", kind, str(src)], capture_output=True, text=True,
                          check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--photos", type=int, default=100)
    parser.add_argument("--worker", nargs=2, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        kind, src = args.worker
        result = worker_ours(Path(src)) if kind == "ours" else worker_baseline(Path(src))
        result["peak_rss_mb"] = peak_rss_mb()
        print(json.dumps(result))
        return 0
    src = Path(tempfile.mkdtemp(prefix="bench-photo-src-"))
    try:
        make_photos(src, args.photos)
        size = sum(p.stat().st_size for p in src.glob("*.jpg"))
        ours = run_worker("ours", src)
        base = run_worker("baseline", src)
        n = args.photos
        report(f"Photo import, {n} JPEGs 4000x3000 ({size / n / 1e6:.1f} MB each)", [
            ("import_photos, per photo", f"{ours['seconds'] / n * 1000:.0f} ms"),
            ("import_photos, peak memory (RSS)", f"{ours['peak_rss_mb']:.0f} MB"),
            ("stored (resized + thumbnail), per photo", f"{ours['stored_bytes'] / n / 1e3:.0f} KB"),
            ("baseline Pillow open+save, per photo", f"{base['seconds'] / n * 1000:.0f} ms"),
            ("baseline peak memory (RSS)", f"{base['peak_rss_mb']:.0f} MB"),
            ("ratio time (ours / baseline)", f"{ours['seconds'] / base['seconds']:.2f}"),
            ("ratio memory (ours / baseline)", f"{ours['peak_rss_mb'] / base['peak_rss_mb']:.2f}"),
        ])
        assert ours["count"] == n
        return 0
    finally:
        shutil.rmtree(src, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
