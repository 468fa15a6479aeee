"""The one place that opens the database: WAL, foreign keys, migrations to the latest schema."""
from __future__ import annotations

import errno
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from monitor.store.schema import MIGRATIONS

if TYPE_CHECKING:
    import sqlite_utils


class DatabaseError(Exception):
    """The database file cannot be used; `str(err)` names it, says why and what to do (one line)."""

    def __init__(self, path: str | Path, cause: str, remedy: str) -> None:
        self.path, self.cause, self.remedy = str(path), cause, remedy
        super().__init__(f"{self.path}: {cause} ({remedy})")


# SQLite's messages, as sqlite3 gives them, and what they mean to an operator.
_CAUSES = (
    ("file is not a database", "not an SQLite database",
     "check --db or VEILLE_DB; move the file away to start a new database"),
    ("malformed", "the database is damaged (corrupted pages)",
     "restore a backup, or rebuild it with `sqlite3 FILE .recover`"),
    ("readonly", "the database is read-only",
     "give the user running Veille write access to the file and its folder"),
    ("disk is full", "the disk is full", "free some space on its disk"),
    ("locked", "the database is locked by another process", "stop the other Veille, then try again"),
    ("unable to open", "the database file cannot be opened",
     "check that its folder exists and is writable by the user running Veille"),
)
_DEFAULT_REMEDY = "check the file, its folder and the disk"


def database_error(path: str | Path, err: BaseException) -> DatabaseError:
    """The DatabaseError an SQLite or OS error on the file at `path` means."""
    if isinstance(err, DatabaseError):
        return err
    message = str(err)
    if isinstance(err, OSError) and err.strerror:
        message = err.strerror
    if any(clue in message.lower() for clue in ("readonly", "unable to open", "read-only")):
        read_only = _read_only(Path(path))
        if read_only is not None:
            return DatabaseError(path, read_only, "give the user running Veille write access to it")
    for clue, cause, remedy in _CAUSES:
        if clue in message.lower():
            return DatabaseError(path, cause, remedy)
    if isinstance(err, OSError) and err.errno == errno.ENOSPC:
        return DatabaseError(path, "the disk is full", "free some space on its disk")
    return DatabaseError(path, " ".join(message.split()) or type(err).__name__, _DEFAULT_REMEDY)


def _read_only(path: Path) -> str | None:
    """Which of the file and its folder cannot be written, if one cannot (WAL writes beside the file)."""
    if path.exists() and not os.access(path, os.W_OK):
        return "the database file is read-only"
    folder = path.parent
    if folder.is_dir() and not os.access(folder, os.W_OK):
        return f"its folder {folder} is read-only (SQLite writes its -wal and -shm files there)"
    return None


def open_database(path: str | Path, *, create: bool = True) -> sqlite_utils.Database:
    """Open the database at `path`, migrated to the latest schema; raises DatabaseError.

    With create=False (the commands that only read: feeds, search, health) a missing file is
    an error rather than a new, empty database.
    """
    path = Path(path)
    if str(path) != ":memory:":
        _check_place(path, create)
    try:
        # isolation_level=None: we open transactions explicitly (`with db.conn:` or BEGIN).
        conn = sqlite3.connect(str(path), timeout=30, isolation_level=None, check_same_thread=False)
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")  # durable at each checkpoint, safe with WAL
            conn.execute("PRAGMA foreign_keys=ON")
            conn.execute("PRAGMA busy_timeout=30000")
            migrate(conn)
        except BaseException:
            conn.close()
            raise
    except (sqlite3.Error, OSError) as err:
        raise database_error(path, err) from None
    import sqlite_utils  # here, not above: worker processes import the store for open_reader only

    return sqlite_utils.Database(conn)


def open_reader(path: str | Path) -> sqlite3.Connection:
    """A read-only connection to the database `run` has opened (and migrated): what a worker
    process needs to read the watches, without sqlite_utils and its imports (5 MB a worker)."""
    conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, timeout=30,
                           isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA busy_timeout=30000")
    return conn


def wait_for_locks(db: sqlite_utils.Database, seconds: float) -> None:
    """How long a write on this connection waits for a lock another connection holds. `run`'s
    event loop waits briefly: a lock held elsewhere then delays its writes (retried), never
    the whole loop (issue 10: another program holding the lock for 30 s froze every reply)."""
    db.execute(f"PRAGMA busy_timeout = {int(seconds * 1000)}")


def _check_place(path: Path, create: bool) -> None:
    """What SQLite would only report as "unable to open database file", said precisely."""
    if path.is_dir():
        raise DatabaseError(path, "is a directory, not a database file", "give --db or VEILLE_DB a file path")
    if not path.exists() and not create:
        raise DatabaseError(path, "no database here",
                            "check --db or VEILLE_DB, or run `veille poll --once` or `veille run` first")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        blocker = next((p for p in (path.parent, *path.parent.parents) if p.exists() and not p.is_dir()), None)
        cause = (f"its folder cannot be created: {blocker} is a file" if blocker is not None
                 else f"its folder cannot be created: {err.strerror or err}")
        raise DatabaseError(path, cause, "give --db or VEILLE_DB a path in a folder Veille can create") from None


def migrate(conn: sqlite3.Connection) -> None:
    """Apply every migration newer than the file's user_version, each in its own transaction."""
    current = conn.execute("PRAGMA user_version").fetchone()[0]
    for version, script in enumerate(MIGRATIONS[current:], start=current + 1):
        conn.executescript(f"BEGIN IMMEDIATE;\n{script}\nPRAGMA user_version = {version};\nCOMMIT;")


@contextmanager
def transaction(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """All writes inside commit together or not at all (the connection is in autocommit mode)."""
    conn = db.conn
    if conn.in_transaction:  # nested: the outer transaction decides
        yield db
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
