"""The console's care of stations: a password-reset code for a station account, issued from the
station's page and redeemed on the PC; each PC's clock offset and health on the pages."""

from __future__ import annotations

import pytest
from console_harness import login_session
from sync_harness import enrolled_pc

from desktop.errors import LoginRequired
from desktop.services import accounts
from desktop.services.recovery import reset_password
from desktop.sync.clock import system_ms
from desktop.sync.engine import run_sync

pytestmark = pytest.mark.slow


def _code_of(page: str) -> str:
    return page.split('id="code">')[1].split("<")[0].strip()


def test_a_reset_code_from_the_station_page_resets_the_pc_password(server, tmp_path):
    station_id, code = server.new_station("重置村新时代文明实践站")
    db = enrolled_pc(server, tmp_path / "pc", code)
    accounts.create_head(db, "王站长", "old-password")  # escrows the key with the county
    data = db.data_dir
    db.close()
    session, csrf = login_session(server)
    page = session.get(server.url + f"/console/stations/{station_id}", timeout=10).text
    assert 'id="reset-form"' in page
    refused = session.post(server.url + f"/console/stations/{station_id}/reset-code",
                           data={"csrf": csrf, "username": ""}, timeout=10)
    assert refused.status_code == 400 and "账号名" in refused.text
    answer = session.post(server.url + f"/console/stations/{station_id}/reset-code",
                          data={"csrf": csrf, "username": "王站长"}, timeout=10)
    assert answer.status_code == 200 and "密码重置码" in answer.text
    reset_password(data, "王站长", _code_of(answer.text), "new-password")
    with pytest.raises(LoginRequired):
        accounts.sign_in(data, "王站长", "old-password")
    accounts.sign_in(data, "王站长", "new-password").close()
    audit = session.get(server.url + "/console/audit", timeout=10).text
    assert "生成密码重置码" in audit


def test_each_pc_clock_offset_shows_on_the_station_and_data_pages(server, tmp_path):
    station_id, code = server.new_station("慢钟村新时代文明实践站")
    behind = enrolled_pc(server, tmp_path / "behind", code, now=lambda: system_ms() - 3 * 3_600_000)
    run_sync(behind, photos=False)
    session, _csrf = login_session(server)
    station_page = session.get(server.url + f"/console/stations/{station_id}", timeout=10).text
    assert "慢 3 小时" in station_page
    data_page = session.get(server.url + "/console/data", timeout=10).text
    assert 'id="clocks"' in data_page and "慢钟村" in data_page.split('id="clocks"')[1]
    stations = session.get(server.url + "/console/stations", timeout=10).text
    row = stations.split("慢钟村新时代文明实践站")[1].split("</tr>")[0]
    assert "待处理" in row  # a PC three hours off counts as a problem to look at
    behind.close()
