"""The QR card sheet: one card a volunteer, ten to an A4 page; a cancelled or failed sheet never leaves a
half-written file, nor spoils a sheet saved before under the same name."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from desktop.cli import main
from desktop.errors import EnvironmentProblem
from desktop.printing.cards import write_card_sheet
from desktop.services.cards import card_data
from desktop.services.volunteers import add_volunteer


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def pages_of(path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


@pytest.fixture
def roster(db, qapp):  # a QApplication first: ensure_app would make a bare QGuiApplication
    for n in range(12):
        add_volunteer(db, name=f"卡片{n:02d}", phone=f"138000012{n:02d}")
    return db


def test_sheet_has_every_card_ten_to_a_page(roster, tmp_path):
    seen = []
    cards = card_data(roster, progress=lambda done, total: seen.append((done, total)) or True)
    out = tmp_path / "out" / "cards.pdf"
    assert write_card_sheet(cards, out) == 2
    assert pages_of(out) == 2 and seen[0] == (0, len(cards))
    text = pdf_text(out)
    assert all(f"卡片{n:02d}" in text for n in range(12))
    assert [p.name for p in out.parent.iterdir()] == ["cards.pdf"]  # the drawing file is gone


def test_cancel_keeps_the_sheet_saved_before(roster, tmp_path):
    cards = card_data(roster)
    out = tmp_path / "out" / "cards.pdf"
    out.parent.mkdir()
    out.write_bytes(b"%PDF the sheet printed last month")
    calls = []

    def cancel_after_first_page(done, total):
        calls.append(done)
        return done < 10

    assert write_card_sheet(cards, out, progress=cancel_after_first_page) is None
    assert calls == [0, 10]
    assert out.read_bytes() == b"%PDF the sheet printed last month"
    assert [p.name for p in out.parent.iterdir()] == ["cards.pdf"]
    assert card_data(roster, progress=lambda done, total: False) is None  # cancelled while making the codes


def test_unwritable_folder_is_said(roster, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(EnvironmentProblem) as raised:
        write_card_sheet(card_data(roster), blocker / "cards.pdf")
    assert str(blocker) in str(raised.value) and blocker.read_text() == "x"


def test_cli_cards(tmp_path, capsys):
    """`cards` in a process of its own (as a county script runs it): the sheet's words and its messages
    in Chinese, exit 0; an unwritable place is exit 2 with one Chinese line."""
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "init", "--station", "卡片站"]) == 0
    for n in range(3):
        assert main(["--data-dir", str(data), "volunteer", "add", "--name", f"王{n}"]) == 0

    def cards(out, *more):
        return subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(data), "cards", "--out", str(out),
                               *more], capture_output=True, text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})

    out = tmp_path / "卡片.pdf"
    made = cards(out)
    assert made.returncode == 0 and "3" in made.stdout and str(out) in made.stdout and pages_of(out) == 1
    text = pdf_text(out)
    assert all(f"王{n}" in text for n in range(3)) and "志愿服务卡" in text  # the card's words in Chinese too
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    refused = cards(blocker / "cards.pdf")
    assert refused.returncode == 2 and "无法写入" in refused.stderr and refused.stderr.count("\n") == 1
    assert "Traceback" not in refused.stderr and blocker.read_text() == "x"
    one = tmp_path / "一张.pdf"
    made = cards(one, "--volunteer", "王1")  # a lost card: one volunteer, by name (or id, or mobile number)
    assert made.returncode == 0 and pages_of(one) == 1
    assert "王1" in pdf_text(one) and "王0" not in pdf_text(one) and "王2" not in pdf_text(one)
    nobody = cards(tmp_path / "无.pdf", "--volunteer", "无此人")
    assert nobody.returncode == 2 and "无此人" in nobody.stderr and nobody.stderr.count("\n") == 1
    assert not (tmp_path / "无.pdf").exists()


def test_full_disk_keeps_the_sheet_saved_before(roster, tmp_path, monkeypatch):
    import errno

    from desktop.printing import cards as cards_module

    out = tmp_path / "out" / "cards.pdf"
    out.parent.mkdir()
    out.write_bytes(b"%PDF last month's sheet")

    def full(_src, _dst):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(cards_module.os, "replace", full)
    with pytest.raises(EnvironmentProblem) as raised:
        write_card_sheet(card_data(roster), out)
    assert "No space left" in str(raised.value) and str(out) in str(raised.value)
    assert out.read_bytes() == b"%PDF last month's sheet" and [p.name for p in out.parent.iterdir()] == ["cards.pdf"]
