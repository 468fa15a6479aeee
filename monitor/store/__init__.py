"""SQLite storage: the one place that opens the database, its schema, and the queries over it."""
from monitor.store.db import open_database, transaction, wait_for_locks

__all__ = ["open_database", "transaction", "wait_for_locks"]
