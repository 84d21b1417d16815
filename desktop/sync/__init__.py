"""Change capture and synchronisation. No Qt here (import-linter enforces it)."""
