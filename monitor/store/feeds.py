"""Feeds and their polling state: config sync, /addfeed, what is due, and each poll's outcome."""
from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

import sqlite_utils

from monitor.ingest.links import site_of
from monitor.store.db import transaction
from monitor.times import from_iso, to_iso

REMOVED_FROM_CONFIG = "removed from config"
REMOVED_BY_USER = "removed"


@dataclass(frozen=True, slots=True)
class FeedRow:
    """One feed and its polling state; times are stored ISO 8601 UTC strings."""

    id: int
    name: str
    url: str
    config_url: str | None
    site: str
    interval_seconds: int | None  # fixed interval from config; None = adaptive
    etag: str | None
    last_modified: str | None
    last_fetch: str | None
    last_success: str | None
    last_error: str | None
    error_since: str | None
    consecutive_failures: int
    next_poll: str | None
    disabled_reason: str | None
    malformed: str | None
    backlog_done: bool
    fulltext: str = "auto"  # when its entries' pages are fetched: auto, always, never
    entries: int | None = None  # stored entries: counted by list_feeds only, a poll needs none
    error_kind: str | None = None  # the last error as a kind and parameters, for each reader's language
    error_params: str | None = None  # JSON object
    page_failures: int | None = None  # entries whose page gave no text: counted by list_feeds only
    last_title: str | None = None  # the newest stored article (list_feeds only)
    last_published: str | None = None

    @property
    def state(self) -> str:
        """What `feeds` and /feeds show: "disabled", "failing", "new" (never read) or "ok"."""
        if self.disabled_reason:
            return "disabled"
        if self.last_error:
            return "failing"
        return "ok" if self.last_success else "new"

    @property
    def from_config(self) -> bool:
        """A feed of the operator's feeds.toml (else added in chat with /addfeed)."""
        return self.config_url is not None

    @property
    def next_poll_at(self) -> datetime | None:
        """`next_poll` as a datetime."""
        return from_iso(self.next_poll) if self.next_poll else None


_COLUMNS = """id, name, url, config_url, site, interval_seconds, etag, last_modified, last_fetch,
    last_success, last_error, error_since, consecutive_failures, next_poll, disabled_reason,
    malformed, backlog_done, fulltext, error_kind, error_params"""
_WIDTH = _COLUMNS.count(",") + 1
_SELECT = f"SELECT {_COLUMNS} FROM feeds"
# Counted for the listing people read: the entries, those whose page gave no text, and the newest
# article by (feed_id, published), which entries_feed_published indexes.
_COUNTED = f"""SELECT {_COLUMNS}, (SELECT COUNT(*) FROM entries WHERE entries.feed_id = feeds.id),
    (SELECT COUNT(*) FROM entries WHERE entries.feed_id = feeds.id
     AND page_status IS NOT NULL AND page_status NOT IN ('ok', 'pending')),
    (SELECT title FROM entries WHERE entries.feed_id = feeds.id ORDER BY published DESC, id DESC LIMIT 1),
    (SELECT MAX(published) FROM entries WHERE entries.feed_id = feeds.id) FROM feeds"""


def _row(values: tuple) -> FeedRow:
    *head, backlog_done, fulltext, error_kind, error_params = values[:_WIDTH]
    counted = values[_WIDTH:] if len(values) > _WIDTH else (None, None, None, None)
    return FeedRow(*head, backlog_done=bool(backlog_done), fulltext=fulltext,  # SQLite has no booleans
                   entries=counted[0], page_failures=counted[1], last_title=counted[2], last_published=counted[3],
                   error_kind=error_kind, error_params=error_params)


def get_feed(db: sqlite_utils.Database, feed_id: int) -> FeedRow | None:
    """One feed by id, or None."""
    values = db.execute(_SELECT + " WHERE id = ?", (feed_id,)).fetchone()
    return _row(values) if values else None


def list_feeds(db: sqlite_utils.Database) -> list[FeedRow]:
    """Every feed, disabled ones included, by id."""
    return [_row(v) for v in db.execute(_COUNTED + " ORDER BY id").fetchall()]


