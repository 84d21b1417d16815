"""Which source files feed which catalog: the table `make ts` runs pyside6-lupdate from.

    python resources/translations/areas.py [--fill MAP.json] [AREA ...]

re-extracts the areas (all by default) with pyside6-lupdate; with --fill it
then fills translations from MAP.json ({"English source": "中文"}, see
fill_ts.py), lists what is still untranslated, and re-runs lupdate so the
core file keeps lupdate's layout (UI files keep fill_ts's): small diffs, fewer merge conflicts.

Each area is `<area>_zh_CN.ts` in this folder. UI areas keep line numbers;
core areas (Qt-free code through desktop.i18n.translate) use
`-locations none` so concurrent edits of one module do not conflict on them.
A new module belongs to the area whose globs match it; a new UI folder needs
a line here (tests/unit/test_i18n.py fails on a marked file no area covers).
After extracting, fill new entries with fill_ts.py and run `make setup`.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
LANGS = ("zh_CN",)

UI_AREAS = {
    "activities": ["desktop/ui/activities/*.py", "desktop/ui/pages/activities.py"],
    "kiosk": ["desktop/printing/cards.py", "desktop/ui/kiosk/*.py", "desktop/ui/pages/signin.py"],
    "reports": ["desktop/printing/document.py", "desktop/ui/pages/reports.py", "desktop/ui/reports/*.py",
                "desktop/ui/targets_widget.py"],
    "roster": ["desktop/ui/pages/volunteers.py", "desktop/ui/roster/*.py", "desktop/ui/volunteer_model.py",
               "desktop/ui/forms.py"],
    "shell": ["desktop/ui/app.py", "desktop/ui/first_run.py", "desktop/ui/main_window.py", "desktop/ui/ops.py",
              "desktop/ui/page_preview.py", "desktop/ui/pages/__init__.py", "desktop/ui/pages/home.py",
              "desktop/ui/pages/settings.py", "desktop/ui/progress.py"],
    "sync": ["desktop/ui/pages/sync_page.py", "desktop/ui/sync_status.py"],
    "updates": ["desktop/ui/update_banner.py"],
    "inspect": ["desktop/ui/pages/selfcheck.py", "desktop/printing/pack.py"],
    "help": ["desktop/ui/help/*.py"],
    "safety": ["desktop/ui/login.py", "desktop/ui/session.py", "desktop/ui/backup_page.py", "desktop/ui/pages/audit.py",
               "desktop/ui/privacy.py"],
    "points": ["desktop/ui/points/*.py", "desktop/printing/points_papers.py"],
    "requests": ["desktop/ui/requests/*.py"],
}
CORE_AREAS = {
    "core": ["desktop/*.py", "desktop/models/*.py"],
    "core_services": ["desktop/services/**/*.py"],
    "core_importers": ["desktop/importers/**/*.py"],
    "core_reports": ["desktop/reports/**/*.py"],
    "core_sync": ["desktop/sync/**/*.py"],
    "core_cli": ["desktop/cli/**/*.py", "desktop/__init__.py", "installer/launcher.py"],
    "core_server": ["server/**/*.py"],
}


def files(area: str) -> list[Path]:
    globs = UI_AREAS.get(area) or CORE_AREAS[area]
    return sorted({p for g in globs for p in ROOT.glob(g)})


def lupdate(area: str) -> None:
    tool = Path(sys.executable).parent / "pyside6-lupdate"
    options = ["-locations", "none"] if area in CORE_AREAS else ["-locations", "absolute"]
    for lang in LANGS:
        ts = HERE / f"{area}_{lang}.ts"
        subprocess.run([str(tool), *map(str, files(area)), "-no-obsolete", *options, "-target-language", lang,
                        "-ts", str(ts)], check=True, cwd=ROOT)


def main(argv: list[str]) -> int:
    mapping = None
    if argv[:1] == ["--fill"]:
        import json

        mapping = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
        argv = argv[2:]
    left = []
    for name in argv or [*UI_AREAS, *CORE_AREAS]:
        lupdate(name)
        if mapping is not None:
            from fill_ts import fill

            for lang in LANGS:
                left += fill(str(HERE / f"{name}_{lang}.ts"), mapping)
            if name in CORE_AREAS:  # keep each file in the layout it has (UI files: fill_ts's), for small diffs
                lupdate(name)
    for source in left:
        print("untranslated:", source)
    return 1 if left else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
