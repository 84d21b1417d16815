"""The CLI: exit 0 on success; bad input exits non-zero with one Chinese line, no traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from desktop.cli import main


def run(data_dir, *args, capsys):
    code = main(["--data-dir", str(data_dir), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_full_flow(tmp_path, capsys):
    code, out, _ = run(tmp_path, "init", "--station", "新庄村新时代文明实践站", "--village", "新庄村",
                       "--town", "城关镇", "--county", "南郑区", capsys=capsys)
    assert code == 0 and len(out.strip()) == 36
    code, out, _ = run(tmp_path, "volunteer", "add", "--name", "张三", "--id-card", "11010519491231002X",
                       "--phone", "13800138000", "--team", "理论宣讲", capsys=capsys)
    assert code == 0
    vid = out.strip()
    code, out, _ = run(tmp_path, "volunteer", "edit", vid, "--phone", "13900139000", capsys=capsys)
    assert code == 0 and out.strip() == vid
    code, out, _ = run(tmp_path, "volunteer", "exit", vid, "--reason", "外出务工", capsys=capsys)
    assert code == 0 and "已退出" in out
    code, out, _ = run(tmp_path, "volunteer", "list", "--json", capsys=capsys)
    records = json.loads(out)
    assert code == 0 and records[0]["phone"] == "13900139000" and records[0]["status"] == "exited"
    assert records[0]["id_card"] == "110105********002X" and records[0]["teams"] == ["理论宣讲志愿服务队"]
    code, out, _ = run(tmp_path, "volunteer", "reactivate", vid, capsys=capsys)
    assert code == 0
    code, out, _ = run(tmp_path, "doctor", "--json", capsys=capsys)
    report = json.loads(out)
    assert code == 0 and report["integrity"] == "ok" and report["pending_changes"] >= 6
    assert report["schema_revision"] == report["code_revision"]


@pytest.mark.parametrize("args, needle", [
    (["volunteer", "add", "--name", "李四", "--id-card", "110105194912310021"], "校验位"),
    (["volunteer", "add", "--name", "李四", "--phone", "12345"], "电话号码"),
    (["volunteer", "exit", "nobody", "--reason", "x"], "找不到"),
    (["volunteer", "edit", "nobody"], "没有要修改"),
    (["volunteer", "add"], "参数"),
])
def test_bad_input_one_line_chinese(tmp_path, capsys, args, needle):
    run(tmp_path, "init", "--station", "测试站", capsys=capsys)
    code = None
    try:
        code, out, err = run(tmp_path, *args, capsys=capsys)
    except SystemExit as exit_:  # argparse usage errors exit from parse_args
        code, err = exit_.code, capsys.readouterr().err
    assert code == 2
    assert needle in err and err.count("\n") == 1 and "Traceback" not in err


def test_volunteer_before_init(tmp_path, capsys):
    code, _, err = run(tmp_path, "volunteer", "add", "--name", "张三", capsys=capsys)
    assert code == 2 and "init" in err


def test_demo_data(tmp_path, capsys):
    code, out, _ = run(tmp_path, "demo", "--volunteers", "60", "--activities", "30", capsys=capsys)
    assert code == 0 and "志愿者 60 人" in out
    code, out, _ = run(tmp_path, "volunteer", "list", "--json", capsys=capsys)
    records = json.loads(out)
    assert len(records) == 60 and all(r["name"] and r["teams"] for r in records)


@pytest.mark.slow
def test_real_process_exit_codes(tmp_path):
    env = {**os.environ, "PYTHONPATH": os.getcwd()}
    ok = subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(tmp_path), "init", "--station", "进程站"],
                        capture_output=True, text=True, env=env, timeout=60)
    assert ok.returncode == 0 and ok.stderr == ""
    (tmp_path / "station.sqlite").write_bytes(b"garbage" * 1000)
    (tmp_path / "station.sqlite-wal").unlink(missing_ok=True)
    bad = subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(tmp_path), "doctor"],
                         capture_output=True, text=True, env=env, timeout=60)
    assert bad.returncode == 2 and "损坏" in bad.stderr and "Traceback" not in bad.stderr
