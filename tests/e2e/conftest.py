import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "server"))

from sync_harness import make_server  # noqa: E402


@pytest.fixture(scope="module")
def server(request, tmp_path_factory):
    srv = make_server("sqlite", tmp_path_factory.mktemp("county"), request)
    yield srv
    srv.stop()
