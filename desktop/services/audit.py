"""Human-readable audit trail (who did what), written in the caller's transaction."""

from __future__ import annotations

import json

from sqlmodel import Session

from desktop.models import AuditEntry


def audit(session: Session, actor: str, action: str, entity: str = "", entity_id: str = "", **detail) -> None:
    session.add(AuditEntry(actor=actor, action=action, entity=entity, entity_id=entity_id,
                           detail=json.dumps(detail, ensure_ascii=False, default=str) if detail else ""))
