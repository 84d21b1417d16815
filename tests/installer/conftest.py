import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "server"))

from sync_harness import pg_cluster  # noqa: E402,F401
