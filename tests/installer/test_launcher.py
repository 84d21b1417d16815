"""The frozen app's last net (installer/launcher.py): a crash on start writes a log and shows a
dialog that names it, because the frozen Windows build has no console to print to."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

ROOT = Path(__file__).resolve().parents[2]


def _launcher():
    spec = importlib.util.spec_from_file_location("station_desk_launcher", ROOT / "installer" / "launcher.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_crash_on_start_writes_a_log_and_shows_where_it_is(qtbot, monkeypatch, tmp_path):
    import platformdirs

    import desktop.cli

    def broken_start():
        raise RuntimeError("the window could not start (test)")

    monkeypatch.setattr(desktop.cli, "main", broken_start)
    monkeypatch.setattr(platformdirs, "user_log_dir", lambda *args, **kwargs: str(tmp_path / "logs"))
    seen: dict[str, str] = {}

    def answer_the_dialog():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen["title"], seen["text"] = box.windowTitle(), box.text()
            box.done(0)
        else:
            QTimer.singleShot(20, answer_the_dialog)

    QTimer.singleShot(0, answer_the_dialog)
    assert _launcher().main() == 70
    logs = list((tmp_path / "logs").glob("crash-*.log"))
    assert len(logs) == 1
    assert "RuntimeError: the window could not start (test)" in logs[0].read_text(encoding="utf-8")
    assert str(logs[0]) in seen["text"]  # the dialog says where the log is
    assert "Traceback" not in seen["text"]  # and shows the user no traceback
    assert any("\u4e00" <= ch <= "\u9fff" for ch in seen["text"])  # in Chinese
