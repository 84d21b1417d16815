"""What a station head does, as functions over a Database. Owns transactions.

The UI (in a worker) and the CLI call the same functions and get plain data
back: detached model instances or dataclasses, never a live session.
"""
