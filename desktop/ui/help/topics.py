"""The help topics on disk: find, read, search. Qt-free (the manual builder and the panel share it).

A topic is resources/help/<lang>/<key>.html, one per page key of desktop.ui.pages.PAGES, plus
the extra chapters in EXTRA (troubleshooting, the quick card). The language falls back to
zh_CN, the shipped language, when a catalog folder has no help of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

from desktop import i18n

HELP_DIR = i18n.TRANSLATIONS.parent / "help"
FALLBACK = "zh_CN"
EXTRA = ("start", "troubleshooting", "quickcard")  # chapters that belong to no page


def folder(lang: str | None = None) -> Path:
    lang = lang or i18n.language()
    for candidate in (lang, lang.split("_")[0], FALLBACK):
        path = HELP_DIR / candidate
        if path.is_dir():
            return path
    return HELP_DIR / FALLBACK


def path(key: str, lang: str | None = None) -> Path:
    return folder(lang) / f"{key}.html"


def exists(key: str) -> bool:
    return path(key).is_file()


def html(key: str) -> str:
    return path(key).read_text(encoding="utf-8")


def keys() -> list[str]:
    return sorted(p.stem for p in folder().glob("*.html"))


class _Text(HTMLParser):
    """Plain text, the first <h1>, and the controls a topic names."""

    def __init__(self):
        super().__init__()
        self.parts: list[str] = []
        self.title = ""
        self.controls: list[tuple[str, str]] = []  # (visible label, objectName or "")
        self._in_h1 = False
        self._control: list | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "h1" and not self.title:
            self._in_h1 = True
        if "ui" in (attrs.get("class") or "").split():
            self._control = ["", attrs.get("data-object") or ""]
        if tag in ("p", "li", "h1", "h2", "h3", "tr", "br", "div"):
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag == "h1":
            self._in_h1 = False
        if self._control is not None and tag in ("b", "span", "kbd", "code"):
            self.controls.append((self._control[0].strip(), self._control[1]))
            self._control = None

    def handle_data(self, data):
        self.parts.append(data)
        if self._in_h1:
            self.title += data
        if self._control is not None:
            self._control[0] += data


@lru_cache(maxsize=64)
def _parsed(file: Path, mtime: float) -> _Text:
    parser = _Text()
    parser.feed(file.read_text(encoding="utf-8"))
    return parser


def _parse(key: str) -> _Text:
    file = path(key)
    return _parsed(file, file.stat().st_mtime)


def title(key: str) -> str:
    return _parse(key).title.strip() or key


def text(key: str) -> str:
    return re.sub(r"\n\s*\n+", "\n", unescape("".join(_parse(key).parts))).strip()


def controls(key: str) -> list[tuple[str, str]]:
    """The controls a topic names: (visible label, objectName or "")."""
    return list(_parse(key).controls)


def body(key: str) -> str:
    """The topic's <body> content (the manual puts it into a chapter)."""
    source = html(key)
    match = re.search(r"<body[^>]*>(.*)</body>", source, re.S | re.I)
    return match.group(1) if match else source


@dataclass(frozen=True)
class Hit:
    key: str
    title: str
    snippet: str
    count: int


def search(query: str, lang: str | None = None) -> list[Hit]:
    """Topics containing every word of `query` (case-insensitive), most mentions first."""
    words = [w.lower() for w in query.split() if w.strip()]
    if not words:
        return []
    hits = []
    for key in keys():
        plain = text(key)
        lower = plain.lower()
        if not all(w in lower for w in words):
            continue
        at = lower.find(words[0])
        start = max(0, at - 20)
        snippet = plain[start:at + len(words[0]) + 40].replace("\n", " ")
        count = sum(lower.count(w) for w in words) + (5 if words[0] in title(key).lower() else 0)
        hits.append(Hit(key, title(key), ("…" if start else "") + snippet + "…", count))
    return sorted(hits, key=lambda h: (-h.count, h.key))
