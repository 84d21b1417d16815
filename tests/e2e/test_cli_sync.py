"""The station head's path, through the CLI, against a real server process."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from sync_harness import ROOT, assert_converged, free_port

from desktop.db import Database
from desktop.sync.client import SyncClient, SyncError


def cli(data_dir, *args: str, ok: bool = True) -> subprocess.CompletedProcess:
    done = subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(data_dir), *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    if ok:
        assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    return done


def test_enrol_sync_and_status_through_the_cli(server, tmp_path):
    station_id, code = server.new_station("红星村新时代文明实践站")
    pc1, pc2 = tmp_path / "pc1", tmp_path / "pc2"
    bad = cli(pc1, "enrol", server.url, "AAAA-BBBB", ok=False)
    assert bad.returncode == 2 and "注册码不对" in bad.stderr
    assert "已注册" in cli(pc1, "enrol", server.url, code).stdout
    cli(pc1, "demo", "--volunteers", "30", "--activities", "8")
    first = json.loads(cli(pc1, "sync", "--json").stdout)
    assert first["pushed"] > 30 and first["check_ok"] is True
    assert "待上传记录：0 条" in cli(pc1, "sync-status").stdout

    cli(pc2, "enrol", server.url, server.store.new_code(station_id))
    text = cli(pc2, "sync").stdout
    assert "同步完成" in text and "下载" in text
    noop = json.loads(cli(pc2, "sync", "--json").stdout)
    assert noop["requests"] == 1 and noop["pushed"] == noop["pulled"] == 0
    assert noop["bytes_sent"] + noop["bytes_received"] < 1024, noop

    dbs = [Database(pc1), Database(pc2)]
    try:
        assert_converged(server, station_id, *dbs)
    finally:
        for db in dbs:
            db.close()


@pytest.mark.slow
def test_sync_before_enrol_and_unreachable_server(tmp_path, capsys):
    from desktop.cli import main

    not_enrolled = cli(tmp_path / "pc", "sync", ok=False)
    assert not_enrolled.returncode == 2 and "还没有注册" in not_enrolled.stderr
    port = free_port()
    assert main(["--data-dir", str(tmp_path / "pc2"), "enrol", f"http://127.0.0.1:{port}", "AAAA-BBBB"]) == 2
    assert "无法连接县中心服务器" in capsys.readouterr().err
    assert main(["--data-dir", str(tmp_path / "pc3"), "enrol", "county.example.cn", "AAAA-BBBB"]) == 2
    assert "格式不对" in capsys.readouterr().err


class _Garbage(BaseHTTPRequestHandler):
    def do_GET(self):
        self._answer()

    def do_POST(self):
        self.rfile.read(int(self.headers.get("content-length", 0)))
        self._answer()

    def _answer(self):
        body = b"<html>captive portal</html>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def test_garbage_answers_and_timeouts_become_clear_messages():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Garbage)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        client = SyncClient(f"http://127.0.0.1:{httpd.server_port}", "token", retries=0)
        with pytest.raises(SyncError, match="无法识别"):
            client.pull(0)
    finally:
        httpd.shutdown()
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(1)
    try:
        client = SyncClient(f"http://127.0.0.1:{silent.getsockname()[1]}", "token", retries=0, timeout=(0.5, 0.5))
        with pytest.raises(SyncError, match="长时间没有响应"):
            client.check()
    finally:
        silent.close()


def test_a_pc_with_its_own_station_is_adopted_not_mixed_up(server, tmp_path):
    pc = tmp_path / "pc"
    cli(pc, "init", "--station", "自建村新时代文明实践站")
    _, other_code = server.new_station("别的村新时代文明实践站")
    refused = cli(pc, "enrol", server.url, other_code, ok=False)
    assert refused.returncode == 2 and "station add --station-id" in refused.stderr
    db = Database(pc)
    own_id = db.station_id
    db.close()
    assert "已注册" in cli(tmp_path / "fresh", "enrol", server.url, other_code).stdout  # the code was not used up
    _, code = server.new_station("自建村新时代文明实践站", station_id=own_id)
    assert "已注册" in cli(pc, "enrol", server.url, code).stdout
    assert json.loads(cli(pc, "sync-status", "--json").stdout)["check_ok"] is True  # checked by the first sync