def enabled_feeds(db: sqlite_utils.Database) -> list[FeedRow]:
    """Every feed that is polled, by id."""
    return [_row(v) for v in db.execute(_SELECT + " WHERE disabled_reason IS NULL ORDER BY id").fetchall()]


def feeds_version(db: sqlite_utils.Database) -> int:
    """A counter that triggers bump whenever a feed is added, disabled, enabled or moved."""
    (version,) = db.execute("SELECT value FROM counters WHERE name = 'feeds'").fetchone()
    return version


def sync_config_feeds(
    db: sqlite_utils.Database, feeds: Sequence[tuple[str, str, float | None] | tuple[str, str, float | None, str]],
    now: datetime,
) -> list[str]:
    """Make the feeds table follow feeds.toml: (name, url, interval seconds or None[, fulltext
    mode]) per feed.

    Upserts by the URL as written in config; a feed gone from config is disabled (its entries
    kept), and enabled again when it comes back. Returns readable problems (nothing raises).
    """
    problems: list[str] = []
    stamp = to_iso(now)
    config_urls = {feed[1] for feed in feeds}
    with transaction(db):
        rows = db.execute("SELECT id, url, config_url, name FROM feeds").fetchall()
        by_config = {config_url: feed_id for feed_id, _, config_url, _ in rows if config_url}
        by_url = {url: (feed_id, config_url, name) for feed_id, url, config_url, name in rows}
        seen: set[str] = set()
        for name, url, interval, *mode in feeds:
            fulltext = mode[0] if mode else "auto"
            if url in seen:
                problems.append(f"feed {name!r}: {url} is listed twice in config; the first one is kept")
                continue
            seen.add(url)
            seconds = None if interval is None else int(round(interval))
            feed_id = by_config.get(url)
            if feed_id is None and url in by_url:
                other_id, other_config, other_name = by_url[url]
                if other_config and other_config in config_urls:
                    # Another config feed was permanently redirected here: one poll serves both.
                    problems.append(
                        f"feed {name!r}: {url} is already polled as feed {other_name!r} "
                        f"(redirected from {other_config}); not added twice"
                    )
                    continue
                feed_id = other_id  # added by /addfeed, or left by config earlier: config takes it
            if feed_id is None:
                db.execute(
                    "INSERT INTO feeds (name, url, config_url, site, interval_seconds, fulltext, next_poll, created)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (name, url, url, site_of(url), seconds, fulltext, stamp, stamp),
                )
                continue
            db.execute(
                "UPDATE feeds SET name = ?, config_url = ?, interval_seconds = ?, fulltext = ? WHERE id = ?",
                (name, url, seconds, fulltext, feed_id),
            )
            _enable(db, feed_id, stamp, only_reason=REMOVED_FROM_CONFIG)
        db.execute(
            f"UPDATE feeds SET disabled_reason = ? WHERE config_url IS NOT NULL"
            f" AND config_url NOT IN ({','.join('?' * len(seen))})"
            " AND (disabled_reason IS NULL OR disabled_reason != ?)",
            (REMOVED_FROM_CONFIG, *seen, REMOVED_FROM_CONFIG),
        )
    return problems


def _enable(db: sqlite_utils.Database, feed_id: int, stamp: str, only_reason: str | None = None) -> None:
    """Poll a disabled feed again now; what it published meanwhile is backlog, stored silently."""
    sql = "UPDATE feeds SET disabled_reason = NULL, backlog_done = 0, next_poll = ? WHERE id = ?"
    params: tuple = (stamp, feed_id)
    if only_reason is None:
        sql += " AND disabled_reason IS NOT NULL"
    else:
        sql += " AND disabled_reason = ?"
        params += (only_reason,)
    db.execute(sql, params)


