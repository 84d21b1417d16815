"""The type size: kept per account (per PC before sign-in), set from the CLI with one Chinese line on bad input."""

from __future__ import annotations

import json

from desktop.cli import main
from desktop.services.preferences import get_type_size, parse_type_size, set_type_size


def test_account_size_wins_over_the_pc_size(tmp_path):
    assert get_type_size(tmp_path) == "standard"
    set_type_size(tmp_path, "large")
    assert get_type_size(tmp_path) == "large" and get_type_size(tmp_path, "李会计") == "large"
    set_type_size(tmp_path, "xlarge", "王站长")
    assert get_type_size(tmp_path, "王站长") == "xlarge"
    assert get_type_size(tmp_path) == "xlarge"  # the login screen shows the size last chosen on this PC
    set_type_size(tmp_path, "standard", "李会计")
    assert get_type_size(tmp_path, "王站长") == "xlarge" and get_type_size(tmp_path, "李会计") == "standard"
    (tmp_path / "prefs.json").write_text("{broken", encoding="utf-8")
    assert get_type_size(tmp_path, "王站长") == "standard"  # a damaged file is not an error


def test_sizes_by_their_names():
    assert [parse_type_size(t) for t in ("标准", "大", "特大")] == ["standard", "large", "xlarge"]
    assert [parse_type_size(t) for t in ("Large", "x-large", "XLARGE")] == ["large", "xlarge", "xlarge"]


def run(data_dir, *args, capsys):
    code = main(["--data-dir", str(data_dir), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_font_size(secure_db, data_dir, capsys, monkeypatch):
    monkeypatch.setenv("STATION_DESK_PASSWORD", "secret123")
    code, out, _ = run(data_dir, "settings", "font-size", capsys=capsys)
    assert code == 0 and out.strip() == "标准"
    code, out, _ = run(data_dir, "settings", "font-size", "特大", capsys=capsys)
    assert code == 0 and "特大" in out
    code, out, _ = run(data_dir, "settings", "font-size", "--json", capsys=capsys)
    assert json.loads(out) == {"font_size": "xlarge", "name": "特大", "account": "王站长"}
    assert get_type_size(data_dir, "王站长") == "xlarge" and get_type_size(data_dir) == "xlarge"
    code, out, err = run(data_dir, "settings", "font-size", "huge", capsys=capsys)
    assert code == 2 and out == "" and err.count("\n") == 1 and "字号" in err and "Traceback" not in err
    monkeypatch.delenv("STATION_DESK_PASSWORD")
    code, _, err = run(data_dir, "settings", "font-size", "large", capsys=capsys)
    assert code == 2 and "STATION_DESK_PASSWORD" in err and get_type_size(data_dir, "王站长") == "xlarge"
