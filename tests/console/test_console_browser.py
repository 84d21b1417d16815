"""The console in a real headless Chromium (Debian's chromium + chromedriver, via Selenium),
against a real county server process that two stations' PCs really synced with."""

from __future__ import annotations

import base64
import io
import os
from pathlib import Path

import pytest
from console_harness import ADMIN, PASSWORD, station_with_data
from pypdf import PdfReader
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

pytestmark = pytest.mark.slow
SHOTS = Path(os.environ.get("CONSOLE_SCREENSHOTS", "screenshots/console"))


@pytest.fixture(scope="module")
def two_stations(server, tmp_path_factory):
    a = station_with_data(server, tmp_path_factory.mktemp("pc-a"), "红星村新时代文明实践站", "城关镇", volunteers=4)
    b = station_with_data(server, tmp_path_factory.mktemp("pc-b"), "青山村新时代文明实践站", "武侯镇", volunteers=2)
    yield a, b
    a[1].close()
    b[1].close()


def wait(browser, css: str):
    return WebDriverWait(browser, 20).until(EC.presence_of_element_located((By.CSS_SELECTOR, css)))


def shot(browser, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    browser.save_screenshot(str(SHOTS / f"{name}.png"))


@pytest.fixture(scope="module")
def signed_in(browser, server, two_stations):
    browser.get(server.url + "/console/stations")
    wait(browser, "#name").send_keys(ADMIN)
    browser.find_element(By.ID, "password").send_keys(PASSWORD)
    shot(browser, "login")
    browser.find_element(By.ID, "login").click()
    wait(browser, "#stations")
    return browser


def test_stations_after_two_pcs_synced(signed_in, server, two_stations):
    browser = signed_in
    table = browser.find_element(By.ID, "stations").text
    assert "红星村新时代文明实践站" in table and "青山村新时代文明实践站" in table
    assert "城关镇" in table and "武侯镇" in table and "王站长" in table
    row = next(r for r in browser.find_elements(By.CSS_SELECTOR, "#stations tbody tr") if "红星村" in r.text)
    cells = [c.text for c in row.find_elements(By.TAG_NAME, "td")]
    assert cells[5] == "4" and cells[6] == "1", cells  # 4 volunteers; the future activity is not counted
    assert "从未同步" not in cells[3]
    shot(browser, "stations")
    browser.get(server.url + "/console/stations?town=武侯镇")
    assert "红星村" not in wait(browser, "#stations").text and "青山村" in browser.find_element(By.ID, "stations").text


def test_issue_a_code_and_enrol_a_pc_with_it(signed_in, server, two_stations, tmp_path):
    from sync_harness import new_pc

    from desktop.sync.engine import enrol, run_sync

    browser = signed_in
    station_id = two_stations[1][0]
    browser.get(server.url + f"/console/stations/{station_id}")
    wait(browser, "#new-code").click()
    code = wait(browser, "#code").text
    shot(browser, "code")
    assert len(code) == 9 and code[4] == "-"
    pc = new_pc(tmp_path / "pc-new")
    enrol(pc, server.url, code)
    run_sync(pc, photos=False)
    from desktop.services.volunteers import list_volunteers

    assert len(list_volunteers(pc)) == 2  # the new PC has the station's roster
    pc.close()
    browser.get(server.url + f"/console/stations/{station_id}")
    assert len(wait(browser, "#devices").find_elements(By.CSS_SELECTOR, "tbody tr")) == 2
    shot(browser, "station")


def test_dispatch_an_escalated_request_and_it_reaches_the_other_station(signed_in, server, two_stations):
    from selenium.webdriver.support.ui import Select

    from desktop.services import request_queries as rq
    from desktop.services import requests as svc
    from desktop.sync.engine import run_sync

    (a_id, pc_a), (_b_id, pc_b) = two_stations
    req = svc.add_request(pc_b, resident="李大爷", phone="13900001111", text="家里水管漏水，想请人帮忙修")
    svc.dispatch(pc_b, req.number, county=True)
    run_sync(pc_b, photos=False)
    browser = signed_in
    browser.get(server.url + "/console/requests")
    WebDriverWait(browser, 20).until(lambda b: req.number in b.find_element(By.ID, "requests").text)
    row = next(r for r in browser.find_elements(By.CSS_SELECTOR, "#requests tbody tr") if req.number in r.text)
    assert "已上报县中心" in row.text and "李大爷" in row.text
    Select(row.find_element(By.NAME, "station")).select_by_value(a_id)
    row.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    WebDriverWait(browser, 20, ignored_exceptions=(StaleElementReferenceException,)).until(
        lambda b: "已派单" in b.find_element(By.ID, "requests").text)
    shot(browser, "requests")
    run_sync(pc_a, photos=False)
    seen = rq.get_request(pc_a, req.id)
    assert seen.state.state == "dispatched" and seen.state.to_station_id == a_id
    browser.get(server.url + "/console/audit")
    assert "县中心派单" in wait(browser, "#audit").text


def test_revoke_a_device_and_its_next_sync_is_refused(signed_in, server, two_stations):
    from desktop.sync.engine import run_sync

    browser = signed_in
    station_id, db = two_stations[0]
    browser.get(server.url + f"/console/stations/{station_id}")
    wait(browser, "#devices form.confirm button").click()
    alert = WebDriverWait(browser, 10).until(EC.alert_is_present())
    assert "撤销" in alert.text
    alert.accept()
    WebDriverWait(browser, 20).until(lambda b: "已撤销" in b.find_element(By.ID, "devices").text)
    with pytest.raises(Exception) as refused:
        run_sync(db, photos=False)
    assert "撤销" in str(refused.value)
    browser.get(server.url + "/console/audit")
    assert "撤销设备" in wait(browser, "#audit").text


def test_print_the_monthly_bulletin_to_pdf(signed_in, server, two_stations, tmp_path):
    browser = signed_in
    browser.get(server.url + "/console/bulletin")
    wait(browser, "#ranking")
    shot(browser, "bulletin")
    pdf = base64.b64decode(browser.execute_cdp_cmd("Page.printToPDF", {"paperWidth": 8.27, "paperHeight": 11.69,
                                                                       "printBackground": False})["data"])
    (SHOTS / "bulletin.pdf").write_bytes(pdf)
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "新时代文明实践站工作月度通报" in text
    assert "红星村新时代文明实践站" in text and "青山村新时代文明实践站" in text
    assert "退出" not in text and "数据汇总" not in text  # the navigation does not print


def test_the_scoring_sheet_shows_the_evidence(signed_in, server, two_stations):
    browser = signed_in
    station_id = two_stations[1][0]
    browser.get(server.url + f"/console/rating/{station_id}")
    sheet = wait(browser, "#sheet").text
    assert "有固定场所" in sheet and "有经常性活动" in sheet and "合计" in sheet
    assert "理论宣讲进村" in browser.find_element(By.TAG_NAME, "body").text
    browser.find_element(By.NAME, "score_signage").send_keys("8")
    browser.find_element(By.NAME, "note_signage").send_keys("门牌齐全")
    browser.find_element(By.CSS_SELECTOR, "tr.total button").click()
    WebDriverWait(browser, 20, ignored_exceptions=(StaleElementReferenceException,)).until(  # the page reloads
        lambda b: "门牌齐全" in b.find_element(By.ID, "sheet").text)
    shot(browser, "rating-sheet")
