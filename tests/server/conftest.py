import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sync_harness import make_server, pg_cluster  # noqa: E402,F401


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def server(request, tmp_path_factory):
    srv = make_server(request.param, tmp_path_factory.mktemp(f"county-{request.param}"), request)
    srv.kind = request.param
    yield srv
    srv.stop()
