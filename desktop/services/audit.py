"""Human-readable audit trail (who did what), written in the caller's transaction."""

from __future__ import annotations

import json

from sqlmodel import Session

from desktop.models import AuditEntry


def audit(session: Session, actor: str, action: str, entity: str = "", entity_id: str = "", **detail) -> None:
    from desktop.db import GENERIC_ACTORS
    from desktop.sync.journal import CAPTURE

    capture = session.info.get(CAPTURE)
    if capture is not None and actor in GENERIC_ACTORS and capture.actor not in GENERIC_ACTORS:
        actor = capture.actor  # the signed-in account (desktop.db.Database.session)
    session.add(AuditEntry(actor=actor, action=action, entity=entity, entity_id=entity_id,
                           detail=json.dumps(detail, ensure_ascii=False, default=str) if detail else ""))
