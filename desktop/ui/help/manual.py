"""The operation manual (操作手册): one A4 PDF from the help topics, with screenshots of the real app.

    python -m desktop.ui.help.manual [--out build/manual/station-desk-manual.pdf] [--volunteers 300]
    make manual

It builds the demo station in a temporary folder (desktop/ui/screenshot.py's demo_station), opens the
real main window offscreen at 1366×768, and for every page of the registry: checks that the page has a
topic and that every control the topic names exists (desktop/ui/help/check.py; drift fails the build),
then grabs the page. The chapters are the topics' own HTML (resources/help/<lang>), put together by the
Jinja2 template resources/help/manual/manual.html.j2: cover, contents, a chapter per page, the
troubleshooting chapter, and the one-page quick card.

Why Jinja2 + headless Chromium, not QTextDocument/QPdfWriter: the manual needs real CSS paged media
(@page A4 margins, page breaks before chapters, figures kept whole, a flex layout for the contents'
dotted leaders and the quick card on one page); QTextDocument supports a small subset of CSS, no
`break-inside`, and scales images badly. Chromium (Debian's `chromium`, already used by the console
tests) prints exactly what the HTML says, with the CJK font. It is only needed where the manual is
built (CI, a developer's machine); the app ships the finished PDF. Chromium's command line prints no
page numbers of our own, so they are stamped afterwards: a QPdfWriter overlay, merged with pypdf. The
contents' page numbers come from a first print: pdftotext finds the page where each chapter starts.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from desktop import __version__

ROOT = Path(__file__).resolve().parents[3]
DEFAULT_OUT = ROOT / "build" / "manual" / "station-desk-manual.pdf"
TEMPLATE = "manual.html.j2"


class ManualError(Exception):
    """The manual could not be built (no Chromium, or the help drifted from the UI)."""


def chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(name)
        if found:
            return found
    raise ManualError("Chromium is needed to print the manual: apt-get install chromium")


def _split(body: str) -> tuple[str, str]:
    """The topic without its <h1> (the chapter has its own), as (purpose paragraph, the rest)."""
    body = re.sub(r"<h1[^>]*>.*?</h1>", "", body, count=1, flags=re.S)
    body = re.sub(r'href="(\w+)\.html"', r'href="#\1"', body)  # a link to a topic goes to its chapter
    end = body.find("</p>")
    return (body[:end + 4], body[end + 4:]) if end >= 0 else ("", body)


def _chapter(key: str, title: str, shots: list[dict], page_key: str = "") -> dict:
    from desktop.ui.help import topics

    intro, rest = _split(topics.body(key))
    return {"key": key, "title": title, "intro": intro, "rest": rest, "shots": shots, "page_key": page_key, "page": 0}


def take_screenshots(out: Path, volunteers: int, activities: int) -> tuple[dict[str, Path], dict[str, Path], str]:
    """Grab every page (and the help panel, the tour, the kiosk) of the demo station; fail on help drift."""
    from desktop.ui import pages
    from desktop.ui.app import build_main_window, make_app, open_context
    from desktop.ui.help import check
    from desktop.ui.screenshot import demo_station, settle, shoot_kiosk

    missing_topics = check.pages_without_topic()
    if missing_topics:
        raise ManualError(f"pages without a help topic: {missing_topics}")
    app = make_app(lang="zh_CN")
    data_dir = Path(tempfile.mkdtemp(prefix="station-desk-manual-"))
    ctx = open_context(data_dir)
    try:
        demo_station(ctx, volunteers, activities)
        from desktop.services.station import get_station

        station = get_station(ctx.db).name
        window = build_main_window(ctx)
        window.resize(1366, 768)
        window.show()
        shots: dict[str, Path] = {}
        drift: list[str] = []
        for spec in pages.PAGES:
            page = window.page(spec.key)
            settle(app, ctx)
            drift += check.missing_controls(spec.key, page)
            shots[spec.key] = out / f"{spec.key}.png"
            window.grab().save(str(shots[spec.key]))
        if drift:
            raise ManualError("help topics name controls that are gone:\n" + "\n".join(drift))
        extra: dict[str, Path] = {}
        window.show_page("home")
        window.help.show("home")
        settle(app, ctx)
        extra["help"] = out / "help-panel.png"
        window.grab().save(str(extra["help"]))
        window.help.dock.hide()
        tour = window.help.start_tour()
        tour.remember = False
        tour.go(1)
        settle(app, ctx)
        extra["tour"] = out / "tour.png"
        window.grab().save(str(extra["tour"]))
        tour.finish()
        window.close()
        shoot_kiosk(app, ctx, out)
        extra["kiosk"] = out / "kiosk-1366x768.png"
        return shots, extra, station
    finally:
        ctx.ops.shutdown()
        ctx.db.close()
        shutil.rmtree(data_dir, ignore_errors=True)


def _template():
    import jinja2

    from desktop.ui.help import topics

    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(topics.HELP_DIR / "manual")), autoescape=True)
    return env.get_template(TEMPLATE)


def render(chapters: list[dict], station: str) -> str:
    return _template().render(chapters=chapters, station=station, version=__version__,
                                             built=date.today().isoformat())


def print_pdf(html_file: Path, pdf: Path) -> None:
    profile = Path(tempfile.mkdtemp(prefix="station-desk-chromium-"))
    try:
        subprocess.run([chromium(), "--headless=new", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        "--no-first-run", "--disable-extensions", f"--user-data-dir={profile}",
                        "--run-all-compositor-stages-before-draw", "--virtual-time-budget=20000",
                        f"--print-to-pdf={pdf}", html_file.as_uri()],
                       check=True, capture_output=True, timeout=300)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    if not pdf.is_file() or pdf.stat().st_size == 0:
        raise ManualError(f"Chromium printed nothing to {pdf}")


def page_texts(pdf: Path) -> list[str]:
    """Each page's text (pdftotext; pages are separated by form feeds)."""
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], check=True, capture_output=True).stdout
    return out.decode("utf-8").split("\f")[:-1] or [""]


