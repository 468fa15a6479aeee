"""The search index brought up to date in batches: one FTS5 write for many polls' entries.

Entries with an id above the 'fts_indexed' counter are not in entries_fts yet; search reads
them directly (monitor/store/search.py), so a batch can wait without anything going missing.
Indexing 30,000 entries at once costs 0.2 s of CPU; one poll at a time, about 2.5 s (issue 6).
"""
from __future__ import annotations

import sqlite_utils

from monitor.store.db import transaction

INDEXED_UPTO = "SELECT value FROM counters WHERE name = 'fts_indexed'"


def index_pending(db: sqlite_utils.Database) -> int:
    """Add every entry not yet in the search index to it; how many were added."""
    with transaction(db):
        (upto,) = db.execute(INDEXED_UPTO).fetchone()
        (newest,) = db.execute("SELECT COALESCE(MAX(id), 0) FROM entries").fetchone()
        if newest <= upto:
            return 0
        added = db.execute(
            "INSERT INTO entries_fts(rowid, terms) SELECT id, terms FROM entries WHERE id > ? AND id <= ?",
            (upto, newest),
        ).rowcount
        db.execute("UPDATE counters SET value = ? WHERE name = 'fts_indexed'", (newest,))
    return added