def add_feed(db: sqlite_utils.Database, name: str, url: str, added_by: int | None, now: datetime) -> FeedRow:
    """A feed added from Telegram (/addfeed); an existing one with that URL is returned
    (enabled again if it was disabled)."""
    stamp = to_iso(now)
    with transaction(db):
        found = db.execute("SELECT id FROM feeds WHERE url = ? OR config_url = ? ORDER BY id", (url, url)).fetchone()
        if found:
            feed_id = found[0]
            _enable(db, feed_id, stamp)
        else:
            cursor = db.execute(
                "INSERT INTO feeds (name, url, site, next_poll, added_by, created) VALUES (?, ?, ?, ?, ?, ?)",
                (name, url, site_of(url), stamp, added_by, stamp),
            )
            feed_id = cursor.lastrowid
    row = get_feed(db, feed_id)
    assert row is not None
    return row


def remove_feed(db: sqlite_utils.Database, feed_id: int) -> bool:
    """Stop polling a feed (its entries and hits stay); False if it was not enabled."""
    cursor = db.execute(
        "UPDATE feeds SET disabled_reason = ? WHERE id = ? AND disabled_reason IS NULL", (REMOVED_BY_USER, feed_id)
    )
    return cursor.rowcount > 0


def record_success(
    db: sqlite_utils.Database,
    feed_id: int,
    *,
    now: datetime,
    etag: str | None,
    last_modified: str | None,
    permanent_url: str | None,
    malformed: str | None,
    next_poll: datetime,
) -> None:
    """A 200 with a parsed body: new validators (only ever stored on success), errors cleared,
    and the polled URL moved when the server said so permanently."""
    stamp = to_iso(now)
    note = kind = params = None
    with transaction(db):
        if permanent_url:
            clash = db.execute(
                "SELECT name FROM feeds WHERE url = ? AND id != ?", (permanent_url, feed_id)
            ).fetchone()
            if clash:
                # Two feeds converged on one URL (UNIQUE url): keep polling the old one, say so.
                note = f"moved permanently to {permanent_url}, which feed {clash[0]!r} already polls"
                kind, params = "moved_taken", json.dumps({"url": permanent_url, "name": clash[0]})
            else:
                db.execute("UPDATE feeds SET url = ? WHERE id = ?", (permanent_url, feed_id))
        db.execute(
            """UPDATE feeds SET etag = ?, last_modified = ?, malformed = ?, last_fetch = ?,
                   last_success = ?, last_error = ?, error_kind = ?, error_params = ?, error_since = NULL,
                   consecutive_failures = 0, next_poll = ?
               WHERE id = ?""",
            (etag, last_modified, malformed, stamp, stamp, note, kind, params, to_iso(next_poll), feed_id),
        )


def record_not_modified(db: sqlite_utils.Database, feed_id: int, *, now: datetime, next_poll: datetime) -> None:
    """A 304: the feed is fine and unchanged; validators kept, errors cleared."""
    stamp = to_iso(now)
    db.execute(
        """UPDATE feeds SET last_fetch = ?, last_success = ?, last_error = NULL, error_kind = NULL,
               error_params = NULL, error_since = NULL, consecutive_failures = 0, next_poll = ?
           WHERE id = ?""",
        (stamp, stamp, to_iso(next_poll), feed_id),
    )


def record_failure(
    db: sqlite_utils.Database,
    feed_id: int,
    *,
    now: datetime,
    error: str,
    next_poll: datetime,
    disable: str | None = None,
    kind: str | None = None,
    params: str | None = None,
) -> None:
    """A failed poll: readable error, one more consecutive failure; `disable` (e.g. "410 Gone")
    stops polling with that visible reason; `kind` and `params` (JSON) say it in any language.
    Validators are kept for the next try."""
    stamp = to_iso(now)
    db.execute(
        """UPDATE feeds SET last_fetch = ?, last_error = ?, error_kind = ?, error_params = ?,
               error_since = COALESCE(error_since, ?),
               consecutive_failures = consecutive_failures + 1, next_poll = ?,
               disabled_reason = COALESCE(?, disabled_reason)
           WHERE id = ?""",
        (stamp, error, kind, params, stamp, to_iso(next_poll), disable, feed_id),
    )