def chapter_pages(pdf: Path, count: int) -> list[int]:
    """The page (1-based) where each chapter starts: the first page after the last found with its marker."""
    texts = ["".join(t.split()) for t in page_texts(pdf)]
    markers = _template().module.chapter_marker  # the template's words, "chapter {}", spaces removed
    found, after = [], 1
    for number in range(1, count + 1):
        marker = markers.format(number)
        page = next((i + 1 for i in range(after, len(texts)) if marker in texts[i]), 0)
        found.append(page)
        after = max(after, page - 1) if page else after
    return found


def stamp_page_numbers(pdf: Path) -> int:
    """Print "n / N" at the foot of every page but the cover; returns N."""
    import logging

    from pypdf import PdfReader, PdfWriter

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # Chromium's trailer size is off by a few: harmless
    from PySide6.QtCore import QMarginsF, QRectF, Qt
    from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter

    reader = PdfReader(str(pdf))
    total = len(reader.pages)
    overlay_file = pdf.with_suffix(".numbers.pdf")
    writer = QPdfWriter(str(overlay_file))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(0, 0, 0, 0)))
    writer.setResolution(300)
    painter = QPainter(writer)
    font = QFont()
    font.setPointSizeF(9)
    painter.setFont(font)
    width, height = writer.width(), writer.height()
    for index in range(total):
        if index:
            writer.newPage()
        if index:  # the cover carries no number
            painter.drawText(QRectF(0, height - 150, width, 80), Qt.AlignmentFlag.AlignCenter,
                             f"{index + 1} / {total}")
    painter.end()
    numbers = PdfReader(str(overlay_file))
    out = PdfWriter(clone_from=reader)
    for page, number in zip(out.pages, numbers.pages, strict=True):
        page.merge_page(number)
    with open(pdf, "wb") as handle:
        out.write(handle)
    overlay_file.unlink()
    return total


def build(out: Path = DEFAULT_OUT, volunteers: int = 300, activities: int = 120, keep: Path | None = None) -> dict:
    """Build the manual at `out`; returns {"pages": N, "seconds": s, "chapters": [...]}."""
    from desktop import i18n
    from desktop.ui import pages
    from desktop.ui.help import topics

    started = time.monotonic()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    i18n.set_language("zh_CN")
    work = keep or Path(tempfile.mkdtemp(prefix="station-desk-manual-html-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        shots, extra, station = take_screenshots(work, volunteers, activities)
        chapters = [_chapter("start", topics.title("start"), [{"src": extra["help"].name, "kind": "help"},
                                                             {"src": extra["tour"].name, "kind": "tour"}])]
        for spec in pages.PAGES:
            page_shots = [{"src": shots[spec.key].name, "kind": "page"}]
            if spec.key == "signin":
                page_shots.append({"src": extra["kiosk"].name, "kind": "kiosk"})
            chapters.append(_chapter(spec.key, pages.title(spec), page_shots, spec.key))
        chapters += [_chapter(key, topics.title(key), []) for key in ("troubleshooting", "quickcard")]
        html_file = work / "manual.html"
        out.parent.mkdir(parents=True, exist_ok=True)
        html_file.write_text(render(chapters, station), encoding="utf-8")
        print_pdf(html_file, out)  # first print: where do the chapters start?
        for chapter, page in zip(chapters, chapter_pages(out, len(chapters)), strict=True):
            chapter["page"] = page
        html_file.write_text(render(chapters, station), encoding="utf-8")
        print_pdf(html_file, out)
        total = stamp_page_numbers(out)
    finally:
        if keep is None:
            shutil.rmtree(work, ignore_errors=True)
    return {"pages": total, "seconds": round(time.monotonic() - started, 1),
            "chapters": [(c["key"], c["page"]) for c in chapters]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--volunteers", type=int, default=300)
    parser.add_argument("--activities", type=int, default=120)
    parser.add_argument("--keep-html", type=Path, default=None, help="keep the HTML and screenshots in this folder")
    args = parser.parse_args(argv)
    try:
        result = build(args.out, args.volunteers, args.activities, args.keep_html)
    except ManualError as error:
        print(error, file=sys.stderr)
        return 2
    print(f"{args.out}: {result['pages']} pages, {result['seconds']} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
