"""The console's doors: no session, no entry; 查看 changes nothing; no form without its CSRF
token; a device token is not a session; no page shows a full ID number; logins are limited."""

from __future__ import annotations

import re
import sqlite3

import pytest
import requests
from console_harness import ADMIN, PASSWORD, VIEWER, admin_cli, login_session, station_with_data

pytestmark = pytest.mark.slow
ID_CARDS = ("11010519491231002X", "440524198001010013")


def console_routes() -> list[tuple[str, str]]:
    from server.console import PREFIX, pages, rating, requests_pages

    out = []
    for route in [*pages.router.routes, *rating.router.routes, *requests_pages.router.routes]:
        path = PREFIX + route.path
        if path in ("/console/login", "/console"):
            continue
        for method in sorted(route.methods):
            if method in ("GET", "POST"):
                out.append((method, re.sub(r"\{[a-z_0-9]+\}", "01a23000-0000-7000-8000-000000000000", path)))
    return out


@pytest.fixture(scope="module")
def synced(server, tmp_path_factory):
    station_id, db = station_with_data(server, tmp_path_factory.mktemp("pc"), "东风村新时代文明实践站", "城关镇",
                                       id_cards=ID_CARDS)
    yield station_id, db
    db.close()


def audit_count(server) -> int:
    with sqlite3.connect(server.db_url.removeprefix("sqlite:///")) as conn:
        return conn.execute("SELECT count(*) FROM county_audit").fetchone()[0]


def test_every_console_route_refuses_a_request_without_a_session(server, synced):
    routes = console_routes()
    assert len(routes) >= 15
    before = audit_count(server)
    for method, path in routes:
        answer = requests.request(method, server.url + path, data={"csrf": "x", "name": "x"}, allow_redirects=False,
                                  timeout=10)
        assert answer.status_code == 303 and answer.headers["location"] == "/console/login", (method, path)
    assert audit_count(server) == before


def test_a_device_token_cannot_open_the_console(server, synced):
    _station_id, db = synced
    from desktop.sync.engine import settings

    token = settings(db)["token"]
    assert token
    for path in ("/console/stations", "/console/audit"):
        answer = requests.get(server.url + path, headers={"Authorization": f"Bearer {token}"}, allow_redirects=False,
                              timeout=10)
        assert answer.status_code == 303 and answer.headers["location"] == "/console/login"


def test_a_viewer_cannot_change_anything(server, synced):
    station_id, _db = synced
    session, csrf = login_session(server, VIEWER)
    before = audit_count(server)
    for method, path in console_routes():
        if method != "POST" or path.endswith("/logout"):
            continue
        answer = session.post(server.url + path, data={"csrf": csrf, "name": "新站", "year": "2026"},
                              allow_redirects=False, timeout=10)
        assert answer.status_code == 403, path
        assert "查看" in answer.text
    with sqlite3.connect(server.db_url.removeprefix("sqlite:///")) as conn:
        assert conn.execute("SELECT count(*) FROM device WHERE revoked_at IS NOT NULL").fetchone()[0] == 0
    assert audit_count(server) == before
    page = session.get(server.url + f"/console/stations/{station_id}", timeout=10)
    assert page.status_code == 200 and "撤销" not in page.text and "生成注册码" not in page.text


def test_a_form_without_its_csrf_token_is_refused(server, synced):
    station_id, _db = synced
    session, csrf = login_session(server)
    for data in ({}, {"csrf": "forged"}, {"csrf": csrf[:-2] + "xx"}):
        answer = session.post(server.url + f"/console/stations/{station_id}/code", data=data, allow_redirects=False,
                              timeout=10)
        assert answer.status_code == 403 and "安全令牌" in answer.text
    ok = session.post(server.url + f"/console/stations/{station_id}/code", data={"csrf": csrf}, timeout=10)
    assert ok.status_code == 200 and re.search(r"[2-9A-Z]{4}-[2-9A-Z]{4}", ok.text)


def test_no_console_page_lists_a_full_id_number(server, synced):
    station_id, _db = synced
    session, _csrf = login_session(server)
    pages = [path for method, path in console_routes() if method == "GET" and "{" not in path
             and "01a23000" not in path and not path.endswith(".xlsx")]
    pages += [f"/console/stations/{station_id}", f"/console/rating/{station_id}"]
    for path in pages:
        text = session.get(server.url + path, timeout=30).text
        for number in ID_CARDS:
            assert number not in text and number[-6:] not in text, path
    assert "东风村新时代文明实践站" in session.get(server.url + "/console/stations", timeout=30).text


def test_logins_are_limited_and_cookies_are_strict(server):
    name = "王临时"
    assert admin_cli(server, "add", name, "--role", "查看").returncode == 0
    for _ in range(5):
        wrong = requests.post(server.url + "/console/login", data={"name": name, "password": "wrong-wrong"},
                              allow_redirects=False, timeout=10)
        assert wrong.status_code == 401 and "用户名或密码不对" in wrong.text
    locked = requests.post(server.url + "/console/login", data={"name": name, "password": PASSWORD},
                           allow_redirects=False, timeout=10)
    assert locked.status_code == 401 and "15 分钟" in locked.text
    # someone else's typos never lock out the right password of another admin
    fine = requests.post(server.url + "/console/login", data={"name": ADMIN, "password": PASSWORD},
                         allow_redirects=False, timeout=10)
    assert fine.status_code == 303
    cookie = fine.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie and "secure" not in cookie
    behind_tls = requests.post(server.url + "/console/login", data={"name": ADMIN, "password": PASSWORD},
                               headers={"X-Forwarded-Proto": "https"}, allow_redirects=False, timeout=10)
    assert "secure" in behind_tls.headers["set-cookie"].lower()
    assert fine.headers["x-frame-options"] == "DENY" and "default-src 'self'" in fine.headers[
        "content-security-policy"]


def test_the_admin_cli_refuses_bad_input_in_one_chinese_line(server):
    short = admin_cli(server, "add", "赵某", "--role", "管理员", password="short")
    assert short.returncode == 2 and short.stderr.strip().count("\n") == 0 and "密码至少" in short.stderr
    twice = admin_cli(server, "add", ADMIN, "--role", "管理员")
    assert twice.returncode == 2 and "已经存在" in twice.stderr
    role = admin_cli(server, "add", "钱某", "--role", "boss")
    assert role.returncode == 2 and "错误" in role.stderr and "Traceback" not in role.stderr
    listed = admin_cli(server, "list")
    assert listed.returncode == 0 and ADMIN in listed.stdout and "查看" in listed.stdout


def test_every_admin_action_is_in_the_audit_log(server, synced):
    station_id, _db = synced
    session, csrf = login_session(server)
    session.post(server.url + f"/console/stations/{station_id}/code", data={"csrf": csrf}, timeout=10)
    page = session.get(server.url + "/console/audit", timeout=10).text
    assert "生成注册码" in page and "登录" in page and ADMIN in page
