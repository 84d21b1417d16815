"""One translation system for every visible string, Qt-free.

THE CONVENTION (UI and core alike; read this before writing a message)
- Source texts are English. Chinese (zh_CN) is the shipped default language.
- UI code (desktop/ui, desktop/printing) keeps using ``self.tr("...")`` or
  ``QCoreApplication.translate(context, "...")``.
- Qt-free code (services, importers, reports, sync, cli, errors, validators,
  server) marks every visible string with this module::

      from desktop.i18n import translate
      raise NotFound(translate("services.volunteers", "No volunteer with id “{id}”.").format(id=key))

  The context is the module's dotted name without ``desktop.`` (``server.app``
  for the server); the papers in desktop/reports all use ``reports``, because
  their renderer (desktop/reports/base.py) translates the column titles that
  the papers mark with ``QT_TRANSLATE_NOOP("reports", ...)``. Both arguments must be plain string literals (no f-strings;
  put the values in ``{name}`` fields and call ``.format`` on the result), so
  pyside6-lupdate can extract them: lupdate's Python parser recognises a call
  to a function named ``translate`` exactly like ``QCoreApplication.translate``.
  Strings that must be built before the language is known (module-level
  tables) are marked with ``QT_TRANSLATE_NOOP(context, text)``, which returns
  the text unchanged, and translated where they are shown:
  ``translate(context, LABELS[key])``.
- The county console's Jinja templates (server/console/templates) mark their
  English texts with the global ``_("English {field}", field=value)``, which
  is this module's ``translate`` with the context ``server.console``;
  server/console/template_texts.py lists them with QT_TRANSLATE_NOOP for
  lupdate (``python -m server.console.template_texts`` after editing a template).
- Every catalog is a Qt ``.ts`` file in resources/translations:
  ``<area>_<lang>.ts``. UI areas are ``shell``, ``roster``, ...; the core ones are
  ``core_<package>_<lang>.ts`` and carry no line numbers (``-locations none``),
  so helpers who edit the same module do not conflict on them.
  ``make ts`` re-extracts every area (table in resources/translations/areas.py),
  ``fill_ts.py`` fills translations from a JSON map, ``make setup`` compiles
  .qm for Qt. tests/unit/test_i18n.py fails on a Chinese literal outside the
  catalogs and on a marked string without a zh_CN translation.

HOW A STRING IS LOOKED UP
- The UI loads every ``*_<lang>.qm`` into Qt (desktop/ui/i18n.py), so Qt
  widgets see core contexts too.
- Core code, in every process (CLI, GUI worker threads, server), resolves
  through this module, which reads the ``.ts`` XML itself with the standard
  library's ElementTree. Why not the .qm: it is a binary Qt format and
  reading it would need Qt or a hand-written parser; the .ts is the source of
  truth and parsing all catalogs takes a few milliseconds, once, lazily.
  Why not gettext .mo via Babel: that would be a second catalog format and a
  compile step for the same texts; one format, one workflow, one test.
  Why not QCoreApplication.translate in the GUI: one code path for core
  texts means the CLI and the GUI can never disagree, and worker threads
  need no Qt. The reader is small (see ``_read``) and follows Qt's rules:
  unfinished, vanished and obsolete entries fall back to the source text.
  It reads only the core catalogs (``core*_<lang>.ts``), which keeps a CLI
  start cheap; UI contexts are Qt's business.
- The language is ``set_language(lang)``; by default the environment variable
  STATION_DESK_LANG, else zh_CN. ``en`` (or any language without a catalog)
  shows the English source texts. STATION_DESK_TRANSLATIONS (os.pathsep
  separated folders) adds catalog folders searched before the shipped one,
  which is how a county adds Uyghur, Tibetan or Mongolian without a rebuild.
"""

from __future__ import annotations

import os
import threading
import xml.etree.ElementTree as ET
from pathlib import Path

TRANSLATIONS = Path(__file__).resolve().parents[1] / "resources" / "translations"
DEFAULT_LANG = "zh_CN"

_lock = threading.Lock()
_language: str | None = None
_folders: list[Path] | None = None
_catalog: dict[tuple[str, str, str], str] | None = None


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark a string for extraction without translating it yet."""
    return text


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The text in the current language, or the English source when it has none.

    Same signature as QCoreApplication.translate so lupdate extracts it.
    """
    catalog = _catalog if _catalog is not None else _load()
    return catalog.get((context, source, disambiguation or ""), source)


def language() -> str:
    return _language or os.environ.get("STATION_DESK_LANG") or DEFAULT_LANG


def catalog_folders() -> list[Path]:
    """Folders searched for catalogs, first match of a (context, source) wins."""
    if _folders is not None:
        return list(_folders)
    extra = [Path(p) for p in os.environ.get("STATION_DESK_TRANSLATIONS", "").split(os.pathsep) if p]
    return [*extra, TRANSLATIONS]


def set_language(lang: str | None) -> None:
    """Switch the language; None goes back to the default."""
    global _language, _catalog
    with _lock:
        _language, _catalog = lang, None


def set_folders(folders: list[Path] | None) -> None:
    """Search these catalog folders instead (tests, a county's own languages); None: the default ones."""
    global _folders, _catalog
    with _lock:
        _folders, _catalog = (list(folders) if folders is not None else None), None


def _load() -> dict[tuple[str, str, str], str]:
    global _catalog
    with _lock:
        if _catalog is None:
            lang = language()
            catalog: dict[tuple[str, str, str], str] = {}
            if not lang.startswith("en"):
                for folder in reversed(catalog_folders()):  # earlier folders override later ones
                    for path in sorted(folder.glob(f"core*_{lang}.ts")):  # UI areas: Qt reads their .qm
                        catalog.update(_read(path))
            _catalog = catalog
        return _catalog


def _read(path: Path) -> dict[tuple[str, str, str], str]:
    """(context, source, disambiguation) -> translation, for the finished entries of one .ts file."""
    out: dict[tuple[str, str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            text = translation.text or ""
            if not text and (form := translation.find("numerusform")) is not None:
                text = form.text or ""  # plural forms: languages we ship have one form
            if text:
                out[(name, message.findtext("source") or "", message.findtext("comment") or "")] = text
    return out
