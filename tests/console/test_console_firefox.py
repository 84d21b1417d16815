"""The console in a real headless Firefox (Debian's firefox-esr, driven through its built-in
Marionette remote protocol with Mozilla's marionette_driver; Debian ships no geckodriver), against
a real county server process a station PC really synced with: sign in, the stations, a station's
page, a form with its CSRF token, the bulletin, and the bulletin printed to PDF by Firefox."""

from __future__ import annotations

import base64
import io
import os
import socket
from pathlib import Path

import pytest
from console_harness import ADMIN, PASSWORD, station_with_data
from pypdf import PdfReader

pytestmark = pytest.mark.slow
FIREFOX = "/usr/bin/firefox-esr"
SHOTS = Path(os.environ.get("CONSOLE_SCREENSHOTS", "screenshots/console"))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def firefox(tmp_path_factory):
    from marionette_driver.marionette import Marionette

    log = tmp_path_factory.mktemp("firefox") / "gecko.log"
    driver = Marionette(host="127.0.0.1", port=_free_port(), bin=FIREFOX, headless=True, startup_timeout=180,
                        gecko_log=str(log),
                        prefs={"intl.accept_languages": "zh-CN", "browser.shell.checkDefaultBrowser": False,
                               "datareporting.policy.dataSubmissionEnabled": False,
                               "network.captive-portal-service.enabled": False})
    driver.start_session()
    driver.set_window_rect(width=1366, height=900)
    yield driver
    driver.delete_session()
    driver.cleanup()


def _wait_for(driver, css: str, timeout: float = 20.0):
    from marionette_driver import Wait
    from marionette_driver.by import By

    return Wait(driver, timeout=timeout).until(lambda d: d.find_element(By.CSS_SELECTOR, css))


def _shot(driver, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    (SHOTS / f"firefox-{name}.png").write_bytes(driver.screenshot(format="binary"))


def test_the_console_works_in_firefox(firefox, server, tmp_path_factory):
    from marionette_driver.by import By

    station_id, db = station_with_data(server, tmp_path_factory.mktemp("pc"), "火狐村新时代文明实践站", "城关镇")
    try:
        firefox.navigate(server.url + "/console/stations")
        _wait_for(firefox, "#name").send_keys(ADMIN)
        firefox.find_element(By.ID, "password").send_keys(PASSWORD)
        firefox.find_element(By.ID, "login").click()
        table = _wait_for(firefox, "#stations")
        assert "火狐村新时代文明实践站" in table.text and "城关镇" in table.text
        _shot(firefox, "stations")

        firefox.navigate(server.url + f"/console/stations/{station_id}")
        devices = _wait_for(firefox, "#devices")
        assert "有效" in devices.text  # the synced PC
        firefox.find_element(By.ID, "new-code").click()  # a form with its CSRF token, posted by Firefox
        code = _wait_for(firefox, "#code").text.strip()
        assert len(code.replace("-", "")) >= 8, code
        _shot(firefox, "code")

        firefox.navigate(server.url + "/console/bulletin")
        _wait_for(firefox, "h1")
        assert "火狐村" in firefox.find_element(By.TAG_NAME, "body").text
        pdf = base64.b64decode(firefox._send_message("WebDriver:Print", {"background": True, "orientation": "portrait",
                                                                        "page": {"width": 21.0, "height": 29.7}},
                                                     key="value"))
        text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
        assert pdf.startswith(b"%PDF") and "火狐村" in text
    finally:
        db.close()
