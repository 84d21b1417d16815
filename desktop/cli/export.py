"""`export KIND ...`: one top-level command, each kind registered by its owner.

argparse allows one `export` parser, so feature modules add their kinds here:

    from desktop.cli.export import register_export_kind

    def _setup(kinds):  # kinds: the `export` sub-parsers object
        p = kinds.add_parser("register", help="...")
        p.set_defaults(handler=run_register)

    register_export_kind("register", _setup)

Registration must happen at import time of a module listed in PROVIDERS
below; those are imported only when `export` runs, then `register()` builds
the kinds.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from desktop.i18n import translate

# Modules that call register_export_kind at import time.
PROVIDERS = ("desktop.cli.roster", "desktop.cli.paper", "desktop.cli.evidence")

EXPORTERS: dict[str, Callable[[Any], None]] = {}


def register_export_kind(name: str, setup: Callable[[Any], None]) -> None:
    """Add an `export NAME` sub-command; `setup(kinds)` adds its parser to `kinds`."""
    EXPORTERS[name] = setup


def register(sub) -> None:
    for module in PROVIDERS:
        importlib.import_module(module)
    export = sub.add_parser("export", help=translate("cli", "export (roster, register, sign-in sheets, ...)"))
    kinds = export.add_subparsers(dest="kind", required=True, metavar="KIND")
    for name in sorted(EXPORTERS):
        EXPORTERS[name](kinds)
