"""The concurrent overspend: two PCs of one station, offline, each let the same volunteer
redeem the last bottle of oil with the same points. After sync both entries are kept, and
both PCs flag the negative balance and the negative stock with the entries that caused them.
Through the CLI, against a real county server process on loopback."""

from __future__ import annotations

import json

from sync_harness import assert_converged
from test_cli_sync import cli

from desktop.db import Database


def test_offline_overspend_on_two_pcs_is_kept_and_flagged_on_both(server, tmp_path):
    station_id, code = server.new_station("红星村新时代文明实践站")
    pc1, pc2 = tmp_path / "pc1", tmp_path / "pc2"
    cli(pc1, "enrol", server.url, code)
    cli(pc1, "volunteer", "add", "--name", "张秀英", "--phone", "13800001111")
    cli(pc1, "points", "scheme", "add", "积分超市", "--unit", "分")
    cli(pc1, "goods", "add", "食用油", "--price", "8", "--stock", "1")
    cli(pc1, "points", "award", "张秀英", "10", "--reason", "扶贫帮困表彰", "--operator", "王站长")
    cli(pc1, "sync")
    cli(pc2, "enrol", server.url, server.store.new_code(station_id))
    cli(pc2, "sync")
    # both offline now: each PC sees 10 分 and one bottle, so each allows the redemption
    slip1 = cli(pc1, "redeem", "张秀英", "食用油", "--operator", "办公室电脑").stdout.strip()
    slip2 = cli(pc2, "redeem", "张秀英", "食用油", "--operator", "签到台电脑").stdout.strip()
    assert slip1.startswith("DH") and slip2.startswith("DH") and slip1 != slip2
    refused = cli(pc1, "redeem", "张秀英", "食用油", ok=False)  # this PC already knows it is short
    assert refused.returncode == 2 and "库存" in refused.stderr and len(refused.stderr.strip().splitlines()) == 1
    assert "没有透支" in cli(pc1, "points", "flags").stdout  # nothing wrong is visible before the sync

    for pc in (pc1, pc2, pc1):
        cli(pc, "sync")
    for pc in (pc1, pc2):
        flags = json.loads(cli(pc, "points", "flags", "--json").stdout)
        by_kind = {f["kind"]: f for f in flags}
        assert by_kind["balance"]["amount"] == -600 and by_kind["balance"]["name"] == "张秀英"
        assert by_kind["stock"]["amount"] == -1 and by_kind["stock"]["name"] == "食用油"
        causes = by_kind["balance"]["causes"]
        assert len(causes) == 2 and any(slip1 in c for c in causes) and any(slip2 in c for c in causes)
        assert len(by_kind["stock"]["causes"]) == 2
        balance = json.loads(cli(pc, "points", "balance", "张秀英", "--json").stdout)
        assert balance == [{"volunteer_id": balance[0]["volunteer_id"], "name": "张秀英", "scheme": "积分超市",
                            "unit": "分", "balance": -6.0, "flagged": True}]
        assert "负库存" in cli(pc, "goods", "list").stdout
    dbs = [Database(pc1), Database(pc2)]
    try:
        assert_converged(server, station_id, *dbs)
    finally:
        for db in dbs:
            db.close()
    # the head settles: the second bottle came back, so its slip is voided on one PC
    cli(pc2, "goods", "count", "食用油", "0")
    cli(pc2, "points", "award", "张秀英", "6", "--reason", "结清离线透支", "--operator", "王站长")
    for pc in (pc2, pc1):
        cli(pc, "sync")
    assert "没有透支或负库存" in cli(pc1, "points", "flags").stdout
