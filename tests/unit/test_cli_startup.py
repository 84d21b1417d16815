"""Fast start: the CLI registers commands from a table and imports only what the command needs."""

from __future__ import annotations

import argparse
import importlib
import json
import os
import subprocess
import sys

import pytest

from desktop.cli import COMMANDS, Parser, build_parser, main
from desktop.i18n import translate

PROBE = """
import io, json, sys
from contextlib import redirect_stdout
from desktop.cli import main
buffer = io.StringIO()
try:
    with redirect_stdout(buffer):
        code = main(sys.argv[1:])
except SystemExit as exit_:
    code = exit_.code
heavy = ("sqlalchemy", "alembic", "PySide6", "tusclient", "aiohttp", "requests", "openpyxl", "desktop.cli.paper")
print(json.dumps({"code": code, "out": buffer.getvalue(), "loaded": [m for m in heavy if m in sys.modules]}))
"""


def _probe(*args):
    env = {**os.environ, "PYTHONPATH": os.getcwd()}
    done = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True, env=env,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.splitlines()[-1])


def test_version_loads_no_sqlalchemy():
    result = _probe("--version")
    assert result["code"] == 0 and "Station Desk" in result["out"]
    assert result["loaded"] == []


def test_volunteer_list_loads_no_alembic_qt_or_tus(tmp_path):
    assert main(["--data-dir", str(tmp_path), "init", "--station", "测试站"]) == 0
    result = _probe("--data-dir", str(tmp_path), "volunteer", "list", "--json")
    assert result["code"] == 0 and json.loads(result["out"]) == []
    assert "sqlalchemy" in result["loaded"]  # it did open the database
    for heavy in ("alembic", "PySide6", "tusclient", "aiohttp", "requests", "desktop.cli.paper"):
        assert heavy not in result["loaded"]


def test_top_level_help_lists_every_command_without_importing(capsys):
    before = {m for m in sys.modules if m.startswith("desktop.cli.")}
    with pytest.raises(SystemExit) as exit_:
        build_parser(["--help"]).parse_args(["--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    assert all(name in out and translate("cli", help_) in out for name, (_, help_) in COMMANDS.items())
    assert {m for m in sys.modules if m.startswith("desktop.cli.")} == before


def test_subcommand_help_is_the_real_one(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["volunteer", "list", "--help"])
    assert exit_.value.code == 0
    assert "--full-id" in capsys.readouterr().out


@pytest.mark.parametrize("module", sorted({module for module, _ in COMMANDS.values()}))
def test_each_module_registers_what_the_table_says(module):
    parser = Parser(prog="x")
    sub = parser.add_subparsers(dest="command", parser_class=Parser)
    importlib.import_module(module).register(sub)
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    registered = {choice.dest: choice.help for choice in action._choices_actions}
    expected = {name: translate("cli", help_) for name, (mod, help_) in COMMANDS.items() if mod == module}
    assert registered == expected


def test_full_parser_builds_with_every_module():
    parser = build_parser(load="all")
    args = parser.parse_args(["export", "volunteers", "--out", "x.xlsx"])
    assert args.command == "export" and callable(args.handler)


def test_global_option_before_command_and_unknown_command(tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--data-dir", str(tmp_path), "nonsense"])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert "命令参数不对" in err and err.count("\n") == 1


def test_a_reader_that_goes_away_is_not_an_internal_error(tmp_path):
    """`volunteer list --json | head -c 1`: the pipe closes early; exit 0, nothing on stderr, no bug log."""
    assert main(["--data-dir", str(tmp_path), "demo", "--volunteers", "300", "--activities", "1"]) == 0
    env = {**os.environ, "PYTHONPATH": os.getcwd()}
    reader = subprocess.Popen(["head", "-c", "1"], stdin=subprocess.PIPE, stdout=subprocess.DEVNULL)
    done = subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(tmp_path), "volunteer", "list",
                           "--json"], stdout=reader.stdin, stderr=subprocess.PIPE, text=True, env=env, timeout=120)
    reader.stdin.close()
    reader.wait(30)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert not (tmp_path / "logs" / "error.log").exists()


LOGIN_PROBE = """
import json, sys
import desktop.ui.login as login_module
from PySide6.QtCore import QEvent, QObject, QTimer

HEAVY = ("sqlalchemy", "sqlmodel", "alembic", "desktop.db", "desktop.models", "desktop.services.audit",
         "desktop.ui.main_window", "tusclient", "requests")
seen = {}

class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not seen:
            seen["at_paint"] = [m for m in HEAVY if m in sys.modules]
            after_preload(obj)
        return False

def after_preload(dialog):
    if not dialog.preloading:  # the preload starts just after the first paint
        QTimer.singleShot(10, lambda: after_preload(dialog))
        return
    dialog.ops.db(lambda: None, on_done=lambda _none: finish(dialog))  # the worker is serial: after the preload

def finish(dialog):
    seen["after_preload"] = [m for m in HEAVY if m in sys.modules]
    dialog.reject()

_Login = login_module.LoginDialog
watch = Watch()

class LoginDialog(_Login):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.installEventFilter(watch)

login_module.LoginDialog = LoginDialog
from desktop.cli import main
code = main(sys.argv[1:])
print(json.dumps({"code": code, **seen}))
"""


@pytest.mark.slow  # a GUI process started and timed
def test_login_screen_paints_before_the_database_layer_loads(tmp_path):
    """A protected station: the login screen paints with no SQLAlchemy, tables or main window in memory;
    it then loads them on the database worker, ahead of the sign-in."""
    env = {**os.environ, "PYTHONPATH": os.getcwd(), "STATION_DESK_PASSWORD": "secret123", "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(tmp_path), "init", "--station", "测试站"],
                          env=env, capture_output=True, text=True, timeout=120)  # with a password: the head's account
    assert done.returncode == 0, done.stderr
    done = subprocess.run([sys.executable, "-c", LOGIN_PROBE, "--data-dir", str(tmp_path), "gui"], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.splitlines()[-1])
    assert result["code"] == 0
    assert result["at_paint"] == []
    assert {"sqlalchemy", "sqlmodel", "desktop.db", "desktop.models", "desktop.ui.main_window"} <= set(
        result["after_preload"])
    assert not {"alembic", "tusclient", "requests"} & set(result["after_preload"])
