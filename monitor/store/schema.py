"""The schema, as numbered migrations applied in order at start (PRAGMA user_version)."""

# Each migration is applied once, in one transaction; never edit a shipped one, add a new one.
MIGRATIONS: tuple[str, ...] = (
    # 1: feeds, entries, watches, hits, outbox, chats
    """
    CREATE TABLE feeds (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        url TEXT NOT NULL UNIQUE,          -- the URL polled (a permanent redirect updates it)
        config_url TEXT,                   -- the URL as written in feeds.toml, NULL if added by /addfeed
        site TEXT NOT NULL DEFAULT '',     -- registrable host, for "same story from the same site"
        interval_seconds INTEGER,          -- fixed interval from config, NULL = adaptive
        etag TEXT,
        last_modified TEXT,
        last_fetch TEXT,                   -- ISO 8601 UTC of the last attempt
        last_success TEXT,
        last_error TEXT,                   -- readable, NULL when the last fetch succeeded
        error_since TEXT,
        consecutive_failures INTEGER NOT NULL DEFAULT 0,
        next_poll TEXT,
        disabled_reason TEXT,              -- e.g. "410 Gone"; a disabled feed is not polled
        malformed TEXT,                    -- feedparser's bozo reason at the last parse
        backlog_done INTEGER NOT NULL DEFAULT 0,  -- first successful poll stored the backlog silently
        added_by INTEGER,                  -- Telegram user id for /addfeed
        created TEXT NOT NULL
    );
    CREATE TABLE entries (
        id INTEGER PRIMARY KEY,
        feed_id INTEGER NOT NULL REFERENCES feeds(id),
        story_id INTEGER NOT NULL,         -- id of the first entry of the same story (itself if new)
        guid TEXT NOT NULL,
        link TEXT NOT NULL,                -- canonical link
        title TEXT NOT NULL,
        text TEXT NOT NULL,
        author TEXT NOT NULL DEFAULT '',
        tags TEXT NOT NULL DEFAULT '[]',   -- JSON array
        published TEXT NOT NULL,           -- UTC; first-seen time when the feed gave none
        first_seen TEXT NOT NULL,
        updated TEXT,
        content_hash TEXT NOT NULL,        -- of title+text+link, to tell updated from unchanged
        title_key TEXT NOT NULL,           -- normalised title, for same-story detection
        site TEXT NOT NULL DEFAULT '',
        terms TEXT NOT NULL DEFAULT '',    -- normalised terms, indexed by entries_fts
        UNIQUE (feed_id, guid)
    );
    CREATE INDEX entries_link ON entries(link);
    CREATE INDEX entries_site_title ON entries(site, title_key);
    CREATE INDEX entries_published ON entries(published);
    CREATE VIRTUAL TABLE entries_fts USING fts5(
        terms, content='entries', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER entries_ai AFTER INSERT ON entries BEGIN
        INSERT INTO entries_fts(rowid, terms) VALUES (new.id, new.terms);
    END;
    CREATE TRIGGER entries_ad AFTER DELETE ON entries BEGIN
        INSERT INTO entries_fts(entries_fts, rowid, terms) VALUES ('delete', old.id, old.terms);
    END;
    CREATE TRIGGER entries_au AFTER UPDATE OF terms ON entries BEGIN
        INSERT INTO entries_fts(entries_fts, rowid, terms) VALUES ('delete', old.id, old.terms);
        INSERT INTO entries_fts(rowid, terms) VALUES (new.id, new.terms);
    END;
    CREATE TABLE chats (
        id INTEGER PRIMARY KEY,            -- Telegram chat id
        kind TEXT NOT NULL DEFAULT 'private',  -- private, group, supergroup, channel
        lang TEXT NOT NULL DEFAULT 'fr',
        active INTEGER NOT NULL DEFAULT 1,
        deactivated_reason TEXT,
        paused_until TEXT,
        digest_hour INTEGER,               -- NULL = instant alerts
        last_digest TEXT,
        created TEXT NOT NULL
    );
    CREATE TABLE watches (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        query TEXT NOT NULL,
        chat_id INTEGER NOT NULL,          -- 0 = the operator's console
        source TEXT NOT NULL,              -- 'config' or 'telegram'
        active INTEGER NOT NULL DEFAULT 1,
        paused_until TEXT,
        created TEXT NOT NULL,
        UNIQUE (source, chat_id, name)
    );
    CREATE TABLE hits (
        id INTEGER PRIMARY KEY,
        entry_id INTEGER NOT NULL REFERENCES entries(id),
        watch_id INTEGER NOT NULL REFERENCES watches(id),
        spans TEXT NOT NULL DEFAULT '[]',  -- JSON [[field, start, end], ...]
        created TEXT NOT NULL,
        UNIQUE (entry_id, watch_id)
    );
    CREATE TABLE outbox (
        id INTEGER PRIMARY KEY,
        chat_id INTEGER NOT NULL,          -- 0 = console
        story_id INTEGER NOT NULL,
        entry_id INTEGER NOT NULL REFERENCES entries(id),
        watch_ids TEXT NOT NULL,           -- JSON array of watch ids named in the alert
        status TEXT NOT NULL DEFAULT 'pending',  -- pending, sent, failed
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt TEXT,
        last_error TEXT,
        reason TEXT,                       -- why it ended failed, or how it was sent (e.g. 'plain text')
        message_id INTEGER,
        created TEXT NOT NULL,
        sent_at TEXT,
        UNIQUE (chat_id, story_id)         -- one alert per chat per story
    );
    CREATE INDEX outbox_pending ON outbox(status, chat_id, id);
    """,
    # 2: a counter bumped on every change to watches or chats, so the matcher knows when to rebuild
    """
    CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
    INSERT INTO counters VALUES ('watches', 0);
    CREATE TRIGGER watches_ai AFTER INSERT ON watches BEGIN
        UPDATE counters SET value = value + 1 WHERE name = 'watches';
    END;
    CREATE TRIGGER watches_au AFTER UPDATE ON watches BEGIN
        UPDATE counters SET value = value + 1 WHERE name = 'watches';
    END;
    CREATE TRIGGER watches_ad AFTER DELETE ON watches BEGIN
        UPDATE counters SET value = value + 1 WHERE name = 'watches';
    END;
    CREATE TRIGGER chats_au AFTER UPDATE OF active, paused_until ON chats BEGIN
        UPDATE counters SET value = value + 1 WHERE name = 'watches';
    END;
    """,
    # 3: the FTS index keeps no positions: a third cheaper to write, and it only finds
    # candidates (a phrase is searched as the AND of its words, then checked exactly).
    """
    DROP TABLE entries_fts;
    CREATE VIRTUAL TABLE entries_fts USING fts5(
        terms, content='entries', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2', detail=none
    );
    INSERT INTO entries_fts(entries_fts) VALUES ('rebuild');
    """,
    # 4: every poll, a 304 included, counts its feed's entries of the week (the adaptive
    # cadence): 7 µs with this index, 1.5 ms without for a feed of 3,000 stored entries.
    """
    CREATE INDEX entries_feed_published ON entries(feed_id, published);
    """,
    # 5: entries reach the FTS index in batches (monitor/store/indexing.py), not one poll at a
    # time: each poll's commit wrote a new FTS segment, a third of a cold cycle's CPU. Entries
    # above the 'fts_indexed' id are not indexed yet; search reads them directly. The edit and
    # delete triggers touch only indexed rows: a 'delete' of a row never indexed corrupts FTS5.
    """
    INSERT INTO counters VALUES ('fts_indexed', (SELECT COALESCE(MAX(id), 0) FROM entries));
    DROP TRIGGER entries_ai;
    DROP TRIGGER entries_ad;
    DROP TRIGGER entries_au;
    CREATE TRIGGER entries_ad AFTER DELETE ON entries
    WHEN old.id <= (SELECT value FROM counters WHERE name = 'fts_indexed') BEGIN
        INSERT INTO entries_fts(entries_fts, rowid, terms) VALUES ('delete', old.id, old.terms);
    END;
    CREATE TRIGGER entries_au AFTER UPDATE OF terms ON entries
    WHEN old.id <= (SELECT value FROM counters WHERE name = 'fts_indexed') BEGIN
        INSERT INTO entries_fts(entries_fts, rowid, terms) VALUES ('delete', old.id, old.terms);
        INSERT INTO entries_fts(rowid, terms) VALUES (new.id, new.terms);
    END;
    """,
    # 6: a counter bumped whenever the set of polled feeds changes (config, /addfeed,
    # /removefeed, a 410), so the running scheduler follows within a second (issue 10).
    """
    INSERT INTO counters VALUES ('feeds', 0);
    CREATE TRIGGER feeds_ai AFTER INSERT ON feeds BEGIN
        UPDATE counters SET value = value + 1 WHERE name = 'feeds';
    END;
    CREATE TRIGGER feeds_au AFTER UPDATE OF disabled_reason, url ON feeds
    WHEN old.disabled_reason IS NOT new.disabled_reason OR old.url IS NOT new.url BEGIN
        UPDATE counters SET value = value + 1 WHERE name = 'feeds';
    END;
    """,
    # 7: each chat numbers its own watches 1, 2, 3 as /list shows them (issue 13): a new or
    # revived watch takes one more than the chat's highest number in use, so a number in the
    # middle is never reused while the chat has watches above it.
    """
    ALTER TABLE watches ADD COLUMN number INTEGER;
    UPDATE watches SET number = (SELECT COUNT(*) FROM watches AS w
                                 WHERE w.chat_id = watches.chat_id AND w.active = 1 AND w.id <= watches.id)
    WHERE active = 1;
    CREATE TRIGGER watches_number_ai AFTER INSERT ON watches WHEN new.number IS NULL BEGIN
        UPDATE watches SET number = (SELECT COALESCE(MAX(number), 0) + 1 FROM watches
                                     WHERE chat_id = new.chat_id AND active = 1 AND id != new.id)
        WHERE id = new.id;
    END;
    CREATE TRIGGER watches_number_au AFTER UPDATE OF active ON watches
    WHEN new.active = 1 AND old.active = 0 BEGIN
        UPDATE watches SET number = (SELECT COALESCE(MAX(number), 0) + 1 FROM watches
                                     WHERE chat_id = new.chat_id AND active = 1 AND id != new.id)
        WHERE id = new.id;
    END;
    """,
    # 8: when a pause began, so /resume can say what appeared meanwhile (issue 13)
    """
    ALTER TABLE watches ADD COLUMN paused_since TEXT;
    ALTER TABLE chats ADD COLUMN paused_since TEXT;
    """,
    # 9: a feed's error as a kind and parameters, rendered in each reader's language (issue 13);
    # last_error keeps the English sentence for logs and the CLI.
    """
    ALTER TABLE feeds ADD COLUMN error_kind TEXT;
    ALTER TABLE feeds ADD COLUMN error_params TEXT;  -- JSON object
    """,
    # 10: forum topics: a group watch may name its topic, and its alerts land there (issue 13)
    """
    ALTER TABLE watches ADD COLUMN thread_id INTEGER;
    ALTER TABLE outbox ADD COLUMN thread_id INTEGER;
    """,
    # 11: article pages (issue 11): each feed says when its entries' pages are fetched; an
    # entry keeps what its page gave (capped text) or why it gave nothing.
    """
    ALTER TABLE feeds ADD COLUMN fulltext TEXT NOT NULL DEFAULT 'auto';  -- auto, always, never
    ALTER TABLE entries ADD COLUMN page_status TEXT;  -- NULL not wanted, pending, ok, or the failure kind
    ALTER TABLE entries ADD COLUMN page_error TEXT;   -- readable reason of a failure
    ALTER TABLE entries ADD COLUMN page_text TEXT;    -- the article's main text, at most 100 KB
    CREATE INDEX entries_page_status ON entries(feed_id, page_status) WHERE page_status IS NOT NULL;
    """,
    # 12: one alert per story, kept up to date (issue 12): a later article of the story edits
    # the chat's alert ("Aussi chez : ..."). Edits wait in their own queue, durable and retried
    # like sends; `reply_id` is the message sent instead when Telegram refuses the edit.
    """
    CREATE TABLE outbox_edits (
        id INTEGER PRIMARY KEY,
        alert_id INTEGER NOT NULL REFERENCES outbox(id),   -- the alert to edit
        chat_id INTEGER NOT NULL,
        entry_id INTEGER NOT NULL REFERENCES entries(id),  -- the later article it now names
        status TEXT NOT NULL DEFAULT 'pending',            -- pending, sent, failed
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt TEXT,
        last_error TEXT,
        reason TEXT,                                       -- how it went ('reply', 'in the alert') or why it failed
        reply_id INTEGER,
        created TEXT NOT NULL,
        sent_at TEXT,
        UNIQUE (alert_id, entry_id)
    );
    CREATE INDEX outbox_edits_pending ON outbox_edits(status, chat_id, id);
    CREATE INDEX outbox_story ON outbox(story_id);
    CREATE INDEX entries_story ON entries(story_id);
    """,
)
