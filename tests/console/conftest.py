"""Real parts for the console tests: the county server as a process on loopback, station PCs
as real SQLite files that really sync, county admins made with the real CLI, and Debian's
Chromium driven through chromedriver (Selenium)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "server"))

from console_harness import ADMIN, CHROMEDRIVER, CHROMIUM, VIEWER, admin_cli  # noqa: E402
from sync_harness import make_server  # noqa: E402


@pytest.fixture(scope="module")
def server(request, tmp_path_factory):
    srv = make_server("sqlite", tmp_path_factory.mktemp("county"), request)
    for name, role in ((ADMIN, "管理员"), (VIEWER, "查看")):
        done = admin_cli(srv, "add", name, "--role", role)
        assert done.returncode == 0, done.stderr
    yield srv
    srv.stop()


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--window-size=1366,900", "--lang=zh-CN",
                 f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()
