"""The English source texts of the console templates, for the catalog.

The templates speak through one Jinja global, `_("English {field}", field=value)`
(server/console/web.py: gettext -> desktop.i18n.translate with the context
"server.console"). pyside6-lupdate reads Python, not Jinja, so the texts the
templates mark are listed here with QT_TRANSLATE_NOOP; `make ts` then puts them
in core_server_zh_CN.ts like any other server text. After editing a template:

    python -m server.console.template_texts      (rewrites the list at the end)

tests/unit/test_i18n.py fails when the list is not current or a template still
has a Chinese literal.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from desktop.i18n import QT_TRANSLATE_NOOP  # noqa: F401  (the generated list below uses it)

TEMPLATES = Path(__file__).parent / "templates"
MARKED = re.compile(r"""\b_\(\s*"((?:[^"\\]|\\.)*)"|\b_\(\s*'((?:[^'\\]|\\.)*)'""")
MARKER = "# --- generated: python -m server.console.template_texts ---\n"


def extract() -> list[str]:
    """Every text marked with _("...") in the templates, in file order, each once."""
    seen: dict[str, None] = {}
    for path in sorted(TEMPLATES.glob("*.html")):
        for match in MARKED.finditer(path.read_text(encoding="utf-8")):
            seen.setdefault(match.group(1) if match.group(1) is not None else match.group(2), None)
    return list(seen)


def write() -> None:
    path = Path(__file__)
    text = path.read_text(encoding="utf-8")
    head = text[:text.rindex(MARKER)]
    lines = "".join(f"    QT_TRANSLATE_NOOP(\"server.console\", {json.dumps(t, ensure_ascii=False)}),\n" for t in extract())
    path.write_text(head + MARKER + "TEXTS = [\n" + lines + "]\n", encoding="utf-8")


if __name__ == "__main__":
    write()

# --- generated: python -m server.console.template_texts ---
TEXTS = [
]
