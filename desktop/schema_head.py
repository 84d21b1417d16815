"""The code's schema revision, read from desktop/migrations/versions without importing Alembic or SQLAlchemy
(desktop.db compares it with the file's on every open; the light read path in desktop.services.light_read too)."""

from __future__ import annotations

import ast
import functools
from pathlib import Path

MIGRATIONS = Path(__file__).parent / "migrations"


def _assigned(tree: ast.Module, name: str):
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
            return ast.literal_eval(node.value)
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.target.id == name:
            return ast.literal_eval(node.value) if node.value is not None else None
    return None


@functools.cache
def head_revision() -> str:
    """The code's head revision, read from the versions folder without importing Alembic.

    tests/unit/test_migrations.py checks it against Alembic's own answer.
    """
    revisions, parents = set(), set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        revision = _assigned(tree, "revision")
        if revision is None:
            continue
        revisions.add(revision)
        down = _assigned(tree, "down_revision")
        parents.update(down if isinstance(down, tuple | list) else [down] if down else [])
    heads = revisions - parents
    if len(heads) != 1:
        raise RuntimeError(f"expected one migration head, found {sorted(heads)}")
    return heads.pop()
