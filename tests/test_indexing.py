"""The search index filled in batches: nothing missed, nothing twice, FTS5 never corrupted."""
from __future__ import annotations

import sqlite3

import pytest

from monitor.model import Entry
from monitor.store import open_database
from monitor.pipeline.record import record_entries
from monitor.store.feeds import get_feed, sync_config_feeds
from monitor.store.indexing import index_pending
from monitor.store.schema import MIGRATIONS
from tests.helpers import T0, WordMatcher


def indexed(db, word: str) -> list[int]:
    return [rowid for (rowid,) in db.execute("SELECT rowid FROM entries_fts WHERE entries_fts MATCH ? ORDER BY rowid",
                                             (word,))]


def assert_index_sound(db) -> None:
    db.execute("INSERT INTO entries_fts(entries_fts, rank) VALUES ('integrity-check', 1)")  # raises if corrupt


@pytest.fixture
def db(tmp_path):
    db = open_database(tmp_path / "veille.db")
    sync_config_feeds(db, [("LeMagIT", "https://www.lemagit.fr/rss", None)], T0)
    return db


def store(db, *titles: str) -> list[int]:
    entries = [Entry(title, f"https://www.lemagit.fr/{i}-{title.replace(' ', '-')}", title, "", published=T0)
               for i, title in enumerate(titles)]
    record_entries(db, get_feed(db, 1), entries, now=T0, matcher=WordMatcher([]))
    return [db.execute("SELECT id FROM entries WHERE guid = ?", (title,)).fetchone()[0] for title in titles]


def test_new_entries_wait_for_the_batch_then_are_indexed_once(db) -> None:
    first = store(db, "aws licencie", "azure recrute")
    assert indexed(db, "aws") == []
    assert index_pending(db) == 2
    assert indexed(db, "aws") == [first[0]]
    second = store(db, "aws encore")
    assert index_pending(db) == 1 and index_pending(db) == 0
    assert indexed(db, "aws") == [first[0], second[0]]
    assert_index_sound(db)


def test_edits_and_deletes_before_and_after_indexing_keep_the_index_sound(db) -> None:
    early, late = store(db, "aws early", "aws late")
    index_pending(db)
    (pending,) = store(db, "aws pending")
    # An indexed entry edited: the trigger replaces its terms; a pending one: the batch reads the new ones.
    db.execute("UPDATE entries SET terms = 'azure' WHERE id IN (?, ?)", (early, pending))
    # Deleting a pending entry must not send FTS5 a 'delete' for a row it never indexed.
    db.execute("DELETE FROM entries WHERE id = ?", (late,))
    assert indexed(db, "aws") == [] and indexed(db, "azure") == [early]
    index_pending(db)
    assert indexed(db, "azure") == [early, pending]
    assert_index_sound(db)


def test_a_deleted_indexed_entry_never_lends_its_id_to_a_new_one(db) -> None:
    (first, last) = store(db, "aws one", "aws two")
    index_pending(db)
    db.execute("DELETE FROM entries WHERE id = ?", (last,))
    (new,) = store(db, "aws three")
    assert new > last  # an id at or under the mark would never be indexed
    index_pending(db)
    assert indexed(db, "aws") == [first, new]
    assert_index_sound(db)


def test_a_database_indexed_by_the_old_trigger_keeps_its_index(tmp_path) -> None:
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    for version, script in enumerate(MIGRATIONS[:4], start=1):
        conn.executescript(f"BEGIN;\n{script}\nPRAGMA user_version = {version};\nCOMMIT;")
    conn.execute("INSERT INTO feeds (id, name, url, created) VALUES (1, 'LeMagIT', 'https://www.lemagit.fr/rss', '')")
    conn.execute("INSERT INTO entries (id, feed_id, story_id, guid, link, title, text, published, first_seen,"
                 " content_hash, title_key, terms) VALUES (7, 1, 7, 'g', 'l', 'aws', '', '', '', '', '', 'aws')")
    conn.close()
    db = open_database(path)
    assert indexed(db, "aws") == [7]
    assert index_pending(db) == 0  # already indexed: the mark starts at the newest entry
    (new,) = store(db, "aws new")
    assert new == 8 and index_pending(db) == 1
    assert_index_sound(db)


async def test_run_s_periodic_batch_indexes_and_survives_a_database_error(db, caplog) -> None:
    from monitor.runtime.run import _on_the_loop

    index_search = _on_the_loop(lambda: index_pending(db), "search index not updated")  # as `run` schedules it
    (entry,) = store(db, "aws run")
    await index_search()
    assert indexed(db, "aws") == [entry]
    store(db, "aws later")
    db.execute("DROP TABLE entries_fts")  # the index gone: logged, and polling goes on
    await index_search()
    assert "search index not updated: no such table" in caplog.text
